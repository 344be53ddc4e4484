/**
 * Spreads names found with context to their other occurrences in the same document, and short forms of
 * dot-joined names (格鲁什科 after 亚历山大·格鲁什科) to theirs.
 */

import { isNameDotCode, isStrongTransliterationCode } from '../lexicon/transliteration';
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { codeAt, codeTable, inTable, isHanCode, isStopCode } from './chars';
import { internSlice } from './intern';
import type { Lexicon } from './lexicon';

const SPACE = ' '.charCodeAt(0);
const DENG = '等'.charCodeAt(0);

/**
 * Extra candidates: other occurrences of found names, in free text only (`taken` marks occupied offsets). Each form
 * (a name found by a pattern, or the last part of a dot-joined name) is taken in order of first finding, its
 * occurrences left to right.
 */
export function propagateWithinDocument(text: string, chosen: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const forms = new Map<string, EntityType>();
  for (const candidate of chosen) {
    if (candidate.type === 'block') continue;
    const { start, end } = candidate;
    if (candidate.source !== 'known') forms.set(internSlice(text, start, end), candidate.type);
    if (candidate.type !== 'person') continue;
    // The last-name part after the last name dot (·, ・, •…), found without slicing the surface.
    let dot = end - 1;
    while (dot >= start && !isNameDotCode(codeAt(text, dot))) dot--;
    if (dot > start && end - dot - 1 >= 2) forms.set(internSlice(text, dot + 1, end), 'person');
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
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  if (isNameDotCode(before) || isNameDotCode(after)) return false;
  if (isStrongTransliterationCode(before) || isStrongTransliterationCode(after)) return false;
  return !(end - start === 2 && isHanCode(before) && isHanCode(after) && !isStrongTransliterationCode(codeAt(text, start)));
}

/** A Latin acronym written as one item of a list: between 、/和/及/与 separators (or before 等), spaces allowed. */
const LIST_ACRONYM = /[、和及与]\s?([A-Z][A-Z0-9&\-]{1,9})(?=\s?[、和及与等])/y;
const LIST_SEPARATORS = codeTable('、和及与');

/**
 * Acronyms listed next to known organizations take their type (戴尔、惠普、NEC 和联想 → NEC): an item of a
 * 、/和/及 list whose neighbour right before or right after is an org. `uppercase` are the positions of the capital
 * letters A–Z: a match starts one or two characters before one (the separator, then at most one space).
 */
export function orgsInListsWithOrgs(text: string, chosen: readonly Candidate[], taken: Uint8Array, uppercase: readonly number[]): Candidate[] {
  if (uppercase.length === 0 || !chosen.some((candidate) => candidate.type === 'org')) return [];
  let orgEnds: Set<number> | undefined;
  let orgStarts: Set<number> | undefined;
  const added: Candidate[] = [];
  let from = 0;
  for (const upper of uppercase) {
    for (let start = Math.max(upper - 2, from); start < upper; start++) {
      // A match starts with a separator: most capitals (in Latin text) have none before them.
      if (!inTable(LIST_SEPARATORS, codeAt(text, start))) continue;
      LIST_ACRONYM.lastIndex = start;
      const match = LIST_ACRONYM.exec(text);
      if (!match) continue;
      const end = match.index + match[0].length;
      from = end;
      const acronymStart = end - match[1]!.length;
      if (!isFree(taken, acronymStart, end)) break;
      if (!orgEnds || !orgStarts) {
        orgEnds = new Set<number>();
        orgStarts = new Set<number>();
        for (const candidate of chosen) {
          if (candidate.type !== 'org') continue;
          orgEnds.add(candidate.end);
          orgStarts.add(candidate.start);
        }
      }
      const before = codeAt(text, acronymStart - 1) === SPACE ? acronymStart - 2 : acronymStart - 1;
      const after = codeAt(text, end) === SPACE ? end + 1 : end;
      const nextItem = codeAt(text, after + 1) === SPACE ? after + 2 : after + 1;
      const besideOrg = orgEnds.has(before) || (codeAt(text, after) !== DENG && orgStarts.has(nextItem));
      if (!besideOrg) break;
      taken.fill(1, acronymStart, end);
      added.push({ start: acronymStart, end, type: 'org', source: 'pattern' });
      break;
    }
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
    const first = full[0]!;
    for (let at = text.indexOf(first, candidate.end); at >= 0; at = text.indexOf(first, at + 1)) {
      if (!isStopCode(codeAt(text, at - 1)) || lexicon.places.longestAt(text, at) > 0) continue;
      for (const length of ABBREVIATION_LENGTHS) {
        const end = at + length;
        // The checks that need no string first.
        if (end > text.length || !isFree(taken, at, end) || !isStopCharOrVerbStart(text, end)) continue;
        const short = text.slice(at, end);
        if (full.includes(short)) continue;
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

const ABBREVIATION_LENGTHS = [4, 3];

/** Characters that commonly start the predicate after a subject (成为, 表示, 是…). */
const PREDICATE_STARTS = codeTable('成表称说宣认指将已是也还在对与和的获完投出持');

function isStopCharOrVerbStart(text: string, at: number): boolean {
  const code = codeAt(text, at);
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
