/**
 * Search folding: the one place that decides which characters count as "the same" for search.
 *
 * Folding is LENGTH-PRESERVING PER UTF-16 CODE UNIT: `fold(s).length === s.length` and
 * `fold(s)[i]` is the folded form of `s[i]`. An offset found in folded text is therefore the
 * offset in the original text, with no offset map. Mappings that would change length are
 * left out on purpose (a few hundred rare traditional characters whose simplified form is
 * outside the BMP, `İ` whose lower case is two units, ligatures, multi-character phrases).
 *
 * What folds, applied as one 64K-entry table built once on first use:
 * - Traditional → Simplified Chinese, character by character (union of OpenCC's t, tw and hk
 *   → cn converters): 北約 → 北约, 德國之聲 → 德国之声. Phrase-level conversions are not needed
 *   for matching because both the index and the query pass through the same table.
 * - Full-width ASCII forms → ASCII (ＡＢＣ１２３ → abc123, （ → `(`), U+3000 and other
 *   Unicode spaces (but not line breaks) → ' '.
 * - Lower case (single-unit mappings only), then Latin diacritics stripped (é → e).
 * - Middle-dot variants used in transliterated names (•・‧･) → `·` (温迪•谢尔曼 = 温迪·谢尔曼).
 * The table is closed (folding is idempotent: fold(fold(s)) === fold(s)).
 */
import * as OpenCC from 'opencc-js/t2cn';

/** Bumped whenever the table changes, so persisted indexes built with another table are rejected. */
export const FOLD_VERSION = 1;

let foldTable: Uint16Array | undefined;

/** The folding table: code unit → folded code unit. Built once (≈ 60 ms), then shared. */
export function getFoldTable(): Uint16Array {
  foldTable ??= buildFoldTable();
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

const MIDDLE_DOTS = ['\u2022', '\u30FB', '\u2027', '\uFF65', '\u2219', '\u22C5'];
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = unit;

  addTraditionalToSimplified(table);
  for (let unit = 0xff01; unit <= 0xff5e; unit++) table[unit] = unit - 0xfee0;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const char = String.fromCharCode(unit);
    if (SPACES.test(char)) table[unit] = 0x20;
  }
  for (const dot of MIDDLE_DOTS) table[dot.charCodeAt(0)] = 0xb7;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    table[unit] = lowerWithoutDiacritics(table[unit]);
  }
  // Close the table so that folding is idempotent.
  for (let pass = 0; pass < 3; pass++) {
    for (let unit = 0; unit < 0x10000; unit++) table[unit] = table[table[unit]];
  }
  return table;
}

/** Lower-cases one unit and strips Latin combining marks, when the result is still one unit. */
function lowerWithoutDiacritics(unit: number): number {
  const lower = String.fromCharCode(unit).toLowerCase();
  let result = lower.length === 1 ? lower.charCodeAt(0) : unit;
  if (result >= 0xc0 && result <= 0x24f || result >= 0x1e00 && result <= 0x1eff) {
    const decomposed = String.fromCharCode(result).normalize('NFD');
    if (decomposed.length > 1 && /^[\u0300-\u036f]+$/.test(decomposed.slice(1))) {
      result = decomposed.charCodeAt(0);
    }
  }
  return result;
}

/**
 * Runs every BMP Han character through OpenCC once (one character per line, so no phrase
 * rule can fire) and keeps the single-unit results.
 */
function addTraditionalToSimplified(table: Uint16Array): void {
  const chars: string[] = [];
  for (let unit = 0x3400; unit <= 0x9fff; unit++) chars.push(String.fromCharCode(unit));
  for (let unit = 0xf900; unit <= 0xfaff; unit++) chars.push(String.fromCharCode(unit));
  const source = chars.join('\n');
  for (const from of ['t', 'tw', 'hk']) {
    const converted = OpenCC.Converter({ from, to: 'cn' })(source).split('\n');
    if (converted.length !== chars.length) continue;
    for (let i = 0; i < chars.length; i++) {
      const original = chars[i].charCodeAt(0);
      const simplified = converted[i];
      if (simplified.length === 1 && simplified !== chars[i] && table[original] === original) {
        table[original] = simplified.charCodeAt(0);
      }
    }
  }
}
