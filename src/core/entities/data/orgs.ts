/**
 * Well-known organizations, from general knowledge (not from any corpus). Same line format as `people.ts`:
 * `id|English name|Chinese forms, abbreviations and Latin acronyms|description`.
 * A form ending in `!xyz` is rejected when the next character is x, y or z.
 */
export const ORGS = `
nato|NATO|北约,北大西洋公约组织,北約,NATO|北大西洋公约组织 military alliance
nato-russia-council|NATO-Russia Council|北约-俄罗斯理事会,俄罗斯-北约理事会,北约俄罗斯理事会|北约与俄罗斯的咨询机构 NATO–Russia consultative body
osce|OSCE|欧安组织,欧洲安全与合作组织,欧安会,欧洲安全合作组织,歐安組織,OSCE|欧洲安全与合作组织 Organization for Security and Co-operation in Europe
united-nations|United Nations|联合国,聯合國,UN|联合国 United Nations
un-security-council|UN Security Council|安理会,联合国安理会,联合国安全理事会|联合国安全理事会
un-general-assembly|UN General Assembly|联合国大会,联大|联合国大会
un-human-rights-council|UN Human Rights Council|联合国人权理事会,人权理事会|联合国人权理事会
unesco|UNESCO|联合国教科文组织,教科文组织,UNESCO|联合国教育、科学及文化组织
unicef|UNICEF|联合国儿童基金会,UNICEF|联合国儿童基金会
unhcr|UNHCR|联合国难民署,联合国难民事务高级专员办事处,UNHCR|联合国难民署
wfp|World Food Programme|世界粮食计划署,世界粮食计划署|联合国世界粮食计划署
who|World Health Organization|世界卫生组织,世卫组织,世衛組織,WHO|世界卫生组织
wto|World Trade Organization|世界贸易组织,世贸组织,WTO|世界贸易组织
imf|International Monetary Fund|国际货币基金组织,IMF|国际货币基金组织
world-bank|World Bank|世界银行,世行|世界银行
iaea|IAEA|国际原子能机构,IAEA|国际原子能机构
icc|International Criminal Court|国际刑事法院|国际刑事法院
icj|International Court of Justice|国际法院|联合国国际法院
interpol|Interpol|国际刑警组织,Interpol|国际刑事警察组织
ioc|International Olympic Committee|国际奥委会,国际奥林匹克委员会,IOC|国际奥林匹克委员会
fifa|FIFA|国际足联,FIFA|国际足球联合会
opec|OPEC|石油输出国组织,欧佩克,OPEC|石油输出国组织
eu|European Union|欧盟,欧洲联盟,歐盟,EU|欧洲联盟
european-commission|European Commission|欧盟委员会,欧委会|欧盟委员会 EU executive
european-council|European Council|欧洲理事会|欧洲理事会 EU heads of state
council-of-the-eu|Council of the European Union|欧盟理事会|欧盟理事会
council-of-europe|Council of Europe|欧洲委员会|欧洲委员会 Council of Europe
european-parliament|European Parliament|欧洲议会|欧洲议会
ecb|European Central Bank|欧洲央行,欧洲中央银行,ECB|欧洲中央银行
cjeu|Court of Justice of the European Union|欧洲法院,欧盟法院,欧盟最高法院|欧盟法院
eu-general-court|EU General Court|欧盟普通法院|欧盟普通法院
csto|CSTO|集体安全条约组织,集安组织,CSTO|集体安全条约组织
sco|Shanghai Cooperation Organisation|上海合作组织,上合组织|上海合作组织
cis|Commonwealth of Independent States|独立国家联合体,独联体|独立国家联合体
eaeu|Eurasian Economic Union|欧亚经济联盟|欧亚经济联盟
asean|ASEAN|东盟,东南亚国家联盟,ASEAN|东南亚国家联盟
african-union|African Union|非洲联盟,非盟|非洲联盟
arab-league|Arab League|阿拉伯国家联盟,阿盟|阿拉伯国家联盟
oecd|OECD|经济合作与发展组织,经合组织,OECD|经济合作与发展组织
apec|APEC|亚太经合组织,亚太经济合作组织,APEC|亚太经济合作组织
icrc|International Committee of the Red Cross|红十字国际委员会,国际红十字委员会,ICRC|红十字国际委员会
msf|Médecins Sans Frontières|无国界医生|无国界医生组织
amnesty|Amnesty International|国际特赦组织,大赦国际|国际特赦组织
hrw|Human Rights Watch|人权观察|人权观察组织
greenpeace|Greenpeace|绿色和平,绿色和平组织|绿色和平组织
wef|World Economic Forum|世界经济论坛|世界经济论坛
iea|International Energy Agency|国际能源署|国际能源署
aiib|AIIB|亚洲基础设施投资银行,亚投行,AIIB|亚洲基础设施投资银行
adb|Asian Development Bank|亚洲开发银行,亚开行|亚洲开发银行
ndb|New Development Bank|新开发银行|金砖国家新开发银行
bis|Bank for International Settlements|国际清算银行|国际清算银行
fatf|FATF|金融行动特别工作组,FATF|金融行动特别工作组
opcw|OPCW|禁止化学武器组织,禁化武组织,OPCW|禁止化学武器组织
unrwa|UNRWA|近东救济工程处,UNRWA|联合国近东巴勒斯坦难民救济和工程处
hamas|Hamas|哈马斯|巴勒斯坦伊斯兰抵抗运动
hezbollah|Hezbollah|黎巴嫩真主党,真主党|黎巴嫩什叶派组织
taliban|Taliban|塔利班|阿富汗塔利班
isis|Islamic State|伊斯兰国,ISIS|极端组织
al-qaeda|al-Qaeda|基地组织|极端组织
wagner-group|Wagner Group|瓦格纳集团,瓦格纳|俄罗斯私营军事公司
white-house|White House|白宫|美国总统府 White House
us-state-department|US Department of State|美国国务院,美国务院,美国国务院|美国国务院 State Department
pentagon|US Department of Defense|五角大楼,美国国防部,美国防部,美国战争部|美国国防部 Pentagon
us-treasury|US Department of the Treasury|美国财政部,美财政部,美国财长办公室|美国财政部
us-commerce-department|US Department of Commerce|美国商务部,美商务部|美国商务部
us-justice-department|US Department of Justice|美国司法部,美司法部|美国司法部
dhs|US Department of Homeland Security|美国国土安全部|美国国土安全部
us-congress|US Congress|美国国会,美国会|美国国会
us-senate|US Senate|美国参议院,美参议院,联邦参议院|美国参议院
us-house|US House of Representatives|美国众议院,美众议院,联邦众议院|美国众议院
us-supreme-court|US Supreme Court|美国最高法院,美国联邦最高法院,美最高法院|美国联邦最高法院
fbi|FBI|联邦调查局,美国联邦调查局,FBI|美国联邦调查局
cia|CIA|中央情报局,美国中央情报局,中情局,CIA|美国中央情报局
nsa|National Security Agency|美国国家安全局|美国国家安全局
us-nsc|US National Security Council|美国国家安全委员会,白宫国家安全委员会|美国国家安全委员会
fed|Federal Reserve|美联储,美国联邦储备委员会,联邦储备委员会|美国联邦储备系统
sec|SEC|美国证券交易委员会,美国证交会,SEC|美国证券交易委员会
ftc|FTC|美国联邦贸易委员会,FTC|美国联邦贸易委员会
fcc|FCC|美国联邦通信委员会,FCC|美国联邦通信委员会
fda|FDA|美国食品药品监督管理局,美国食品和药物管理局,FDA|美国食品药品监督管理局
us-cdc|US CDC|美国疾病控制与预防中心,美国疾控中心,CDC|美国疾病控制与预防中心
nasa|NASA|美国国家航空航天局,美国宇航局,NASA|美国国家航空航天局
ustr|USTR|美国贸易代表办公室|美国贸易代表办公室
us-democratic-party|Democratic Party|美国民主党,民主党|美国民主党
us-republican-party|Republican Party|美国共和党,共和党|美国共和党
kremlin|Kremlin|克里姆林宫|俄罗斯总统府 Kremlin
russian-mfa|Russian Ministry of Foreign Affairs|俄罗斯外交部,俄外交部,俄罗斯联邦外交部|俄罗斯外交部
russian-mod|Russian Ministry of Defence|俄罗斯国防部,俄国防部,俄罗斯联邦国防部|俄罗斯国防部
state-duma|State Duma|国家杜马,俄罗斯国家杜马,俄国家杜马|俄罗斯联邦会议下院
federation-council|Federation Council|俄罗斯联邦委员会,俄联邦委员会|俄罗斯联邦会议上院
russian-security-council|Security Council of Russia|俄罗斯联邦安全会议,俄联邦安全会议,俄罗斯安全会议|俄罗斯联邦安全会议
fsb|FSB|俄罗斯联邦安全局,俄联邦安全局,FSB|俄罗斯联邦安全局
svr|SVR|俄罗斯对外情报局,俄对外情报局|俄罗斯对外情报局
rosatom|Rosatom|俄罗斯国家原子能公司|俄罗斯国家原子能公司
gazprom|Gazprom|俄罗斯天然气工业股份公司,俄气,Gazprom|俄罗斯天然气工业股份公司
rosneft|Rosneft|俄罗斯石油公司|俄罗斯石油公司
bank-of-russia|Bank of Russia|俄罗斯央行,俄罗斯中央银行,俄央行|俄罗斯中央银行
united-russia|United Russia|统一俄罗斯党|俄罗斯执政党
ukrainian-mfa|Ukrainian Ministry of Foreign Affairs|乌克兰外交部,乌外交部|乌克兰外交部
ukrainian-mod|Ukrainian Ministry of Defence|乌克兰国防部,乌国防部|乌克兰国防部
verkhovna-rada|Verkhovna Rada|乌克兰最高拉达,最高拉达,乌克兰议会|乌克兰议会
ukraine-presidential-office|Office of the President of Ukraine|乌克兰总统办公室|乌克兰总统办公室
ukraine-nsdc|National Security and Defense Council of Ukraine|乌克兰国家安全与国防委员会,乌克兰国家安全和国防委员会|乌克兰国家安全与国防委员会
sbu|Security Service of Ukraine|乌克兰安全局|乌克兰安全局
naftogaz|Naftogaz|乌克兰国家石油天然气公司|乌克兰国家石油天然气公司
downing-street|10 Downing Street|唐宁街,英国首相府|英国首相府
uk-fcdo|UK Foreign Office|英国外交部,英外交部,英国外交、联邦和发展事务部,英国外交和联邦事务部|英国外交部
uk-mod|UK Ministry of Defence|英国国防部,英国防部|英国国防部
uk-parliament|UK Parliament|英国议会|英国议会
house-of-commons|House of Commons|英国下议院,下议院|英国下议院
house-of-lords|House of Lords|英国上议院,上议院|英国上议院
mi6|MI6|军情六处,英国秘密情报局,MI6|英国秘密情报局
mi5|MI5|军情五处,MI5|英国安全局
bank-of-england|Bank of England|英格兰银行,英国央行|英国中央银行
uk-conservative-party|Conservative Party|英国保守党,保守党|英国保守党
uk-labour-party|Labour Party|英国工党,工党|英国工党
elysee|Élysée Palace|爱丽舍宫,愛麗舍宮|法国总统府 Élysée
french-mfa|French Ministry for Europe and Foreign Affairs|法国外交部,法外交部,法国欧洲和外交部|法国外交部
french-mod|French Ministry of the Armed Forces|法国国防部,法国军队部,法国武装部队部|法国国防部
french-national-assembly|French National Assembly|法国国民议会,国民议会|法国国民议会
german-chancellery|German Chancellery|德国总理府|德国总理府
german-foreign-office|German Foreign Office|德国外交部,德外交部|德国外交部
german-mod|German Ministry of Defence|德国国防部,德国防部|德国国防部
bundestag|Bundestag|德国联邦议院,联邦议院|德国联邦议院
german-spd|SPD|德国社会民主党,社民党|德国社会民主党
german-cdu|CDU|基督教民主联盟,基民盟|德国基督教民主联盟
japan-mofa|Japanese Ministry of Foreign Affairs|日本外务省,外务省|日本外务省
japan-mod|Japanese Ministry of Defense|日本防卫省,防卫省|日本防卫省
japan-meti|METI|日本经济产业省,经济产业省|日本经济产业省
japan-cabinet-office|Cabinet of Japan|日本内阁,日本内阁府|日本内阁
bank-of-japan|Bank of Japan|日本央行,日本银行|日本中央银行
japan-ldp|Liberal Democratic Party of Japan|日本自民党,自民党,自由民主党|日本自由民主党
korea-mofa|South Korean Ministry of Foreign Affairs|韩国外交部,韩外交部|韩国外交部
korea-mnd|South Korean Ministry of National Defense|韩国国防部,韩国防部|韩国国防部
korea-presidential-office|Office of the President of South Korea|青瓦台,韩国总统府|韩国总统府
china-mfa|Chinese Ministry of Foreign Affairs|中国外交部,中华人民共和国外交部,中方外交部|中国外交部
china-mnd|Chinese Ministry of National Defense|中国国防部,中华人民共和国国防部|中国国防部
china-mofcom|Chinese Ministry of Commerce|中国商务部,中华人民共和国商务部|中国商务部
cpc|Communist Party of China|中国共产党,中共|中国共产党
npc|National People's Congress|全国人民代表大会,全国人大|全国人民代表大会
cppcc|CPPCC|中国人民政治协商会议,全国政协|中国人民政治协商会议
china-state-council|State Council of China|中国国务院,中华人民共和国国务院|中国国务院
ndrc|NDRC|国家发展和改革委员会,国家发展改革委,国家发改委,发改委|国家发展和改革委员会
pboc|People's Bank of China|中国人民银行,人民银行,中国央行|中国人民银行
csrc|CSRC|中国证券监督管理委员会,中国证监会,证监会|中国证券监督管理委员会
cac|Cyberspace Administration of China|国家互联网信息办公室,国家网信办,网信办|国家互联网信息办公室
samr|SAMR|国家市场监督管理总局,市场监管总局|国家市场监督管理总局
nhc|National Health Commission|国家卫生健康委员会,国家卫健委,卫健委|国家卫生健康委员会
china-cdc|Chinese CDC|中国疾病预防控制中心,中国疾控中心|中国疾病预防控制中心
miit|MIIT|工业和信息化部,工信部|中国工业和信息化部
chinese-academy-of-sciences|Chinese Academy of Sciences|中国科学院,中科院|中国科学院
chinese-academy-of-engineering|Chinese Academy of Engineering|中国工程院|中国工程院
taiwan-dpp|Democratic Progressive Party|民进党,民主进步党|台湾民主进步党
kmt|Kuomintang|中国国民党,国民党|中国国民党
reuters|Reuters|路透社,路透,Reuters|英国路透社 news agency
afp|Agence France-Presse|法新社,法国新闻社,法国新闻社,AFP|法新社 news agency
ap|Associated Press|美联社,美國聯合通訊社,AP|美联社 news agency
bloomberg|Bloomberg|彭博社,彭博新闻社,彭博,Bloomberg|彭博新闻社
cnn|CNN|CNN,美国有线电视新闻网|美国有线电视新闻网
bbc|BBC|BBC,英国广播公司|英国广播公司
nyt|The New York Times|纽约时报,紐約時報|美国报纸
washington-post|The Washington Post|华盛顿邮报,华邮|美国报纸
wsj|The Wall Street Journal|华尔街日报|美国报纸
financial-times|Financial Times|金融时报,英国金融时报,FT中文网|英国报纸
economist|The Economist|经济学人|英国周刊
guardian|The Guardian|卫报,英国卫报|英国报纸
the-times|The Times|泰晤士报|英国报纸
telegraph|The Daily Telegraph|每日电讯报|英国报纸
politico|Politico|Politico,政客新闻网|美国新闻网站
axios|Axios|Axios,阿克西奥斯新闻网|美国新闻网站
nbc|NBC|NBC,美国全国广播公司,全国广播公司|美国电视网
abc-us|ABC News|美国广播公司,ABC新闻|美国电视网
cbs|CBS|CBS,哥伦比亚广播公司|美国电视网
fox-news|Fox News|福克斯新闻,福克斯新闻台,福克斯新闻网,Fox News|美国电视新闻网
msnbc|MSNBC|MSNBC|美国电视新闻网
npr|NPR|美国国家公共电台,NPR|美国国家公共电台
voa|Voice of America|美国之音,VOA|美国之音
rfa|Radio Free Asia|自由亚洲电台|美国政府资助电台
rfe-rl|Radio Free Europe/Radio Liberty|自由欧洲电台|美国政府资助电台
dw|Deutsche Welle|德国之声|德国国际广播
rfi|Radio France Internationale|法国国际广播电台,法广|法国国际广播
al-jazeera|Al Jazeera|半岛电视台,半岛网,卡塔尔半岛电视台,Al Jazeera,Aljazeera|卡塔尔电视网
tass|TASS|塔斯社,俄罗斯塔斯社,俄塔斯社,TASS|俄罗斯通讯社
ria-novosti|RIA Novosti|俄新社,俄罗斯新闻社|俄罗斯通讯社
sputnik|Sputnik|卫星通讯社,俄罗斯卫星通讯社,卫星社,Sputnik|俄罗斯通讯社
rt|RT|今日俄罗斯,今日俄罗斯电视台,RT|俄罗斯国际电视台
interfax|Interfax|国际文传电讯社,文传电讯社,Interfax|俄罗斯通讯社
izvestia|Izvestia|消息报|俄罗斯报纸
kommersant|Kommersant|生意人报|俄罗斯报纸
ukrinform|Ukrinform|乌克兰国家通讯社,乌通社|乌克兰通讯社
xinhua|Xinhua|新华社,新华通讯社,新华网|中国国家通讯社
cctv|China Central Television|中央电视台,央视,央视新闻,CCTV|中国中央电视台
cmg|China Media Group|中央广播电视总台|中国中央广播电视总台
cgtn|CGTN|中国国际电视台,CGTN|中国国际电视台
peoples-daily|People's Daily|人民日报,人民网|中国报纸
global-times|Global Times|环球时报,环球网|中国报纸
china-daily|China Daily|中国日报|中国英文报纸
china-news-service|China News Service|中新社,中国新闻社,中新网|中国通讯社
guancha|Guancha|观察者网|中国新闻网站
the-paper|The Paper|澎湃新闻|中国新闻网站
caixin|Caixin|财新,财新网,财新传媒|中国财经媒体
36kr|36Kr|36氪|中国科技媒体
ithome|IT Home|IT之家|中国科技媒体
cnbeta|cnBeta|cnBeta|中国科技媒体
mydrivers|MyDrivers|快科技,驱动之家|中国科技媒体
sina|Sina|新浪,新浪网,新浪财经|中国门户网站
sohu|Sohu|搜狐|中国门户网站
netease|NetEase|网易|中国互联网公司
phoenix|Phoenix Television|凤凰卫视,凤凰网|香港媒体
beijing-news|The Beijing News|新京报|中国报纸
yicai|Yicai|第一财经|中国财经媒体
jiemian|Jiemian|界面新闻|中国新闻网站
kyodo|Kyodo News|共同社,日本共同社|日本通讯社
jiji|Jiji Press|时事通信社,日本时事通信社|日本通讯社
nhk|NHK|NHK,日本广播协会|日本公共广播
nikkei|Nikkei|日本经济新闻,日经新闻,日经中文网|日本报纸
asahi|Asahi Shimbun|朝日新闻|日本报纸
yomiuri|Yomiuri Shimbun|读卖新闻|日本报纸
yonhap|Yonhap|韩联社,韩国联合通讯社|韩国通讯社
kcna|KCNA|朝中社,朝鲜中央通讯社|朝鲜通讯社
ansa|ANSA|安莎社,意大利安莎社|意大利通讯社
efe|EFE|埃菲社,西班牙埃菲社|西班牙通讯社
dpa|dpa|德新社,德国新闻社|德国通讯社
anadolu|Anadolu Agency|阿纳多卢通讯社,阿纳多卢社|土耳其通讯社
irna|IRNA|伊朗伊斯兰共和国通讯社,伊通社|伊朗通讯社
scmp|South China Morning Post|南华早报|香港报纸
straits-times|The Straits Times|海峡时报|新加坡报纸
zaobao|Lianhe Zaobao|联合早报|新加坡报纸
spiegel|Der Spiegel|明镜周刊,德国明镜周刊|德国新闻周刊
le-monde|Le Monde|法国世界报|法国报纸
le-figaro|Le Figaro|费加罗报|法国报纸
bild|Bild|图片报,德国图片报|德国报纸
time-magazine|Time|时代周刊,时代杂志|美国新闻杂志
newsweek|Newsweek|新闻周刊|美国新闻杂志
forbes|Forbes|福布斯|美国商业杂志
the-verge|The Verge|The Verge|美国科技媒体
techcrunch|TechCrunch|TechCrunch|美国科技媒体
phoronix|Phoronix|Phoronix|Linux硬件新闻网站
apple|Apple|苹果公司,Apple|美国科技公司
microsoft|Microsoft|微软,微软公司,Microsoft|美国科技公司
google|Google|谷歌,谷歌公司,Google|美国科技公司
alphabet|Alphabet|Alphabet|谷歌母公司
amazon|Amazon|亚马逊公司,Amazon|美国电商与云计算公司
meta|Meta|Meta,Meta公司|美国社交媒体公司
tesla|Tesla|特斯拉,特斯拉公司,Tesla|美国电动汽车公司
spacex|SpaceX|SpaceX,太空探索技术公司|美国航天公司
openai|OpenAI|OpenAI|美国人工智能公司
nvidia|Nvidia|英伟达,NVIDIA,Nvidia,辉达|美国芯片公司
intel|Intel|英特尔,Intel,英特尔公司|美国芯片公司
amd|AMD|AMD,超威半导体|美国芯片公司
qualcomm|Qualcomm|高通,高通公司,Qualcomm|美国芯片公司
arm|Arm|Arm,ARM公司|英国芯片设计公司
broadcom|Broadcom|博通,Broadcom|美国芯片公司
micron|Micron|美光,美光科技,Micron|美国存储芯片公司
asml|ASML|阿斯麦,ASML|荷兰光刻机公司
tsmc|TSMC|台积电,台湾积体电路制造公司,TSMC|晶圆代工公司
smic|SMIC|中芯国际|中国晶圆代工公司
samsung|Samsung|三星,三星电子,Samsung|韩国电子公司
sk-hynix|SK Hynix|SK海力士|韩国存储芯片公司
lg|LG|LG,LG电子|韩国电子公司
sony|Sony|索尼,Sony|日本电子公司
panasonic|Panasonic|松下,松下电器|日本电子公司
toyota|Toyota|丰田,丰田汽车,Toyota|日本汽车公司
honda|Honda|本田,本田汽车|日本汽车公司
nintendo|Nintendo|任天堂,Nintendo|日本游戏公司
huawei|Huawei|华为,华为公司,Huawei|中国科技公司
zte|ZTE|中兴通讯,中兴,ZTE|中国通讯设备公司
xiaomi|Xiaomi|小米集团,小米公司,小米!粥饭面,Xiaomi|中国科技公司
lenovo|Lenovo|联想集团,联想!到起力能,Lenovo|中国个人电脑公司
dell|Dell|戴尔,Dell|美国个人电脑公司
hp|HP|惠普,HP|美国个人电脑公司
ibm|IBM|IBM|美国科技公司
oracle|Oracle|甲骨文,甲骨文公司,Oracle|美国软件公司
cisco|Cisco|思科,Cisco|美国网络设备公司
byd|BYD|比亚迪,BYD|中国汽车公司
nio|NIO|蔚来,蔚来汽车,NIO|中国电动汽车公司
xpeng|XPeng|小鹏汽车|中国电动汽车公司
li-auto|Li Auto|理想汽车|中国电动汽车公司
geely|Geely|吉利汽车,吉利控股集团|中国汽车公司
catl|CATL|宁德时代|中国电池公司
alibaba|Alibaba|阿里巴巴,阿里巴巴集团,Alibaba|中国互联网公司
tencent|Tencent|腾讯,腾讯公司,Tencent|中国互联网公司
baidu|Baidu|百度,百度公司,Baidu|中国互联网公司
bytedance|ByteDance|字节跳动,ByteDance|中国互联网公司
jd|JD.com|京东,京东集团|中国电商公司
pinduoduo|PDD|拼多多|中国电商公司
meituan|Meituan|美团|中国互联网公司
didi|Didi|滴滴,滴滴出行|中国网约车公司
kuaishou|Kuaishou|快手公司|中国短视频公司
oppo|OPPO|OPPO|中国手机公司
vivo|vivo|vivo|中国手机公司
dji|DJI|大疆,大疆创新,DJI|中国无人机公司
foxconn|Foxconn|富士康,鸿海,鸿海精密|台湾电子代工公司
boeing|Boeing|波音,波音公司,Boeing|美国飞机制造商
airbus|Airbus|空客,空中客车,Airbus|欧洲飞机制造商
lockheed-martin|Lockheed Martin|洛克希德·马丁,洛克希德·马丁公司,洛马|美国军工企业
raytheon|Raytheon|雷神公司|美国军工企业
general-motors|General Motors|通用汽车|美国汽车公司
ford|Ford|福特汽车,福特公司|美国汽车公司
volkswagen|Volkswagen|大众汽车,大众集团|德国汽车公司
bmw|BMW|宝马,宝马集团,BMW|德国汽车公司
mercedes-benz|Mercedes-Benz|梅赛德斯-奔驰,奔驰|德国汽车公司
exxonmobil|ExxonMobil|埃克森美孚|美国石油公司
shell|Shell|壳牌,壳牌公司|英国石油公司
bp|BP|英国石油公司,BP|英国石油公司
saudi-aramco|Saudi Aramco|沙特阿美|沙特石油公司
goldman-sachs|Goldman Sachs|高盛,高盛集团|美国投资银行
jpmorgan|JPMorgan Chase|摩根大通|美国银行
morgan-stanley|Morgan Stanley|摩根士丹利|美国投资银行
blackrock|BlackRock|贝莱德|美国资产管理公司
citigroup|Citigroup|花旗,花旗集团,花旗银行|美国银行
hsbc|HSBC|汇丰,汇丰银行,汇丰控股,HSBC|英国银行
ubs|UBS|瑞银,瑞银集团,UBS|瑞士银行
credit-suisse|Credit Suisse|瑞士信贷,瑞信|瑞士银行
deutsche-bank|Deutsche Bank|德意志银行|德国银行
pfizer|Pfizer|辉瑞,辉瑞公司,Pfizer|美国制药公司
moderna|Moderna|莫德纳,Moderna|美国生物技术公司
biontech|BioNTech|BioNTech|德国生物技术公司
astrazeneca|AstraZeneca|阿斯利康|英国制药公司
johnson-and-johnson|Johnson & Johnson|强生公司|美国医疗保健公司
sinovac|Sinovac|科兴,科兴生物|中国疫苗公司
sinopharm|Sinopharm|国药集团,中国医药集团|中国医药集团
netflix|Netflix|奈飞,网飞,Netflix|美国流媒体公司
disney|Disney|迪士尼,迪士尼公司|美国娱乐公司
walmart|Walmart|沃尔玛|美国零售公司
starbucks|Starbucks|星巴克|美国咖啡连锁
mcdonalds|McDonald's|麦当劳|美国快餐连锁
nike|Nike|耐克,Nike|美国运动品牌
uber|Uber|优步,Uber|美国网约车公司
binance|Binance|币安|加密货币交易所
ftx|FTX|FTX|加密货币交易所
nokia|Nokia|诺基亚,Nokia|芬兰通讯设备公司
ericsson|Ericsson|爱立信,Ericsson|瑞典通讯设备公司
siemens|Siemens|西门子,Siemens|德国工业集团
bosch|Bosch|博世|德国工业公司
nestle|Nestlé|雀巢|瑞士食品公司
unilever|Unilever|联合利华|英国消费品公司
canonical|Canonical|Canonical|Ubuntu开发公司
red-hat|Red Hat|红帽,红帽公司,Red Hat|美国开源软件公司
linux-foundation|Linux Foundation|Linux基金会|开源基金会
mozilla|Mozilla|Mozilla,Mozilla基金会|开源软件组织
valve|Valve|Valve,V社|美国游戏公司
adobe|Adobe|Adobe|美国软件公司
sap|SAP|SAP|德国软件公司
vmware|VMware|VMware|美国软件公司
berkshire-hathaway|Berkshire Hathaway|伯克希尔·哈撒韦,伯克希尔|美国投资公司
# Added: more heads of state and government, ministers, spokespeople, international bodies, media and companies.
cna-taiwan|Central News Agency|中央社|台湾中央通讯社 Taiwan news agency
pap|PAP|波通社|波兰通讯社 Polish news agency
belta|BelTA|白俄罗斯通讯社,白通社|白俄罗斯通讯社 Belarus news agency
kazinform|Kazinform|哈通社,哈萨克斯坦国际通讯社|哈萨克斯坦国际通讯社 Kazakh news agency
prensa-latina|Prensa Latina|拉美社|古巴拉丁美洲通讯社 Cuban news agency
pti|Press Trust of India|印度报业托拉斯|印度报业托拉斯 Indian news agency
brics|BRICS|金砖国家,金砖机制|金砖国家 BRICS
g7|G7|七国集团,G7|七国集团 Group of Seven
g20|G20|二十国集团,G20|二十国集团 Group of Twenty
un-human-rights-office|OHCHR|联合国人权事务高级专员办事处,联合国人权高专办|联合国人权高专办 OHCHR
`;
