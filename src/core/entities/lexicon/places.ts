/**
 * Place gazetteer: countries, capitals, big cities and regions as Chinese news writes them.
 * Places are never people or organizations; the recogniser uses them to reject false names
 * (俄罗斯, 莫斯科 look like transliterated names) and to find where an org name starts (白俄罗斯国防部).
 */
const COUNTRIES = `
中国 美国 俄罗斯 俄罗斯联邦 乌克兰 白俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 卢森堡 瑞士 奥地利 瑞典 挪威 丹麦 芬兰 冰岛 爱尔兰
波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 希腊 塞尔维亚 克罗地亚 斯洛文尼亚 波黑 波斯尼亚和黑塞哥维那 黑山 北马其顿 马其顿 阿尔巴尼亚 科索沃 摩尔多瓦
爱沙尼亚 拉脱维亚 立陶宛 格鲁吉亚 亚美尼亚 阿塞拜疆 哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 吉尔吉斯 塔吉克斯坦 土库曼斯坦 蒙古 蒙古国
日本 韩国 朝鲜 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 不丹 马尔代夫 阿富汗 伊朗 伊拉克 叙利亚 黎巴嫩 以色列 巴勒斯坦 约旦 沙特 沙特阿拉伯
阿联酋 阿拉伯联合酋长国 卡塔尔 科威特 巴林 阿曼 也门 土耳其 塞浦路斯 埃及 利比亚 突尼斯 阿尔及利亚 摩洛哥 苏丹 南苏丹 埃塞俄比亚 厄立特里亚 索马里
肯尼亚 坦桑尼亚 乌干达 卢旺达 布隆迪 刚果 刚果（金） 刚果（布） 刚果民主共和国 安哥拉 赞比亚 津巴布韦 莫桑比克 马拉维 纳米比亚 博茨瓦纳 南非 马达加斯加
尼日利亚 尼日尔 马里 布基纳法索 乍得 喀麦隆 加纳 科特迪瓦 塞内加尔 几内亚 塞拉利昂 利比里亚 毛里塔尼亚 加蓬 中非 多哥 贝宁
越南 老挝 柬埔寨 泰国 缅甸 马来西亚 新加坡 印度尼西亚 印尼 菲律宾 文莱 东帝汶 澳大利亚 澳洲 新西兰 巴布亚新几内亚 斐济 所罗门群岛
加拿大 墨西哥 古巴 海地 多米尼加 牙买加 危地马拉 洪都拉斯 萨尔瓦多 尼加拉瓜 哥斯达黎加 巴拿马 哥伦比亚 委内瑞拉 厄瓜多尔 秘鲁 玻利维亚 巴西 智利
阿根廷 乌拉圭 巴拉圭 圭亚那 苏里南 梵蒂冈 摩纳哥 马耳他 安道尔 列支敦士登 圣马力诺 苏联 南斯拉夫 欧洲 亚洲 非洲 北美 南美 拉美 中东 大洋洲 美洲
`;

