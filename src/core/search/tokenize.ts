/**
 * Index keys ("grams") for folded text. The same rule is used for every script:
 *
 * - A *word unit* is a UTF-16 code unit that is a letter or digit (`\p{L}`, `\p{N}`) or half
 *   of a surrogate pair. Every word unit gives a UNIGRAM key (its code unit, < 0x10000), so
 *   one-character queries (俄, 5) have a posting list.
 * - A *separator* is a space, line break or other control character (≤ U+0020): matching
 *   treats a space in a phrase as any whitespace run, so no key may span one.
 * - Every two adjacent units that are not separators give a BIGRAM key (`(a << 16) | b` as a
 *   signed int32, never in 0…0xFFFF because `a` > 0x20). In Chinese these are the usual
 *   character bigrams; in Latin/digit runs they are letter pairs (`osce` → os, sc, ce), which
 *   is what makes Latin search exact substring search too (`osc` finds `OSCE`) without a word
 *   list. Punctuation pairs with its neighbours (`器，` → 器，; `1、` → 1、), so terms that
 *   contain punctuation select few candidates instead of every document holding one of
 *   their characters.
 * - TRIGRAM keys (hashed, see {@link trigramKey}) where bigrams alone are too common to
 *   bound a term's frequency: around punctuation (示，在) and in ASCII letter/digit runs
 *   (ist, sto, tor), see {@link gramsInto}. Chinese text otherwise gets no trigrams, which
 *   keeps the index about as small as a bigram index.
 *
 * Grams only select candidates; the engine then verifies every candidate against the folded
 * text, so results are exact. A name such as 斯托尔滕贝格 is never split into words: the query
 * asks for documents holding all five bigrams 斯托 托尔 尔滕 滕贝 贝格, and verification keeps those
 * where the six characters are actually adjacent. 温迪·谢尔曼 uses 温迪 迪· ·谢 谢尔 尔曼.
 */

/** Version of the key rules: persisted postings built with other rules are rebuilt. */
export const GRAM_VERSION = 2;

/** Unit kinds in {@link getUnitKinds}. */
const SEPARATOR = 0;
const PAIR_ONLY = 1;
const WORD = 2;
const LATIN = 3;
/** The kinds, for loops that make the grams as {@link gramsInto} does (see `BatchIndex`). */
export const GRAM_KINDS = { SEPARATOR, PAIR_ONLY, WORD, LATIN } as const;

let unitKinds: Uint8Array | undefined;

/**
 * Per code unit: 3 for ASCII letters and digits, 2 for other word units (both: unigram and
 * bigrams), 1 for other non-separators (bigrams only), 0 for separators (no key).
 */
export function getUnitKinds(): Uint8Array {
  if (!unitKinds) {
    const table = new Uint8Array(0x10000);
    // Letters and digits found by one regex pass over every unit (one test per unit costs tens
    // of ms, paid by each worker and the first search): surrogates are left out of the strings
    // (a pair would read as one astral code point) and are word units anyway.
    table.fill(PAIR_ONLY, 0x21);
    table.fill(WORD, 0xd800, 0xe000);
    markWordUnits(table, 0x21, 0xd800);
    markWordUnits(table, 0xe000, 0x10000);
    for (let unit = 0x30; unit <= 0x7a; unit++) if (/[0-9A-Za-z]/.test(String.fromCharCode(unit))) table[unit] = LATIN;
    unitKinds = table;
  }
  return unitKinds;
}

/** Sets `WORD` in `table` for every letter or digit (`\p{L}`, `\p{N}`) among units `from`…`to` - 1 (no surrogates). */
function markWordUnits(table: Uint8Array, from: number, to: number): void {
  const units = new Uint16Array(to - from);
  for (let i = 0; i < units.length; i++) units[i] = from + i;
  const text = new TextDecoder('utf-16le').decode(units);
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = from + (match.index ?? 0);
    table.fill(WORD, start, start + match[0].length);
  }
}

