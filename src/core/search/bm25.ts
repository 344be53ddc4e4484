/** BM25 weighting, as used by {@link SearchEngine}: one term's contribution to a score. */

/** Term-frequency saturation. */
export const BM25_K1 = 1.2;
/** Length normalization strength. */
export const BM25_B = 0.75;

/** Inverse document frequency of a term found in `documentFrequency` of `documentCount` documents. */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  const frequency = Math.min(documentFrequency, documentCount);
  return Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
}

/** BM25 term score for `termFrequency` occurrences in a document of `length` (mean `averageLength`). */
export function bm25(termFrequency: number, idf: number, length: number, averageLength: number): number {
  const norm = BM25_K1 * (1 - BM25_B + (BM25_B * length) / averageLength);
  return (idf * termFrequency * (BM25_K1 + 1)) / (termFrequency + norm);
}
