/**
 * Reads the apposition before a name (北约秘书长, 美国驻俄罗斯大使, 俄副外长) and the Latin gloss after it
 * (（Jens Stoltenberg）).
 */

import { COUNTRY_ABBREVIATIONS } from '../lexicon/places';
import { MAX_ROLE_LENGTH, ROLE_MODIFIERS } from '../lexicon/roles';
import { codeAt, codeTable, inTable, isHanCode, isSubsequence } from './chars';
import { internSlice } from './intern';
import { wordTrie, type Lexicon } from './lexicon';

const MAX_APPOSITION = 20;
const ABBREVIATION_CODES = codeTable(COUNTRY_ABBREVIATIONS.keys());
/** Role modifiers (no one is the end of another, so the longest match is the only one). */
const MODIFIERS = wordTrie(ROLE_MODIFIERS);
const MAX_MODIFIER_LENGTH = Math.max(...ROLE_MODIFIERS.map((word) => word.length));
const SPACE = ' '.charCodeAt(0);
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * The role written right before `start`: a job title, extended left over places, organizations
 * (`orgStartByEnd`: per offset, the start of the org ending there, else -1) and modifiers like 驻, 前, 常务.
 * Undefined when no title ends at `start`.
 */
export function roleBefore(text: string, start: number, lexicon: Lexicon, orgStartByEnd: Int32Array): string | undefined {
  let roleStart = start;
  while (roleStart > 0 && (codeAt(text, roleStart - 1) === SPACE || codeAt(text, roleStart - 1) === IDEOGRAPHIC_SPACE)) roleStart--;
  const titleLength = lexicon.roles.longestEndingAt(text, roleStart, MAX_ROLE_LENGTH);
  if (titleLength === 0) return undefined;
  const titleEnd = roleStart;
  roleStart -= titleLength;
  for (;;) {
    if (titleEnd - roleStart >= MAX_APPOSITION) break;
    const orgStart = orgStartByEnd[roleStart]!;
    if (orgStart !== -1) { roleStart = orgStart; continue; }
    const place = lexicon.places.longestEndingAt(text, roleStart, 8);
    if (place > 0) { roleStart -= place; continue; }
    const title = lexicon.roles.longestEndingAt(text, roleStart, MAX_ROLE_LENGTH);
    if (title > 0) { roleStart -= title; continue; }
    const modifier = MODIFIERS.longestEndingAt(text, roleStart, MAX_MODIFIER_LENGTH);
    if (modifier > 0) { roleStart -= modifier; continue; }
    if (inTable(ABBREVIATION_CODES, codeAt(text, roleStart - 1)) && !isHanCode(codeAt(text, roleStart - 2))) { roleStart -= 1; continue; }
    break;
  }
  return internSlice(text, roleStart, titleEnd);
}

const FULL_WIDTH_PAREN = '（'.charCodeAt(0);
const PAREN = '('.charCodeAt(0);

/** Whether the code is an opening parenthesis, full-width or not (a quick test before the patterns below). */
function isOpeningParenCode(code: number): boolean {
  return code === FULL_WIDTH_PAREN || code === PAREN;
}

const SHORT_FORM = /^[（(]([\u4e00-\u9fff]{2,8})[）)]/;

/**
 * A Chinese short form defined in parentheses right after an org (上海东方报业有限公司（东方报业）): accepted when
 * its characters appear in order in the full name, as abbreviations do.
 */
export function shortFormAfter(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (!isOpeningParenCode(codeAt(text, end))) return undefined;
  const match = SHORT_FORM.exec(text.slice(end, end + 12));
  if (!match) return undefined;
  const short = match[1]!;
  const full = text.slice(start, end);
  if (short === full || !isSubsequence(short, full)) return undefined;
  return { start: end + 1, end: end + 1 + short.length };
}

const LATIN_GLOSS = /^\s?[（(]\s*([A-Z][A-Za-z.'’\- ]{1,60}?)\s*[）)]/;

/** The Latin name in parentheses right after `end`, e.g. `Victoria Nuland` in 卢岚(Victoria Nuland). */
export function latinGlossAfter(text: string, end: number): string | undefined {
  if (!isOpeningParenCode(codeAt(text, end)) && !isOpeningParenCode(codeAt(text, end + 1))) return undefined;
  const match = LATIN_GLOSS.exec(text.slice(end, end + 70));
  return match ? match[1]!.replace(/\s+/g, ' ').trim() : undefined;
}
