/**
 * How organization names end in Chinese news, and what makes such a phrase generic rather than a name.
 */

/** Ministry cores: a country (or nothing) + core + 部/省 is a ministry (俄罗斯国防部, 日本外务省, 外交部). */
export const MINISTRY_CORES: readonly string[] = `
外交 国防 财政 内政 司法 商务 贸易 教育 卫生 能源 农业 交通 交通运输 工业和信息化 公安 国家安全 国土安全 文化 文化和旅游 外务 防卫 经济产业 总务 紧急情况 数字发展
科学技术 科技 生态环境 自然资源 住房和城乡建设 人力资源和社会保障 退役军人事务 应急管理 民政 水利 审计 经济发展 经济 劳动 环境 外交与联邦事务 国际发展 欧洲和外交事务
武装部队 卫生与公众服务 退伍军人事务 住房和城市发展 卫生和社会保障 劳工 内务 经济财政 经济和财政 外贸 工业 工业和贸易 通信 信息 宣传 统战 组织 中联 军队 安全 情报 移民 海关
基础设施 社会政策 青年和体育 体育 旅游 数字化转型 战略工业 重新一体化 被占领土重新一体化 发展 规划 投资 石油 矿产 能源和矿产 农业和粮食 渔业 林业 卫生和福利 福利 家庭 妇女 少数民族 宗教事务 文化遗产
`.split(/\s+/).filter(Boolean);

/** Ministry endings (部 in most countries, 省 in Japan). */
export const MINISTRY_ENDINGS: readonly string[] = ['部', '省'];

/**
 * Endings that make a named organization when preceded by a proper name (上海东方报业有限公司, 日本国会).
 * Kind `media` marks press; all are organizations.
 */
export const ORG_SUFFIXES: readonly string[] = `
有限公司 股份有限公司 有限责任公司 公司 集团 银行 中央银行 国家银行 基金会 基金 大学 学院 医院 研究所 研究院 研究中心 科学院 工程院 实验室 协会 学会 联合会 商会 工会 联盟
委员会 理事会 议会 国会 参议院 众议院 下议院 上议院 法院 最高法院 检察院 国务院 总统府 总统办公室 办公厅 总局 管理局 监督局 调查局 情报局 安全局 统计局 航天局 署
大使馆 使馆 领事馆 总领事馆 办事处 代表处 代表团
组织 党 通讯社 电讯社 新闻社 通信社 电视台 电台 广播电台 广播公司 日报 时报 晚报 晨报 早报 邮报 周刊 周报 商报 快报 杂志 杂志社 出版社 报社 频道 新闻网 智库
联络小组
`.split(/\s+/).filter(Boolean);

/**
 * Bodies a state names the same way everywhere, written alone like a bare ministry (召开国家安全委员会会议): an org
 * whether or not a country comes before them.
 */
export const STATE_BODIES: readonly string[] = ['国家安全委员会', '中央国家安全委员会', '中央选举委员会'];

/**
 * Generic phrases that end like an organization but name none (当局, 子公司, 恐怖组织…).
 * A suffix candidate whose text ends with one of these, and has no proper-name part before it, is rejected.
 */
export const GENERIC_ORG_PHRASES: ReadonlySet<string> = new Set(`
当局 格局 布局 大局 僵局 政局 时局 结局 全局 开局 邮局 部署 签署 公署 政党 入党 全党 执政党 反对党 在野党 子公司 母公司 分公司 总公司 控股公司 空壳公司 上市公司
科技公司 互联网公司 能源公司 石油公司 天然气公司 军工公司 芯片公司 汽车公司 制药公司 保险公司 航空公司 物流公司 电信公司 媒体公司 投资公司 咨询公司 游戏公司 软件公司 私营公司 国有公司
野战医院 方舱医院 定点医院 军队医院 跨国公司 外国公司 大公司 小公司 新公司 创业公司 初创公司 中央银行 商业银行 投资银行 国有银行 大银行 极端组织 恐怖组织 国际组织 非政府组织 地区组织 区域组织 犯罪组织 武装组织
利益集团 七国集团 二十国集团 八国集团 金砖国家 武装集团 犯罪集团 恐怖集团 军事集团 委员会 理事会 议会 国会 法院 医院 大学 学院 基金 基金会 银行 公司 集团 组织 联盟 频道 网站
地方法院 上诉法院 联邦法院 最高法院 高等法院 中级法院 地区法院 特别法庭 新闻网 杂志 智库 研究所 实验室 办公室 司令部 总部 办公厅 工会 商会 协会 学会 电台 电视台 党 署 局
`.split(/\s+/).filter(Boolean));

/** Words that make the part before a suffix generic (科技 in 美国科技公司, 国际 in 国际组织). */
export const GENERIC_QUALIFIERS: readonly string[] = `
国际 全球 地方 中央 联邦 国家 政府 相关 有关 主要 大型 小型 该国 各国 多国 其他 其它 科技 投资 私营 国有 外国 跨国 商业 恐怖 极端 非政府 互联网 能源 石油 天然气 军工 芯片 半导体
汽车 制药 医药 保险 航空 物流 电信 媒体 咨询 游戏 软件 硬件 创业 初创 上市 空壳 控股 金融 证券 区域 地区 西方 美方 俄方 欧洲 亚洲 新闻 电视 独立 民间 官方 军方 安全 研究
军事 防御性 防御 地缘政治 政治 经济 贸易 战略 同盟 盟友 重要 最大 最高 知名 著名 领先 新兴 传统 区域性 全球性 国际性 多边 双边 防务 情报 出版 交易 资产管理 对冲 私募
基础设施 军火 国防 武器 导弹 卫星 航天 太空 农业 食品 医疗 卫生 教育 文化 体育 娱乐 传媒 广告 零售 电商 电子 通信 网络 数据 人工智能 反对派 执政 联合 合资 外资 本土 当地
`.split(/\s+/).filter(Boolean);

/** Endings that name a country's unique institution: with just a country before them they are an org (法国总统府). */
export const COUNTRY_INSTITUTIONS: readonly string[] = `
总统府 总理府 首相府 总统办公室 国会 议会 参议院 众议院 下议院 上议院 最高法院 宪法法院 中央银行 央行 国家银行 内阁 王室 国务院 外交部 国防部 中央选举委员会 选举委员会 国家安全委员会 安全委员会
`.split(/\s+/).filter(Boolean);

/** Words that end a leftward scan for an org's proper part: verbs that typically precede an org (接受, 援引). */
export const LEFT_STOP_WORDS: readonly string[] = ['接受', '通过', '根据', '援引', '包括', '加入', '成为', '宣布', '会见', '访问', '批评', '指责', '呼吁', '要求', '支持', '反对', '参加', '出席', '举行', '召开', '恢复', '告诉', '称', '表示', '认为', '来自', '隶属', '旗下', '位于', '前往', '抵达', '离开', '运营主体', '主体', '股东', '暂停', '关闭', '开设', '成立', '创办', '收购', '起诉', '制裁', '冻结', '闯入', '冲进', '袭击', '进入', '离开', '攻击', '占领', '包围', '保卫', '访问了', '致函', '致信', '迁移', '搬迁', '迁往', '撤离', '撤出', '重开'];

/** Verbs after a short agency name that show it is a news source (塔斯社报道, 新华社援引). */
export const REPORTING_VERBS: readonly string[] = ['报道', '报导', '援引', '消息', '称', '获悉', '记者', '电', '发布', '披露', '表示', '说', '指出', '引述', '采访', '独家'];