/** Key of the bigram `a b` (two non-separator units). */
export function bigramKey(a: number, b: number): number {
  return (a << 16) | b;
}

/**
 * Key of the trigram `a b c`: a hash with bit 16 set (so never a unigram key). It may collide
 * with another key; that only merges two posting lists, which stays correct (a superset of
 * candidates, frequencies summed, so still upper bounds).
 */
export function trigramKey(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) | 0x10000;
}

/** True for unigram keys (a code unit), false for bigram and trigram keys. */
export function isUnigram(key: number): boolean {
  return key >>> 16 === 0;
}

/** Most keys {@link gramsInto} writes per code unit of its input. */
export const MAX_GRAMS_PER_UNIT = 3;

/**
 * Writes every key of `folded` into `out` (text order, duplicates kept) and returns how many
 * were written; `out` must hold `MAX_GRAMS_PER_UNIT * folded.length` keys. This is the
 * indexing hot path, hence no callback. Keys, for each non-separator unit `c` preceded by
 * `b` and `a` (within the same separator-free run):
 * - `c` if it is a word unit;
 * - `b c` if there is a `b`;
 * - `a b c` if `b` is punctuation (so 示，在 is one key, not two common ones) or all three are
 *   ASCII letters/digits (so `istor` needs ist, sto, tor: letter pairs alone are common).
 */
export function gramsInto(folded: string, out: Int32Array): number {
  const kinds = getUnitKinds();
  let count = 0;
  let before = -1;
  let beforeKind = SEPARATOR;
  let previous = -1;
  let previousKind = SEPARATOR;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    const kind = kinds[unit];
    if (kind === SEPARATOR) {
      before = previous = -1;
      beforeKind = previousKind = SEPARATOR;
      continue;
    }
    if (kind >= WORD) out[count++] = unit;
    if (previous >= 0) {
      out[count++] = (previous << 16) | unit;
      if (before >= 0 && takesTrigram(beforeKind, previousKind, kind)) out[count++] = trigramKey(before, previous, unit);
    }
    before = previous;
    beforeKind = previousKind;
    previous = unit;
    previousKind = kind;
  }
  return count;
}

/** Whether three adjacent non-separator units of these kinds get a trigram key. */
export function takesTrigram(firstKind: number, middleKind: number, lastKind: number): boolean {
  return middleKind === PAIR_ONLY || (firstKind === LATIN && middleKind === LATIN && lastKind === LATIN);
}

/**
 * The keys a document must contain if it contains `folded` (a query term, already folded),
 * as {@link gramsInto} would write them for the term: its trigrams and the bigrams no trigram
 * covers (a trigram's list is contained in, and its frequencies bounded by, those of its two
 * bigrams, so they would add work, not precision); or, when the term has no two adjacent
 * non-separator units, its unigrams. Empty for a lone punctuation mark or separators only:
 * then no key can narrow the search.
 */
export function requiredGrams(folded: string): number[] {
  const kinds = getUnitKinds();
  const trigrams = new Set<number>();
  const bigrams = new Set<number>();
  const covered = new Set<number>();
  const unigrams = new Set<number>();
  let before = -1;
  let beforeKind = SEPARATOR;
  let previous = -1;
  let previousKind = SEPARATOR;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    const kind = kinds[unit];
    if (kind === SEPARATOR) {
      before = previous = -1;
      beforeKind = previousKind = SEPARATOR;
      continue;
    }
    if (kind >= WORD) unigrams.add(unit);
    if (previous >= 0) {
      bigrams.add(bigramKey(previous, unit));
      if (before >= 0 && takesTrigram(beforeKind, previousKind, kind)) {
        trigrams.add(trigramKey(before, previous, unit));
        covered.add(bigramKey(before, previous));
        covered.add(bigramKey(previous, unit));
      }
    }
    before = previous;
    beforeKind = previousKind;
    previous = unit;
    previousKind = kind;
  }
  const longer = [...trigrams, ...[...bigrams].filter((key) => !covered.has(key))];
  return longer.length > 0 ? longer : [...unigrams];
}
