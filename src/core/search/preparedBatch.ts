/**
 * A batch of documents analysed for search where it was read (an indexing worker), so that the
 * engine only has to append it: the folded titles and texts (as code units, with the differences
 * {@link FoldedText} keeps) and the batch's posting lists over its own document numbers. Typed
 * arrays only, so it can be posted between threads with its array buffers transferred (see
 * {@link transferablesOf}): no copy of the texts into the message and out of it; the engine makes
 * each folded string from its units as it stores it.
 */
import { BatchIndex } from './batchIndex';
import { FoldedText, foldAll, unitStarts } from './foldedText';
import type { PreparedPostings } from './invertedIndex';
import { unitsToString } from './normalize';

/** The index each batch is built in (its buffers reused from batch to batch). */
let batchIndex: BatchIndex | undefined;

export interface PreparedSearchBatch {
  /** Folded code units of every title: document `d`'s are at `titleStarts[d]…[d + 1]`. */
  titleUnits: Uint16Array;
  titleStarts: Uint32Array;
  /** Difference pairs of every title: document `d`'s are at `titleDifferenceStarts[d]…[d + 1]`. */
  titleDifferences: Uint32Array;
  titleDifferenceStarts: Uint32Array;
  textUnits: Uint16Array;
  textStarts: Uint32Array;
  textDifferences: Uint32Array;
  textDifferenceStarts: Uint32Array;
  postings: PreparedPostings;
}

/** Folds the documents and indexes them as documents 0…n-1 (title occurrences weigh `titleWeight`). */
export function prepareSearchBatch(documents: ReadonlyArray<{ title: string; text: string }>, titleWeight: number): PreparedSearchBatch {
  const count = documents.length;
  const titles = documents.map((document) => document.title);
  const texts = documents.map((document) => document.text);
  // One buffer for the units and their starts: the starts (4-byte aligned) first.
  const startBytes = 8 * (count + 1);
  const titleLength = totalLength(titles);
  const textLength = totalLength(texts);
  const buffer = new ArrayBuffer(startBytes + 2 * (titleLength + textLength));
  const titleStarts = unitStarts(titles, new Uint32Array(buffer, 0, count + 1));
  const textStarts = unitStarts(texts, new Uint32Array(buffer, 4 * (count + 1), count + 1));
  const titleUnits = new Uint16Array(buffer, startBytes, titleLength);
  const textUnits = new Uint16Array(buffer, startBytes + 2 * titleLength, textLength);
  const titleDifferences = foldAll(titles, titleUnits, titleStarts);
  const textDifferences = foldAll(texts, textUnits, textStarts);
  batchIndex ??= new BatchIndex();
  const index = batchIndex;
  index.clear();
  for (let d = 0; d < count; d++) index.add(d, titleUnits, titleStarts[d], titleStarts[d + 1], textUnits, textStarts[d], textStarts[d + 1], titleWeight);
  return {
    titleUnits,
    titleStarts,
    titleDifferences: titleDifferences.differences,
    titleDifferenceStarts: titleDifferences.differenceStarts,
    textUnits,
    textStarts,
    textDifferences: textDifferences.differences,
    textDifferenceStarts: textDifferences.differenceStarts,
    postings: index.export(),
  };
}

function totalLength(texts: readonly string[]): number {
  let length = 0;
  for (const text of texts) length += text.length;
  return length;
}

/** Number of documents in the batch. */
export function preparedCount(batch: PreparedSearchBatch): number {
  return batch.textStarts.length - 1;
}

/** Document `d`'s folded title and text. */
export function preparedTexts(batch: PreparedSearchBatch, d: number): { title: FoldedText; text: FoldedText } {
  const { titleDifferences: td, titleDifferenceStarts: ts, textDifferences: xd, textDifferenceStarts: xs } = batch;
  return {
    title: FoldedText.fromParts(unitsToString(batch.titleUnits.subarray(batch.titleStarts[d], batch.titleStarts[d + 1])), td.subarray(ts[d], ts[d + 1])),
    text: FoldedText.fromParts(unitsToString(batch.textUnits.subarray(batch.textStarts[d], batch.textStarts[d + 1])), xd.subarray(xs[d], xs[d + 1])),
  };
}

/** The batch's array buffers, to transfer instead of copy when posting it. */
export function transferablesOf(batch: PreparedSearchBatch): ArrayBuffer[] {
  const { postings } = batch;
  const arrays = [
    batch.titleUnits, batch.titleStarts, batch.titleDifferences, batch.titleDifferenceStarts, batch.textUnits, batch.textStarts, batch.textDifferences, batch.textDifferenceStarts,
    postings.keys, postings.counts, postings.lastDocs, postings.runStarts, postings.runs,
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
