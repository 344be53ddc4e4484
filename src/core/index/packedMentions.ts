import type { EntityType, Mention } from '../entities';
import type { ByteSource } from '../search';
import { CorruptDataError } from './binaryCodec';

/** Ints per mention row in the persistent index: article#, start, end, type#, surface#, role#, english#, shortForm# (-1 = none). */
export const MENTION_ROW = 8;
/** Ints per mention row in a {@link MentionPool}: the same layout (so a pool can use the index's rows as they are). */
const POOL_ROW = MENTION_ROW;
const ROW_BYTES = POOL_ROW * 4;
/** How much of the persistent index's mention rows a scan reads at a time. */
const READ_AHEAD_BYTES = 1 << 20;

/** Where a {@link MentionPool}'s rows are when they stay in the persistent index. */
interface RowSource {
  bytes: ByteSource;
  position: number;
  /** Each article record's text length (rows are checked against it). */
  textLengths: Int32Array;
  /** Rows in the index (bounds reading ahead; none read ahead without it). */
  rowCount?: number;
}
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org'];
const NONE = -1;

/**
 * Rows in one chunk of a {@link MentionPool}: 32 MB, so that the allocator maps each chunk by
 * itself (its pages resident only once used) and unmaps it when freed, rather than leave it in
 * its heap (where a freed chunk could not be given back).
 */
const CHUNK_ROWS = 1 << 20;
/** Rows of the first chunk (a small corpus needs no more); the next ones are full chunks. */
const FIRST_ROWS = 1 << 11;

/**
 * Many articles' entity mentions as rows of integers, with one string table (surfaces, roles,
 * English names: they repeat across articles). A corpus adds every article's mentions to one
 * pool; a pool restored from the persistent index holds the rows read from it. A few integers a
 * mention instead of an object and its strings.
 *
 * Rows are numbered across the pool's chunks (Int32Arrays of `chunkRows` rows, the first one
 * smaller: nothing is copied or freed while the pool grows); one article's rows never straddle two chunks.
 */
export class MentionPool {
  /** By chunk number (row `r` is in chunk `r >> shift`); an article larger than a chunk has a chunk of its own, listed under every chunk number it covers. */
  private readonly chunks: Int32Array[] = [];
  /** By chunk number: the row number at which that chunk's array starts. */
  private readonly chunkStarts: number[] = [];
  /** The next row number to use. */
  private next = 0;
  /** For a pool read from the persistent index: the buffer rows are read into, when not in use. */
  private scratch: Int32Array | undefined;
  /** Rows added. */
  private added = 0;
  private readonly chunkRows: number;
  private readonly shift: number;
  private readonly strings: string[];
  private readonly stringIds = new Map<string, number>();
  /**
   * Where the rows are when they stay in the persistent index (read per article), each article record's text length
   * (rows are checked against it), and how many rows there are (bounds reading ahead).
   */
  private readonly source: RowSource | undefined;
  /** Rows of the persistent index read ahead for a scan (see `sourceBytes`): rows `from` to `to`, in `bytes`. */
  private ahead: { from: number; to: number; bytes: Uint8Array } | undefined;
  /** Where the last rows read from the persistent index ended: a read that starts there is part of a scan. */
  private lastReadEnd = -1;

  /** `chunkRows`: a power of two (tests use small ones). */
  constructor(options: { strings?: string[]; source?: RowSource; chunkRows?: number } = {}) {
    this.chunkRows = options.chunkRows ?? CHUNK_ROWS;
    this.shift = Math.log2(this.chunkRows);
    if (!Number.isInteger(this.shift)) throw new RangeError('the rows of a mention pool chunk must be a power of two');
    this.strings = options.strings ?? [];
    this.source = options.source;
    if (!this.source) this.strings.forEach((value, id) => this.stringIds.set(value, id));
  }

  /**
   * A read-only pool whose rows stay in the persistent index at `position` (read per article, or a
   * window at a time when articles are read in row order: `rowCount` bounds that; checked then
   * against the article's record number and `textLengths[record]`).
   */
  static inSource(bytes: ByteSource, position: number, strings: string[], textLengths: Int32Array, rowCount?: number): MentionPool {
    return new MentionPool({ strings, source: { bytes, position, textLengths, rowCount } });
  }

