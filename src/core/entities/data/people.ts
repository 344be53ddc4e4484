/**
 * Well-known people, from general knowledge (not from any corpus). One line each:
 * `id|English name|Chinese forms and variants, comma separated|description`.
 * Forms cover mainland, Taiwan, Hong Kong and VOA usage. A form ending in `!xyz` is rejected when the next character is x, y or z.
 */
export const PEOPLE = `
joe-biden|Joe Biden|拜登,乔·拜登,约瑟夫·拜登,喬·拜登|美国总统 US president (2021–2025)
donald-trump|Donald Trump|特朗普,川普,唐纳德·特朗普,唐纳德·川普|美国总统 US president (2017–2021, 2025–)
barack-obama|Barack Obama|奥巴马,巴拉克·奥巴马,欧巴马,歐巴馬|美国前总统 US president 2009–2017
george-w-bush|George W. Bush|小布什,乔治·W·布什,布希|美国前总统 US president 2001–2009
bill-clinton|Bill Clinton|克林顿,比尔·克林顿,柯林顿|美国前总统 US president 1993–2001
hillary-clinton|Hillary Clinton|希拉里,希拉里·克林顿,希拉蕊|美国前国务卿 former US secretary of state
kamala-harris|Kamala Harris|哈里斯,卡玛拉·哈里斯,贺锦丽,賀錦麗|美国副总统 US vice president
mike-pence|Mike Pence|彭斯,迈克·彭斯|美国前副总统 US vice president 2017–2021
jd-vance|JD Vance|万斯,JD·万斯|美国副总统 US vice president
antony-blinken|Antony Blinken|布林肯,安东尼·布林肯|美国国务卿 US secretary of state
mike-pompeo|Mike Pompeo|蓬佩奥,迈克·蓬佩奥,蓬佩歐|美国前国务卿 US secretary of state 2018–2021
rex-tillerson|Rex Tillerson|蒂勒森,雷克斯·蒂勒森|美国前国务卿 US secretary of state 2017–2018
john-kerry|John Kerry|约翰·克里,克里!斯米姆|美国前国务卿、总统气候特使 US climate envoy
lloyd-austin|Lloyd Austin|奥斯汀,劳埃德·奥斯汀,奥斯丁,奧斯汀|美国国防部长 US secretary of defense
mark-esper|Mark Esper|埃斯珀,马克·埃斯珀|美国前国防部长 US secretary of defense 2019–2020
jim-mattis|Jim Mattis|马蒂斯,詹姆斯·马蒂斯|美国前国防部长 US secretary of defense 2017–2019
pete-hegseth|Pete Hegseth|赫格塞斯,皮特·赫格塞斯|美国国防部长 US secretary of defense
jake-sullivan|Jake Sullivan|杰克·沙利文,沙利文,苏利文,蘇利文|美国国家安全顾问 US national security adviser
john-sullivan|John J. Sullivan|约翰·沙利文,沙利文|美国驻俄罗斯大使、前常务副国务卿 US ambassador to Russia
wendy-sherman|Wendy Sherman|温迪·舍曼,温迪·谢尔曼,舍曼,谢尔曼,雪蔓|美国常务副国务卿 US deputy secretary of state
victoria-nuland|Victoria Nuland|维多利亚·纽兰,维多利亚·努兰,纽兰,努兰,卢岚,紐蘭|美国副国务卿 US under secretary of state for political affairs
jen-psaki|Jen Psaki|普萨基,珍·普萨基,莎琪|白宫新闻秘书 White House press secretary
karine-jean-pierre|Karine Jean-Pierre|让-皮埃尔,卡琳·让-皮埃尔|白宫新闻秘书 White House press secretary
ned-price|Ned Price|内德·普赖斯,普赖斯,普萊斯|美国国务院发言人 State Department spokesperson
matthew-miller|Matthew Miller|马修·米勒|美国国务院发言人 State Department spokesperson
john-kirby|John Kirby|约翰·柯比,柯比|五角大楼发言人、国家安全委员会战略沟通协调员 Pentagon spokesperson
mark-milley|Mark Milley|马克·米利,米利|参谋长联席会议主席 chairman of the US Joint Chiefs of Staff
william-burns|William Burns|威廉·伯恩斯,伯恩斯|美国中央情报局局长 CIA director
nicholas-burns|Nicholas Burns|尼古拉斯·伯恩斯,伯恩斯|美国驻华大使 US ambassador to China
avril-haines|Avril Haines|艾薇儿·海恩斯,海恩斯|美国国家情报总监 US director of national intelligence
janet-yellen|Janet Yellen|耶伦,珍妮特·耶伦,叶伦|美国财政部长 US treasury secretary
gina-raimondo|Gina Raimondo|雷蒙多,吉娜·雷蒙多|美国商务部长 US commerce secretary
katherine-tai|Katherine Tai|戴琪|美国贸易代表 US trade representative
linda-thomas-greenfield|Linda Thomas-Greenfield|琳达·托马斯-格林菲尔德,托马斯-格林菲尔德|美国常驻联合国代表 US ambassador to the UN
nancy-pelosi|Nancy Pelosi|佩洛西,南希·佩洛西,裴洛西|美国众议院议长 speaker of the US House
kevin-mccarthy|Kevin McCarthy|凯文·麦卡锡,麦卡锡|美国众议院议长 speaker of the US House
mike-johnson|Mike Johnson|迈克·约翰逊|美国众议院议长 speaker of the US House
chuck-schumer|Chuck Schumer|舒默,查克·舒默|美国参议院多数党领袖 US Senate majority leader
mitch-mcconnell|Mitch McConnell|麦康奈尔,米奇·麦康奈尔|美国参议院共和党领袖 US Senate Republican leader
ted-cruz|Ted Cruz|克鲁兹,特德·克鲁兹|美国参议员 US senator
bernie-sanders|Bernie Sanders|桑德斯,伯尼·桑德斯|美国参议员 US senator
marco-rubio|Marco Rubio|卢比奥,马尔科·卢比奥|美国国务卿、参议员 US secretary of state, senator
lindsey-graham|Lindsey Graham|林赛·格雷厄姆,格雷厄姆|美国参议员 US senator
liz-cheney|Liz Cheney|利兹·切尼|美国众议员 US representative
dick-cheney|Dick Cheney|迪克·切尼|美国前副总统 former US vice president
jerome-powell|Jerome Powell|杰罗姆·鲍威尔,鲍威尔|美联储主席 chairman of the Federal Reserve
colin-powell|Colin Powell|科林·鲍威尔,鲍威尔|美国前国务卿 former US secretary of state
merrick-garland|Merrick Garland|梅里克·加兰,加兰|美国司法部长 US attorney general
alejandro-mayorkas|Alejandro Mayorkas|马约卡斯,亚历杭德罗·马约卡斯|美国国土安全部长 US secretary of homeland security
john-bolton|John Bolton|约翰·博尔顿,博尔顿|美国前国家安全顾问 former US national security adviser
robert-obrien|Robert O'Brien|罗伯特·奥布莱恩,奥布莱恩|美国前国家安全顾问 former US national security adviser
kurt-campbell|Kurt Campbell|库尔特·坎贝尔,坎贝尔|美国副国务卿、印太事务协调员 US deputy secretary of state
nikki-haley|Nikki Haley|妮基·黑利,黑利,海莉|美国前常驻联合国代表 former US ambassador to the UN
ron-desantis|Ron DeSantis|德桑蒂斯,罗恩·德桑蒂斯|美国佛罗里达州州长 governor of Florida
hunter-biden|Hunter Biden|亨特·拜登|美国总统之子 son of the US president
jill-biden|Jill Biden|吉尔·拜登|美国第一夫人 US first lady
ivanka-trump|Ivanka Trump|伊万卡,伊万卡·特朗普|美国前总统之女 daughter of Donald Trump
jared-kushner|Jared Kushner|库什纳,贾里德·库什纳|美国前白宫高级顾问 former White House senior adviser
steve-bannon|Steve Bannon|班农,史蒂夫·班农|美国前白宫首席战略师 former White House chief strategist
rudy-giuliani|Rudy Giuliani|朱利安尼,鲁迪·朱利安尼|美国前纽约市长、律师 former New York mayor
robert-mueller|Robert Mueller|罗伯特·穆勒,穆勒|美国前特别检察官 former special counsel
michael-carpenter|Michael Carpenter|迈克尔·卡彭特,卡彭特|美国驻欧安组织大使 US ambassador to the OSCE
julianne-smith|Julianne Smith|朱莉安·史密斯|美国常驻北约代表 US ambassador to NATO
bridget-brink|Bridget Brink|布里奇特·布林克,布林克|美国驻乌克兰大使 US ambassador to Ukraine
lynne-tracy|Lynne Tracy|林恩·特雷西,特雷西|美国驻俄罗斯大使 US ambassador to Russia
rahm-emanuel|Rahm Emanuel|拉姆·伊曼纽尔,伊曼纽尔|美国驻日本大使 US ambassador to Japan
karen-donfried|Karen Donfried|卡伦·唐弗里德,唐弗里德|美国负责欧洲和欧亚事务的助理国务卿 US assistant secretary of state
amos-hochstein|Amos Hochstein|阿莫斯·霍克斯坦,霍克斯坦|美国总统能源安全特使 US energy envoy
anthony-fauci|Anthony Fauci|福奇,安东尼·福奇,佛奇|美国传染病专家、总统首席医疗顾问 US infectious disease expert
elon-musk|Elon Musk|马斯克,埃隆·马斯克,伊隆·马斯克|特斯拉、SpaceX首席执行官 CEO of Tesla and SpaceX
jeff-bezos|Jeff Bezos|贝索斯,杰夫·贝索斯|亚马逊创始人 Amazon founder
bill-gates|Bill Gates|比尔·盖茨,盖茨|微软联合创始人 Microsoft co-founder
mark-zuckerberg|Mark Zuckerberg|扎克伯格,马克·扎克伯格|Meta首席执行官 Meta CEO
tim-cook|Tim Cook|蒂姆·库克,库克|苹果公司首席执行官 Apple CEO
sundar-pichai|Sundar Pichai|皮查伊,桑达尔·皮查伊,劈柴|谷歌首席执行官 Google CEO
satya-nadella|Satya Nadella|纳德拉,萨蒂亚·纳德拉|微软首席执行官 Microsoft CEO
sam-altman|Sam Altman|奥尔特曼,萨姆·奥尔特曼,阿尔特曼|OpenAI首席执行官 OpenAI CEO
jensen-huang|Jensen Huang|黄仁勋,黃仁勳|英伟达创始人兼首席执行官 Nvidia CEO
lisa-su|Lisa Su|苏姿丰|AMD首席执行官 AMD CEO
pat-gelsinger|Pat Gelsinger|帕特·基辛格|英特尔首席执行官 Intel CEO
henry-kissinger|Henry Kissinger|亨利·基辛格,基辛格|美国前国务卿 former US secretary of state
warren-buffett|Warren Buffett|巴菲特,沃伦·巴菲特|伯克希尔·哈撒韦董事长 Berkshire Hathaway chairman
steve-jobs|Steve Jobs|乔布斯,史蒂夫·乔布斯|苹果公司联合创始人 Apple co-founder
linus-torvalds|Linus Torvalds|林纳斯·托瓦兹,托瓦兹|Linux内核创始人 creator of Linux
vladimir-putin|Vladimir Putin|普京,弗拉基米尔·普京,蒲亭,普丁,普廷|俄罗斯总统 president of Russia
dmitry-medvedev|Dmitry Medvedev|梅德韦杰夫,德米特里·梅德韦杰夫,梅德维杰夫|俄罗斯联邦安全会议副主席、前总统 deputy chairman of Russia's Security Council
mikhail-mishustin|Mikhail Mishustin|米舒斯京,米哈伊尔·米舒斯京|俄罗斯总理 prime minister of Russia
sergey-lavrov|Sergey Lavrov|拉夫罗夫,谢尔盖·拉夫罗夫,拉夫洛夫|俄罗斯外长 Russian foreign minister
sergei-ryabkov|Sergei Ryabkov|里亚布科夫,利亚布科夫,谢尔盖·里亚布科夫,谢尔盖·利亚布科夫,里亞布科夫|俄罗斯副外长 Russian deputy foreign minister
alexander-grushko|Alexander Grushko|亚历山大·格鲁什科,格鲁什科|俄罗斯副外长 Russian deputy foreign minister
andrei-rudenko|Andrei Rudenko|安德烈·鲁坚科,鲁坚科|俄罗斯副外长 Russian deputy foreign minister
mikhail-galuzin|Mikhail Galuzin|米哈伊尔·加卢津,加卢津|俄罗斯副外长 Russian deputy foreign minister
maria-zakharova|Maria Zakharova|扎哈罗娃,玛丽亚·扎哈罗娃|俄罗斯外交部发言人 Russian foreign ministry spokeswoman
dmitry-peskov|Dmitry Peskov|佩斯科夫,德米特里·佩斯科夫|克里姆林宫发言人 Kremlin spokesman
sergei-shoigu|Sergei Shoigu|绍伊古,谢尔盖·绍伊古|俄罗斯国防部长、联邦安全会议秘书 Russian defence minister
andrei-belousov|Andrei Belousov|别洛乌索夫,安德烈·别洛乌索夫|俄罗斯国防部长 Russian defence minister
valery-gerasimov|Valery Gerasimov|格拉西莫夫,瓦列里·格拉西莫夫|俄罗斯武装力量总参谋长 Russian chief of general staff
nikolai-patrushev|Nikolai Patrushev|帕特鲁舍夫,尼古拉·帕特鲁舍夫|俄罗斯联邦安全会议秘书 secretary of Russia's Security Council
yuri-ushakov|Yuri Ushakov|乌沙科夫,尤里·乌沙科夫|俄罗斯总统助理 aide to the Russian president
anatoly-antonov|Anatoly Antonov|阿纳托利·安东诺夫,安东诺夫|俄罗斯驻美国大使 Russian ambassador to the US
vasily-nebenzya|Vasily Nebenzya|涅边贾,瓦西里·涅边贾|俄罗斯常驻联合国代表 Russian ambassador to the UN
dmitry-polyansky|Dmitry Polyansky|波利扬斯基,德米特里·波利扬斯基|俄罗斯常驻联合国副代表 Russian deputy ambassador to the UN
alexander-lukashevich|Alexander Lukashevich|卢卡舍维奇,亚历山大·卢卡舍维奇|俄罗斯常驻欧安组织代表 Russian envoy to the OSCE
sergei-naryshkin|Sergei Naryshkin|纳雷什金,谢尔盖·纳雷什金|俄罗斯对外情报局局长 director of Russia's SVR
alexander-bortnikov|Alexander Bortnikov|博尔特尼科夫,亚历山大·博尔特尼科夫|俄罗斯联邦安全局局长 FSB director
valentina-matviyenko|Valentina Matviyenko|马特维延科,瓦莲京娜·马特维延科|俄罗斯联邦委员会主席 speaker of Russia's Federation Council
vyacheslav-volodin|Vyacheslav Volodin|沃洛金,维亚切斯拉夫·沃洛金|俄罗斯国家杜马主席 speaker of the State Duma
ramzan-kadyrov|Ramzan Kadyrov|卡德罗夫,拉姆赞·卡德罗夫|车臣共和国领导人 head of Chechnya
alexei-navalny|Alexei Navalny|纳瓦尔尼,阿列克谢·纳瓦尔尼|俄罗斯反对派人士 Russian opposition figure
yevgeny-prigozhin|Yevgeny Prigozhin|普里戈津,叶夫根尼·普里戈津|瓦格纳集团创始人 Wagner Group founder
sergey-sobyanin|Sergey Sobyanin|索比亚宁,谢尔盖·索比亚宁|莫斯科市长 mayor of Moscow
elvira-nabiullina|Elvira Nabiullina|纳比乌琳娜,埃尔薇拉·纳比乌琳娜|俄罗斯央行行长 governor of the Bank of Russia
anton-siluanov|Anton Siluanov|西卢阿诺夫,安东·西卢阿诺夫|俄罗斯财政部长 Russian finance minister
alexander-novak|Alexander Novak|亚历山大·诺瓦克,诺瓦克|俄罗斯副总理 Russian deputy prime minister
mikhail-gorbachev|Mikhail Gorbachev|戈尔巴乔夫,米哈伊尔·戈尔巴乔夫|苏联最后一位领导人 last leader of the Soviet Union
boris-yeltsin|Boris Yeltsin|叶利钦,鲍里斯·叶利钦|俄罗斯首任总统 first president of Russia
leonid-slutsky|Leonid Slutsky|斯卢茨基,列昂尼德·斯卢茨基|俄罗斯国家杜马国际事务委员会主席 Duma foreign affairs committee chair
konstantin-kosachev|Konstantin Kosachev|科萨切夫,康斯坦丁·科萨切夫|俄罗斯联邦委员会副主席 deputy speaker of the Federation Council
dmitry-kozak|Dmitry Kozak|德米特里·科扎克,科扎克|俄罗斯总统办公厅副主任 deputy head of the Russian presidential administration
vladimir-medinsky|Vladimir Medinsky|梅金斯基,弗拉基米尔·梅金斯基|俄罗斯总统助理 aide to the Russian president
margarita-simonyan|Margarita Simonyan|西蒙尼扬,玛格丽塔·西蒙尼扬|今日俄罗斯电视台总编辑 RT editor-in-chief
patriarch-kirill|Patriarch Kirill|基里尔大牧首,牧首基里尔|俄罗斯东正教会大牧首 Patriarch of Moscow
volodymyr-zelensky|Volodymyr Zelensky|泽连斯基,弗拉基米尔·泽连斯基,沃洛季米尔·泽连斯基,泽伦斯基,澤倫斯基|乌克兰总统 president of Ukraine
dmytro-kuleba|Dmytro Kuleba|库列巴,德米特罗·库列巴,德米特里·库列巴|乌克兰外长 Ukrainian foreign minister
andrii-sybiha|Andrii Sybiha|瑟比加,安德烈·瑟比加|乌克兰外长 Ukrainian foreign minister
oleksii-reznikov|Oleksii Reznikov|列兹尼科夫,阿列克谢·列兹尼科夫,奥列克西·列兹尼科夫|乌克兰国防部长 Ukrainian defence minister
rustem-umerov|Rustem Umerov|乌梅罗夫,鲁斯捷姆·乌梅罗夫|乌克兰国防部长 Ukrainian defence minister
denys-shmyhal|Denys Shmyhal|什米加尔,丹尼斯·什米加尔|乌克兰总理 prime minister of Ukraine
andriy-yermak|Andriy Yermak|叶尔马克,安德里·叶尔马克|乌克兰总统办公室主任 head of the Ukrainian presidential office
mykhailo-podolyak|Mykhailo Podolyak|波多利亚克,米哈伊洛·波多利亚克|乌克兰总统办公室顾问 adviser to the Ukrainian president
valerii-zaluzhnyi|Valerii Zaluzhnyi|扎卢日内,瓦列里·扎卢日内|乌克兰武装部队前总司令 former Ukrainian commander-in-chief
oleksandr-syrskyi|Oleksandr Syrskyi|瑟尔斯基,亚历山大·瑟尔斯基|乌克兰武装部队总司令 Ukrainian commander-in-chief
kyrylo-budanov|Kyrylo Budanov|布达诺夫,基里洛·布达诺夫|乌克兰国防部情报总局局长 head of Ukrainian military intelligence
petro-poroshenko|Petro Poroshenko|波罗申科,彼得罗·波罗申科|乌克兰前总统 former president of Ukraine
viktor-yanukovych|Viktor Yanukovych|亚努科维奇,维克托·亚努科维奇|乌克兰前总统 former president of Ukraine
vitali-klitschko|Vitali Klitschko|克里琴科,维塔利·克里琴科|基辅市长 mayor of Kyiv
oleksiy-danilov|Oleksiy Danilov|达尼洛夫,阿列克谢·达尼洛夫|乌克兰国家安全与国防委员会秘书 secretary of Ukraine's security council
oleg-nikolenko|Oleg Nikolenko|尼古连科,奥列格·尼古连科|乌克兰外交部发言人 Ukrainian foreign ministry spokesman
yulia-tymoshenko|Yulia Tymoshenko|季莫申科,尤利娅·季莫申科|乌克兰前总理 former prime minister of Ukraine
jens-stoltenberg|Jens Stoltenberg|斯托尔滕贝格,延斯·斯托尔滕贝格,斯托尔腾贝格,史托腾柏格|北约秘书长 NATO secretary general (2014–2024)
mark-rutte|Mark Rutte|吕特,马克·吕特|北约秘书长、荷兰前首相 NATO secretary general, former Dutch prime minister
mircea-geoana|Mircea Geoană|杰瓦讷,米尔恰·杰瓦讷|北约副秘书长 NATO deputy secretary general
ursula-von-der-leyen|Ursula von der Leyen|冯德莱恩,乌尔苏拉·冯德莱恩,冯德莱延|欧盟委员会主席 president of the European Commission
charles-michel|Charles Michel|夏尔·米歇尔,查尔斯·米歇尔,米歇尔|欧洲理事会主席 president of the European Council
michelle-obama|Michelle Obama|米歇尔·奥巴马,蜜雪儿|美国前第一夫人 former US first lady
josep-borrell|Josep Borrell|博雷利,何塞普·博雷利,博雷尔|欧盟外交与安全政策高级代表 EU foreign policy chief
antonio-costa|António Costa|安东尼奥·科斯塔,科斯塔|欧洲理事会主席、葡萄牙前总理 president of the European Council
kaja-kallas|Kaja Kallas|卡拉斯,卡娅·卡拉斯|欧盟外交与安全政策高级代表、爱沙尼亚前总理 EU foreign policy chief
roberta-metsola|Roberta Metsola|梅措拉,罗伯塔·梅措拉|欧洲议会议长 president of the European Parliament
david-sassoli|David Sassoli|萨索利,戴维·萨索利|欧洲议会前议长 former president of the European Parliament
thierry-breton|Thierry Breton|布雷东,蒂埃里·布雷东|欧盟内部市场专员 EU internal market commissioner
margrethe-vestager|Margrethe Vestager|维斯塔格,玛格丽特·维斯塔格,韦斯塔格|欧盟竞争事务专员 EU competition commissioner
valdis-dombrovskis|Valdis Dombrovskis|东布罗夫斯基斯,瓦尔季斯·东布罗夫斯基斯|欧盟委员会执行副主席 European Commission executive vice-president
donald-tusk|Donald Tusk|图斯克,唐纳德·图斯克|波兰总理、欧洲理事会前主席 prime minister of Poland
jean-claude-juncker|Jean-Claude Juncker|容克,让-克洛德·容克|欧盟委员会前主席 former president of the European Commission
christine-lagarde|Christine Lagarde|拉加德,克里斯蒂娜·拉加德|欧洲央行行长 president of the European Central Bank
helga-schmid|Helga Schmid|黑尔佳·施密德,赫尔加·施密德,施密德|欧安组织秘书长 OSCE secretary general
zbigniew-rau|Zbigniew Rau|兹比格涅夫·劳|波兰外长、欧安组织轮值主席 Polish foreign minister, OSCE chair
ann-linde|Ann Linde|安·林德|瑞典前外交大臣 former Swedish foreign minister
antonio-guterres|António Guterres|古特雷斯,安东尼奥·古特雷斯|联合国秘书长 UN secretary general
ban-ki-moon|Ban Ki-moon|潘基文|联合国前秘书长 former UN secretary general
kofi-annan|Kofi Annan|科菲·安南|联合国前秘书长 former UN secretary general
stephane-dujarric|Stéphane Dujarric|迪雅里克,斯特凡纳·迪雅里克,杜加里克|联合国秘书长发言人 spokesman for the UN secretary general
tedros-adhanom|Tedros Adhanom Ghebreyesus|谭德塞,谭德赛,特德罗斯|世界卫生组织总干事 WHO director general
kristalina-georgieva|Kristalina Georgieva|格奥尔基耶娃,克里斯塔利娜·格奥尔基耶娃|国际货币基金组织总裁 IMF managing director
david-malpass|David Malpass|马尔帕斯,戴维·马尔帕斯|世界银行前行长 former World Bank president
ajay-banga|Ajay Banga|彭安杰|世界银行行长 World Bank president
ngozi-okonjo-iweala|Ngozi Okonjo-Iweala|伊维拉,恩戈齐·奥孔乔-伊韦阿拉,伊韦阿拉|世界贸易组织总干事 WTO director general
rafael-grossi|Rafael Grossi|格罗西,拉斐尔·格罗西|国际原子能机构总干事 IAEA director general
michelle-bachelet|Michelle Bachelet|巴切莱特,米歇尔·巴切莱特|联合国前人权事务高级专员 former UN human rights chief
volker-turk|Volker Türk|蒂尔克,福尔克尔·蒂尔克|联合国人权事务高级专员 UN human rights chief
filippo-grandi|Filippo Grandi|格兰迪,菲利波·格兰迪|联合国难民事务高级专员 UN refugee chief
thomas-bach|Thomas Bach|托马斯·巴赫|国际奥委会主席 IOC president
gianni-infantino|Gianni Infantino|因凡蒂诺,詹尼·因凡蒂诺|国际足联主席 FIFA president
boris-johnson|Boris Johnson|鲍里斯·约翰逊,约翰逊,强生|英国首相 prime minister of the UK (2019–2022)
liz-truss|Liz Truss|特拉斯,利兹·特拉斯,卓慧思|英国外交大臣、前首相 UK foreign secretary, prime minister 2022
rishi-sunak|Rishi Sunak|苏纳克,里希·苏纳克,辛伟诚|英国前首相 former UK prime minister
keir-starmer|Keir Starmer|斯塔默,基尔·斯塔默,施纪贤|英国首相 UK prime minister
theresa-may|Theresa May|特雷莎·梅,文翠珊|英国前首相 former UK prime minister
david-cameron|David Cameron|卡梅伦,戴维·卡梅伦,大卫·卡梅伦,金马伦|英国前首相、外交大臣 former UK prime minister
tony-blair|Tony Blair|布莱尔,托尼·布莱尔,贝理雅|英国前首相 former UK prime minister
ben-wallace|Ben Wallace|本·华莱士,华莱士|英国国防大臣 UK defence secretary
james-cleverly|James Cleverly|克莱弗利,詹姆斯·克莱弗利|英国外交大臣 UK foreign secretary
dominic-raab|Dominic Raab|拉布,多米尼克·拉布|英国前外交大臣 former UK foreign secretary
david-lammy|David Lammy|拉米,戴维·拉米|英国外交大臣 UK foreign secretary
priti-patel|Priti Patel|帕特尔,普丽蒂·帕特尔|英国前内政大臣 former UK home secretary
jeremy-hunt|Jeremy Hunt|杰里米·亨特|英国财政大臣 UK chancellor of the exchequer
king-charles-iii|King Charles III|查尔斯三世,查尔斯国王|英国国王 King of the United Kingdom
queen-elizabeth-ii|Queen Elizabeth II|伊丽莎白二世,英国女王|英国已故女王 late Queen of the United Kingdom
nigel-farage|Nigel Farage|法拉奇,奈杰尔·法拉奇|英国改革党领袖 leader of Reform UK
emmanuel-macron|Emmanuel Macron|马克龙,埃马纽埃尔·马克龙,马克宏,馬克宏|法国总统 president of France
jean-yves-le-drian|Jean-Yves Le Drian|勒德里安,让-伊夫·勒德里安,勒德里昂|法国前外长 former French foreign minister
catherine-colonna|Catherine Colonna|科隆纳,卡特琳·科隆纳|法国前外长 former French foreign minister
jean-noel-barrot|Jean-Noël Barrot|让-诺埃尔·巴罗|法国外长 French foreign minister
florence-parly|Florence Parly|帕利,弗洛朗斯·帕利|法国前国防部长 former French armed forces minister
sebastien-lecornu|Sébastien Lecornu|勒科尔尼,塞巴斯蒂安·勒科尔尼|法国总理、前国防部长 French prime minister
jean-castex|Jean Castex|卡斯泰,让·卡斯泰|法国前总理 former French prime minister
elisabeth-borne|Élisabeth Borne|博尔内,伊丽莎白·博尔内|法国前总理 former French prime minister
gabriel-attal|Gabriel Attal|阿塔尔,加布里埃尔·阿塔尔|法国前总理 former French prime minister
michel-barnier|Michel Barnier|巴尼耶,米歇尔·巴尼耶|法国前总理、欧盟前首席脱欧谈判代表 former French prime minister
marine-le-pen|Marine Le Pen|勒庞,玛丽娜·勒庞|法国国民联盟领导人 French far-right leader
bruno-le-maire|Bruno Le Maire|勒梅尔,布鲁诺·勒梅尔|法国前经济和财政部长 former French economy minister
nicolas-sarkozy|Nicolas Sarkozy|萨科齐,尼古拉·萨科齐|法国前总统 former president of France
francois-hollande|François Hollande|奥朗德,弗朗索瓦·奥朗德|法国前总统 former president of France
olaf-scholz|Olaf Scholz|朔尔茨,奥拉夫·朔尔茨,萧兹|德国总理 chancellor of Germany (2021–2025)
angela-merkel|Angela Merkel|默克尔,安格拉·默克尔,梅克尔|德国前总理 former chancellor of Germany
friedrich-merz|Friedrich Merz|默茨,弗里德里希·默茨|德国总理 chancellor of Germany
annalena-baerbock|Annalena Baerbock|贝尔伯克,安娜莱娜·贝尔伯克,贝尔博克,贝尔博克|德国外长 German foreign minister
heiko-maas|Heiko Maas|海科·马斯|德国前外长 former German foreign minister
christine-lambrecht|Christine Lambrecht|兰布雷希特,克里斯蒂娜·兰布雷希特|德国前国防部长 former German defence minister
boris-pistorius|Boris Pistorius|皮斯托里乌斯,鲍里斯·皮斯托里乌斯|德国国防部长 German defence minister
frank-walter-steinmeier|Frank-Walter Steinmeier|施泰因迈尔,弗兰克-瓦尔特·施泰因迈尔|德国总统 president of Germany
robert-habeck|Robert Habeck|哈贝克,罗伯特·哈贝克|德国副总理兼经济部长 German vice chancellor
christian-lindner|Christian Lindner|林德纳,克里斯蒂安·林德纳|德国前财政部长 former German finance minister
gerhard-schroeder|Gerhard Schröder|格哈德·施罗德,施罗德|德国前总理 former chancellor of Germany
mario-draghi|Mario Draghi|德拉吉,马里奥·德拉吉|意大利前总理 former Italian prime minister
giorgia-meloni|Giorgia Meloni|梅洛尼,焦尔达·梅洛尼,乔尔焦·梅洛尼|意大利总理 Italian prime minister
luigi-di-maio|Luigi Di Maio|迪马约,路易吉·迪马约|意大利前外长 former Italian foreign minister
sergio-mattarella|Sergio Mattarella|马塔雷拉,塞尔焦·马塔雷拉|意大利总统 president of Italy
antonio-tajani|Antonio Tajani|塔亚尼,安东尼奥·塔亚尼|意大利外长 Italian foreign minister
pedro-sanchez|Pedro Sánchez|桑切斯,佩德罗·桑切斯|西班牙首相 Spanish prime minister
andrzej-duda|Andrzej Duda|杜达,安杰伊·杜达|波兰总统 president of Poland
mateusz-morawiecki|Mateusz Morawiecki|莫拉维茨基,马特乌什·莫拉维茨基|波兰前总理 former Polish prime minister
radoslaw-sikorski|Radosław Sikorski|西科尔斯基,拉多斯瓦夫·西科尔斯基|波兰外长 Polish foreign minister
viktor-orban|Viktor Orbán|欧尔班,奥尔班,维克托·欧尔班|匈牙利总理 Hungarian prime minister
peter-szijjarto|Péter Szijjártó|西雅尔托,彼得·西雅尔托|匈牙利外长 Hungarian foreign minister
recep-tayyip-erdogan|Recep Tayyip Erdoğan|埃尔多安,雷杰普·塔伊普·埃尔多安,艾尔多安|土耳其总统 president of Turkey
mevlut-cavusoglu|Mevlüt Çavuşoğlu|恰武什奥卢,梅夫吕特·恰武什奥卢|土耳其前外长 former Turkish foreign minister
hakan-fidan|Hakan Fidan|费丹,哈坎·费丹|土耳其外长 Turkish foreign minister
alexander-lukashenko|Alexander Lukashenko|卢卡申科,亚历山大·卢卡申科|白俄罗斯总统 president of Belarus
vladimir-makei|Vladimir Makei|马克伊,弗拉基米尔·马克伊|白俄罗斯前外长 former Belarusian foreign minister
sviatlana-tsikhanouskaya|Sviatlana Tsikhanouskaya|季哈诺夫斯卡娅,斯韦特兰娜·季哈诺夫斯卡娅|白俄罗斯反对派领导人 Belarusian opposition leader
kassym-jomart-tokayev|Kassym-Jomart Tokayev|托卡耶夫,卡西姆-若马尔特·托卡耶夫,卡瑟姆-若马尔特·托卡耶夫|哈萨克斯坦总统 president of Kazakhstan
nursultan-nazarbayev|Nursultan Nazarbayev|纳扎尔巴耶夫,努尔苏丹·纳扎尔巴耶夫|哈萨克斯坦首任总统 first president of Kazakhstan
askar-mamin|Askar Mamin|马明,阿斯卡尔·马明|哈萨克斯坦前总理 former prime minister of Kazakhstan
alikhan-smailov|Alikhan Smailov|斯迈洛夫,阿利汗·斯迈洛夫|哈萨克斯坦前总理 former prime minister of Kazakhstan
karim-massimov|Karim Massimov|马西莫夫,卡里姆·马西莫夫|哈萨克斯坦国家安全委员会前主席 former head of Kazakhstan's security committee
shavkat-mirziyoyev|Shavkat Mirziyoyev|米尔济约耶夫,沙夫卡特·米尔济约耶夫|乌兹别克斯坦总统 president of Uzbekistan
emomali-rahmon|Emomali Rahmon|拉赫蒙,埃莫马利·拉赫蒙|塔吉克斯坦总统 president of Tajikistan
sadyr-japarov|Sadyr Japarov|扎帕罗夫,萨德尔·扎帕罗夫|吉尔吉斯斯坦总统 president of Kyrgyzstan
nikol-pashinyan|Nikol Pashinyan|帕希尼扬,尼科尔·帕希尼扬|亚美尼亚总理 prime minister of Armenia
ilham-aliyev|Ilham Aliyev|阿利耶夫,伊尔哈姆·阿利耶夫|阿塞拜疆总统 president of Azerbaijan
maia-sandu|Maia Sandu|桑杜,马娅·桑杜|摩尔多瓦总统 president of Moldova
sauli-niinisto|Sauli Niinistö|尼尼斯托,绍利·尼尼斯托|芬兰前总统 former president of Finland
sanna-marin|Sanna Marin|桑娜·马林|芬兰前总理 former prime minister of Finland
alexander-stubb|Alexander Stubb|斯图布,亚历山大·斯图布|芬兰总统 president of Finland
magdalena-andersson|Magdalena Andersson|安德松,玛格达莱娜·安德松|瑞典前首相 former Swedish prime minister
ulf-kristersson|Ulf Kristersson|克里斯特松,乌尔夫·克里斯特松|瑞典首相 Swedish prime minister
jonas-gahr-store|Jonas Gahr Støre|斯特勒,约纳斯·加尔·斯特勒|挪威首相 Norwegian prime minister
gitanas-nauseda|Gitanas Nausėda|瑙塞达,吉塔纳斯·瑙塞达|立陶宛总统 president of Lithuania
gabrielius-landsbergis|Gabrielius Landsbergis|兰茨贝吉斯,加布里埃柳斯·兰茨贝吉斯|立陶宛前外长 former Lithuanian foreign minister
petr-fiala|Petr Fiala|菲亚拉,彼得·菲亚拉|捷克前总理 former Czech prime minister
karl-nehammer|Karl Nehammer|内哈默,卡尔·内哈默|奥地利前总理 former Austrian chancellor
kyriakos-mitsotakis|Kyriakos Mitsotakis|米佐塔基斯,基里亚科斯·米佐塔基斯|希腊总理 Greek prime minister
aleksandar-vucic|Aleksandar Vučić|武契奇,亚历山大·武契奇|塞尔维亚总统 president of Serbia
ignazio-cassis|Ignazio Cassis|卡西斯,伊尼亚齐奥·卡西斯|瑞士外长 Swiss foreign minister
benjamin-netanyahu|Benjamin Netanyahu|内塔尼亚胡,本雅明·内塔尼亚胡|以色列总理 Israeli prime minister
naftali-bennett|Naftali Bennett|贝内特,纳夫塔利·贝内特|以色列前总理 former Israeli prime minister
yair-lapid|Yair Lapid|拉皮德,亚伊尔·拉皮德|以色列前总理 former Israeli prime minister
isaac-herzog|Isaac Herzog|赫尔佐格,艾萨克·赫尔佐格|以色列总统 president of Israel
yoav-gallant|Yoav Gallant|加兰特,约亚夫·加兰特|以色列前国防部长 former Israeli defence minister
ebrahim-raisi|Ebrahim Raisi|莱希,易卜拉欣·莱希|伊朗前总统 former president of Iran
hassan-rouhani|Hassan Rouhani|鲁哈尼,哈桑·鲁哈尼|伊朗前总统 former president of Iran
ali-khamenei|Ali Khamenei|哈梅内伊,阿里·哈梅内伊|伊朗最高领袖 supreme leader of Iran
hossein-amir-abdollahian|Hossein Amir-Abdollahian|阿卜杜拉希扬,侯赛因·阿米尔-阿卜杜拉希扬|伊朗前外长 former Iranian foreign minister
mohammad-javad-zarif|Mohammad Javad Zarif|扎里夫,穆罕默德·贾瓦德·扎里夫|伊朗前外长 former Iranian foreign minister
masoud-pezeshkian|Masoud Pezeshkian|佩泽希齐扬,马苏德·佩泽希齐扬|伊朗总统 president of Iran
abbas-araghchi|Abbas Araghchi|阿拉格齐,阿巴斯·阿拉格齐|伊朗外长 Iranian foreign minister
mohammed-bin-salman|Mohammed bin Salman|穆罕默德·本·萨勒曼,萨勒曼王储|沙特王储兼首相 crown prince of Saudi Arabia
faisal-bin-farhan|Faisal bin Farhan|费萨尔·本·法尔汉|沙特外交大臣 Saudi foreign minister
mohammed-bin-zayed|Mohamed bin Zayed|穆罕默德·本·扎耶德|阿联酋总统 president of the UAE
tamim-bin-hamad|Tamim bin Hamad Al Thani|塔米姆·本·哈马德·阿勒萨尼,塔米姆|卡塔尔埃米尔 emir of Qatar
abdel-fattah-el-sisi|Abdel Fattah el-Sisi|塞西,阿卜杜勒-法塔赫·塞西|埃及总统 president of Egypt
bashar-al-assad|Bashar al-Assad|巴沙尔·阿萨德,阿萨德|叙利亚前总统 former president of Syria
mahmoud-abbas|Mahmoud Abbas|马哈茂德·阿巴斯|巴勒斯坦总统 president of Palestine
ismail-haniyeh|Ismail Haniyeh|哈尼亚,伊斯梅尔·哈尼亚|哈马斯前政治局领导人 former Hamas political leader
yahya-sinwar|Yahya Sinwar|辛瓦尔,叶海亚·辛瓦尔|哈马斯前领导人 former Hamas leader
hassan-nasrallah|Hassan Nasrallah|纳斯鲁拉,哈桑·纳斯鲁拉|真主党前总书记 former Hezbollah leader
abdullah-ii|King Abdullah II|阿卜杜拉二世|约旦国王 King of Jordan
ayman-safadi|Ayman Safadi|萨法迪,艾曼·萨法迪|约旦外交大臣 Jordanian foreign minister
xi-jinping|Xi Jinping|习近平|中国国家主席 president of China
li-keqiang|Li Keqiang|李克强|中国国务院前总理 former Chinese premier
li-qiang|Li Qiang|李强|中国国务院总理 Chinese premier
wang-yi|Wang Yi|王毅|中国外交部长 Chinese foreign minister
qin-gang|Qin Gang|秦刚|中国前外交部长 former Chinese foreign minister
wang-wenbin|Wang Wenbin|汪文斌|中国外交部发言人 Chinese foreign ministry spokesperson
zhao-lijian|Zhao Lijian|赵立坚|中国外交部前发言人 former Chinese foreign ministry spokesperson
hua-chunying|Hua Chunying|华春莹|中国外交部副部长、发言人 Chinese vice foreign minister
mao-ning|Mao Ning|毛宁|中国外交部发言人 Chinese foreign ministry spokesperson
lin-jian|Lin Jian|林剑|中国外交部发言人 Chinese foreign ministry spokesperson
geng-shuang|Geng Shuang|耿爽|中国常驻联合国副代表 Chinese deputy ambassador to the UN
zhang-jun|Zhang Jun|张军|中国常驻联合国代表 Chinese ambassador to the UN
fu-cong|Fu Cong|傅聪|中国常驻联合国代表 Chinese ambassador to the UN
wei-fenghe|Wei Fenghe|魏凤和|中国前国防部长 former Chinese defence minister
li-shangfu|Li Shangfu|李尚福|中国前国防部长 former Chinese defence minister
dong-jun|Dong Jun|董军|中国国防部长 Chinese defence minister
wu-qian|Wu Qian|吴谦|中国国防部发言人 Chinese defence ministry spokesperson
han-zheng|Han Zheng|韩正|中国国家副主席 Chinese vice president
wang-qishan|Wang Qishan|王岐山|中国前国家副主席 former Chinese vice president
liu-he|Liu He|刘鹤|中国前国务院副总理 former Chinese vice premier
he-lifeng|He Lifeng|何立峰|中国国务院副总理 Chinese vice premier
yang-jiechi|Yang Jiechi|杨洁篪|中共中央外事工作委员会办公室前主任 former Chinese foreign policy chief
cui-tiankai|Cui Tiankai|崔天凯|中国前驻美大使 former Chinese ambassador to the US
xie-feng|Xie Feng|谢锋|中国驻美国大使 Chinese ambassador to the US
le-yucheng|Le Yucheng|乐玉成|中国前外交部副部长 former Chinese vice foreign minister
zhang-hanhui|Zhang Hanhui|张汉晖|中国驻俄罗斯大使 Chinese ambassador to Russia
zhong-nanshan|Zhong Nanshan|钟南山|中国工程院院士、呼吸病学专家 Chinese respiratory disease expert
zhang-wenhong|Zhang Wenhong|张文宏|中国传染病专家 Chinese infectious disease expert
jack-ma|Jack Ma|马云|阿里巴巴创始人 Alibaba founder
pony-ma|Ma Huateng|马化腾|腾讯首席执行官 Tencent CEO
robin-li|Robin Li|李彦宏|百度首席执行官 Baidu CEO
lei-jun|Lei Jun|雷军|小米创始人 Xiaomi founder
ren-zhengfei|Ren Zhengfei|任正非|华为创始人 Huawei founder
zhang-yiming|Zhang Yiming|张一鸣|字节跳动创始人 ByteDance founder
richard-liu|Richard Liu|刘强东|京东创始人 JD.com founder
wang-chuanfu|Wang Chuanfu|王传福|比亚迪董事长 BYD chairman
li-shufu|Li Shufu|李书福|吉利控股集团董事长 Geely chairman
yu-chengdong|Richard Yu|余承东|华为常务董事 Huawei executive
he-xiaopeng|He Xiaopeng|何小鹏|小鹏汽车董事长 XPeng chairman
william-li|William Li|李斌|蔚来创始人 NIO founder
dong-mingzhu|Dong Mingzhu|董明珠|格力电器董事长 Gree chairwoman
cao-dewang|Cao Dewang|曹德旺|福耀玻璃董事长 Fuyao Glass chairman
hu-xijin|Hu Xijin|胡锡进|环球时报前总编辑 former Global Times editor
tsai-ing-wen|Tsai Ing-wen|蔡英文|台湾地区前领导人 former Taiwan leader
lai-ching-te|Lai Ching-te|赖清德|台湾地区领导人 Taiwan leader
ma-ying-jeou|Ma Ying-jeou|马英九|台湾地区前领导人 former Taiwan leader
ko-wen-je|Ko Wen-je|柯文哲|台湾民众党创党主席 Taiwan People's Party founder
john-lee|John Lee Ka-chiu|李家超|香港特区行政长官 chief executive of Hong Kong
carrie-lam|Carrie Lam|林郑月娥|香港特区前行政长官 former chief executive of Hong Kong
fumio-kishida|Fumio Kishida|岸田文雄,岸田|日本前首相 former prime minister of Japan
shinzo-abe|Shinzo Abe|安倍晋三,安倍|日本前首相 former prime minister of Japan
yoshihide-suga|Yoshihide Suga|菅义伟|日本前首相 former prime minister of Japan
shigeru-ishiba|Shigeru Ishiba|石破茂|日本首相 prime minister of Japan
sanae-takaichi|Sanae Takaichi|高市早苗|日本首相 prime minister of Japan
yoshimasa-hayashi|Yoshimasa Hayashi|林芳正|日本内阁官房长官、前外相 Japanese chief cabinet secretary
toshimitsu-motegi|Toshimitsu Motegi|茂木敏充|日本外相 Japanese foreign minister
hirokazu-matsuno|Hirokazu Matsuno|松野博一|日本前内阁官房长官 former Japanese chief cabinet secretary
nobuo-kishi|Nobuo Kishi|岸信夫|日本前防卫大臣 former Japanese defence minister
taro-kono|Taro Kono|河野太郎|日本政治家 Japanese politician
moon-jae-in|Moon Jae-in|文在寅|韩国前总统 former president of South Korea
yoon-suk-yeol|Yoon Suk Yeol|尹锡悦|韩国前总统 former president of South Korea
lee-jae-myung|Lee Jae-myung|李在明|韩国总统 president of South Korea
park-jin|Park Jin|朴振|韩国前外长 former South Korean foreign minister
chung-eui-yong|Chung Eui-yong|郑义溶|韩国前外长 former South Korean foreign minister
kim-jong-un|Kim Jong Un|金正恩|朝鲜最高领导人 leader of North Korea
kim-yo-jong|Kim Yo Jong|金与正|朝鲜劳动党中央委员会副部长 senior North Korean official
narendra-modi|Narendra Modi|莫迪,纳伦德拉·莫迪|印度总理 prime minister of India
subrahmanyam-jaishankar|Subrahmanyam Jaishankar|苏杰生,贾尚卡尔|印度外长 Indian foreign minister
imran-khan|Imran Khan|伊姆兰·汗|巴基斯坦前总理 former prime minister of Pakistan
shehbaz-sharif|Shehbaz Sharif|夏巴兹·谢里夫,谢里夫|巴基斯坦总理 prime minister of Pakistan
lee-hsien-loong|Lee Hsien Loong|李显龙|新加坡前总理 former prime minister of Singapore
lawrence-wong|Lawrence Wong|黄循财|新加坡总理 prime minister of Singapore
vivian-balakrishnan|Vivian Balakrishnan|维文|新加坡外长 Singaporean foreign minister
joko-widodo|Joko Widodo|佐科,佐科·维多多|印度尼西亚前总统 former president of Indonesia
prabowo-subianto|Prabowo Subianto|普拉博沃,普拉博沃·苏比安托|印度尼西亚总统 president of Indonesia
anwar-ibrahim|Anwar Ibrahim|安瓦尔,安瓦尔·易卜拉欣|马来西亚总理 prime minister of Malaysia
ferdinand-marcos-jr|Ferdinand Marcos Jr.|小马科斯,费迪南德·马科斯|菲律宾总统 president of the Philippines
rodrigo-duterte|Rodrigo Duterte|杜特尔特,罗德里戈·杜特尔特|菲律宾前总统 former president of the Philippines
prayut-chan-o-cha|Prayut Chan-o-cha|巴育|泰国前总理 former prime minister of Thailand
hun-sen|Hun Sen|洪森|柬埔寨前首相 former prime minister of Cambodia
hun-manet|Hun Manet|洪玛奈|柬埔寨首相 prime minister of Cambodia
min-aung-hlaing|Min Aung Hlaing|敏昂莱|缅甸军政府领导人 Myanmar junta leader
aung-san-suu-kyi|Aung San Suu Kyi|昂山素季|缅甸前国务资政 former Myanmar state counsellor
nguyen-phu-trong|Nguyen Phu Trong|阮富仲|越共中央前总书记 former Vietnamese party chief
scott-morrison|Scott Morrison|莫里森,斯科特·莫里森|澳大利亚前总理 former Australian prime minister
anthony-albanese|Anthony Albanese|阿尔巴尼斯,安东尼·阿尔巴尼斯|澳大利亚总理 Australian prime minister
penny-wong|Penny Wong|黄英贤|澳大利亚外长 Australian foreign minister
jacinda-ardern|Jacinda Ardern|阿德恩,杰辛达·阿德恩,阿德恩|新西兰前总理 former New Zealand prime minister
justin-trudeau|Justin Trudeau|特鲁多,贾斯廷·特鲁多,杜鲁多|加拿大前总理 former Canadian prime minister
melanie-joly|Mélanie Joly|若利,梅拉妮·若利|加拿大外长 Canadian foreign minister
chrystia-freeland|Chrystia Freeland|方慧兰,弗里兰|加拿大前副总理 former Canadian deputy prime minister
andres-manuel-lopez-obrador|Andrés Manuel López Obrador|洛佩斯·奥夫拉多尔|墨西哥前总统 former president of Mexico
lula-da-silva|Luiz Inácio Lula da Silva|卢拉,路易斯·伊纳西奥·卢拉·达席尔瓦|巴西总统 president of Brazil
jair-bolsonaro|Jair Bolsonaro|博索纳罗,雅伊尔·博索纳罗|巴西前总统 former president of Brazil
javier-milei|Javier Milei|米莱,哈维尔·米莱|阿根廷总统 president of Argentina
nicolas-maduro|Nicolás Maduro|马杜罗,尼古拉斯·马杜罗|委内瑞拉总统 president of Venezuela
gustavo-petro|Gustavo Petro|佩特罗,古斯塔沃·佩特罗|哥伦比亚总统 president of Colombia
cyril-ramaphosa|Cyril Ramaphosa|拉马福萨,西里尔·拉马福萨|南非总统 president of South Africa
abiy-ahmed|Abiy Ahmed|阿比·艾哈迈德|埃塞俄比亚总理 prime minister of Ethiopia
william-ruto|William Ruto|鲁托,威廉·鲁托|肯尼亚总统 president of Kenya
paul-kagame|Paul Kagame|卡加梅,保罗·卡加梅|卢旺达总统 president of Rwanda
pope-francis|Pope Francis|方济各,教皇方济各,教宗方济各|罗马天主教教皇 Pope
pope-leo-xiv|Pope Leo XIV|利奥十四世,良十四世|罗马天主教教皇 Pope
julian-assange|Julian Assange|阿桑奇,朱利安·阿桑奇|维基解密创始人 WikiLeaks founder
edward-snowden|Edward Snowden|斯诺登,爱德华·斯诺登|美国国家安全局前雇员 NSA whistleblower
greta-thunberg|Greta Thunberg|通贝里,格蕾塔·通贝里|瑞典气候活动人士 Swedish climate activist
# Added: more heads of state and government, ministers, spokespeople, international bodies, media and companies.
grant-shapps|Grant Shapps|沙普斯,格兰特·沙普斯|英国前国防大臣 former UK defence secretary
serdar-berdimuhamedow|Serdar Berdimuhamedow|别尔德穆哈梅多夫,谢尔达尔·别尔德穆哈梅多夫|土库曼斯坦总统 Turkmenistan president
mark-carney|Mark Carney|卡尼,马克·卡尼|加拿大总理 Canadian prime minister
claudia-sheinbaum|Claudia Sheinbaum|辛鲍姆,克劳迪娅·辛鲍姆|墨西哥总统 Mexican president
tammy-bruce|Tammy Bruce|塔米·布鲁斯|美国国务院发言人 State Department spokesperson
karoline-leavitt|Karoline Leavitt|莱维特,卡罗琳·莱维特|白宫新闻秘书 White House press secretary
steve-witkoff|Steve Witkoff|威特科夫,史蒂夫·威特科夫|美国特使 US special envoy
`;
