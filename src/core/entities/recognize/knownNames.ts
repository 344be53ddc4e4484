/** Checks that a knowledge form found in the text really is that name and not part of a longer word. */

import { isStrongTransliterationChar } from '../lexicon/transliteration';
import { isLatinOrDigit } from './chars';
import type { LexiconValue } from './lexicon';
import type { TrieHit } from './trie';

type KnownValue = Extract<LexiconValue, { kind: 'known' }>;

/** Words an org name's last character can start, showing the name was not meant (安全局势, 国防部门). */
const CONTINUED_WORDS = new Set(['会骚', '会大', '会山', '局势', '局面', '部署', '部门', '部分', '部队', '院校', '社会', '台词', '报告', '报道', '会议', '会谈']);

/**
 * Whether a knowledge form found at `hit` stands on its own: guard characters do not follow,
 * Latin forms sit between word boundaries, and short transliterations are not inside a longer one (克里 in 克里斯).
 */
export function acceptKnownHit(text: string, hit: TrieHit<LexiconValue>, value: KnownValue): boolean {
  const before = text[hit.start - 1];
  const after = text[hit.end];
  if (value.guard && after !== undefined && value.guard.includes(after)) return false;
  if (after !== undefined && CONTINUED_WORDS.has(value.form.slice(-1) + after)) return false;
  if (/^[A-Za-z0-9]/.test(value.form)) return !isLatinOrDigit(before) && !isLatinOrDigit(after);
  if (value.type === 'person' && !value.form.includes('·') && value.form.length <= 3) {
    if ((before && isStrongTransliterationChar(before)) || (after && isStrongTransliterationChar(after))) return false;
  }
  return true;
}
