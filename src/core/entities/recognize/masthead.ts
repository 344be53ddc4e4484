/**
 * The publisher's own masthead at the top of an article body: a label naming the outlet that publishes the page, such
 * as （德国之声中文网） or “VOA连线(记者名):”. Like the site name in the front matter it is page furniture, not a
 * mention in the story; a dispatch dateline (新华社东京3月2日电, IT之家 1 月 26 日消息) is different: it attributes the
 * report to its source and stays a mention.
 */

import { codeAt } from './chars';
import type { Candidate } from './candidate';
import { wordTrie } from './lexicon';

/** What may follow the outlet's name inside a bracketed masthead: the edition or channel of the outlet itself. */
const EDITIONS = wordTrie(['中文网', '中文版', '中文部', '中文', '新闻网', '网站', '网']);
/** Programme words after an outlet's name that make the label a programme masthead when a colon closes it. */
const PROGRAMMES = wordTrie(['连线', '专访', '视频', '直播', '快评', '播客']);
const OPENING = '（(【['.split('').map((char) => char.charCodeAt(0));
const CLOSING = '）)】]'.split('').map((char) => char.charCodeAt(0));
const COLONS = '：:'.split('').map((char) => char.charCodeAt(0));
/** How far into the text a masthead may start (after blank space) and how long its parenthesised byline may be. */
const MAX_LEAD = 4;
const MAX_BYLINE = 12;

/** `entities` (sorted by start) without an org that is the publisher's masthead at the very start of `text`. */
export function withoutMasthead(text: string, entities: Candidate[]): Candidate[] {
  const first = entities[0];
  if (!first || first.type !== 'org' || first.start > MAX_LEAD + 1) return entities;
  let lead = 0;
  while (lead < first.start && /\s/.test(text[lead]!)) lead++;
  const bracketed = lead === first.start - 1 && OPENING.includes(codeAt(text, lead)) && closesBracketedMasthead(text, first.end);
  const programme = lead === first.start && closesProgrammeMasthead(text, first.end);
  return bracketed || programme ? entities.slice(1) : entities;
}

/** An edition word at most, then the closing bracket: （德国之声中文网）. */
function closesBracketedMasthead(text: string, end: number): boolean {
  const at = end + EDITIONS.longestAt(text, end);
  return CLOSING.includes(codeAt(text, at));
}

/** A programme word, an optional parenthesised byline, then a colon: VOA连线(张三): . */
function closesProgrammeMasthead(text: string, end: number): boolean {
  const programme = PROGRAMMES.longestAt(text, end);
  if (programme === 0) return false;
  let at = end + programme;
  if (OPENING.includes(codeAt(text, at))) {
    let close = at + 1;
    while (close < text.length && close - at <= MAX_BYLINE && !CLOSING.includes(codeAt(text, close)) && text[close] !== '\n') close++;
    if (!CLOSING.includes(codeAt(text, close))) return false;
    at = close + 1;
  }
  while (text[at] === ' ') at++;
  return COLONS.includes(codeAt(text, at));
}
