/** Chinese surnames (single and double), for personal names found with strong context (byline, role, 责任编辑). */
const SINGLE = `王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆司卓古吉缪简芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘厉伊仝郜阚屠朴盖练廉禹祖漆巴丰卿狄索宣晋扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸慕玉银亢嵇公哈湛宾戎勾茅於呼冶斯檀阴昝`;
const DOUBLE = `欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 西门 南宫 独孤 申屠 呼延 闻人 万俟 澹台 公冶 太史 濮阳 钟离`;

/** Single-character surnames. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE.split(''));
/** Two-character surnames. */
export const DOUBLE_SURNAMES: ReadonlySet<string> = new Set(DOUBLE.split(/\s+/).filter(Boolean));

/** Characters that do not occur as the given-name part of a Chinese personal name in news (particles, verbs of saying…). */
export const NOT_GIVEN_NAME = new Set('她他它您你我方军籍裔族国省市县区的了在是和与及或对向从被把将由为于以称说也都就还又并已曾该这那其此各等到给让使当同跟比自经至所之着过地得个们表示指强宣认回否告称谈率会访等日月年'.split(''));
