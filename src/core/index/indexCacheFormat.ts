/**
 * The persistent index's binary format (version {@link INDEX_CACHE_VERSION}):
 *
 *     header   "NCIX" · u32 format version · u32 CRC-32 of everything after the header
 *     strings  u32 count · strings (roots, outlets, formats, mention roles and names, problem reasons)
 *     articles u32 count · per article: id, path, root#, size, mtimeMs, format#, outlet#, published
 *              (NaN = undated), title, url, head image, text (strings length-prefixed UTF-16LE)
 *     mentions Int32Array, 7 per mention: article#, start, end, type, role#, english#, shortForm#
 *              (-1 = none; the surface is the text between start and end), by article#; restored
 *              packed (see `PackedMentions`)
 *     problems u32 count · per problem: file, path, reason#, severity, size, mtimeMs
 *     search   the search engine's state (record numbers, fold differences, raw posting arrays), see `searchStateCodec.ts`
 *
 * Each section is a u32 tag and a u32 byte length before its content. Numbers are little-endian.
 * Reading checks the magic, the version, the checksum and every length: anything else is refused
 * with a reason and the caller rebuilds.
 */
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';
import type { Problem, SourceFormat } from '../model/article';
import { ByteReader, ByteWriter, CorruptDataError } from './binaryCodec';
import type { IndexSnapshot, SnapshotArticle, SnapshotProblem } from './indexSnapshot';
import { ENTITY_TYPES, MENTION_ROW, PackedMentions } from './packedMentions';
import { readSearchState, writeSearchState } from './searchStateCodec';

/** Bump on any change of the layout above; older files are then ignored and rebuilt. */
export const INDEX_CACHE_VERSION = 3;
const MAGIC = 0x5849434e; // "NCIX" little-endian
const HEADER_BYTES = 12;
const NONE = -1;

const enum Section {
  Strings = 1,
  Articles = 2,
  Mentions = 3,
  Problems = 4,
  Search = 5,
}

const FORMATS: readonly SourceFormat[] = ['front-matter', 'feed-dump'];
const SEVERITIES: ReadonlyArray<Problem['severity']> = ['error', 'warning'];

/** Why a cache file was not used. */
export type DecodedIndexCache = { ok: true; snapshot: IndexSnapshot } | { ok: false; reason: string };

/** Encodes a snapshot. Throws when the search state and the articles disagree (nothing is then saved). */
export function encodeIndexCache(snapshot: IndexSnapshot): Uint8Array {
  const strings = new StringTable();
  const body = new ByteWriter(1 << 20);

  const articles = new ByteWriter(1 << 20);
  articles.u32(snapshot.articles.length);
  const mentionInts: number[] = [];
  snapshot.articles.forEach(({ article: a, stamp, mentions }, record) => {
    articles.string(a.id);
    articles.string(a.path);
    articles.u32(strings.id(a.root));
    articles.f64(stamp.size);
    articles.f64(stamp.mtimeMs);
    articles.u8(FORMATS.indexOf(a.format));
    articles.u32(strings.id(a.outlet));
    articles.f64(a.published ?? Number.NaN);
    articles.string(a.title);
    articles.string(a.url ?? '');
    articles.string(a.headImage ?? '');
    articles.string(a.text);
    const push = (start: number, end: number, type: string, role?: string, english?: string, shortForm?: string) =>
      mentionInts.push(record, start, end, ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]), strings.optional(role), strings.optional(english), strings.optional(shortForm));
    if (mentions instanceof PackedMentions) mentions.forEach(push);
    else for (const m of mentions) push(m.start, m.end, m.type, m.role, m.english, m.shortForm);
  });

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
  writeSearchState(search, snapshot.search, snapshot.articles);

  const table = new ByteWriter();
  table.u32(strings.all.length + 1);
  table.string(JSON.stringify(snapshot.roots));
  for (const s of strings.all) table.string(s);

  writeSection(body, Section.Strings, table.finish());
  writeSection(body, Section.Articles, articles.finish());
  writeSection(body, Section.Mentions, new Uint8Array(Int32Array.from(mentionInts).buffer));
  writeSection(body, Section.Problems, problems.finish());
  writeSection(body, Section.Search, search.finish());

  const payload = body.finish();
  const out = new Uint8Array(HEADER_BYTES + payload.byteLength);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_CACHE_VERSION, true);
  view.setUint32(8, checksum(payload), true);
  out.set(payload, HEADER_BYTES);
  return out;
}

