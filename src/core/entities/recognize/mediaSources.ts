/**
 * Media and sources named by their typography rather than by a known ending: titles in 《…》 or “…” cited as the
 * source of a report (据《新报》报道, “军事事务”网站指出, “甲”、“乙”等通讯社援引), and credit lines
 * (图源：澎湃影像, 原文链接：科普中国).
 */

import type { Candidate } from './candidate';
import { codeAt, isStopCode } from './chars';
import type { Lexicon } from './lexicon';
import { forEachMatchAt, TRIGGER_COLON, TRIGGER_CREDIT, TRIGGER_QUOTE, type Triggers } from './triggers';

/** Words after a quoted title that show it is an outlet cited as a source. */
const SOURCE_WORDS = '报道|报导|援引|引述|称|指出|披露|透露|发表|刊登|刊发|发文|评论|社论|消息|获悉|网站|网|杂志|报纸|电视台|电台|通讯社|频道|记者|撰文|采访';
/** A quoted title (《…》 or “…” or "…") followed by a source word, possibly after 等 and a class noun. */
const QUOTED_SOURCE = new RegExp(`(?:《([^《》\\n]{2,16})》|“([^“”\\n]{2,12})”)(?=(?:等(?:媒体|通讯社|报纸|网站|电视台)|[、和与及])?(?:${SOURCE_WORDS}))`, 'y');
/** A quoted title in a list closed by 等 + a media class noun: “甲”、“乙”和“丙”等通讯社. */
const QUOTED_LIST = /((?:[《“][^《》“”\n]{2,16}[》”][、，和与及]?){2,8})等(?:媒体|通讯社|报纸|网站|电视台|报刊)/y;
const LIST_ITEM = /[《“]([^《》“”\n]{2,16})[》”]/g;
/** Credit labels whose value is an outlet: 图源：, 来源：, 原文链接：, 出品：. */
const CREDIT = /(?:图源|图片来源|来源|文章来源|原文链接|原文来源|出品|出品方|转载自|视频来源)\s*[：:]\s*([\u4e00-\u9fffA-Za-z0-9]{2,12})/y;
/** Quoted text that is a phrase, not a name: any punctuation or a function word inside. */
const NOT_A_TITLE = /[，。！？；：、,.!?;:\s]|[的了吗呢吧是在我你他她们不没很]/;

/**
 * Orgs named by quotation or credit lines; the surface excludes the quotation marks. The patterns are tried where they
 * can start (see `triggers.ts`): at each 《 or “, and at each credit label when the text has a colon.
 */
export function findMediaSources(text: string, out: Candidate[], triggers: Triggers): void {
  const quotes = triggers.of(TRIGGER_QUOTE);
  forEachMatchAt(text, QUOTED_SOURCE, quotes, (match) => {
    const title = match[1] ?? match[2]!;
    pushTitle(match.index + 1, title, out);
  });
  if (quotes.length > 0 && text.includes('等')) {
    forEachMatchAt(text, QUOTED_LIST, quotes, (match) => {
      const list = match[1]!;
      for (let item = LIST_ITEM.exec(list); item; item = LIST_ITEM.exec(list)) pushTitle(match.index + item.index + 1, item[1]!, out);
    });
  }
  if (triggers.of(TRIGGER_COLON).length === 0) return;
  forEachMatchAt(text, CREDIT, triggers.of(TRIGGER_CREDIT), (match) => {
    const value = match[1]!;
    if (/^\d+$/.test(value) || /^https?/i.test(value)) return;
    const start = match.index + match[0].length - value.length;
    out.push({ start, end: start + value.length, type: 'org', source: 'pattern' });
  });
}

function pushTitle(start: number, title: string, out: Candidate[]): void {
  if (NOT_A_TITLE.test(title)) return;
  out.push({ start, end: start + title.length, type: 'org', source: 'pattern' });
}

/** Endings that make the phrase before a citing word a description, not an outlet (俄罗斯官方媒体, 美国官员). */
const NOT_AN_OUTLET = /(?:媒体|官媒|官方|政府|当局|方面|官员|人士|专家|民众|网友|军方|警方|分析|报告|研究|调查|文章|数据|统计|新闻)$/;

/**
 * An outlet not in any list, named as a place plus a proper part right before 报道称/援引/消息称 at the start of
 * a clause (据哈萨克斯坦晨星报道称 → 哈萨克斯坦晨星). The part after the place must hold no known name, place or title.
 * `citing` are the positions of the citing phrases (`CITING_WORDS`; as they cannot overlap, every one is a match).
 */
export function findOutletsBeforeCiting(text: string, lexicon: Lexicon, nameStartAt: Uint8Array, out: Candidate[], citing: readonly number[]): void {
  for (const end of citing) {
    let start = end;
    while (start > 0 && end - start < 14 && !isStopCode(codeAt(text, start - 1))) start--;
    if (end - start >= 14 || start === end) continue;
    const place = lexicon.places.longestAt(text, start);
    const rest = end - start - place;
    if (place === 0 || rest < 2 || rest > 8) continue;
    let clean = true;
    for (let i = start + place; i < end && clean; i++) if (nameStartAt[i] || lexicon.roles.longestAt(text, i) > 0) clean = false;
    if (!clean || NOT_AN_OUTLET.test(text.slice(start, end))) continue;
    out.push({ start, end, type: 'org', source: 'pattern' });
  }
}
