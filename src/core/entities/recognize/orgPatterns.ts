/**
 * Organization names built from a proper part and a typical ending: ministries (俄罗斯国防部, 日本外务省),
 * named bodies (上海东方报业有限公司, 日本国会), and news agencies cited as sources (塔斯社报道).
 */

import { CITIES, COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/places';
import { GENERIC_DETERMINERS } from '../lexicon/cues';
import { COUNTRY_INSTITUTIONS, GENERIC_ORG_PHRASES, REPORTING_VERBS } from '../lexicon/orgSuffixes';
import type { Candidate } from './candidate';
import { codeAt, codeTable, inTable, isHanCode, isLatinOrDigitCode, isStopCode } from './chars';
import { internSlice } from './intern';
import { wordTrie, type Lexicon } from './lexicon';

/** Job-title endings after a ministry: 外交部长, 外交部副部长 (the ministry is then part of a title, not a mention). */
const TITLE_AFTER_MINISTRY = wordTrie(['长', '副部长', '部长', '大臣', '副大臣']);
/** Characters after a ministry word that show it is another word (安全部门, 国防部队). */
const NOT_MINISTRY_AFTER = codeTable('门队分署落位件');
const MAX_PROPER_PART = 12;
/** Endings that, after a bare place, describe where something sits rather than name it (日内瓦代表团, 北京办事处). */
const PLACE_IS_DESCRIPTION = new Set(['代表团', '代表处', '办事处', '使馆', '大使馆', '领事馆', '总领事馆', '频道', '党', '组织', '署']);
/** Words after an institution that make the phrase an event or a building (国会骚乱, 国会大厦, 议会选举). */
const EVENT_AFTER_INSTITUTION = wordTrie(['骚乱', '暴乱', '大厦', '山庄', '选举', '大选', '暴动', '袭击事件', '冲击事件']);
const HYPHENS = codeTable(['-', '–', '—', '－']);
const QUANTIFIERS = codeTable('家个所座间些名位');
/** A demonstrative before an org phrase makes it a description (这个西方军事联盟, 该组织). */
const DEMONSTRATIVES = codeTable('这那该此');
const DETERMINERS = codeTable(GENERIC_DETERMINERS);
const ABBREVIATION_CODES = codeTable(COUNTRY_ABBREVIATIONS.keys());
const GENERIC_PHRASES = wordTrie(GENERIC_ORG_PHRASES);
const REPORTING_VERB_TRIE = wordTrie(REPORTING_VERBS);
const INSTITUTIONS = new Set(COUNTRY_INSTITUTIONS);
const MINISTRY_LIKE_END = codeTable('部省');
const PAPER_END = '报'.charCodeAt(0);
const REPORTED_AFTER_PAPER = codeTable('道导告');
const OPENING_TITLE = '《'.charCodeAt(0);
const CLOSING_TITLE = '》'.charCodeAt(0);

/** Diplomatic missions (…使馆, …领事馆) and the posts that exist only inside one (武官, 参赞, 一等秘书…). */
const MISSION_END = '馆'.charCodeAt(0);
const MISSION_SUFFIXES = wordTrie(['使馆', '领事馆']);
const DIPLOMATIC_POSTS = wordTrie(['武官', '副武官', '参赞', '公使', '公使衔参赞', '一等秘书', '二等秘书', '三等秘书', '随员', '临时代办']);

/**
 * Whether a diplomatic mission ending at `end` only names where a diplomat's post is (美国驻俄罗斯使馆武官 is the US
 * military attaché, like 外交部长 is the foreign minister): the mission is then part of the title, not a mention.
 */
export function missionInsidePostTitle(text: string, start: number, end: number): boolean {
  if (codeAt(text, end - 1) !== MISSION_END || DIPLOMATIC_POSTS.longestAt(text, end) === 0) return false;
  return end - start > 2 && (MISSION_SUFFIXES.hasWordAt(text, end - 2, end) || MISSION_SUFFIXES.hasWordAt(text, end - 3, end));
}

/** Whether an org ending at `end` is followed by a minister's title (外交部长), making it part of that title. */
export function followedByMinisterTitle(text: string, end: number): boolean {
  return TITLE_AFTER_MINISTRY.longestAt(text, end) > 0;
}

/**
 * Whether a ministry (…部, …省) ending at `end` is only named inside a minister's title: 外交部长, 外交部副部长
 * are one word ("foreign minister"); 外交部发言人 names the ministry and its spokesperson, so it counts.
 */
export function ministryInsideTitle(text: string, end: number): boolean {
  return followedByMinisterTitle(text, end);
}

/** A ministry: optional country (full or one-character abbreviation) + ministry word. */
export function ministryAt(text: string, hitStart: number, hitEnd: number, lexicon: Lexicon): Candidate | undefined {
  if (ministryInsideTitle(text, hitEnd) || inTable(NOT_MINISTRY_AFTER, codeAt(text, hitEnd))) return undefined;
  let start = hitStart;
  const place = lexicon.places.longestEndingAt(text, hitStart, 8);
  if (place > 0) start = hitStart - place;
  else if (inTable(ABBREVIATION_CODES, codeAt(text, hitStart - 1))) {
    const before = codeAt(text, hitStart - 2);
    if (!isHanCode(before) || isStopCode(before)) start = hitStart - 1;
  }
  return { start, end: hitEnd, type: 'org', source: 'pattern' };
}

/** A named body ending in an org suffix, with the proper part found by scanning left to a boundary. */
export function suffixOrgAt(
  text: string,
  suffixStart: number,
  suffixEnd: number,
  lexicon: Lexicon,
  nameStartAt: Uint8Array,
): Candidate | undefined {
  const last = codeAt(text, suffixEnd - 1);
  if (inTable(MINISTRY_LIKE_END, last) && ministryInsideTitle(text, suffixEnd)) return undefined;
  if (last === PAPER_END && inTable(REPORTED_AFTER_PAPER, codeAt(text, suffixEnd))) return undefined;
  if (EVENT_AFTER_INSTITUTION.longestAt(text, suffixEnd) > 0) return undefined;
  // The shortest generic phrase (部署, 恐怖组织) ending with the suffix: it rejects a proper part reaching over it.
  let generic = 0;
  for (let k = 1; k <= 3 && generic === 0; k++) if (GENERIC_PHRASES.hasWordAt(text, suffixStart - k, suffixEnd)) generic = k;
  // A one-character generic head (部署, 政党, 子公司) covers any non-empty proper part: rejected whatever the scan finds.
  if (generic === 1) return undefined;
  let start = scanProperPartStart(text, suffixStart, lexicon);
  if (start === undefined) return undefined;
  const scanned = start;
  while (start < suffixStart && (inTable(DETERMINERS, codeAt(text, start)) || inTable(QUANTIFIERS, codeAt(text, start)))) start++;
  const scannedCode = codeAt(text, scanned);
  if ((inTable(DEMONSTRATIVES, scannedCode) && start > scanned) || (inTable(DEMONSTRATIVES, codeAt(text, scanned - 1)) && inTable(QUANTIFIERS, scannedCode))) return undefined;
  start = afterLastTitle(text, start, suffixStart, lexicon);
  start = firstNameStart(text, nameStartAt, start, suffixStart, lexicon);
  if (start >= suffixStart || (isDigitCode(codeAt(text, start)) && isDigitCode(codeAt(text, suffixStart - 1)))) return undefined;
  if (generic > 0 && suffixStart - generic >= start) return undefined;
  const suffix = internSlice(text, suffixStart, suffixEnd);
  const institution = INSTITUTIONS.has(suffix);
  const titled = codeAt(text, start - 1) === OPENING_TITLE && codeAt(text, suffixEnd) === CLOSING_TITLE;
  const accepted =
    titled ||
    isCountryPlusKnown(text, start, suffixEnd, lexicon) ||
    (institution && (isCountryAt(text, start, suffixStart, lexicon) || lexicon.places.hasWordAt(text, start, suffixStart) || lexicon.knownNames.has(text.slice(start, suffixStart)))) ||
    (!institution && hasProperCore(text, start, suffixStart, lexicon, PLACE_IS_DESCRIPTION.has(suffix)));
  return accepted ? { start, end: suffixEnd, type: 'org', source: 'pattern' } : undefined;
}

/** Scan left from an org ending to punctuation, a function word or a typical verb; undefined when too long. */
function scanProperPartStart(text: string, suffixStart: number, lexicon: Lexicon): number | undefined {
  let start = suffixStart;
  while (start > 0 && suffixStart - start < MAX_PROPER_PART) {
    const code = codeAt(text, start - 1);
    if (inTable(HYPHENS, code) && isHanCode(codeAt(text, start - 2)) && start < suffixStart) {
      start--;
      continue;
    }
    if (isStopCode(code)) break;
    if (lexicon.leftStops.longestEndingAt(text, start, 4) > 0) break;
    start--;
  }
  return suffixStart - start >= MAX_PROPER_PART ? undefined : start;
}

/** Skip a job title inside the scanned part: only what follows the last title can be the org's name. */
function afterLastTitle(text: string, start: number, end: number, lexicon: Lexicon): number {
  for (let i = end - 1; i > start; i--) {
    const title = lexicon.roles.longestEndingAt(text, i, 6);
    if (title > 0 && i - title >= start) return i;
  }
  return start;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Characters that are a country on their own (abbreviations such as 俄, and any one-character country name). */
const ONE_CHARACTER_COUNTRIES = codeTable([...COUNTRY_ABBREVIATIONS.keys(), ...[...COUNTRY_NAMES].filter((name) => name.length === 1)]);

/**
 * Whether `text.slice(start, end)` is a country or a one-character country abbreviation. Countries are places (a
 * dictionary without name dots, so its matches are exact), which rejects most spans without slicing them.
 */
function isCountryAt(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (end - start === 1) return inTable(ONE_CHARACTER_COUNTRIES, codeAt(text, start));
  return lexicon.places.hasWordAt(text, start, end) && COUNTRY_NAMES.has(text.slice(start, end));
}

/** A country (or its abbreviation) followed by a knowledge org name: 俄卫星通讯社, 哈萨克斯坦国际文传电讯社. */
function isCountryPlusKnown(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const length = end - start;
  const limit = Math.min(6, length - 2);
  if (limit < 1) return false;
  // Prefixes that can be a country: the one-character ones, and places (every country is one) of up to six characters.
  const places = lexicon.places.wordLengthsAt(text, start, start + limit);
  for (let prefix = 1; prefix <= limit; prefix++) {
    const country = prefix === 1 ? inTable(ONE_CHARACTER_COUNTRIES, codeAt(text, start)) : (places & (1 << prefix)) !== 0 && COUNTRY_NAMES.has(text.slice(start, start + prefix));
    if (country && lexicon.knownNames.has(text.slice(start + prefix, end))) return true;
  }
  return false;
}

/**
 * Where a scanned proper part really starts: at the first known name or place inside it
 * (恢复北约-俄罗斯理事会 → 北约-俄罗斯理事会), unless only a country comes before it (俄卫星通讯社).
 */
function firstNameStart(text: string, nameStartAt: Uint8Array, start: number, end: number, lexicon: Lexicon): number {
  for (let i = start; i < end; i++) if (nameStartAt[i]) return i > start && isCountryAt(text, start, i, lexicon) ? start : i;
  return start;
}

/**
 * Whether the part before an org ending (`text.slice(start, end)`) names something: a city or region alone (上海大学,
 * 北极理事会) unless the ending only says where a body sits (日内瓦代表团), a place with a qualifier (上海报业),
 * or at least two characters left after removing a leading place and generic qualifiers (东方报业, 文化产业发展).
 */
function hasProperCore(text: string, start: number, end: number, lexicon: Lexicon, placeIsDescription: boolean): boolean {
  // The core is text[coreStart, coreEnd), after the longest leading place (text[start, placeEnd)).
  let coreStart = start;
  let coreEnd = end;
  const place = lexicon.places.longestAt(text, start, end);
  const placeEnd = start + place;
  coreStart = placeEnd;
  for (let changed = true; changed && coreStart < coreEnd; ) {
    const leading = lexicon.genericQualifiers.longestAt(text, coreStart, coreEnd);
    coreStart += leading;
    const trailing = coreStart < coreEnd ? lexicon.genericQualifiers.longestEndingAt(text, coreEnd, coreEnd - coreStart) : 0;
    coreEnd -= trailing;
    changed = leading > 0 || trailing > 0;
  }
  const core = coreEnd - coreStart;
  if (lexicon.knownNames.has(text.slice(coreStart, coreEnd))) return false;
  if (core === 0) return place > 0 && !COUNTRY_NAMES.has(text.slice(start, placeEnd)) && (!placeIsDescription || end - start > place);
  if (isLatinOrDigitCode(codeAt(text, coreStart))) return true;
  return core >= 2 || (place > 0 && core >= 1);
}

/** A short agency name ending in 社 and cited as a source: 塔斯社报道, 据俄新社消息. `agencies` are the positions of 社. */
export function findAgenciesAsSources(text: string, nameStartAt: Uint8Array, out: Candidate[], agencies: readonly number[], lexicon: Lexicon): void {
  for (const at of agencies) {
    if (REPORTING_VERB_TRIE.longestAt(text, at + 1) === 0) continue;
    let start = at;
    while (start > 0 && at - start < 4 && !isStopCode(codeAt(text, start - 1))) start--;
    while (start < at && inTable(DETERMINERS, codeAt(text, start))) start++;
    start = firstNameStart(text, nameStartAt, start, at, lexicon);
    const proper = text.slice(start, at);
    if (proper.length < 1 || /^(?:报|会|本|通讯|通信|新闻|杂志|出版|旅行|合作|公)$/.test(proper)) continue;
    out.push({ start, end: at + 1, type: 'org', source: 'pattern' });
  }
}

const COUNTRY_CHAR = '国'.charCodeAt(0);

/**
 * Groups of countries named after the city where they were formed, written city + count + 国 (布加勒斯特九国,
 * like the Bucharest Nine). A region or a country before the count is only a geographic grouping (中亚五国).
 * `counts` are the positions of the count characters 二…十: each one followed by 国 is a match of [二三四五六七八九十]国.
 */
export function findCityCountGroups(text: string, lexicon: Lexicon, out: Candidate[], counts: readonly number[]): void {
  for (const at of counts) {
    if (codeAt(text, at + 1) !== COUNTRY_CHAR) continue;
    const place = lexicon.places.longestEndingAt(text, at, 8);
    if (place === 0 || !CITIES.has(text.slice(at - place, at))) continue;
    out.push({ start: at - place, end: at + 2, type: 'org', source: 'pattern' });
  }
}
