/**
 * The persistent index's binary format (version {@link INDEX_CACHE_VERSION}). Large parts first,
 * streamed; then the small parts, which are all that is read on start:
 *
 *     header   "NCIX" · u32 format version · u32 CRC-32 of the metadata · u32 CRC-32 of the blobs
 *              · f64 position of the metadata · f64 its length                      (32 bytes)
 *     blobs    each search document's text record, then each posting list's run (see
 *              `searchStateCodec.ts`), then the mention rows; read when a query or the names need them
 *     metadata sections, each a u32 tag and a u32 byte length before its content:
 *       strings  u32 count · JSON { roots, recognizerVersion, readerVersion } · strings (outlets,
 *                mention surfaces, roles and names, problem reasons); another recognizer or reader
 *                version (none: 1): not used
 *       articles the article records, column by column, their strings in one pool (see `articleRecords.ts`)
 *       mentions f64 position of the mention rows (in the blobs: Int32Array, 8 per mention: article#,
 *                start, end, type, surface#, role#, english#, shortForm# (-1 = none), by article#) ·
 *                Int32Array first row of each article (and the row count); read per article when asked
 *                for, checked then (see `PackedMentions`)
 *       problems u32 count · per problem: file, path, reason#, severity, size, mtimeMs
 *       search   where the blobs are and the search engine's small parts, see `searchStateCodec.ts`
 *
 * Numbers are little-endian, strings length-prefixed UTF-16LE. Reading checks the magic, the
 * version, the metadata's checksum and every length and position: anything else is refused with a
 * reason and the caller rebuilds. The blobs' checksum is checked by {@link verifyIndexBlobs}, which
 * reads the whole file: callers run it after starting (a damaged file is then rebuilt).
 */
import { MemoryByteSource, type ByteSource } from '../search';
import { ArticleRecords, encodeArticleRecords } from './articleRecords';
import { ByteWriter, CorruptDataError, SourceReader, type BlockReader, type TextPart, type WriterPart } from './binaryCodec';
import { Checksum } from './checksum';
import type { IndexSnapshot, IndexSnapshotToSave, SnapshotProblem } from './indexSnapshot';
import { ENTITY_TYPES, MENTION_ROW, MentionPool, PackedMentions } from './packedMentions';
import { foldedTitlesByRecord, readSearchState, searchSlots, writeSearchBlobs, writeSearchState, type SearchBlobs } from './searchStateCodec';
import { RECOGNIZER_VERSION } from '../entities';
import { READER_VERSION } from '../readerVersion';
import type { Problem } from '../model/article';

/** An index this version could read but should not use (its content was made by other rules). */
class StaleIndexError extends Error {}

/** Bump on any change of the layout above; older files are then ignored and rebuilt. */
export const INDEX_CACHE_VERSION = 7;
const MAGIC = 0x5849434e; // "NCIX" little-endian
export const HEADER_BYTES = 32;
const NONE = -1;
/** Blob bytes gathered before one write. */
const WRITE_CHUNK = 1 << 20;
/** The buffer blobs are gathered in, reused by every write (one allocation instead of one per blob or write). */
let idleChunk: Buffer | undefined;

const enum Section {
  Strings = 1,
  Articles = 2,
  Mentions = 3,
  Problems = 4,
  Search = 5,
}

const SEVERITIES: ReadonlyArray<Problem['severity']> = ['error', 'warning'];

/** Why a cache file was not used. */
export type DecodedIndexCache = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string };

/**
 * Where the writer puts the file's bytes: appended in order, then the header overwritten at 0.
 * The bytes given are valid during the call only (the writer reuses its buffer once it resolves).
 */
export interface IndexSink {
  append(bytes: Uint8Array): Promise<void>;
  overwrite(position: number, bytes: Uint8Array): Promise<void>;
}

/**
 * Writes a snapshot through `sink`; returns the byte count. Throws when the search engine and the
 * articles disagree, or the engine changed while its blobs were streamed (nothing usable is then written).
 */
