/**
 * Candidate generation: the documents holding every gram the positive terms need, with an
 * upper bound of each term's weighted frequency in each candidate (the smallest stored
 * frequency among the term's grams). Lists are intersected smallest first; when the
 * candidates are already far fewer than the next list is long, intersection stops and
 * verification does the rest (bounds stay valid: a minimum over fewer lists is still ≥). The
 * grams of terms whose bounds do not matter (terms found nearly everywhere, next to rarer ones:
 * see `unranked`) are left to verification too: their lists are the longest and narrow nothing.
 */
import type { InvertedIndex } from './invertedIndex';
import { MAX_FREQUENCY } from './postingPool';
import { requiredGrams } from './tokenize';

/** Candidates (increasing document numbers) and per-term frequency bounds, aligned with them. */
export interface CandidateSet {
  documents: Int32Array;
  /** `frequencyBounds[term][i]`: bound for `documents[i]`; {@link MAX_FREQUENCY} = unbounded. */
  frequencyBounds: Uint8Array[];
}

/** Stop intersecting when the next list is this many times longer than the candidates. */
const VERIFY_INSTEAD_RATIO = 64;

/**
 * Candidates for the folded `terms`, or null when no term has a gram (any document may match).
 * `unranked[term]`: that term's frequency bounds do not matter, so its grams' lists need not be
 * intersected (its bounds are then {@link MAX_FREQUENCY}); they are when no other gram is left.
 */
export function findCandidates(index: InvertedIndex, terms: readonly string[], unranked?: readonly boolean[]): CandidateSet | null {
  const termsByGram = new Map<number, number[]>();
  terms.forEach((term, termIndex) => {
    for (const gram of requiredGrams(term)) {
      const owners = termsByGram.get(gram);
      if (owners) owners.push(termIndex);
      else termsByGram.set(gram, [termIndex]);
    }
  });
  if (termsByGram.size === 0) return null;
  let keys = [...termsByGram.keys()];
  if (unranked) {
    const ranked = keys.filter((gram) => termsByGram.get(gram)?.some((term) => !unranked[term]));
    if (ranked.length > 0) keys = ranked;
  }
  const grams = keys.map((gram) => ({ gram, count: index.documentCount(gram) }));
  grams.sort((a, b) => a.count - b.count);

  // The lists are freshly decoded: their arrays are narrowed in place. With one term, its bounds
  // move along with the documents; with several, each term's bounds stay where the first list had
  // them (`origin`: each candidate's position in the first list), so that narrowing by a gram
  // touches only the bounds of the terms needing it.
  const first = index.postings(grams[0].gram);
  const documents = first.documents;
  const firstOwners = termsByGram.get(grams[0].gram) ?? [];
  const frequencyBounds = terms.map((_, term) => {
    if (!firstOwners.includes(term)) return new Uint8Array(documents.length).fill(MAX_FREQUENCY);
    return term === firstOwners[0] ? first.frequencies : first.frequencies.slice();
  });
  let origin: Int32Array | undefined;
  if (terms.length > 1) {
    origin = new Int32Array(documents.length);
    for (let i = 0; i < origin.length; i++) origin[i] = i;
  }

  let count = documents.length;
  let narrowed = false;
  for (let g = 1; g < grams.length && count > 0; g++) {
    if (count * VERIFY_INSTEAD_RATIO < grams[g].count) break;
    const next = index.postings(grams[g].gram);
    const owned = (termsByGram.get(grams[g].gram) ?? []).map((term) => frequencyBounds[term]);
    count = origin ? narrowByOrigin(documents, origin, count, next.documents, next.frequencies, owned) : narrow(documents, count, owned[0], next.documents, next.frequencies);
    narrowed = true;
  }
  if (origin && narrowed) {
    // Each term's bounds to the candidates' positions (origin[k] >= k: in place, in increasing k).
    for (const bounds of frequencyBounds) for (let k = 0; k < count; k++) bounds[k] = bounds[origin[k]];
  }
  return { documents: documents.subarray(0, count), frequencyBounds: frequencyBounds.map((bounds) => bounds.subarray(0, count)) };
}

/**
 * Keeps the first `count` candidates that are also in `list` (increasing), moving them and their
 * `bounds` to the front in place (`kept <= i`: nothing is overwritten before it is read), the
 * bounds lowered to the list's frequencies. Returns how many are kept.
 */
function narrow(documents: Int32Array, count: number, bounds: Uint8Array, list: Int32Array, frequencies: Uint8Array): number {
  const length = list.length;
  let kept = 0;
  let j = 0;
  if (length === 0) return 0;
  if (count * 16 < length) {
    for (let i = 0; i < count; i++) {
      const document = documents[i];
      j = lowerBound(list, j, document);
      if (j === length) break;
      if (list[j] !== document) continue;
      documents[kept] = document;
      const frequency = frequencies[j];
      const bound = bounds[i];
      bounds[kept++] = frequency < bound ? frequency : bound;
    }
    return kept;
  }
  let value = list[0];
  for (let i = 0; i < count; i++) {
    const document = documents[i];
    while (value < document) {
      if (++j === length) return kept;
      value = list[j];
    }
    if (value !== document) continue;
    documents[kept] = document;
    const frequency = frequencies[j];
    const bound = bounds[i];
    bounds[kept++] = frequency < bound ? frequency : bound;
  }
  return kept;
}

/**
 * As {@link narrow}, for several terms: the kept candidates' `origin` moves with them, and the
 * `owned` bounds (of the terms needing the list's gram, by first-list position) are lowered.
 */
function narrowByOrigin(documents: Int32Array, origin: Int32Array, count: number, list: Int32Array, frequencies: Uint8Array, owned: readonly Uint8Array[]): number {
  const length = list.length;
  const gallop = count * 16 < length;
  let kept = 0;
  let j = 0;
  for (let i = 0; i < count && j < length; i++) {
    const document = documents[i];
    if (gallop) j = lowerBound(list, j, document);
    else while (j < length && list[j] < document) j++;
    if (j === length || list[j] !== document) continue;
    documents[kept] = document;
    const at = origin[i];
    origin[kept++] = at;
    const frequency = frequencies[j];
    for (const bounds of owned) if (frequency < bounds[at]) bounds[at] = frequency;
  }
  return kept;
}

/** First position at or after `from` whose value is at least `value` (binary search). */
function lowerBound(list: Int32Array, from: number, value: number): number {
  let low = from;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