  /** Rows in use (removed articles' rows included until the pool is rebuilt). */
  get rowCount(): number {
    return this.added;
  }

  /** Adds mentions; returns their packed form. */
  pack(mentions: readonly Mention[]): PackedMentions {
    if (this.source) throw new Error('a pool read from the persistent index takes no new mentions');
    const count = mentions.length;
    const from = this.reserve(count);
    const r = this.chunks[from >> this.shift];
    let k = (from - this.chunkStarts[from >> this.shift]) * POOL_ROW;
    for (const m of mentions) {
      r[k] = 0; // the article's record number in the persistent index; unused here
      r[k + 1] = m.start;
      r[k + 2] = m.end;
      r[k + 3] = ENTITY_TYPES.indexOf(m.type);
      r[k + 4] = this.id(m.surface);
      r[k + 5] = this.optional(m.role);
      r[k + 6] = this.optional(m.english);
      r[k + 7] = this.optional(m.shortForm);
      k += POOL_ROW;
    }
    this.added += count;
    return new PackedMentions(this, from, from + count);
  }

  /** Room for `count` rows in one chunk; returns the first row's number. */
  private reserve(count: number): number {
    const chunks = this.chunks;
    let from = this.next;
    if (count === 0) return from;
    let index = from >> this.shift;
    if (index < chunks.length) {
      if ((from - this.chunkStarts[index] + count) * POOL_ROW <= chunks[index].length) {
        this.next = from + count;
        return from;
      }
      index = chunks.length;
      from = index * this.chunkRows;
    }
    // A new chunk: the first one small, the others full size (an article larger than that gets a chunk of its own).
    const spans = Math.max(1, Math.ceil(count / this.chunkRows));
    const rows = index === 0 && count <= FIRST_ROWS ? Math.min(FIRST_ROWS, this.chunkRows) : spans * this.chunkRows;
    const chunk = new Int32Array(rows * POOL_ROW);
    for (let i = 0; i < spans; i++) {
      chunks.push(chunk);
      this.chunkStarts.push(from);
    }
    this.next = from + count;
    return from;
  }

  /**
   * Calls `visit` with the fields of rows `from` to `to`. Rows read from the persistent index are
   * checked first against `record` (the article's record number there, and its text length; -1: not checked).
   */
  forEach(from: number, to: number, visit: MentionVisitor, record = -1): void {
    if (to <= from) return;
    // Rows read from the index go to a buffer reused from call to call (one taken by a visit that reads more gets its own).
    const scratch = this.source ? this.scratch : undefined;
    this.scratch = undefined;
    const r = this.source ? this.readRows(from, to, record, scratch) : this.chunks[from >> this.shift];
    const base = this.source ? from : this.chunkStarts[from >> this.shift];
    const s = this.strings;
    for (let row = from; row < to; row++) {
      const k = (row - base) * POOL_ROW;
      visit(r[k + 1], r[k + 2], ENTITY_TYPES[r[k + 3]], s[r[k + 4]], r[k + 5] === NONE ? undefined : s[r[k + 5]], r[k + 6] === NONE ? undefined : s[r[k + 6]], r[k + 7] === NONE ? undefined : s[r[k + 7]]);
    }
    if (this.source) this.scratch = r;
  }

  /**
   * Rows `from` to `to` read from the persistent index, checked (a damaged index is refused, not
   * trusted), at the start of `into` when it holds them (else of a new array).
   */
  private readRows(from: number, to: number, record: number, into: Int32Array | undefined): Int32Array {
    const source = this.source as RowSource;
    const textLength = record >= 0 ? source.textLengths[record] : 0;
    const length = (to - from) * POOL_ROW;
    const bytes = this.sourceBytes(source, from, to);
    const rows = into !== undefined && into.length >= length ? into : new Int32Array(Math.max(length, 1 << 10));
    new Uint8Array(rows.buffer, 0, length * 4).set(bytes);
    const strings = this.strings.length;
    const known = (id: number): boolean => id === NONE || (id >= 0 && id < strings);
    for (let k = 0; k < length; k += POOL_ROW) {
      const ok =
        (record < 0 || (rows[k] === record && rows[k + 2] <= textLength)) &&
        rows[k + 1] >= 0 &&
        rows[k + 2] >= rows[k + 1] &&
        ENTITY_TYPES[rows[k + 3]] !== undefined &&
        rows[k + 4] >= 0 &&
        rows[k + 4] < strings &&
        known(rows[k + 5]) &&
        known(rows[k + 6]) &&
        known(rows[k + 7]);
      if (!ok) throw new CorruptDataError(`mention row ${from + k / POOL_ROW} of the persistent index is out of range`);
    }
    return rows;
  }