export async function writeIndexCacheTo(sink: IndexSink, snapshot: IndexSnapshotToSave): Promise<number> {
  await sink.append(new Uint8Array(HEADER_BYTES));
  let position = HEADER_BYTES;
  const blobSum = new Checksum();
  const metadataSum = new Checksum();
  /** What the bytes appended go into: the blobs', then the metadata's. */
  let sum = blobSum;
  // Bytes are copied into one chunk as they come (sources may reuse their buffers), written when it is full.
  const chunk = idleChunk ?? Buffer.allocUnsafe(WRITE_CHUNK);
  idleChunk = undefined;
  let filled = 0;
  const flush = async (): Promise<void> => {
    if (filled === 0) return;
    const bytes = chunk.subarray(0, filled);
    sum.update(bytes);
    await sink.append(bytes);
    filled = 0;
  };
  const append = async (bytes: Uint8Array): Promise<number> => {
    const at = position;
    position += bytes.length;
    const room = WRITE_CHUNK - filled;
    if (bytes.length <= room) {
      chunk.set(bytes, filled);
      filled += bytes.length;
      if (filled === WRITE_CHUNK) await flush();
      return at;
    }
    // What does not fit is copied before waiting for the write: `bytes` may be a view of a buffer
    // that its source reuses (e.g. for a query reading the index file meanwhile).
    chunk.set(bytes.subarray(0, room), filled);
    filled = WRITE_CHUNK;
    const rest = new Uint8Array(bytes.subarray(room));
    await flush();
    for (let from = 0; from < rest.length; ) {
      const count = Math.min(rest.length - from, WRITE_CHUNK - filled);
      chunk.set(rest.subarray(from, from + count), filled);
      filled += count;
      from += count;
      if (filled === WRITE_CHUNK) await flush();
    }
    return at;
  };
  /** Appends the strings' bytes, encoded straight into the chunk. */
  const appendTexts = async ({ strings, encoding, byteLength }: TextPart): Promise<void> => {
    const unit = encoding === 'latin1' ? 1 : 2;
    let written = 0;
    for (const value of strings) {
      for (let from = 0; from < value.length; ) {
        let count = Math.min(value.length - from, Math.floor((WRITE_CHUNK - filled) / unit));
        if (count === 0) {
          await flush();
          count = Math.min(value.length - from, WRITE_CHUNK / unit);
        }
        const bytes = count * unit;
        chunk.write(count === value.length ? value : value.slice(from, from + count), filled, bytes, encoding);
        filled += bytes;
        written += bytes;
        from += count;
      }
    }
    if (written !== byteLength) throw new Error('a string pool does not have the length it was given');
    position += written;
  };
  let metadataAt: number;
  try {
    const blobs = await writeSearchBlobs(snapshot.search, append);
    const strings = new StringTable();
    const mentions = await writeMentionRows(snapshot, strings, append);
    await flush();
    sum = metadataSum;
    metadataAt = position;
    const parts = encodeMetadata(snapshot, blobs, mentions, strings);
    for (const part of parts) {
      if (part instanceof Uint8Array) await append(part);
      else await appendTexts(part);
    }
    await flush();
  } finally {
    idleChunk = chunk;
  }
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_CACHE_VERSION, true);
  view.setUint32(8, metadataSum.value(), true);
  view.setUint32(12, blobSum.value(), true);
  view.setFloat64(16, metadataAt, true);
  view.setFloat64(24, position - metadataAt, true);
  await sink.overwrite(0, header);
  return position;
}

/** Encodes a snapshot in memory (tests, small corpora). */
export async function encodeIndexCache(snapshot: IndexSnapshotToSave): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeIndexCacheTo(
    {
      append: async (bytes) => void chunks.push(new Uint8Array(bytes)), // a copy: the writer reuses its buffer
      overwrite: async (position, bytes) => chunks[0].set(bytes, position),
    },
    snapshot,
  );
  return Buffer.concat(chunks);
}

