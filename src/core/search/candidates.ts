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
  const documents = first.documents;
  const frequencyBounds = terms.map(() => new Uint8Array(documents.length).fill(MAX_FREQUENCY));
  for (const term of termsByGram.get(grams[0].gram) ?? []) frequencyBounds[term] = first.frequencies.slice();

  let count = documents.length;
  for (let g = 1; g < grams.length && count > 0; g++) {
    if (count * VERIFY_INSTEAD_RATIO < grams[g].count) break;
    const next = index.postings(grams[g].gram);
    const { inSmall, inLarge } = intersectSorted(documents.subarray(0, count), next.documents);
    // Compact in place (inSmall[k] ≥ k), tightening the bounds of the terms needing this gram.
    count = inSmall.length;
    for (let k = 0; k < count; k++) documents[k] = documents[inSmall[k]];
    for (const bounds of frequencyBounds) for (let k = 0; k < count; k++) bounds[k] = bounds[inSmall[k]];
    for (const term of termsByGram.get(grams[g].gram) ?? []) {
      const bounds = frequencyBounds[term];
      const frequencies = next.frequencies;
      for (let k = 0; k < count; k++) if (frequencies[inLarge[k]] < bounds[k]) bounds[k] = frequencies[inLarge[k]];
    }
  }
  return { documents: documents.subarray(0, count), frequencyBounds: frequencyBounds.map((bounds) => bounds.subarray(0, count)) };
}
