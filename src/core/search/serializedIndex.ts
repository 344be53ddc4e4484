/**
 * The JSON form of a search index (`SearchEngine.toJSON()`): documents as arrays, and every
 * posting list as one contiguous run (see `postingPool.ts`), the runs concatenated and base64-encoded.
 */
import { MemoryByteSource } from './byteSource';
import type { InvertedIndexState, KeyedListRun } from './invertedIndex';

/** A document as persisted: [id, title, text, outlet, published or null]; null = removed slot. */
export type SerializedDocument = [string, string, string, string, number | null];

export interface SerializedSearchIndex {
  format: 'news-corpus-search';
  version: 2;
  /** Folding table version the postings were built with; on mismatch, loading rebuilds them. */
  foldVersion: number;
  /** Index key rules the postings were built with (`GRAM_VERSION`). On mismatch, loading rebuilds them. */
  gramVersion: number;
  timeZone: string;
  /** By document number. */
  documents: Array<SerializedDocument | null>;
  postings: {
    /** base64 of little-endian Int32Arrays: key, document count, last document and run length of each list. */
    keys: string;
    counts: string;
    lastDocs: string;
    byteLengths: string;
    /** base64 of the runs, one after another. */
    runs: string;
  };
}

/** Encodes the index's lists. */
export function encodePostings(lists: Iterable<KeyedListRun>): SerializedSearchIndex['postings'] {
  const all = Array.from(lists, (run) => ({ ...run, bytes: new Uint8Array(run.bytes) })); // copies: a run's bytes are valid until the next run
  const runs = Buffer.concat(all.map((run) => run.bytes));
  return {
    keys: toBase64(Int32Array.from(all, (run) => run.key)),
    counts: toBase64(Int32Array.from(all, (run) => run.count)),
    lastDocs: toBase64(Int32Array.from(all, (run) => run.lastDoc)),
    byteLengths: toBase64(Int32Array.from(all, (run) => run.bytes.length)),
    runs: runs.toString('base64'),
  };
}

/** Decodes what {@link encodePostings} wrote. */
export function decodePostings(postings: SerializedSearchIndex['postings']): InvertedIndexState {
  const byteLengths = int32s(postings.byteLengths);
  const positions = new Float64Array(byteLengths.length);
  let at = 0;
  byteLengths.forEach((length, i) => {
    positions[i] = at;
    at += length;
  });
  const runs = fromBase64(postings.runs);
  if (at !== runs.length) throw new Error('posting runs do not match their lengths');
  return {
    listKeys: int32s(postings.keys),
    lists: { counts: int32s(postings.counts), lastDocs: int32s(postings.lastDocs), positions, byteLengths, source: new MemoryByteSource(runs) },
  };
}

function toBase64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function int32s(text: string): Int32Array {
  const bytes = fromBase64(text);
  if (bytes.length % 4 !== 0) throw new Error('an integer array has a partial entry');
  return new Int32Array(bytes.buffer, 0, bytes.length / 4);
}

/** Decodes base64 into a fresh, aligned Uint8Array. */
function fromBase64(text: string): Uint8Array {
  const decoded = Buffer.from(text, 'base64');
  const copy = new Uint8Array(decoded.length);
  copy.set(decoded);
  return copy;
}