/** The layout read from a header. */
interface Layout {
  metadataChecksum: number;
  blobChecksum: number;
  metadataPosition: number;
  metadataLength: number;
}

/**
 * Decodes an index whose bytes `source` gives (`size` of them). The snapshot's search state reads
 * its texts and postings from `source` later: keep it open while the snapshot is in use. With
 * `verifyBlobs`, the blobs' checksum is checked now (reading everything).
 */
export function decodeIndexCache(source: ByteSource, size: number, options: { verifyBlobs?: boolean } = {}): DecodedIndexCache {
  try {
    const layout = readLayout(source, size);
    if (typeof layout === 'string') return { ok: false, reason: layout };
    const { metadataPosition: at, metadataLength: length } = layout;
    if (checksumOfRange(source, at, at + length) !== layout.metadataChecksum) return { ok: false, reason: 'checksum mismatch (the file is damaged)' };
    if (options.verifyBlobs && !verifyIndexBlobs(source, size)) return { ok: false, reason: 'checksum mismatch (the file is damaged)' };
    const blobs = new BlobRegion(source, HEADER_BYTES, at);
    // Read a block at a time, straight into the arrays kept (the metadata is never in memory whole).
    return { ok: true, snapshot: readMetadata(new SourceReader(source, at, at + length), blobs) };
  } catch (error) {
    if (error instanceof StaleIndexError) return { ok: false, reason: error.message };
    return { ok: false, reason: `damaged index: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Decodes an index held in memory, checking everything (tests, small corpora). */
export function decodeIndexBytes(bytes: Uint8Array): DecodedIndexCache {
  return decodeIndexCache(new MemoryByteSource(bytes), bytes.byteLength, { verifyBlobs: true });
}

/** True when the blobs of the index in `source` match their checksum (reads them all). */
export function verifyIndexBlobs(source: ByteSource, size: number): boolean {
  const range = blobRange(source, size);
  return typeof range !== 'string' && checksumOfRange(source, range.start, range.end) === range.checksum;
}

/** Bytes checksummed at a time (read into the buffer the file source reuses). */
const CHECKSUM_PIECE = 1 << 20;

/** The checksum of bytes `start`…`end` of `source`. */
function checksumOfRange(source: ByteSource, start: number, end: number): number {
  const sum = new Checksum();
  for (let at = start; at < end; at += CHECKSUM_PIECE) sum.update(source.read(at, Math.min(CHECKSUM_PIECE, end - at)));
  return sum.value();
}

/** Bytes read at a time when verifying a file (see `verifyIndexCache`). */
export const VERIFY_CHUNK = 4 << 20;

/** Where the blobs of the index in `source` are and their checksum, or why it is not an index. */
export function blobRange(source: ByteSource, size: number): { start: number; end: number; checksum: number } | string {
  const layout = readLayout(source, size);
  return typeof layout === 'string' ? layout : { start: HEADER_BYTES, end: layout.metadataPosition, checksum: layout.blobChecksum };
}

/** The header's layout, or why the bytes are not an index this version reads. */
function readLayout(source: ByteSource, size: number): Layout | string {
  if (size < HEADER_BYTES) return 'file too short to be a News Corpus index';
  const header = source.read(0, HEADER_BYTES);
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return 'not a News Corpus index file';
  const version = view.getUint32(4, true);
  if (version !== INDEX_CACHE_VERSION) return `index format version ${version}, this version reads ${INDEX_CACHE_VERSION}`;
  const layout = { metadataChecksum: view.getUint32(8, true), blobChecksum: view.getUint32(12, true), metadataPosition: view.getFloat64(16, true), metadataLength: view.getFloat64(24, true) };
  const { metadataPosition: at, metadataLength: length } = layout;
  if (!Number.isInteger(at) || !Number.isInteger(length) || at < HEADER_BYTES || length < 0 || at + length !== size) return 'damaged index: the file is truncated or has a bad header';
  return layout;
}

/** The blob region of an index: reads outside it are refused. */
class BlobRegion implements ByteSource {
  constructor(
    private readonly source: ByteSource,
    readonly start: number,
    readonly end: number,
  ) {}

  read(position: number, length: number): Uint8Array {
    if (!(position >= this.start && length >= 0 && position + length <= this.end)) throw new CorruptDataError(`bytes ${position}…${position + length} are outside the index's blobs`);
    return this.source.read(position, length);
  }

  close(): void {
    this.source.close?.();
  }
}

/** Where the mention rows were written: their position, and each article's first row (one more at the end: the row count). */
interface MentionRows {
  position: number;
  starts: Int32Array;
}

/** Streams every article's mention rows (see the layout above) through `append`, article by article. */
async function writeMentionRows(snapshot: IndexSnapshotToSave, strings: StringTable, append: (bytes: Uint8Array) => Promise<number>): Promise<MentionRows> {
  const starts = new Int32Array(snapshot.articles.length + 1);
  let position = -1;
  let rows = 0;
  // One article's rows at a time, in a buffer reused for every article (the writer copies them).
  let ints = new Int32Array(MENTION_ROW * 256);
  let k = 0;
  let record = 0;
  const push = (start: number, end: number, type: string, surface: string, role?: string, english?: string, shortForm?: string): void => {
    ints[k] = record;
    ints[k + 1] = start;
    ints[k + 2] = end;
    ints[k + 3] = ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
    ints[k + 4] = strings.id(surface);
    ints[k + 5] = strings.optional(role);
    ints[k + 6] = strings.optional(english);
    ints[k + 7] = strings.optional(shortForm);
    k += MENTION_ROW;
  };
  for (; record < snapshot.articles.length; record++) {
    starts[record] = rows;
    const { mentions } = snapshot.articles[record];
    if (mentions.length * MENTION_ROW > ints.length) ints = new Int32Array(mentions.length * MENTION_ROW * 2);
    k = 0;
    if (mentions instanceof PackedMentions) mentions.forEach(push);
    else for (const m of mentions) push(m.start, m.end, m.type, m.surface, m.role, m.english, m.shortForm);
    const at = await append(new Uint8Array(ints.buffer, 0, k * 4));
    if (position < 0) position = at;
    rows += mentions.length;
  }
  starts[snapshot.articles.length] = rows;
  if (position < 0) position = await append(new Uint8Array(0));
  return { position, starts };
}

/** The metadata (see the layout above), as parts to write one after another (the large arrays by reference, not copied). */
function encodeMetadata(snapshot: IndexSnapshotToSave, blobs: SearchBlobs, mentionRows: MentionRows, strings: StringTable): WriterPart[] {
  const slots = searchSlots(snapshot.search, snapshot.articles);
  const articles = new ByteWriter();
  encodeArticleRecords(articles, snapshot.articles, foldedTitlesByRecord(snapshot.search, slots, snapshot.articles.length), strings);
  const mentions = new ByteWriter();
  mentions.f64(mentionRows.position);
  mentions.block(new Uint8Array(mentionRows.starts.buffer));

  const problems = new ByteWriter();
  problems.u32(snapshot.problems.length);
  for (const { problem, stamp } of snapshot.problems) {
    problems.string(problem.file);
    problems.string(problem.path);
    problems.u32(strings.id(problem.reason));
    problems.u8(SEVERITIES.indexOf(problem.severity));
    problems.f64(stamp.size);
    problems.f64(stamp.mtimeMs);
  }

  const search = new ByteWriter();
  writeSearchState(search, snapshot.search, blobs, slots);

  const table = new ByteWriter();
  table.u32(strings.all.length + 1);
  table.string(JSON.stringify({ roots: snapshot.roots, recognizerVersion: RECOGNIZER_VERSION, readerVersion: READER_VERSION }));
  for (const s of strings.all) table.string(s);

  const body: WriterPart[] = [];
  writeSection(body, Section.Strings, table);
  writeSection(body, Section.Articles, articles);
  writeSection(body, Section.Mentions, mentions);
  writeSection(body, Section.Problems, problems);
  writeSection(body, Section.Search, search);
  return body;
}

function readMetadata(reader: BlockReader, blobs: BlobRegion): IndexSnapshot {
  const tableReader = readSection(reader, Section.Strings);
  const count = tableReader.u32();
  const made = JSON.parse(tableReader.string()) as { roots?: unknown; recognizerVersion?: unknown; readerVersion?: unknown };
  if (made.recognizerVersion !== RECOGNIZER_VERSION) throw new StaleIndexError('made with another version of the name recognizer');
  if ((made.readerVersion ?? 1) !== READER_VERSION) throw new StaleIndexError('made with another version of the article reader (formats, cleaning)');
  if (!Array.isArray(made.roots) || !made.roots.every((root) => typeof root === 'string')) throw new CorruptDataError('bad corpus folder list');
  const roots = made.roots as string[];
  const table: string[] = [];
  for (let i = 1; i < count; i++) table.push(tableReader.string());
  const str = (id: number): string => {
    if (id >= table.length) throw new CorruptDataError(`string ${id} out of range`);
    return table[id];
  };

  const records = new ArticleRecords(readSection(reader, Section.Articles), table);

  const mr = readSection(reader, Section.Mentions);
  const rowsAt = mr.f64();
  const starts = mr.int32Array();
  const rowCount = starts[records.count];
  if (starts.length !== records.count + 1 || !(rowsAt >= blobs.start && rowsAt + rowCount * MENTION_ROW * 4 <= blobs.end)) throw new CorruptDataError('mention rows out of range');
  for (let record = 0; record < records.count; record++) {
    if (starts[record] > starts[record + 1] || starts[record] < 0) throw new CorruptDataError(`mention rows of article ${record} out of order`);
  }
  // The rows stay in the file: an article's are read (and checked) when its mentions are asked for.
  records.setMentions(MentionPool.inSource(blobs, rowsAt, table, records.textLengths, rowCount), starts);

  const pr = readSection(reader, Section.Problems);
  const problems: SnapshotProblem[] = new Array<SnapshotProblem>(pr.u32());
  for (let i = 0; i < problems.length; i++) {
    const file = pr.string();
    const path = pr.string();
    const reason = str(pr.u32());
    const severity = SEVERITIES[pr.u8()];
    if (!severity) throw new CorruptDataError(`problem ${i} has an unknown severity`);
    problems[i] = { problem: { file, path, reason, severity }, stamp: { size: pr.f64(), mtimeMs: pr.f64() } };
  }

  const search = readSearchState(readSection(reader, Section.Search), records, blobs);
  if (reader.remaining !== 0) throw new CorruptDataError('unexpected bytes after the last section');
  return { roots, articles: records.entries(), records, problems, search };
}

/** Appends to `body` a section: its tag and length, then its content (the writer's parts). */
function writeSection(body: WriterPart[], tag: Section, content: ByteWriter): void {
  const head = Buffer.allocUnsafe(8);
  head.writeUInt32LE(tag, 0);
  head.writeUInt32LE(content.size, 4);
  body.push(head, ...content.parts());
}

/** The content of the next section, which must carry `tag`. */
function readSection(reader: BlockReader, tag: Section): BlockReader {
  const found = reader.u32();
  if (found !== tag) throw new CorruptDataError(`expected section ${tag}, found ${found}`);
  return reader.block();
}

/** Strings stored once, referred to by number. */
class StringTable {
  readonly all: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.all.length;
      this.all.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  optional(value: string | undefined): number {
    return value === undefined ? NONE : this.id(value);
  }
}
