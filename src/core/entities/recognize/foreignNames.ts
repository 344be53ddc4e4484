/**
 * Transliterated foreign names: dot-joined full names (温迪·舍曼), and runs of transliteration characters
 * found with context (a job title before, a verb of saying after, a Latin name in parentheses after).
 */

import {
  isNameDotCode,
  isStrongTransliterationCode,
  isTransliterationCode,
  transliterationScoreOf,
} from '../lexicon/transliteration';
import type { Candidate } from './candidate';
import { codeAt, codeTable, inTable, isLatinCode, isStopCode } from './chars';
import type { Lexicon } from './lexicon';

const MAX_PART = 8;
/** Characters after a name that show it is a nationality or a side, not a person (俄方, 乌军, 俄罗斯人). */
const NOT_PERSON_AFTER = codeTable('方军籍裔族语人式版国省州市县区');

/** End of a transliteration run starting at `start`, cut before words that usually follow names (说, 达成, 莫斯科…). */
export function runAfter(text: string, start: number, lexicon: Lexicon): number {
  let end = start;
  while (end < text.length && end - start < MAX_PART && isTransliterationCode(codeAt(text, end))) {
    if (end - start >= 2 && lexicon.nameEnders.longestAt(text, end) > 0) break;
    end++;
  }
  return end;
}

/** Start of a transliteration run ending at `end`, without a leading place name (莫斯科 in 莫斯科里亚布科夫). */
export function runBefore(text: string, end: number, lexicon: Lexicon): number {
  let start = end;
  while (start > 0 && end - start < MAX_PART && isTransliterationCode(codeAt(text, start - 1))) start--;
  return afterLeadingTitleOrPlace(text, start, end, lexicon);
}

/** Moves `start` past any job title or place that ends inside [start, end) (总理帕希尼扬 → 帕希尼扬). */
function afterLeadingTitleOrPlace(text: string, start: number, end: number, lexicon: Lexicon): number {
  for (let p = end - 1; p > start; p--) {
    if (lexicon.roles.longestEndingAt(text, p, 6) > 0 || lexicon.places.longestEndingAt(text, p, 8) > 0) return p;
  }
  return start;
}

/** Whether `text.slice(start, end)` looks like a foreign person's name rather than a place or a word. */
function plausibleForeignName(text: string, start: number, end: number, lexicon: Lexicon, minScore: number): boolean {
  const length = end - start;
  if (length < 2) return false;
  if (inTable(NOT_PERSON_AFTER, codeAt(text, end))) return false;
  if (lexicon.places.hasWordAt(text, start, end) || lexicon.roles.hasWordAt(text, start, end)) return false;
  if (length === 2 && !(isStrongTransliterationCode(codeAt(text, start)) && isStrongTransliterationCode(codeAt(text, start + 1)))) {
    return minScore <= 0.5 && transliterationScoreOf(text, start, end) >= 0.75;
  }
  return transliterationScoreOf(text, start, end) >= minScore;
}

/**
 * Dot-joined names: 延斯·斯托尔滕贝格, 萨尔塔纳特・阿兹尔贝克, JD·万斯. `dots` are the positions of the name dots (the
 * characters of `NAME_DOT_PATTERN`), visited like a global search for that pattern that skips to the end of each name.
 */
export function findDotNames(text: string, lexicon: Lexicon, out: Candidate[], dots: readonly number[]): void {
  let from = 0;
  for (const i of dots) {
    if (i < from) continue;
    from = i + 1;
    let start = i;
    while (start > 0 && i - start < MAX_PART && (isTransliterationCode(codeAt(text, start - 1)) || isLatinCode(codeAt(text, start - 1)))) start--;
    if (start === i) continue;
    start = afterLeadingTitleOrPlace(text, start, i, lexicon);
    let end = i;
    let dot = i;
    for (;;) {
      const partEnd = Math.max(runAfter(text, dot + 1, lexicon), latinRunEnd(text, dot + 1));
      if (partEnd === dot + 1) break;
      end = partEnd;
      if (!isNameDotCode(codeAt(text, end))) break;
      dot = end;
    }
    if (end === i) continue;
    if (!inTable(NOT_PERSON_AFTER, codeAt(text, end))) out.push({ start, end, type: 'person', source: 'pattern' });
    from = Math.max(from, end);
  }
}

function latinRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isLatinCode(codeAt(text, end))) end++;
  return end;
}

/** A transliterated name right after a job title: 北约秘书长斯托尔滕贝格. */
export function nameAfterRole(text: string, roleEnd: number, lexicon: Lexicon): Candidate | undefined {
  if (!isTransliterationCode(codeAt(text, roleEnd))) return undefined;
  const end = runAfter(text, roleEnd, lexicon);
  if (end - roleEnd < 2) return undefined;
  const shortButClosed =
    end - roleEnd === 2 &&
    transliterationScoreOf(text, roleEnd, end) >= 0.5 &&
    (isStopCode(codeAt(text, end)) || lexicon.personVerbs.longestAt(text, end) > 0);
  if (!shortButClosed && !plausibleForeignName(text, roleEnd, end, lexicon, 0.5)) return undefined;
  if (lexicon.places.hasWordAt(text, roleEnd, end)) return undefined;
  return { start: roleEnd, end, type: 'person', source: 'pattern' };
}

/** A transliterated name right before a verb of saying or a person-only verb: 格鲁什科称. */
export function nameBeforeVerb(text: string, verbStart: number, lexicon: Lexicon): Candidate | undefined {
  if (!isTransliterationCode(codeAt(text, verbStart - 1)) || !isTransliterationCode(codeAt(text, verbStart - 2))) return undefined;
  const start = runBefore(text, verbStart, lexicon);
  if (isNameDotCode(codeAt(text, start - 1))) return undefined;
  if (!plausibleForeignName(text, start, verbStart, lexicon, 0.6)) return undefined;
  return { start, end: verbStart, type: 'person', source: 'pattern' };
}

/** A transliterated name right before a Latin name in parentheses: 卢岚(Victoria Nuland). */
export function nameBeforeLatinGloss(text: string, parenStart: number, lexicon: Lexicon): Candidate | undefined {
  const start = runBefore(text, parenStart, lexicon);
  if (!plausibleForeignName(text, start, parenStart, lexicon, 0.4)) return undefined;
  return { start, end: parenStart, type: 'person', source: 'pattern' };
}