const CITIES_AND_REGIONS = `
北京 上海 天津 重庆 广州 深圳 杭州 南京 武汉 成都 西安 香港 澳门 台湾 台北 高雄 新疆 西藏 内蒙古 广东 浙江 江苏 福建 山东 河南 河北 湖北 湖南 四川 云南 贵州 广西 海南 黑龙江 吉林 辽宁 陕西 山西 甘肃 青海 宁夏 安徽 江西 苏州 厦门 青岛 大连 沈阳 长春 哈尔滨 郑州 长沙 南昌 合肥 福州 昆明 贵阳 南宁 海口 兰州 银川 西宁 乌鲁木齐 拉萨 呼和浩特 石家庄 太原 济南
华盛顿 纽约 洛杉矶 旧金山 芝加哥 休斯敦 西雅图 波士顿 迈阿密 费城 亚特兰大 达拉斯 丹佛 底特律 拉斯维加斯 硅谷 加州 加利福尼亚 得克萨斯 德克萨斯 佛罗里达 夏威夷 阿拉斯加 关岛
莫斯科 圣彼得堡 喀山 索契 新西伯利亚 叶卡捷琳堡 符拉迪沃斯托克 海参崴 加里宁格勒 车臣 达吉斯坦 西伯利亚 远东 千岛群岛 南千岛群岛 北方四岛 北极
基辅 哈尔科夫 敖德萨 利沃夫 第聂伯罗 马里乌波尔 赫尔松 扎波罗热 顿涅茨克 卢甘斯克 顿巴斯 克里米亚 塞瓦斯托波尔 刻赤 别尔哥罗德 罗斯托夫 沃罗涅日 布良斯克 库尔斯克
明斯克 阿拉木图 努尔苏丹 阿斯塔纳 塔什干 比什凯克 杜尚别 阿什哈巴德 第比利斯 埃里温 巴库 基希讷乌 乌兰巴托
伦敦 巴黎 柏林 罗马 马德里 里斯本 阿姆斯特丹 海牙 布鲁塞尔 维也纳 日内瓦 苏黎世 伯尔尼 达沃斯 斯德哥尔摩 奥斯陆 哥本哈根 赫尔辛基 雷克雅未克 都柏林 华沙 布拉格 布达佩斯
布加勒斯特 索非亚 雅典 贝尔格莱德 萨格勒布 卢布尔雅那 萨拉热窝 地拉那 塔林 里加 维尔纽斯 慕尼黑 法兰克福 汉堡 科隆 米兰 威尼斯 那不勒斯 巴塞罗那 马赛 里昂 斯特拉斯堡
曼彻斯特 爱丁堡 伊斯坦布尔 安卡拉 耶路撒冷 特拉维夫 加沙 约旦河西岸 西岸 戈兰高地 德黑兰 巴格达 大马士革 贝鲁特 安曼 利雅得 迪拜 阿布扎比 多哈 开罗 的黎波里
东京 大阪 京都 横滨 冲绳 北海道 首尔 釜山 平壤 新德里 孟买 伊斯兰堡 喀布尔 河内 胡志明市 曼谷 仰光 内比都 金边 万象 吉隆坡 雅加达 马尼拉 悉尼 墨尔本 堪培拉 惠灵顿
渥太华 多伦多 温哥华 墨西哥城 哈瓦那 加拉加斯 波哥大 利马 圣地亚哥 布宜诺斯艾利斯 巴西利亚 里约热内卢 圣保罗 内罗毕 亚的斯亚贝巴 拉各斯 约翰内斯堡 开普敦
`;

/** Seas, oceans and regions: places that are neither countries nor cities. */
const REGIONS = `
波罗的海 黑海 地中海 北海 南海 东海 黄海 台湾海峡 太平洋 大西洋 印度洋 北大西洋 亚太 印太 巴尔干 高加索 中亚 东欧 西欧 北欧 南欧 中欧 东亚 南亚 东南亚 西方
`;

/** Every place name above. */
export const PLACES: ReadonlySet<string> = new Set(`${COUNTRIES} ${CITIES_AND_REGIONS} ${REGIONS}`.split(/\s+/).filter(Boolean));

/** Cities and provinces only: not countries, not seas or regions (布加勒斯特, 上海; not 中亚, 波兰). */
export const CITIES: ReadonlySet<string> = new Set(CITIES_AND_REGIONS.split(/\s+/).filter(Boolean));

/** Countries only (used to read role prefixes like 俄罗斯副外长 and ministry prefixes like 俄罗斯国防部). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.split(/\s+/).filter(Boolean));

/**
 * One-character country abbreviations and the country they stand for (俄外交部 = 俄罗斯外交部).
 * Used to fold org names so that abbreviated and full forms resolve to one entity.
 */
export const COUNTRY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['中', '中国'], ['美', '美国'], ['俄', '俄罗斯'], ['乌', '乌克兰'], ['英', '英国'], ['法', '法国'], ['德', '德国'],
  ['日', '日本'], ['韩', '韩国'], ['朝', '朝鲜'], ['印', '印度'], ['意', '意大利'], ['加', '加拿大'], ['澳', '澳大利亚'],
  ['以', '以色列'], ['伊', '伊朗'], ['土', '土耳其'], ['白', '白俄罗斯'], ['哈', '哈萨克斯坦'], ['波', '波兰'], ['荷', '荷兰'],
  ['西', '西班牙'], ['葡', '葡萄牙'], ['瑞', '瑞士'], ['芬', '芬兰'], ['越', '越南'], ['菲', '菲律宾'], ['巴', '巴基斯坦'],
]);
