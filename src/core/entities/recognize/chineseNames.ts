/**
 * Chinese personal names (surname + one or two characters). Only proposed with strong context:
 * a job title right before, a verb of saying right after at a clause start, or a byline (【文/观察者网 陈思佳】, 责任编辑：X).
 */

import { DOUBLE_SURNAMES, NOT_GIVEN_NAME, SINGLE_SURNAMES } from '../lexicon/surnames';
import { REPORTING_VERBS } from '../lexicon/orgSuffixes';
import { isTransliterationCode } from '../lexicon/transliteration';
import type { Candidate } from './candidate';
import { codeAt, codeTable, inTable, isHanCode, isStopCode } from './chars';
import { wordTrie, type Lexicon } from './lexicon';
import { forEachMatchAt, TRIGGER_BRACKET, TRIGGER_LABEL, type Triggers } from './triggers';

/** Words that follow a job title but are not names (总统官邸, 主席团, 总统选举). */
const NOT_NAME_AFTER_ROLE = ['官邸', '府', '馆', '团', '选举', '大选', '候选', '职', '任期', '办公', '级', '们', '人选', '身份', '头衔', '任内', '卸任', '当选', '竞选', '一职', '本人', '先生', '女士'];
const NOT_NAME_AFTER_ROLE_TRIE = wordTrie(NOT_NAME_AFTER_ROLE);
const REPORTING_VERB_TRIE = wordTrie(REPORTING_VERBS);
const DOUBLE_SURNAME_TRIE = wordTrie(DOUBLE_SURNAMES);
const SINGLE_SURNAME_CODES = codeTable(SINGLE_SURNAMES);
const NOT_GIVEN_NAME_CODES = codeTable(NOT_GIVEN_NAME);

/** Whether a name may end at `end`: punctuation, a function word, a verb, a title or a reporting word follows. */
function nameMayEndAt(text: string, end: number, lexicon: Lexicon): boolean {
  if (isStopCode(codeAt(text, end))) return true;
  if (lexicon.personVerbs.longestAt(text, end) > 0) return true;
  if (lexicon.roles.longestAt(text, end) > 0) return true;
  return REPORTING_VERB_TRIE.longestAt(text, end) > 0;
}

/** A Chinese name starting at `start`, or undefined. Prefers three characters, falls back to two. */
export function chineseNameAt(text: string, start: number, lexicon: Lexicon): Candidate | undefined {
  const surnameLength = DOUBLE_SURNAME_TRIE.longestAt(text, start, start + 2) === 2 ? 2 : inTable(SINGLE_SURNAME_CODES, codeAt(text, start)) ? 1 : 0;
  if (surnameLength === 0) return undefined;
  if (NOT_NAME_AFTER_ROLE_TRIE.longestAt(text, start) > 0) return undefined;
  if (lexicon.personVerbs.longestAt(text, start) > 0) return undefined;
  for (let givenLength = 2; givenLength >= 1; givenLength--) {
    const end = start + surnameLength + givenLength;
    if (end > text.length) continue;
    let ok = true;
    for (let i = start + surnameLength; i < end; i++) {
      const code = codeAt(text, i);
      if (!isHanCode(code) || inTable(NOT_GIVEN_NAME_CODES, code)) ok = false;
    }
    if (!ok || !nameMayEndAt(text, end, lexicon)) continue;
    if (lexicon.places.hasWordAt(text, start, end) || lexicon.roles.hasWordAt(text, start, end)) return undefined;
    if (lexicon.places.longestAt(text, start + surnameLength) > 0) continue;
    return { start, end, type: 'person', source: 'chinese' };
  }
  return undefined;
}

/** A three-character Chinese name opening a clause and followed by a verb of saying: ，张伟表示. */
export function chineseNameBeforeSaying(text: string, verbStart: number, lexicon: Lexicon): Candidate | undefined {
  const start = verbStart - 3;
  if (start < 0 || !isStopCode(codeAt(text, start - 1))) return undefined;
  const candidate = chineseNameAt(text, start, lexicon);
  return candidate && candidate.end === verbStart ? candidate : undefined;
}

const BRACKET_BYLINE = /【\s*(?:文|编译|撰文|整理|记者|作者)\s*[/／|｜:：]\s*([^【】\n]{1,40})】/y;
const LABELLED_BYLINE = /(?:责任编辑|编辑|作者|记者|撰文|编译|校对|审核|通讯员|摄影)\s*[：:/／]?\s*([\u4e00-\u9fff]{2,4}(?:[ 、，,][\u4e00-\u9fff]{2,4})*)/y;
const EDITOR_BYLINE = /(?:责任编辑|编辑|作者|撰文|校对|审核)\s*[：:]\s*([\u4e00-\u9fff]{2,4})(?=$|[\s，。、）)】\n])/my;

/**
 * Reporter and editor bylines: 【文/观察者网 陈思佳】, （记者 张三 李四）, 责任编辑：王五. The patterns are tried where
 * they can start (see `triggers.ts`): at each 【 and at each byline label word.
 */
