/**
 * The search engine's persisted form. An engine is saved from a {@link SearchEngineExport}
 * (documents' small fields as arrays, the large parts as iterables, so that a writer can stream
 * them) and restored from a {@link SearchEngineState}, whose large parts — each document's folded
 * text and each posting list — stay in a {@link ByteSource} and are read when a query needs them.
 * Nothing is refolded or re-tokenised on restore. A removed document slot has a null id.
 */
import { MemoryByteSource, type ByteSource } from './byteSource';
import type { InvertedIndexState, KeyedListRun } from './invertedIndex';

/** The fields both forms share: versions, and the documents' small fields by document number. */
export interface SearchEngineHeader {
  /** Folding table version the folded texts and postings were built with; on mismatch, restoring rebuilds them. */
  foldVersion: number;
  /** Index key rules the postings were built with; on mismatch, restoring rebuilds them. */
  gramVersion: number;
  timeZone: string;
  /** By document number; null for a removed slot. */
  ids: Array<string | null>;
  /** Folded titles ('' for removed slots). */
  foldedTitles: string[];
  /**
   * (offset, original code unit) pairs where the original title differs from the folded one:
   * document `d`'s are `titleDifferences[titleDifferenceStarts[d] .. titleDifferenceStarts[d + 1])`.
   */
  titleDifferences: Uint32Array;
  titleDifferenceStarts: Uint32Array;
  /** Outlet by document number ('' for removed slots). */
  outlets: string[];
  /** Publication instant (epoch ms), NaN when unknown or removed. */
  published: Float64Array;
  /** Folded text length (code units) and number of its difference values (2 per pair). */
  textLengths: Int32Array;
  differenceCounts: Int32Array;
}

/**
 * A document's text record: `textLengths[d]` code units of folded text (UTF-16LE), then
 * `differenceCounts[d]` uint32 values (little-endian): the (offset, original unit) pairs.
 */
export type TextRecord = Uint8Array;

/** What an engine gives for saving. Iterate `texts` and `lists` once each. */
export interface SearchEngineExport extends SearchEngineHeader {
  /** Each document's text record by document number (empty for removed slots); each valid until the next is asked for. */
  texts(): Iterable<TextRecord>;
  listCount: number;
  /** Every posting list, by list number; each run's bytes valid until the next run is asked for. */
  lists(): Iterable<KeyedListRun>;
}

/** What an engine is restored from. */
export interface SearchEngineState extends SearchEngineHeader {
  /** Where each document's text record starts in `texts` (byte position). */
  textPositions: Float64Array;
  texts: ByteSource;
  index: InvertedIndexState;
}

/** An export turned into a state over memory (for tests, JSON and copies): texts and lists concatenated. */
export function stateInMemory(exported: SearchEngineExport): SearchEngineState {
  const records = Array.from(exported.texts(), (record) => new Uint8Array(record)); // copies: a record is valid until the next one
  const textPositions = new Float64Array(records.length);
  const textBytes = concatenate(records, textPositions);
  const runs = Array.from(exported.lists(), (run) => ({ ...run, bytes: new Uint8Array(run.bytes) }));
  const positions = new Float64Array(runs.length);
  const listBytes = concatenate(
    runs.map((run) => run.bytes),
    positions,
  );
  const { texts: _texts, lists: _lists, listCount: _count, ...header } = exported;
  return {
    ...header,
    textPositions,
    texts: new MemoryByteSource(textBytes),
    index: {
      listKeys: Int32Array.from(runs, (run) => run.key),
      lists: {
        counts: Int32Array.from(runs, (run) => run.count),
        lastDocs: Int32Array.from(runs, (run) => run.lastDoc),
        positions,
        byteLengths: Int32Array.from(runs, (run) => run.bytes.length),
        source: new MemoryByteSource(listBytes),
      },
    },
  };
}

/** The parts one after another; `positions[i]` receives where part `i` starts. */
function concatenate(parts: readonly Uint8Array[], positions: Float64Array): Uint8Array {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((part, i) => {
    positions[i] = at;
    out.set(part, at);
    at += part.length;
  });
  return out;
}
