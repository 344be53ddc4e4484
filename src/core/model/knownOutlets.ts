/**
 * Outlet names for hosts and for variant spellings. A name here is spelled as the corpus's front
 * matter spells that outlet, so a feed dump and a front matter file of one outlet land in one group.
 */

/** A news host (and optionally a path prefix on it) and the outlet it belongs to. */
export interface OutletHost {
  /** Lower-case host without `www.`; subdomains match too. */
  host: string;
  /** Path prefix the URL must start with, when the host carries several outlets. */
  pathPrefix?: string;
  name: string;
}

export const KNOWN_OUTLET_HOSTS: readonly OutletHost[] = [
  { host: 'voachinese.com', name: '美国之音' },
  { host: 'voacantonese.com', name: '美国之音' },
  { host: 'voanews.com', name: '美国之音' },
  { host: 'dw.com', name: '德国之声' },
  { host: 'chinese.aljazeera.net', name: 'Aljazeera 半岛网' },
  { host: 'guancha.cn', name: '观察者网' },
  { host: 'bbc.com', pathPrefix: '/zhongwen', name: 'BBC中文' },
  { host: 'bbc.co.uk', pathPrefix: '/zhongwen', name: 'BBC中文' },
  { host: 'rfi.fr', name: '法国国际广播电台' },
  { host: 'cn.nytimes.com', name: '纽约时报中文网' },
  { host: 'nytimes.com', pathPrefix: '/zh-hans', name: '纽约时报中文网' },
  { host: 'ftchinese.com', name: 'FT中文网' },
  { host: 'cn.wsj.com', name: '华尔街日报中文网' },
  { host: 'zaobao.com', name: '联合早报' },
  { host: 'zaobao.com.sg', name: '联合早报' },
  { host: 'rfa.org', name: '自由亚洲电台' },
  { host: 'cn.nikkei.com', name: '日经中文网' },
  { host: 'sputniknews.cn', name: '俄罗斯卫星通讯社' },
  { host: 'ithome.com', name: 'IT 之家' },
  { host: '36kr.com', name: '36kr' },
  { host: 'cnbeta.com', name: 'cnBeta' },
  { host: 'cnbeta.com.tw', name: 'cnBeta' },
  { host: 'mydrivers.com', name: '快科技（原驱动之家）' },
  { host: 'phoronix.com', name: 'Phoronix - 新闻与评测' },
  { host: 'solidot.org', name: 'Solidot' },
  { host: 'thepaper.cn', name: '澎湃新闻' },
  { host: 'xinhuanet.com', name: '新华网' },
  { host: 'news.cn', name: '新华网' },
  { host: 'people.com.cn', name: '人民网' },
  { host: 'chinanews.com.cn', name: '中国新闻网' },
  { host: 'chinanews.com', name: '中国新闻网' },
  { host: 'huanqiu.com', name: '环球网' },
  { host: 'caixin.com', name: '财新网' },
  { host: 'infzm.com', name: '南方周末' },
  { host: 'ifeng.com', name: '凤凰网' },
  { host: 'sina.com.cn', name: '新浪' },
  { host: 'sohu.com', name: '搜狐' },
  { host: '163.com', name: '网易' },
  { host: 'huxiu.com', name: '虎嗅' },
  { host: 'sspai.com', name: '少数派' },
  { host: 'geekpark.net', name: '极客公园' },
  { host: 'theinitium.com', name: '端传媒' },
  { host: 'cna.com.tw', name: '中央社' },
  { host: 'udn.com', name: '联合新闻网' },
  { host: 'rthk.hk', name: '香港电台' },
  { host: 'hk01.com', name: '香港01' },
];

/** Other spellings of outlet names (as an `author` field may give them) → the name used here. */
export const OUTLET_ALIASES: ReadonlyMap<string, string> = new Map([
  ['美國之音', '美国之音'],
  ['voa', '美国之音'],
  ['voa chinese', '美国之音'],
  ['美国之音中文网', '美国之音'],
  ['德國之聲', '德国之声'],
  ['dw', '德国之声'],
  ['德国之声中文网', '德国之声'],
  ['德國之聲中文網', '德国之声'],
  ['半岛网', 'Aljazeera 半岛网'],
  ['半岛电视台', 'Aljazeera 半岛网'],
  ['aljazeera', 'Aljazeera 半岛网'],
  ['bbc news 中文', 'BBC中文'],
  ['bbc中文网', 'BBC中文'],
  ['it之家', 'IT 之家'],
  ['ithome', 'IT 之家'],
  ['36氪', '36kr'],
  ['cnbeta.com', 'cnBeta'],
  ['快科技', '快科技（原驱动之家）'],
  ['驱动之家', '快科技（原驱动之家）'],
  ['phoronix', 'Phoronix - 新闻与评测'],
]);

/** First front matter categories that say what kind of medium it is, not which outlet. */
export const MEDIUM_CATEGORIES: ReadonlySet<string> = new Set(['新媒体', '传统媒体', '自媒体', '媒体', '官方媒体']);
