/**
 * The search engine's part of the persistent index. The engine's large parts — each document's
 * text record and each posting list's run — are streamed into the file's blob region by
 * {@link writeSearchBlobs}; {@link writeSearchState} then writes, into the metadata region, the
 * small parts and where the large ones are. {@link readSearchState} reads the small parts back and
 * gives a state whose texts and lists are read from the file when queries need them. Folded titles
 * are the article records' (stored with them), with the (offset, original unit) pairs where the
 * title differs stored here; ids, outlets and dates are the articles'. The only file that knows the
 * `SearchEngineState` shape.
 *
 *     header       JSON { foldVersion, gramVersion, timeZone }
 *     records      Int32Array: article record by document number (-1 = removed slot)
 *     titles       Uint32Array difference starts (count + 1), Uint32Array differences
 *     texts        Int32Array lengths (code units), Int32Array difference counts, Float64Array positions
 *     lists        Int32Array keys, Int32Array counts, Int32Array last documents, Float64Array positions, Int32Array byte lengths
 */
import { originalFromDifferences, type ByteSource, type SearchEngineExport, type SearchEngineState } from '../search';
import { CorruptDataError, raw, type BlockReader, type ByteWriter } from './binaryCodec';
import type { SnapshotArticle } from './indexSnapshot';

/** Marks a removed document slot in the document map. */
const REMOVED_SLOT = -1;

interface Header {
  foldVersion: number;
  gramVersion: number;
  timeZone: string;
}

/** Where the blobs of one search engine were written (absolute positions in the file). */
export interface SearchBlobs {
  textPositions: Float64Array;
  listKeys: Int32Array;
  counts: Int32Array;
  lastDocs: Int32Array;
  listPositions: Float64Array;
  byteLengths: Int32Array;
}

/** Streams the engine's text records, then its posting lists, through `append` (which returns the position written at). */
export async function writeSearchBlobs(search: SearchEngineExport, append: (bytes: Uint8Array) => Promise<number>): Promise<SearchBlobs> {
  const textPositions = new Float64Array(search.ids.length);
  let number = 0;
  for (const record of search.texts()) {
    if (number >= textPositions.length) throw new Error('the search engine changed while it was being saved');
    textPositions[number++] = await append(record);
  }
  const n = search.listCount;
  const blobs = { textPositions, listKeys: new Int32Array(n), counts: new Int32Array(n), lastDocs: new Int32Array(n), listPositions: new Float64Array(n), byteLengths: new Int32Array(n) };
  let list = 0;
  for (const run of search.lists()) {
    if (list >= n) throw new Error('the search engine changed while it was being saved');
    blobs.listKeys[list] = run.key;
    blobs.counts[list] = run.count;
    blobs.lastDocs[list] = run.lastDoc;
    blobs.byteLengths[list] = run.bytes.length;
    blobs.listPositions[list++] = await append(run.bytes);
  }
  if (number !== textPositions.length || list !== n) throw new Error('the search engine changed while it was being saved');
  return blobs;
}

/**
 * The article record of each of the engine's document numbers (-1 for a removed slot); throws when
 * the engine's documents are not exactly `articles`.
 */
export function searchSlots(search: SearchEngineExport, articles: readonly SnapshotArticle[]): Int32Array {
  const recordOf = new Map<string, number>();
  articles.forEach((entry, i) => recordOf.set(entry.article.id, i));
  const count = search.ids.length;
  const slots = new Int32Array(count);
  for (let number = 0; number < count; number++) slots[number] = search.ids[number] === null ? REMOVED_SLOT : recordNumber(search, number, recordOf, articles);
  return slots;
}

/** Each article record's title as the engine folded it (undefined for an article the engine does not have). */
export function foldedTitlesByRecord(search: SearchEngineExport, slots: Int32Array, records: number): Array<string | undefined> {
  const folded = new Array<string | undefined>(records).fill(undefined);
  for (let number = 0; number < slots.length; number++) if (slots[number] !== REMOVED_SLOT) folded[slots[number]] = search.foldedTitles[number];
  return folded;
}

/**
 * Writes the small parts of `search` (its document numbers' article records: `slots`, see
 * {@link searchSlots}) and where its blobs are (the arrays by reference: see `ByteWriter.block`).
 */
export function writeSearchState(writer: ByteWriter, search: SearchEngineExport, blobs: SearchBlobs, slots: Int32Array): void {
  const header: Header = { foldVersion: search.foldVersion, gramVersion: search.gramVersion, timeZone: search.timeZone };
  writer.string(JSON.stringify(header));
  for (const array of [slots, search.titleDifferenceStarts, search.titleDifferences, search.textLengths, search.differenceCounts, blobs.textPositions]) writer.block(raw(array));
  for (const array of [blobs.listKeys, blobs.counts, blobs.lastDocs, blobs.listPositions, blobs.byteLengths]) writer.block(raw(array));
}

