/** Character classes used while scanning Chinese news text. */

/** CJK unified ideograph (basic block and extension A). */
export function isHan(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** ASCII letter or digit. */
export function isLatinOrDigit(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII letter. */
export function isLatin(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
}

/** Function words that end a name or org phrase when scanning (的, 在, 和, 对…). */
const STOP_CODES = new Uint8Array(65536);
for (const char of '的了在是和与及或对向从被把将由为于以据称说也都就还又并已曾到给让使当同跟自经至所之着过等即而但却则如若因其该这那此后时') STOP_CODES[char.charCodeAt(0)] = 1;

/** Whether `char` stops a scan for a name or org phrase. */
export function isStopChar(char: string | undefined): boolean {
  return char === undefined || char.length === 0 || STOP_CODES[char.charCodeAt(0)] === 1 || !(isHan(char) || isLatinOrDigit(char));
}