export function findBylines(text: string, lexicon: Lexicon, out: Candidate[], triggers: Triggers): void {
  forEachMatchAt(text, BRACKET_BYLINE, triggers.of(TRIGGER_BRACKET), (match) => {
    addBylineNames(text, match.index + match[0].indexOf(match[1]!), match[1]!, lexicon, out);
  });
  const labels = triggers.of(TRIGGER_LABEL);
  if (labels.length === 0) return;
  forEachMatchAt(text, LABELLED_BYLINE, labels, (match) => {
    addBylineNames(text, match.index + match[0].lastIndexOf(match[1]!), match[1]!, lexicon, out);
  });
  forEachMatchAt(text, EDITOR_BYLINE, labels, (match) => {
    const start = match.index + match[0].length - match[1]!.length;
    out.push({ start, end: start + match[1]!.length, type: 'person', source: 'chinese' });
  });
}

/** Split a byline body into words; outlets become org candidates, names person candidates. */
function addBylineNames(text: string, offset: number, body: string, lexicon: Lexicon, out: Candidate[]): void {
  const word = /[^\s、，,/／]+/g;
  for (let match = word.exec(body); match; match = word.exec(body)) {
    const start = offset + match.index;
    const surface = match[0];
    if (surface.length >= 2 && surface.length <= 4 && /^[\u4e00-\u9fff]+$/.test(surface)) {
      const name = chineseNameAt(text, start, lexicon);
      if (name && name.end === start + surface.length) out.push(name);
    } else if (/(?:网|社|报|台|新闻|日报|时报)$/.test(surface)) {
      out.push({ start, end: start + surface.length, type: 'org', source: 'pattern' });
    }
  }
}

/** Characters that may follow a short name written right after a title: punctuation of a list or clause, 及/和/与. */
const SHORT_NAME_BOUNDARY = codeTable('、，,。；;：:！？!?及和与');
/** Common words that follow a title but are not names (verbs and words that usually follow names are checked apart). */
const COMMON_AFTER_ROLE = ['会议', '再次', '一再', '屡次', '多年', '近日', '日前', '早前', '先前', '职务', '人士', '一行', '等人', '办公室', '身边', '手下', '之一', '名单', '人员', '官员', '团队', '任命', '提名', '会晤', '会谈', '讲话', '访问', '声明', '一起', '一人', '二人', '两人', '今天', '昨天', '目前', '此前', '随后', '同时', '本周', '上周', '当天', '当时', '也是', '就是', '还是', '认为', '指出', '表示'];
const NOT_SHORT_NAME_TRIE = wordTrie([...NOT_NAME_AFTER_ROLE, ...COMMON_AFTER_ROLE]);

/**
 * A short Chinese name right after a job title, even when it neither starts with a common surname nor looks
 * transliterated by score (副防长福明、): two or three characters of the transliteration set closed by list or clause punctuation,
 * 及/和/与, or a verb of saying or a person-only verb. Places, titles and common words are refused.
 */
export function shortNameAfterRole(text: string, roleEnd: number, lexicon: Lexicon): Candidate | undefined {
  if (!isTransliterationCode(codeAt(text, roleEnd)) || !isTransliterationCode(codeAt(text, roleEnd + 1))) return undefined;
  if (NOT_SHORT_NAME_TRIE.longestAt(text, roleEnd) > 0) return undefined;
  if (lexicon.nameEnders.longestAt(text, roleEnd) > 0 || lexicon.roles.longestAt(text, roleEnd) > 0) return undefined;
  for (let length = 2; length <= 3; length++) {
    const end = roleEnd + length;
    if (end > text.length) break;
    let ok = true;
    for (let i = roleEnd; i < end; i++) {
      const code = codeAt(text, i);
      if (!isHanCode(code) || isStopCode(code) || !isTransliterationCode(code)) ok = false;
    }
    if (!ok) break;
    const closed = inTable(SHORT_NAME_BOUNDARY, codeAt(text, end)) || lexicon.personVerbs.longestAt(text, end) > 0;
    if (!closed) continue;
    for (let i = roleEnd; i < end; i++) if (lexicon.places.longestAt(text, i) > 0 || lexicon.roles.longestAt(text, i) > 0) return undefined;
    return { start: roleEnd, end, type: 'person', source: 'chinese' };
  }
  return undefined;
}

const CLOSING_QUOTES = codeTable('”"」』');
const OPENING_QUOTES = codeTable('“"「『');

/** A Chinese name after a role-like noun in quotes, followed by a verb or a clause word: “老戏骨”张少华因病去世. */
export function chineseNameAfterQuotedRole(text: string, roleStart: number, roleEnd: number, lexicon: Lexicon): Candidate | undefined {
  if (!inTable(OPENING_QUOTES, codeAt(text, roleStart - 1)) || !inTable(CLOSING_QUOTES, codeAt(text, roleEnd))) return undefined;
  return chineseNameAt(text, roleEnd + 1, lexicon);
}