/** What the search state takes from the article records read with it, by record. */
export interface SearchRecords {
  readonly count: number;
  readonly ids: readonly string[];
  readonly foldedTitles: readonly string[];
  readonly outlets: readonly string[];
  /** NaN when undated. */
  readonly published: Float64Array;
  readonly textLengths: Int32Array;
}

/**
 * Reads what {@link writeSearchState} wrote; ids, folded titles, outlets and dates come from
 * `records`, the texts and lists stay in `blobs` (the file's blob region, absolute positions).
 */
export function readSearchState(reader: BlockReader, records: SearchRecords, blobs: ByteSource & { start: number; end: number }): SearchEngineState {
  const header = JSON.parse(reader.string()) as Header;
  if (typeof header.foldVersion !== 'number' || typeof header.gramVersion !== 'number' || typeof header.timeZone !== 'string') throw new CorruptDataError('bad search state header');
  const slots = reader.int32Array();
  const titleDifferenceStarts = uint32Array(reader);
  const titleDifferences = uint32Array(reader);
  const textLengths = reader.int32Array();
  const differenceCounts = reader.int32Array();
  const textPositions = reader.float64Array();
  const count = slots.length;
  if (titleDifferenceStarts.length !== count + 1 || titleDifferenceStarts[count] !== titleDifferences.length) throw new CorruptDataError('search title table does not match its documents');
  if (textLengths.length !== count || differenceCounts.length !== count || textPositions.length !== count) throw new CorruptDataError('search text table does not match its documents');
  const ids: Array<string | null> = new Array<string | null>(count);
  const titles: string[] = new Array<string>(count);
  const outlets: string[] = new Array<string>(count);
  const published = new Float64Array(count);
  const { ids: recordIds, foldedTitles, outlets: recordOutlets, published: recordPublished, textLengths: recordLengths } = records;
  const recordCount = records.count;
  const { start, end } = blobs;
  for (let number = 0; number < count; number++) {
    const from = titleDifferenceStarts[number];
    const to = titleDifferenceStarts[number + 1];
    if (from % 2 !== 0 || to < from) throw new CorruptDataError('search title table out of order');
    const record = slots[number];
    if (record === REMOVED_SLOT) {
      ids[number] = null;
      titles[number] = outlets[number] = '';
      published[number] = Number.NaN;
      continue;
    }
    if (!(record >= 0 && record < recordCount)) throw new CorruptDataError(`search document ${number} names article record ${record}, which does not exist`);
    const length = textLengths[number];
    const differences = differenceCounts[number];
    const position = textPositions[number];
    if (length !== recordLengths[record] || differences < 0 || differences % 2 !== 0 || !(position >= start && position + length * 2 + differences * 4 <= end)) {
      throw new CorruptDataError(`search document ${number} has a text record out of range`);
    }
    ids[number] = recordIds[record];
    titles[number] = foldedTitles[record];
    outlets[number] = recordOutlets[record];
    published[number] = recordPublished[record];
  }
  const listKeys = reader.int32Array();
  const counts = reader.int32Array();
  const lastDocs = reader.int32Array();
  const positions = reader.float64Array();
  const byteLengths = reader.int32Array();
  const lists = listKeys.length;
  if ([counts, lastDocs, positions, byteLengths].some((array) => array.length !== lists)) throw new CorruptDataError('search posting directory does not match its size');
  for (let list = 0; list < lists; list++) {
    if (counts[list] < 0 || lastDocs[list] >= count || byteLengths[list] < 2 * counts[list] || !(positions[list] >= blobs.start && positions[list] + byteLengths[list] <= blobs.end)) {
      throw new CorruptDataError(`search posting list ${list} is out of range`);
    }
  }
  return {
    ...header,
    ids,
    foldedTitles: titles,
    titleDifferences,
    titleDifferenceStarts,
    outlets,
    published,
    textLengths,
    differenceCounts,
    textPositions,
    texts: blobs,
    index: { listKeys, lists: { counts, lastDocs, positions, byteLengths, source: blobs } },
  };
}

function recordNumber(search: SearchEngineExport, number: number, recordOf: ReadonlyMap<string, number>, articles: readonly SnapshotArticle[]): number {
  const id = search.ids[number] as string;
  const record = recordOf.get(id);
  const a = record === undefined ? undefined : articles[record].article;
  const { titleDifferences, titleDifferenceStarts } = search;
  const same =
    a !== undefined &&
    a.outlet === search.outlets[number] &&
    a.textLength === search.textLengths[number] &&
    (a.published === undefined ? Number.isNaN(search.published[number]) : a.published === search.published[number]) &&
    a.title === originalFromDifferences(search.foldedTitles[number], titleDifferences.subarray(titleDifferenceStarts[number], titleDifferenceStarts[number + 1]));
  if (record === undefined || !same) throw new Error(`the search index and the article index disagree about ${id}; not saved`);
  return record;
}


/** A block of bytes copied into a fresh, aligned Uint32Array. */
function uint32Array(reader: BlockReader): Uint32Array {
  const ints = reader.int32Array();
  return new Uint32Array(ints.buffer, ints.byteOffset, ints.length);
}
