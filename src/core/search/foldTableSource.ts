/**
 * BUILD-TIME ONLY: computes the search folding table from its sources (OpenCC and the
 * JavaScript engine's Unicode data). `scripts/generate-fold-table.ts` runs it and writes
 * `foldTable.generated.ts`; a unit test checks the generated file still equals it. Runtime
 * code must not import this module (it loads opencc-js, ≈ 0.4 s): see `normalize.ts`.
 *
 * What folds (the table is closed, so folding is idempotent):
 * - Traditional → Simplified Chinese, character by character (union of OpenCC's t, tw and hk
 *   → cn converters), keeping only single-unit results.
 * - Full-width ASCII forms → ASCII; U+3000 and other Unicode spaces (not line breaks) → ' '.
 * - Lower case (single-unit mappings only), then Latin diacritics stripped (é → e).
 * - Middle-dot variants used in transliterated names (•・‧･) → `·`.
 */
import * as OpenCC from 'opencc-js/t2cn';

const MIDDLE_DOTS = ['\u2022', '\u30FB', '\u2027', '\uFF65', '\u2219', '\u22C5'];
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/** The full 64K-entry folding table (code unit → folded code unit), computed from scratch. */
export function computeFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = unit;

  addTraditionalToSimplified(table);
  for (let unit = 0xff01; unit <= 0xff5e; unit++) table[unit] = unit - 0xfee0;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    if (SPACES.test(String.fromCharCode(unit))) table[unit] = 0x20;
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

/**
 * The table's differences from identity in the compact text form read by
 * `decodeFoldDifferences` (normalize.ts): runs separated by ' ', each `gap,offset[,length]` in
 * base 36, where `gap` is the distance from the end of the previous run (from 0 for the
 * first), `offset` is `folded - unit` for every unit of the run and `length` defaults to 1.
 */
export function encodeFoldDifferences(table: Uint16Array): string {
  const runs: string[] = [];
  let previousEnd = 0;
  let unit = 0;
  while (unit < table.length) {
    const offset = table[unit] - unit;
    if (offset === 0) {
      unit++;
      continue;
    }
    let end = unit + 1;
    while (end < table.length && table[end] - end === offset) end++;
    const length = end - unit;
    const fields = [(unit - previousEnd).toString(36), offset.toString(36)];
    if (length > 1) fields.push(length.toString(36));
    runs.push(fields.join(','));
    previousEnd = end;
    unit = end;
  }
  return runs.join(' ');
}

/** Lower-cases one unit and strips Latin combining marks, when the result is still one unit. */
function lowerWithoutDiacritics(unit: number): number {
  const lower = String.fromCharCode(unit).toLowerCase();
  let result = lower.length === 1 ? lower.charCodeAt(0) : unit;
  if ((result >= 0xc0 && result <= 0x24f) || (result >= 0x1e00 && result <= 0x1eff)) {
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
