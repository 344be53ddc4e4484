/**
 * The search engine's state as typed arrays and strings, for a binary cache
 * (`SearchEngine.exportState` / `SearchEngine.importState`): nothing is base64-encoded or
 * refolded. Documents are by document number; a removed slot has a null id.
 */
import type { InvertedIndexState } from './invertedIndex';

export interface SearchEngineState {
  /** Folding table version the folded texts and postings were built with; on mismatch, importing rebuilds them. */
  foldVersion: number;
  /** Index key rules the postings were built with; on mismatch, importing rebuilds them. */
  gramVersion: number;
  timeZone: string;
  /** By document number; null for a removed slot. */
  ids: Array<string | null>;
  /** Folded title and text by document number ('' for removed slots). */
  foldedTitles: string[];
  foldedTexts: string[];
  /**
   * (offset, original code unit) pairs where the original differs from the folded text, all
   * documents' together: document `d`'s title pairs are `differences[differenceStarts[2d] ..
   * differenceStarts[2d + 1])`, its text pairs up to `differenceStarts[2d + 2]` (indices into `differences`).
   */
  differences: Uint32Array;
  differenceStarts: Uint32Array;
  /** `title + text` length by document number (0 for removed slots). */
  lengths: Int32Array;
  /** Outlet by document number ('' for removed slots). */
  outlets: string[];
  /** Publication instant (epoch ms) by document number, NaN when unknown or removed. */
  published: Float64Array;
  index: InvertedIndexState;
}
