/**
 * Writes the search engine's state (`SearchEngine.exportState()`) into the persistent index
 * without repeating the article texts: each document becomes the number of the article record it
 * came from plus the few (offset, original unit) pairs where its folded form differs, and every
 * typed array (postings, list keys, differences) is stored as raw little-endian bytes. Reading
 * rebuilds each folded text from the article's text by patching those offsets (no refolding, no
 * base64). The only file that knows the `SearchEngineState` shape.
 *
 *     header     JSON { foldVersion, gramVersion, timeZone }
 *     records    Int32Array: article record by document number (-1 = removed slot)
 *     starts     Uint32Array: `differenceStarts`
 *     differences Uint32Array
 *     postings   u32 lists · u32 used · listKeys, bytes, head, tail, tailEnd, count, lastDoc, level
 */
import { foldedFromDifferences, originalFromDifferences, type SearchEngineState } from '../search';
import { CorruptDataError, type ByteReader, type ByteWriter } from './binaryCodec';
import type { SnapshotArticle } from './indexSnapshot';

/** Marks a removed document slot in the document map. */
const REMOVED_SLOT = -1;

interface Header {
  foldVersion: number;
  gramVersion: number;
  timeZone: string;
}

/** Writes `search`, whose documents must be exactly `articles` (by id, title, text, outlet and date). */
export function writeSearchState(writer: ByteWriter, search: SearchEngineState, articles: readonly SnapshotArticle[]): void {
  const recordOf = new Map<string, number>();
  articles.forEach((entry, i) => recordOf.set(entry.article.id, i));
  const count = search.ids.length;
  const slots = new Int32Array(count);
  for (let number = 0; number < count; number++) slots[number] = search.ids[number] === null ? REMOVED_SLOT : recordNumber(search, number, recordOf, articles);
  const header: Header = { foldVersion: search.foldVersion, gramVersion: search.gramVersion, timeZone: search.timeZone };
  writer.string(JSON.stringify(header));
  writer.bytes(raw(slots));
  writer.bytes(raw(search.differenceStarts));
  writer.bytes(raw(search.differences));
  const { pool, listKeys } = search.index;
  writer.u32(pool.lists);
  writer.u32(pool.used);
  for (const array of [listKeys, pool.bytes, pool.head, pool.tail, pool.tailEnd, pool.count, pool.lastDoc, pool.level]) writer.bytes(raw(array));
}

/** Reads what {@link writeSearchState} wrote, taking the documents' texts from `articles`. */
export function readSearchState(reader: ByteReader, articles: readonly SnapshotArticle[]): SearchEngineState {
  const header = JSON.parse(reader.string()) as Header;
  if (typeof header.foldVersion !== 'number' || typeof header.gramVersion !== 'number' || typeof header.timeZone !== 'string') throw new CorruptDataError('bad search state header');
  const slots = reader.int32Array();
  const differenceStarts = uint32Array(reader);
  const differences = uint32Array(reader);
  const count = slots.length;
  if (differenceStarts.length !== 2 * count + 1 || differenceStarts[2 * count] !== differences.length) throw new CorruptDataError('search difference table does not match its documents');
  for (let k = 0; k < differenceStarts.length; k++) {
    if (differenceStarts[k] % 2 !== 0 || (k > 0 && differenceStarts[k] < differenceStarts[k - 1])) throw new CorruptDataError('search difference table out of order');
  }
  const ids: Array<string | null> = new Array<string | null>(count);
  const foldedTitles: string[] = new Array<string>(count);
  const foldedTexts: string[] = new Array<string>(count);
  const outlets: string[] = new Array<string>(count);
  const published = new Float64Array(count);
  const lengths = new Int32Array(count);
  for (let number = 0; number < count; number++) {
    const record = slots[number];
    if (record === REMOVED_SLOT) {
      ids[number] = null;
      foldedTitles[number] = foldedTexts[number] = outlets[number] = '';
      published[number] = Number.NaN;
      continue;
    }
    const a = articles[record]?.article;
    if (!a) throw new CorruptDataError(`search document ${number} names article record ${record}, which does not exist`);
    ids[number] = a.id;
    foldedTitles[number] = foldedFromDifferences(a.title, differences.subarray(differenceStarts[2 * number], differenceStarts[2 * number + 1]));
    foldedTexts[number] = foldedFromDifferences(a.text, differences.subarray(differenceStarts[2 * number + 1], differenceStarts[2 * number + 2]));
    outlets[number] = a.outlet;
    published[number] = a.published ?? Number.NaN;
    lengths[number] = a.title.length + a.text.length;
  }
  const lists = reader.u32();
  const used = reader.u32();
  const listKeys = reader.int32Array();
  const bytes = reader.bytes().slice();
  const head = reader.int32Array();
  const tail = reader.int32Array();
  const tailEnd = reader.int32Array();
  const postingCount = reader.int32Array();
  const lastDoc = reader.int32Array();
  const level = reader.bytes().slice();
  if (bytes.length !== used || [listKeys, head, tail, tailEnd, postingCount, lastDoc, level].some((array) => array.length !== lists)) {
    throw new CorruptDataError('search posting arrays do not match their sizes');
  }
  return {
    ...header,
    ids,
    foldedTitles,
    foldedTexts,
    differences,
    differenceStarts,
    lengths,
    outlets,
    published,
    index: { listKeys, pool: { lists, used, bytes, head, tail, tailEnd, count: postingCount, lastDoc, level } },
  };
}

function recordNumber(search: SearchEngineState, number: number, recordOf: ReadonlyMap<string, number>, articles: readonly SnapshotArticle[]): number {
  const id = search.ids[number] as string;
  const record = recordOf.get(id);
  const a = record === undefined ? undefined : articles[record].article;
  const { differences, differenceStarts } = search;
  const same =
    a !== undefined &&
    a.outlet === search.outlets[number] &&
    (a.published === undefined ? Number.isNaN(search.published[number]) : a.published === search.published[number]) &&
    a.title === originalFromDifferences(search.foldedTitles[number], differences.subarray(differenceStarts[2 * number], differenceStarts[2 * number + 1])) &&
    a.text === originalFromDifferences(search.foldedTexts[number], differences.subarray(differenceStarts[2 * number + 1], differenceStarts[2 * number + 2]));
  if (record === undefined || !same) throw new Error(`the search index and the article index disagree about ${id}; not saved`);
  return record;
}

/** The bytes of a typed array (a view). */
function raw(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** A block of bytes copied into a fresh, aligned Uint32Array. */
function uint32Array(reader: ByteReader): Uint32Array {
  const ints = reader.int32Array();
  return new Uint32Array(ints.buffer, ints.byteOffset, ints.length);
}