/** Decodes a cache file's bytes; a wrong magic, version or checksum, or any inconsistency, gives a reason instead. */
export function decodeIndexCache(bytes: Uint8Array): DecodedIndexCache {
  if (bytes.byteLength < HEADER_BYTES) return { ok: false, reason: 'file too short to be a News Corpus index' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return { ok: false, reason: 'not a News Corpus index file' };
  const version = view.getUint32(4, true);
  if (version !== INDEX_CACHE_VERSION) return { ok: false, reason: `index format version ${version}, this version reads ${INDEX_CACHE_VERSION}` };
  const payload = bytes.subarray(HEADER_BYTES);
  if (checksum(payload) !== view.getUint32(8, true)) return { ok: false, reason: 'checksum mismatch (the file is damaged)' };
  try {
    return { ok: true, snapshot: readPayload(new ByteReader(payload)) };
  } catch (error) {
    return { ok: false, reason: `damaged index: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function readPayload(reader: ByteReader): IndexSnapshot {
  const tableReader = new ByteReader(readSection(reader, Section.Strings));
  const count = tableReader.u32();
  const roots = JSON.parse(tableReader.string()) as string[];
  const table: string[] = [];
  for (let i = 1; i < count; i++) table.push(tableReader.string());
  const str = (id: number): string => {
    if (id >= table.length) throw new CorruptDataError(`string ${id} out of range`);
    return table[id];
  };

  const ar = new ByteReader(readSection(reader, Section.Articles));
  const articles: SnapshotArticle[] = new Array<SnapshotArticle>(ar.u32());
  for (let i = 0; i < articles.length; i++) {
    const id = ar.string();
    const path = ar.string();
    const root = str(ar.u32());
    const stamp = { size: ar.f64(), mtimeMs: ar.f64() };
    const format = FORMATS[ar.u8()];
    const outlet = str(ar.u32());
    const published = ar.f64();
    const title = ar.string();
    const url = ar.string();
    const headImage = ar.string();
    const text = ar.string();
    if (!format) throw new CorruptDataError(`article ${i} has an unknown format`);
    const article = { id, root, path, format, outlet, published: Number.isNaN(published) ? undefined : published, title, url: url || undefined, headImage: headImage || undefined, text };
    articles[i] = { article, stamp, mentions: [] };
  }

  const mentionBytes = readSection(reader, Section.Mentions, true);
  if (mentionBytes.byteLength % (4 * MENTION_ROW) !== 0) throw new CorruptDataError('mention block has a partial entry');
  const rows = new Int32Array(mentionBytes.buffer, mentionBytes.byteOffset, mentionBytes.byteLength / 4);
  const rowCount = rows.length / MENTION_ROW;
  for (let row = 0; row < rowCount; ) {
    const record = rows[row * MENTION_ROW];
    const entry = articles[record];
    if (!entry || (row > 0 && record < rows[(row - 1) * MENTION_ROW])) throw new CorruptDataError(`mention ${row} names article ${record}, out of range or order`);
    const from = row;
    const textLength = entry.article.text.length;
    for (; row < rowCount && rows[row * MENTION_ROW] === record; row++) {
      const k = row * MENTION_ROW;
      const start = rows[k + 1];
      const end = rows[k + 2];
      const type = rows[k + 3];
      if (start < 0 || end < start || end > textLength || !ENTITY_TYPES[type]) throw new CorruptDataError(`mention ${row} is out of range`);
      for (let f = 4; f < MENTION_ROW; f++) if (rows[k + f] !== NONE && !(rows[k + f] >= 0 && rows[k + f] < table.length)) throw new CorruptDataError(`mention ${row} names a missing string`);
    }
    entry.mentions = new PackedMentions(entry.article.text, rows, from, row, table);
  }

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

  const search = readSearchState(new ByteReader(readSection(reader, Section.Search)), articles);
  if (reader.remaining !== 0) throw new CorruptDataError('unexpected bytes after the last section');
  return { roots, articles, problems, search };
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

/** CRC-32 of the bytes (zlib's, available from Node 20.15; a SHA-1 prefix before that). */
function checksum(bytes: Uint8Array): number {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc32) return crc32(bytes) >>> 0;
  return createHash('sha1').update(bytes).digest().readUInt32LE(0);
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
