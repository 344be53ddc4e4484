/**
 * Search folding: the one place that decides which characters count as "the same" for search.
 *
 * Folding is LENGTH-PRESERVING PER UTF-16 CODE UNIT: `fold(s).length === s.length` and
 * `fold(s)[i]` is the folded form of `s[i]`. An offset found in folded text is therefore the
 * offset in the original text, with no offset map. Mappings that would change length are
 * left out on purpose (a few hundred rare traditional characters whose simplified form is
 * outside the BMP, `İ` whose lower case is two units, ligatures, multi-character phrases).
 *
 * What folds is decided at build time (see foldTableSource.ts for the rules: Traditional →
 * Simplified via OpenCC, full-width forms, Unicode spaces, case, Latin diacritics, middle
 * dots) and shipped as `foldTable.generated.ts`, the table's differences from identity; the
 * 64K-entry table is expanded from it on first use (≈ 1 ms, no OpenCC at runtime).
 * The table is closed (folding is idempotent: fold(fold(s)) === fold(s)).
 */
import { FOLD_DIFFERENCES } from './foldTable.generated';

/** Bumped whenever the table changes, so persisted indexes built with another table are rejected. */
export const FOLD_VERSION = 1;

let foldTable: Uint16Array | undefined;

/** The folding table: code unit → folded code unit. Expanded once, then shared. */
export function getFoldTable(): Uint16Array {
  foldTable ??= decodeFoldDifferences(FOLD_DIFFERENCES);
  return foldTable;
}

/** Folds one string for search; the result has the same length as the input. */
export function fold(text: string): string {
  const table = getFoldTable();
  const length = text.length;
  if (length < 64) {
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(table[text.charCodeAt(i)]);
    return out;
  }
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = table[text.charCodeAt(i)];
  return unitsToString(units);
}

const utf16 = new TextDecoder('utf-16le');

/**
 * Turns UTF-16 code units back into a string, one unit per character. (A lone surrogate
 * would come back as U+FFFD, still one unit, so lengths and offsets are unaffected.)
 */
export function unitsToString(units: Uint16Array): string {
  return utf16.decode(units);
}

/**
 * Expands the compact difference list written by `encodeFoldDifferences` (foldTableSource.ts):
 * runs separated by ' ', each `gap,offset[,length]` in base 36.
 */
export function decodeFoldDifferences(differences: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = unit;
  let unit = 0;
  for (const run of differences.split(' ')) {
    if (!run) continue;
    const [gap, offset, length = '1'] = run.split(',');
    unit += parseInt(gap, 36);
    const shift = parseInt(offset, 36);
    const end = unit + parseInt(length, 36);
    for (; unit < end; unit++) table[unit] = unit + shift;
  }
  return table;
}
