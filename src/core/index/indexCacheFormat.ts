/**
 * The persistent index's binary format (version {@link INDEX_CACHE_VERSION}). Large parts first,
 * streamed; then the small parts, which are all that is read on start:
 *
 *     header   "NCIX" · u32 format version · u32 CRC-32 of the metadata · u32 CRC-32 of the blobs
 *              · f64 position of the metadata · f64 its length                      (32 bytes)
 *     blobs    each search document's text record, then each posting list's run (see
 *              `searchStateCodec.ts`), then the mention rows; read when a query or the names need them
 *     metadata sections, each a u32 tag and a u32 byte length before its content:
 *       strings  u32 count · JSON { roots, recognizerVersion } · strings (outlets, mention surfaces,
 *                roles and names, problem reasons); another recognizer version: not used
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
import { ByteReader, ByteWriter, CorruptDataError } from './binaryCodec';
import { Checksum, checksumOf } from './checksum';
import type { IndexSnapshot, IndexSnapshotToSave, SnapshotProblem } from './indexSnapshot';
import { ENTITY_TYPES, MENTION_ROW, MentionPool, PackedMentions } from './packedMentions';
import { foldedTitlesByRecord, readSearchState, searchSlots, writeSearchBlobs, writeSearchState } from './searchStateCodec';
import { RECOGNIZER_VERSION } from '../entities';
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

/** Where the writer puts the file's bytes: appended in order, then the header overwritten at 0. */
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
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = async (): Promise<void> => {
    if (pendingBytes === 0) return;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    blobSum.update(chunk);
    await sink.append(chunk);
  };
  const append = async (bytes: Uint8Array): Promise<number> => {
    const at = position;
    position += bytes.length;
    pending.push(bytes.slice()); // a copy: sources may reuse their buffers
    pendingBytes += bytes.length;
    if (pendingBytes >= WRITE_CHUNK) await flush();
    return at;
  };
  const blobs = await writeSearchBlobs(snapshot.search, append);
  const strings = new StringTable();
  const mentions = await writeMentionRows(snapshot, strings, append);
  await flush();
  const metadata = encodeMetadata(snapshot, blobs, mentions, strings);
  await sink.append(metadata);
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_CACHE_VERSION, true);
  view.setUint32(8, checksumOf(metadata), true);
  view.setUint32(12, blobSum.value(), true);
  view.setFloat64(16, position, true);
  view.setFloat64(24, metadata.length, true);
  await sink.overwrite(0, header);
  return position + metadata.length;
}

/** Encodes a snapshot in memory (tests, small corpora). */
export async function encodeIndexCache(snapshot: IndexSnapshotToSave): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeIndexCacheTo(
    {
      append: async (bytes) => void chunks.push(bytes.slice()),
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
    const metadata = source.read(layout.metadataPosition, layout.metadataLength);
    if (checksumOf(metadata) !== layout.metadataChecksum) return { ok: false, reason: 'checksum mismatch (the file is damaged)' };
    if (options.verifyBlobs && !verifyIndexBlobs(source, size)) return { ok: false, reason: 'checksum mismatch (the file is damaged)' };
    const blobs = new BlobRegion(source, HEADER_BYTES, layout.metadataPosition);
    return { ok: true, snapshot: readMetadata(new ByteReader(metadata), blobs) };
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
  if (typeof range === 'string') return false;
  const sum = new Checksum();
  for (let at = range.start; at < range.end; at += VERIFY_CHUNK) sum.update(source.read(at, Math.min(VERIFY_CHUNK, range.end - at)));
  return sum.value() === range.checksum;
}

/** Bytes read at a time when verifying. */
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
  for (let record = 0; record < snapshot.articles.length; record++) {
    starts[record] = rows;
    const { mentions } = snapshot.articles[record];
    const ints = new Int32Array(mentions.length * MENTION_ROW);
    let k = 0;
    const push = (start: number, end: number, type: string, surface: string, role?: string, english?: string, shortForm?: string): void => {
      ints.set([record, start, end, ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]), strings.id(surface), strings.optional(role), strings.optional(english), strings.optional(shortForm)], k);
      k += MENTION_ROW;
    };
    if (mentions instanceof PackedMentions) mentions.forEach(push);
    else for (const m of mentions) push(m.start, m.end, m.type, m.surface, m.role, m.english, m.shortForm);
    const at = await append(new Uint8Array(ints.buffer));
    if (position < 0) position = at;
    rows += mentions.length;
  }
  starts[snapshot.articles.length] = rows;
  if (position < 0) position = await append(new Uint8Array(0));
  return { position, starts };
}

