/**
 * Spreads names found with context to their other occurrences in the same document, and short forms of
 * dot-joined names (格鲁什科 after 亚历山大·格鲁什科) to theirs.
 */

import { isNameDotCode, isStrongTransliterationCode } from '../lexicon/transliteration';
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { codeTable, inTable, isHanCode, isStopCode } from './chars';
import type { Lexicon } from './lexicon';

/** Extra candidates: other occurrences of found names, in free text only (`taken` marks occupied offsets). */
export function propagateWithinDocument(text: string, chosen: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const forms = new Map<string, EntityType>();
  for (const candidate of chosen) {
    if (candidate.type === 'block') continue;
    const surface = text.slice(candidate.start, candidate.end);
    if (candidate.source !== 'known') forms.set(surface, candidate.type);
    const dot = surface.lastIndexOf('·');
    if (candidate.type === 'person' && dot > 0 && surface.length - dot - 1 >= 2) forms.set(surface.slice(dot + 1), 'person');
  }
  const added: Candidate[] = [];
  for (const [form, type] of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (!isFree(taken, at, end) || !standsAlone(text, at, end, type)) continue;
      taken.fill(1, at, end);
      added.push({ start: at, end, type, source: 'pattern' });
    }
  }
  return added;
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

/** A person form must not be glued to more transliteration or to a dot; a two-character Chinese form not to more Han text on both sides. */
function standsAlone(text: string, start: number, end: number, type: EntityType): boolean {
  if (type !== 'person') return true;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (isNameDotCode(before) || isNameDotCode(after)) return false;
  if (isStrongTransliterationCode(before) || isStrongTransliterationCode(after)) return false;
  return !(end - start === 2 && isHanCode(before) && isHanCode(after) && !isStrongTransliterationCode(text.charCodeAt(start)));
}

/** A Latin acronym written as one item of a list: between 、/和/及/与 separators (or before 等), spaces allowed. */
const LIST_ACRONYM = /[、和及与]\s?([A-Z][A-Z0-9&\-]{1,9})(?=\s?[、和及与等])/g;

/**
 * Acronyms listed next to known organizations take their type (戴尔、惠普、NEC 和联想 → NEC): an item of a
 * 、/和/及 list whose neighbour right before or right after is an org.
 */
export function orgsInListsWithOrgs(text: string, chosen: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const orgEnds = new Set<number>();
  const orgStarts = new Set<number>();
  for (const candidate of chosen) {
    if (candidate.type !== 'org') continue;
    orgEnds.add(candidate.end);
    orgStarts.add(candidate.start);
  }
  if (orgEnds.size === 0) return [];
  const added: Candidate[] = [];
  for (let match = LIST_ACRONYM.exec(text); match; match = LIST_ACRONYM.exec(text)) {
    const end = match.index + match[0].length;
    const start = end - match[1]!.length;
    LIST_ACRONYM.lastIndex = end;
    if (!isFree(taken, start, end)) continue;
    const before = text[start - 1] === ' ' ? start - 2 : start - 1;
    const after = text[end] === ' ' ? end + 1 : end;
    const nextItem = text[after + 1] === ' ' ? after + 2 : after + 1;
    const besideOrg = orgEnds.has(before) || (text[after] !== '等' && orgStarts.has(nextItem));
    if (!besideOrg) continue;
    taken.fill(1, start, end);
    added.push({ start, end, type: 'org', source: 'pattern' });
  }
  return added;
}

/**
 * Abbreviations of a long org name written earlier in the document (上海文化产业发展投资基金 … 上文投): three or four
 * Han characters at a clause start and not opening with a place (美国安全 is no abbreviation), the same first character, every character in order in the full name and
 * reaching its second half, not a plain substring of it, and closed by punctuation or a stop character or a verb.
 */
export function abbreviationsOfEarlierOrgs(text: string, chosen: readonly Candidate[], taken: Uint8Array, lexicon: Lexicon): Candidate[] {
  const added: Candidate[] = [];
  const seen = new Set<string>();
  for (const candidate of chosen) {
    if (candidate.type !== 'org' || candidate.end - candidate.start < 6) continue;
    const full = text.slice(candidate.start, candidate.end);
    if (seen.has(full) || !/^[\u4e00-\u9fff]+$/.test(full)) continue;
    seen.add(full);
    for (let at = text.indexOf(full[0]!, candidate.end); at >= 0; at = text.indexOf(full[0]!, at + 1)) {
      if (!isStopCode(text.charCodeAt(at - 1)) || lexicon.places.longestAt(text, at) > 0) continue;
      for (const length of [4, 3]) {
        const end = at + length;
        const short = text.slice(at, end);
        if (end > text.length || !isFree(taken, at, end) || full.includes(short) || !isStopCharOrVerbStart(text, end)) continue;
        const reach = lastSubsequenceIndex(short, full);
        if (reach < 0 || reach < full.length / 2) continue;
        taken.fill(1, at, end);
        added.push({ start: at, end, type: 'org', source: 'pattern' });
        break;
      }
    }
  }
  return added;
}

/** Characters that commonly start the predicate after a subject (成为, 表示, 是…). */
const PREDICATE_STARTS = codeTable('成表称说宣认指将已是也还在对与和的获完投出持');

function isStopCharOrVerbStart(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isStopCode(code) || inTable(PREDICATE_STARTS, code);
}

/** Index in `full` of the last character of `short` matched in order, or -1 when `short` is not a subsequence. */
function lastSubsequenceIndex(short: string, full: string): number {
  let at = -1;
  for (const char of short) {
    at = full.indexOf(char, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
