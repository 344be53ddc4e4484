/**
 * The persisted form of a search index (`SearchEngine.toJSON()`): plain JSON with documents
 * as arrays and the posting structures as base64 strings of their typed arrays
 * (little-endian), so a later binary format can write the same arrays directly.
 */
import type { InvertedIndexState } from './invertedIndex';

/** A document as persisted: [id, title, text, outlet, published or null]; null = removed slot. */
export type SerializedDocument = [string, string, string, string, number | null];

export interface SerializedSearchIndex {
  format: 'news-corpus-search';
  version: 1;
  /** Folding table version the postings were built with; on mismatch, loading rebuilds them. */
  foldVersion: number;
  /** Index key rules the postings were built with (`GRAM_VERSION`); absent = 1. On mismatch, loading rebuilds them. */
  gramVersion?: number;
  timeZone: string;
  /** By document number. */
  documents: Array<SerializedDocument | null>;
  postings: {
    lists: number;
    used: number;
    /** base64 of Int32Array (listKeys, head…lastDoc) and Uint8Array (bytes, level) data. */
    listKeys: string;
    bytes: string;
    head: string;
    tail: string;
    tailEnd: string;
    count: string;
    lastDoc: string;
    level: string;
  };
}

/** Encodes the index state's arrays as base64 strings. */
export function encodePostings(state: InvertedIndexState): SerializedSearchIndex['postings'] {
  const { pool } = state;
  return {
    lists: pool.lists,
    used: pool.used,
    listKeys: toBase64(state.listKeys),
    bytes: toBase64(pool.bytes),
    head: toBase64(pool.head),
    tail: toBase64(pool.tail),
    tailEnd: toBase64(pool.tailEnd),
    count: toBase64(pool.count),
    lastDoc: toBase64(pool.lastDoc),
    level: toBase64(pool.level),
  };
}

/** Decodes what {@link encodePostings} wrote. */
export function decodePostings(postings: SerializedSearchIndex['postings']): InvertedIndexState {
  return {
    listKeys: new Int32Array(fromBase64(postings.listKeys).buffer),
    pool: {
      lists: postings.lists,
      used: postings.used,
      bytes: fromBase64(postings.bytes),
      head: new Int32Array(fromBase64(postings.head).buffer),
      tail: new Int32Array(fromBase64(postings.tail).buffer),
      tailEnd: new Int32Array(fromBase64(postings.tailEnd).buffer),
      count: new Int32Array(fromBase64(postings.count).buffer),
      lastDoc: new Int32Array(fromBase64(postings.lastDoc).buffer),
      level: fromBase64(postings.level),
    },
  };
}

function toBase64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Decodes base64 into a fresh, aligned Uint8Array. */
function fromBase64(text: string): Uint8Array {
  const decoded = Buffer.from(text, 'base64');
  const copy = new Uint8Array(decoded.length);
  copy.set(decoded);
  return copy;
}
