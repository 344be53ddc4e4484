/**
 * One string per distinct surface: a document names the same few people and organizations many times, and a corpus
 * names the same ones in many documents. Mentions that share their text share one string (fewer allocations, and
 * lookups by surface that compare by identity), looked up by the characters in the text without slicing them.
 */

const SLOTS = 1 << 15;
const MASK = SLOTS - 1;
/** Entries kept before the table starts over (a bound on memory, at half the slots so probes stay short). */
const MAX_ENTRIES = SLOTS >> 1;
const strings: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);
const hashes = new Int32Array(SLOTS);
let entries = 0;

/** `text.slice(start, end)`, as the string already handed out for the same characters when there is one. */
export function internSlice(text: string, start: number, end: number): string {
  const length = end - start;
  let hash = 0x811c9dc5 ^ length;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  let slot = (hash ^ (hash >>> 15)) & MASK;
  for (let known = strings[slot]; known !== undefined; known = strings[slot]) {
    if (hashes[slot] === hash && known.length === length && sameCharacters(known, text, start)) return known;
    slot = (slot + 1) & MASK;
  }
  if (entries >= MAX_ENTRIES) {
    strings.fill(undefined);
    entries = 0;
    slot = (hash ^ (hash >>> 15)) & MASK;
  }
  const value = text.slice(start, end);
  strings[slot] = value;
  hashes[slot] = hash;
  entries++;
  return value;
}

function sameCharacters(known: string, text: string, start: number): boolean {
  for (let i = 0; i < known.length; i++) if (known.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
