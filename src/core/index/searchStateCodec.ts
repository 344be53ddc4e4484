/**
 * Writes the search engine's serialized state (`SearchEngine.toJSON()`) into the persistent index
 * without repeating the article texts: each document becomes the number of the article record it
 * came from, base64 posting arrays are stored as raw bytes, and the remaining small fields as JSON.
 * The only file that knows the `SerializedSearchIndex` shape; everything it does not know is kept
 * as JSON, so a change of that shape still round-trips (less compactly).
 */
import type { SerializedSearchIndex } from '../search';
import { CorruptDataError, type ByteReader, type ByteWriter } from './binaryCodec';
import type { SnapshotArticle } from './indexSnapshot';

type SerializedDocument = SerializedSearchIndex['documents'][number];

/** Marks a removed document slot in the document map. */
const REMOVED_SLOT = -1;
const VALUE_NUMBER = 0;
const VALUE_BASE64 = 1;
const VALUE_JSON = 2;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Writes `search`, whose documents must be exactly `articles` (by id, title, text, outlet and date). */
export function writeSearchState(writer: ByteWriter, search: SerializedSearchIndex, articles: readonly SnapshotArticle[]): void {
  const recordOf = new Map<string, number>();
  articles.forEach((entry, i) => recordOf.set(entry.article.id, i));
  const slots = new Int32Array(search.documents.length);
  search.documents.forEach((document, number) => {
    slots[number] = document ? recordNumber(document, recordOf, articles) : REMOVED_SLOT;
  });
  const { documents: _documents, postings, ...rest } = search;
  writer.string(JSON.stringify(rest));
  writer.bytes(new Uint8Array(slots.buffer));
  const keys = Object.keys(postings) as Array<keyof typeof postings>;
  writer.u32(keys.length);
  for (const key of keys) {
    const value: unknown = postings[key];
    writer.string(key);
    if (typeof value === 'number') {
      writer.u8(VALUE_NUMBER);
      writer.f64(value);
    } else if (typeof value === 'string' && BASE64.test(value)) {
      writer.u8(VALUE_BASE64);
      writer.bytes(Buffer.from(value, 'base64'));
    } else {
      writer.u8(VALUE_JSON);
      writer.string(JSON.stringify(value));
    }
  }
}

/** Reads what {@link writeSearchState} wrote, taking the documents' texts from `articles`. */
export function readSearchState(reader: ByteReader, articles: readonly SnapshotArticle[]): SerializedSearchIndex {
  const rest = JSON.parse(reader.string()) as Omit<SerializedSearchIndex, 'documents' | 'postings'>;
  const slots = reader.int32Array();
  const documents: SerializedDocument[] = new Array<SerializedDocument>(slots.length);
  for (let number = 0; number < slots.length; number++) {
    const record = slots[number];
    if (record === REMOVED_SLOT) {
      documents[number] = null;
      continue;
    }
    const a = articles[record]?.article;
    if (!a) throw new CorruptDataError(`search document ${number} names article record ${record}, which does not exist`);
    documents[number] = [a.id, a.title, a.text, a.outlet, a.published ?? null];
  }
  const postings: Record<string, unknown> = {};
  const count = reader.u32();
  for (let i = 0; i < count; i++) {
    const key = reader.string();
    const kind = reader.u8();
    if (kind === VALUE_NUMBER) postings[key] = reader.f64();
    else if (kind === VALUE_BASE64) postings[key] = Buffer.from(reader.bytes()).toString('base64');
    else if (kind === VALUE_JSON) postings[key] = JSON.parse(reader.string()) as unknown;
    else throw new CorruptDataError(`unknown value kind ${kind} in the search state`);
  }
  return { ...rest, documents, postings: postings as SerializedSearchIndex['postings'] };
}

function recordNumber(document: NonNullable<SerializedDocument>, recordOf: ReadonlyMap<string, number>, articles: readonly SnapshotArticle[]): number {
  const [id, title, text, outlet, published] = document;
  const record = recordOf.get(id);
  const a = record === undefined ? undefined : articles[record].article;
  if (record === undefined || !a || a.title !== title || a.text !== text || a.outlet !== outlet || (a.published ?? null) !== published) {
    throw new Error(`the search index and the article index disagree about ${id}; not saved`);
  }
  return record;
}
