/**
 * Index keys ("grams") for folded text. The same rule is used for every script:
 *
 * - A *word unit* is a UTF-16 code unit that is a letter or digit (`\p{L}`, `\p{N}`) or half
 *   of a surrogate pair. Spaces, punctuation and symbols are not word units.
 * - Every word unit gives a UNIGRAM key (its code unit, < 0x10000), so one-character queries
 *   (俄, 5) have a posting list.
 * - Every two adjacent word units give a BIGRAM key (`(a << 16) | b` as a signed int32, so
 *   keys stay small integers for V8; never in 0…0xFFFF because `a` ≥ '0'). In Chinese
 *   these are the usual character bigrams; in Latin/digit runs they are letter pairs
 *   (`osce` → os, sc, ce), which is what makes Latin search exact substring search too
 *   (`osc` finds `OSCE`) without a word list.
 *
 * Grams only select candidates; the engine then verifies every candidate against the folded
 * text, so results are exact. A name such as 斯托尔滕贝格 is never split into words: the query
 * asks for documents holding all five bigrams 斯托 托尔 尔滕 滕贝 贝格, and verification keeps those
 * where the six characters are actually adjacent. 温迪·谢尔曼 likewise uses 温迪 谢尔 尔曼 and
 * verification checks the dot.
 */

let wordUnitTable: Uint8Array | undefined;

/** 1 for code units that are part of words (letters, digits, surrogates), else 0. */
export function getWordUnitTable(): Uint8Array {
  if (!wordUnitTable) {
    const table = new Uint8Array(0x10000);
    const wordChar = /[\p{L}\p{N}]/u;
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) table[unit] = 1;
      else if (wordChar.test(String.fromCharCode(unit))) table[unit] = 1;
    }
    wordUnitTable = table;
  }
  return wordUnitTable;
}

/** Key of the bigram `a b` (two word units). */
export function bigramKey(a: number, b: number): number {
  return (a << 16) | b;
}

/** True for unigram keys (a code unit), false for bigram keys. */
export function isUnigram(key: number): boolean {
  return key >>> 16 === 0;
}

/**
 * Writes every unigram and bigram key of `folded` into `out` (text order, duplicates kept)
 * and returns how many were written; `out` must hold `2 * folded.length` keys. This is the
 * indexing hot path, hence no callback.
 */
export function gramsInto(folded: string, out: Int32Array): number {
  const isWord = getWordUnitTable();
  let count = 0;
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (isWord[unit] === 0) {
      previous = -1;
      continue;
    }
    out[count++] = unit;
    if (previous >= 0) out[count++] = (previous << 16) | unit;
    previous = unit;
  }
  return count;
}

/**
 * Calls `emit(key)` for every unigram and bigram of `folded` (duplicates included, in text
 * order). Callers that need distinct keys deduplicate.
 */
export function forEachGram(folded: string, emit: (key: number) => void): void {
  const isWord = getWordUnitTable();
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (isWord[unit] === 0) {
      previous = -1;
      continue;
    }
    emit(unit);
    if (previous >= 0) emit(bigramKey(previous, unit));
    previous = unit;
  }
}

/**
 * The keys a document must contain if it contains `folded` (a query term, already folded):
 * its bigrams, or, when the term has no two adjacent word units, its unigrams. Empty when
 * the term has no word unit at all (pure punctuation): then no key can narrow the search.
 */
export function requiredGrams(folded: string): number[] {
  const bigrams = new Set<number>();
  const unigrams = new Set<number>();
  forEachGram(folded, (key) => (isUnigram(key) ? unigrams : bigrams).add(key));
  return [...(bigrams.size > 0 ? bigrams : unigrams)];
}