function encodeMetadata(snapshot: IndexSnapshotToSave, blobs: Parameters<typeof writeSearchState>[2], mentionRows: MentionRows, strings: StringTable): Uint8Array {
  const body = new ByteWriter(1 << 20);

  const slots = searchSlots(snapshot.search, snapshot.articles);
  const articles = new ByteWriter(1 << 20);
  encodeArticleRecords(articles, snapshot.articles, foldedTitlesByRecord(snapshot.search, slots, snapshot.articles.length), strings);
  const mentions = new ByteWriter();
  mentions.f64(mentionRows.position);
  mentions.bytes(new Uint8Array(mentionRows.starts.buffer));

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

  const search = new ByteWriter(1 << 20);
  writeSearchState(search, snapshot.search, blobs, slots);

  const table = new ByteWriter();
  table.u32(strings.all.length + 1);
  table.string(JSON.stringify({ roots: snapshot.roots, recognizerVersion: RECOGNIZER_VERSION }));
  for (const s of strings.all) table.string(s);

  writeSection(body, Section.Strings, table.finish());
  writeSection(body, Section.Articles, articles.finish());
  writeSection(body, Section.Mentions, mentions.finish());
  writeSection(body, Section.Problems, problems.finish());
  writeSection(body, Section.Search, search.finish());
  return body.finish();
}

function readMetadata(reader: ByteReader, blobs: BlobRegion): IndexSnapshot {
  const tableReader = new ByteReader(readSection(reader, Section.Strings));
  const count = tableReader.u32();
  const made = JSON.parse(tableReader.string()) as { roots?: unknown; recognizerVersion?: unknown };
  if (made.recognizerVersion !== RECOGNIZER_VERSION) throw new StaleIndexError('made with another version of the name recognizer');
  if (!Array.isArray(made.roots) || !made.roots.every((root) => typeof root === 'string')) throw new CorruptDataError('bad corpus folder list');
  const roots = made.roots as string[];
  const table: string[] = [];
  for (let i = 1; i < count; i++) table.push(tableReader.string());
  const str = (id: number): string => {
    if (id >= table.length) throw new CorruptDataError(`string ${id} out of range`);
    return table[id];
  };

  const records = new ArticleRecords(new ByteReader(readSection(reader, Section.Articles)), table);

  const mr = new ByteReader(readSection(reader, Section.Mentions));
  const rowsAt = mr.f64();
  const starts = mr.int32Array();
  const rowCount = starts[records.count];
  if (starts.length !== records.count + 1 || !(rowsAt >= blobs.start && rowsAt + rowCount * MENTION_ROW * 4 <= blobs.end)) throw new CorruptDataError('mention rows out of range');
  for (let record = 0; record < records.count; record++) {
    if (starts[record] > starts[record + 1] || starts[record] < 0) throw new CorruptDataError(`mention rows of article ${record} out of order`);
  }
  // The rows stay in the file: an article's are read (and checked) when its mentions are asked for.
  records.setMentions(MentionPool.inSource(blobs, rowsAt, table, records.textLengths), starts);

  const pr = new ByteReader(readSection(reader, Section.Problems));
  const problems: SnapshotProblem[] = new Array<SnapshotProblem>(pr.u32());
  for (let i = 0; i < problems.length; i++) {
    const file = pr.string();
    const path = pr.string();
    const reason = str(pr.u32());
    const severity = SEVERITIES[pr.u8()];
    if (!severity) throw new CorruptDataError(`problem ${i} has an unknown severity`);
    problems[i] = { problem: { file, path, reason, severity }, stamp: { size: pr.f64(), mtimeMs: pr.f64() } };
  }

  const search = readSearchState(new ByteReader(readSection(reader, Section.Search)), records, blobs);
  if (reader.remaining !== 0) throw new CorruptDataError('unexpected bytes after the last section');
  return { roots, articles: records.entries(), records, problems, search };
}

function writeSection(writer: ByteWriter, tag: Section, content: Uint8Array): void {
  writer.u32(tag);
  writer.bytes(content);
}

/** The content of the next section, which must carry `tag`; `aligned` copies it so typed arrays can view it. */
function readSection(reader: ByteReader, tag: Section, aligned = false): Uint8Array {
  const found = reader.u32();
  if (found !== tag) throw new CorruptDataError(`expected section ${tag}, found ${found}`);
  const content = reader.bytes();
  return aligned ? new Uint8Array(content) : content;
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
