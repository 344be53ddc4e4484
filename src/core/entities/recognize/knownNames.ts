/** Checks that a knowledge form found in the text really is that name and not part of a longer word. */

import { isStrongTransliterationCode } from '../lexicon/transliteration';
import { codeAt, isLatinOrDigitCode } from './chars';

/** Words an org name's last character can start, showing the name was not meant (安全局势, 国防部门). */
const CONTINUED_WORDS = ['会骚', '会大', '会山', '局势', '局面', '部署', '部门', '部分', '部队', '院校', '社会', '台词', '报告', '报道', '会议', '会谈'];

/** What the check needs to know about one knowledge form, worked out once when the lexicon is built. */
export interface KnownFormCheck {
  /** Characters that must not follow the form: its guard, and the continuations of its last character (局 → 势面). */
  stopAfter: string;
  /** The form starts with a Latin letter or digit: it must stand between word boundaries. */
  latin: boolean;
  /** A short person form without a dot: it must not be glued to more transliteration (克里 in 克里斯). */
  shortTransliteration: boolean;
}

/** The check data of a form of the given type with an optional guard. */
export function knownFormCheck(form: string, type: 'person' | 'org', guard: string | undefined): KnownFormCheck {
  const last = form.slice(-1);
  let stopAfter = guard ?? '';
  for (const word of CONTINUED_WORDS) if (word[0] === last) stopAfter += word[1];
  return {
    stopAfter,
    latin: /^[A-Za-z0-9]/.test(form),
    shortTransliteration: type === 'person' && !form.includes('·') && form.length <= 3,
  };
}

/**
 * Whether a knowledge form found at [start, end) stands on its own: guard characters do not follow,
 * Latin forms sit between word boundaries, and short transliterations are not inside a longer one (克里 in 克里斯).
 */
export function acceptKnownHit(text: string, start: number, end: number, check: KnownFormCheck): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  const stopAfter = check.stopAfter;
  for (let i = 0; i < stopAfter.length; i++) if (stopAfter.charCodeAt(i) === after) return false;
  if (check.latin) return !isLatinOrDigitCode(before) && !isLatinOrDigitCode(after);
  if (check.shortTransliteration && (isStrongTransliterationCode(before) || isStrongTransliterationCode(after))) return false;
  return true;
}
