/**
 * A batch of documents analysed for search where it was read (an indexing worker), so that the
 * engine only has to append it: the folded titles and texts (as {@link FoldedText} keeps them) and
 * the batch's posting lists over its own document numbers. Plain strings and typed arrays, so it
 * can be posted between threads (its array buffers transferred, see {@link transferablesOf}).
 */
import { FoldedText } from './foldedText';
import { InvertedIndex, type PreparedPostings } from './invertedIndex';

/** The index each batch is built in (its buffers reused from batch to batch). */
let batchIndex: InvertedIndex | undefined;

export interface PreparedSearchBatch {
  foldedTitles: string[];
  /** Difference pairs of every title: document `d`'s are at `titleDifferenceStarts[d]…[d + 1]`. */
  titleDifferences: Uint32Array;
  titleDifferenceStarts: Uint32Array;
  foldedTexts: string[];
  textDifferences: Uint32Array;
  textDifferenceStarts: Uint32Array;
  postings: PreparedPostings;
}

/** Folds the documents and indexes them as documents 0…n-1 (title occurrences weigh `titleWeight`). */
export function prepareSearchBatch(documents: ReadonlyArray<{ title: string; text: string }>, titleWeight: number): PreparedSearchBatch {
  const titles = documents.map((document) => FoldedText.from(document.title));
  const texts = documents.map((document) => FoldedText.from(document.text));
  batchIndex ??= InvertedIndex.forBatch();
  const index = batchIndex;
  index.clearBatch();
  for (let d = 0; d < documents.length; d++) index.addDocument(d, titles[d].folded, texts[d].folded, titleWeight);
  const [titleDifferences, titleDifferenceStarts] = concatenated(titles);
  const [textDifferences, textDifferenceStarts] = concatenated(texts);
  return {
    foldedTitles: titles.map((title) => title.folded),
    titleDifferences,
    titleDifferenceStarts,
    foldedTexts: texts.map((text) => text.folded),
    textDifferences,
    textDifferenceStarts,
    postings: index.exportPrepared(),
  };
}

/** Number of documents in the batch. */
export function preparedCount(batch: PreparedSearchBatch): number {
  return batch.foldedTexts.length;
}

/** Document `d`'s folded title and text. */
export function preparedTexts(batch: PreparedSearchBatch, d: number): { title: FoldedText; text: FoldedText } {
  const { titleDifferences: td, titleDifferenceStarts: ts, textDifferences: xd, textDifferenceStarts: xs } = batch;
  return {
    title: FoldedText.fromParts(batch.foldedTitles[d], td.subarray(ts[d], ts[d + 1])),
    text: FoldedText.fromParts(batch.foldedTexts[d], xd.subarray(xs[d], xs[d + 1])),
  };
}

/** The batch's array buffers, to transfer instead of copy when posting it. */
export function transferablesOf(batch: PreparedSearchBatch): ArrayBuffer[] {
  const { postings } = batch;
  const arrays = [batch.titleDifferences, batch.titleDifferenceStarts, batch.textDifferences, batch.textDifferenceStarts, postings.keys, postings.counts, postings.lastDocs, postings.runStarts, postings.runs];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

function concatenated(texts: readonly FoldedText[]): [Uint32Array, Uint32Array] {
  const starts = new Uint32Array(texts.length + 1);
  let total = 0;
  texts.forEach((text, d) => {
    starts[d] = total;
    total += text.differenceList.length;
  });
  starts[texts.length] = total;
  const all = new Uint32Array(total);
  texts.forEach((text, d) => all.set(text.differenceList, starts[d]));
  return [all, starts];
}
