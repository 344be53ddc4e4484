/**
 * Candidate generation: the documents holding every gram the positive terms need, with an
 * upper bound of each term's weighted frequency in each candidate (the smallest stored
 * frequency among the term's grams). Lists are intersected smallest first; when the
 * candidates are already far fewer than the next list is long, intersection stops and
 * verification does the rest (bounds stay valid: a minimum over fewer lists is still ≥).
 */
import type { InvertedIndex } from './invertedIndex';
import { MAX_FREQUENCY } from './postingPool';
import { intersectSorted } from './sortedSets';
import { requiredGrams } from './tokenize';

/** Candidates (increasing document numbers) and per-term frequency bounds, aligned with them. */
export interface CandidateSet {
  documents: Int32Array;
  /** `frequencyBounds[term][i]`: bound for `documents[i]`; {@link MAX_FREQUENCY} = unbounded. */
  frequencyBounds: Uint8Array[];
}

/** Stop intersecting when the next list is this many times longer than the candidates. */
const VERIFY_INSTEAD_RATIO = 64;

/** Candidates for the folded `terms`, or null when no term has a gram (any document may match). */
export function findCandidates(index: InvertedIndex, terms: readonly string[]): CandidateSet | null {
  const termsByGram = new Map<number, number[]>();
  terms.forEach((term, termIndex) => {
    for (const gram of requiredGrams(term)) {
      const owners = termsByGram.get(gram);
      if (owners) owners.push(termIndex);
      else termsByGram.set(gram, [termIndex]);
    }
  });
  if (termsByGram.size === 0) return null;
  const grams = [...termsByGram.keys()].map((gram) => ({ gram, count: index.documentCount(gram) }));
  grams.sort((a, b) => a.count - b.count);

  const first = index.postings(grams[0].gram);
  let documents = first.documents;
  let frequencyBounds = terms.map(() => new Uint8Array(documents.length).fill(MAX_FREQUENCY));
  for (const term of termsByGram.get(grams[0].gram) ?? []) frequencyBounds[term] = first.frequencies.slice();

  for (let g = 1; g < grams.length && documents.length > 0; g++) {
    if (documents.length * VERIFY_INSTEAD_RATIO < grams[g].count) break;
    const next = index.postings(grams[g].gram);
    const { inSmall, inLarge } = intersectSorted(documents, next.documents);
    documents = pick(documents, inSmall);
    frequencyBounds = frequencyBounds.map((bounds) => pick(bounds, inSmall));
    for (const term of termsByGram.get(grams[g].gram) ?? []) {
      const bounds = frequencyBounds[term];
      for (let i = 0; i < bounds.length; i++) bounds[i] = Math.min(bounds[i], next.frequencies[inLarge[i]]);
    }
  }
  return { documents, frequencyBounds };
}

function pick<T extends Int32Array | Uint8Array>(values: T, positions: Int32Array): T {
  const out = new (values.constructor as new (length: number) => T)(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = values[positions[i]];
  return out;
}
