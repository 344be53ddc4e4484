/**
 * Job titles and roles written before a name (北约秘书长斯托尔滕贝格, 外交部发言人汪文斌).
 * A role right before a candidate is strong evidence that the candidate is a person.
 */
const ROLE_WORDS = `
总统 副总统 前总统 总理 副总理 首相 副首相 国务卿 副国务卿 常务副国务卿 助理国务卿 国务委员 国家主席 国家副主席 主席 副主席 轮值主席 总书记 书记
外长 副外长 第一副外长 副防长 副财长 副总检察长 第一副总理 第一副主席 外交部长 外交部副部长 外交大臣 外相 防长 国防部长 国防部副部长 国防大臣 防卫大臣 防卫相 财长 财政部长 财政大臣 商务部长 司法部长 内政部长 内政大臣 部长 副部长 大臣
国家安全顾问 国家安全事务助理 安全顾问 顾问 高级顾问 首席顾问 特使 特别代表 高级代表 代表 常驻代表 常驻联合国代表 谈判代表 首席谈判代表 大使 公使 参赞 领事 总领事 外交官
秘书长 副秘书长 总统新闻秘书 克宫发言人 政治局委员 政治局常委 常委 委员 党首 党魁 主席团主席 助理秘书长 秘书 新闻秘书 发言人 新闻发言人 女发言人 副发言人 办公室主任 主任 副主任 局长 副局长 署长 处长 司长 厅长 院长 副院长 校长 所长 行长 央行行长
议长 副议长 参议员 众议员 议员 国会议员 州长 市长 副市长 省长 县长 知事 领导人 最高领导人 最高领袖 国王 女王 王储 王子 公主 亲王 埃米尔 苏丹 教皇 教宗 大牧首
总司令 司令 司令员 参谋长 总参谋长 指挥官 将军 上将 中将 少将 上校 总干事 副总干事 总裁 副总裁 董事长 副董事长 董事 总经理 副总经理 首席执行官 首席财务官 首席技术官 执行官 CEO CFO CTO 创始人 联合创始人 合伙人 负责人 高管 经理 主管
记者 特约记者 驻站记者 评论员 主编 总编辑 编辑 作者 撰稿人 主持人 分析师 首席分析师 经济学家 专家 学者 教授 副教授 研究员 院士 博士 医生 律师 法官 检察官 检察长 总检察长 警长 发言官 官员 高级官员 调查员
演员 老戏骨 艺人 歌手 导演 制片人 编剧 主播 运动员 球员 教练 主教练 作家 诗人 艺术家 活动人士 维权人士 反对派领袖 反对派领导人 领袖 前领导人
`;

/** Every role word, longest first is not needed: callers match by exact slice. */
export const ROLES: ReadonlySet<string> = new Set(ROLE_WORDS.split(/\s+/).filter(Boolean));

/** Longest role word, in characters. */
export const MAX_ROLE_LENGTH = Math.max(...[...ROLES].map((role) => role.length));

/**
 * Words that may precede a role inside one apposition: 美国驻俄罗斯大使, 前国务卿, 时任外长.
 * Places and organizations also extend a role to the left; see `recognize/roles.ts`.
 */
export const ROLE_MODIFIERS: readonly string[] = ['驻', '前', '时任', '现任', '新任', '代理', '常务', '首席', '高级', '资深', '卸任', '候任'];

/** Roles that never introduce a personal name: a ministry named in them is part of the title (俄罗斯外交部长). */
export const MINISTER_TITLE_TAILS: readonly string[] = ['长', '部长', '副部长', '大臣'];
