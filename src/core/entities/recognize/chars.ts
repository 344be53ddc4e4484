/**
 * Character classes used while scanning Chinese news text. The code-based forms (`…Code`) are for scanning loops:
 * they read `text.charCodeAt(i)` and never build one-character strings (which V8 allocates for every CJK character).
 * An offset outside the text gives `NaN` (0 with `codeAt`), which every function here treats like the end of the text.
 */

/**
 * `text.charCodeAt(index)`, but 0 outside the text instead of `NaN`, and without reading outside it: V8 compiles
 * string reads and table lookups as in range, and the first read past either end of a text (or lookup with `NaN`)
 * throws the whole compiled caller away to compile it again. Every test here answers the same for 0 as for `NaN`
 * (no table holds the NUL character), so callers may pass either.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 0;
}

/** CJK unified ideograph (basic block and extension A). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** CJK unified ideograph (basic block and extension A). */
export function isHan(char: string | undefined): boolean {
  return !!char && isHanCode(char.charCodeAt(0));
}

/** ASCII letter or digit. */
export function isLatinOrDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII letter or digit. */
export function isLatinOrDigit(char: string | undefined): boolean {
  return !!char && isLatinOrDigitCode(char.charCodeAt(0));
}

/** ASCII letter. */
export function isLatinCode(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** ASCII letter. */
export function isLatin(char: string | undefined): boolean {
  return !!char && isLatinCode(char.charCodeAt(0));
}

/** A table with 1 at the code of each character of `chars`, for allocation-free membership tests. */
export function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

/** Whether `table` (see `codeTable`) holds `code`; false for `NaN` (an offset outside the text). */
export function inTable(table: Uint8Array, code: number): boolean {
  return table[code] === 1;
}

/** Function words that end a name or org phrase when scanning (的, 在, 和, 对…). */
const STOP_WORDS = '的了在是和与及或对向从被把将由为于以据称说也都就还又并已曾到给让使当同跟自经至所之着过等即而但却则如若因其该这那此后时';

/** 1 for characters that may continue a name or org phrase: Han or Latin letters and digits, except function words. */
const WORD_CODES = new Uint8Array(65536);
for (let code = 0; code < 65536; code++) if (isHanCode(code) || isLatinOrDigitCode(code)) WORD_CODES[code] = 1;
for (const char of STOP_WORDS) WORD_CODES[char.charCodeAt(0)] = 0;

/** Whether the character with this code stops a scan for a name or org phrase (`NaN`, past the text, does). */
export function isStopCode(code: number): boolean {
  return WORD_CODES[code] !== 1;
}

/** Whether `char` stops a scan for a name or org phrase. */
export function isStopChar(char: string | undefined): boolean {
  return char === undefined || char.length === 0 || isStopCode(char.charCodeAt(0));
}

/** True when the characters of `short` occur in `full` in the same order (not necessarily adjacent): 北约 in 北大西洋公约组织. */
export function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