  /**
   * The bytes of rows `from` to `to` in the persistent index. Articles read one after the other in row order (an
   * entity graph build reads every article so) are read {@link READ_AHEAD_BYTES} at a time, not one read per
   * article; an article asked for alone is read alone.
   */
  private sourceBytes(source: RowSource, from: number, to: number): Uint8Array {
    const scan = from === this.lastReadEnd;
    this.lastReadEnd = to;
    const ahead = this.ahead;
    if (ahead && from >= ahead.from && to <= ahead.to) return ahead.bytes.subarray((from - ahead.from) * ROW_BYTES, (to - ahead.from) * ROW_BYTES);
    const end = scan && source.rowCount !== undefined ? Math.min(source.rowCount, Math.max(to, from + READ_AHEAD_BYTES / ROW_BYTES)) : to;
    const bytes = source.bytes.read(source.position + from * ROW_BYTES, (end - from) * ROW_BYTES);
    if (end === to) return bytes;
    // Kept past the source's next read, which may reuse its buffer: copied into one of this pool's own.
    const kept = ahead && ahead.bytes.length >= bytes.length ? ahead.bytes : new Uint8Array(bytes.length);
    kept.set(bytes);
    this.ahead = { from, to: end, bytes: kept };
    return kept.subarray(0, (to - from) * ROW_BYTES);
  }

  private id(value: string): number {
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.push(value) - 1;
      this.stringIds.set(value, id);
    }
    return id;
  }

  private optional(value: string | undefined): number {
    return value === undefined ? NONE : this.id(value);
  }
}

/** A mention's fields, without making an object. */
export type MentionVisitor = (start: number, end: number, type: EntityType, surface: string, role: string | undefined, english: string | undefined, shortForm: string | undefined) => void;

/** One article's mentions: rows `from` to `to` of a {@link MentionPool}, turned into `Mention` objects only when asked. */
export class PackedMentions {
  // Declared, not defined: assigned by the constructor alone (no field initializer to run for each of many articles).
  private declare readonly pool: MentionPool;
  private declare readonly from: number;
  private declare readonly to: number;
  /** For rows read from the persistent index: the article's record number there (its rows are checked against it); -1 otherwise. */
  private declare readonly record: number;

  constructor(pool: MentionPool, from: number, to: number, record = -1) {
    this.pool = pool;
    this.from = from;
    this.to = to;
    this.record = record;
  }

  get length(): number {
    return this.to - this.from;
  }

  /** True when these rows are in `pool`. */
  isIn(pool: MentionPool): boolean {
    return this.pool === pool;
  }

  /** The mentions as objects (a new array each time). */
  unpack(): Mention[] {
    const mentions: Mention[] = [];
    this.forEach((start, end, type, surface, role, english, shortForm) => {
      const mention: Mention = { start, end, surface, type };
      if (role !== undefined) mention.role = role;
      if (english !== undefined) mention.english = english;
      if (shortForm !== undefined) mention.shortForm = shortForm;
      mentions.push(mention);
    });
    return mentions;
  }

  /** Calls `visit` with each mention's fields, without making objects. */
  forEach(visit: MentionVisitor): void {
    this.pool.forEach(this.from, this.to, visit, this.record);
  }
}

/** Mentions as objects or packed. */
export type StoredMentions = readonly Mention[] | PackedMentions;

/** The mentions as objects. */
export function unpackMentions(mentions: StoredMentions): readonly Mention[] {
  return mentions instanceof PackedMentions ? mentions.unpack() : mentions;
}
