import type { EntityType, Mention } from '../entities';
import type { ByteSource } from '../search';
import { CorruptDataError } from './binaryCodec';

/** Ints per mention row in the persistent index: article#, start, end, type#, surface#, role#, english#, shortForm# (-1 = none). */
export const MENTION_ROW = 8;
/** Ints per mention row in a {@link MentionPool}: the same layout (so a pool can use the index's rows as they are). */
const POOL_ROW = MENTION_ROW;
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org'];
const NONE = -1;

/**
 * Many articles' entity mentions as rows of integers in one growable Int32Array, with one string
 * table (surfaces, roles, English names: they repeat across articles). A corpus adds every
 * article's mentions to one pool; a pool restored from the persistent index holds the rows read
 * from it. A few integers a mention instead of an object and its strings.
 */
export class MentionPool {
  private rows: Int32Array;
  private used = 0;
  private readonly strings: string[];
  private readonly stringIds = new Map<string, number>();
  /** Where the rows are when they stay in the persistent index (read per article), and each article record's text length (rows are checked against it). */
  private readonly source: { bytes: ByteSource; position: number; textLengths: Int32Array } | undefined;

  constructor(rows?: Int32Array, strings?: string[], source?: { bytes: ByteSource; position: number; textLengths: Int32Array }) {
    this.rows = rows ?? new Int32Array(source ? 0 : 1 << 14);
    this.used = rows ? rows.length / POOL_ROW : 0;
    this.strings = strings ?? [];
    this.source = source;
    if (!source) this.strings.forEach((value, id) => this.stringIds.set(value, id));
  }

  /**
   * A read-only pool whose rows stay in the persistent index at `position` (read per article,
   * checked then against the article's record number and `textLengths[record]`).
   */
  static inSource(bytes: ByteSource, position: number, strings: string[], textLengths: Int32Array): MentionPool {
    return new MentionPool(undefined, strings, { bytes, position, textLengths });
  }

  /** Rows in use (removed articles' rows included until the pool is rebuilt). */
  get rowCount(): number {
    return this.used;
  }

  /** Adds mentions; returns their packed form. */
  pack(mentions: readonly Mention[]): PackedMentions {
    if (this.source) throw new Error('a pool read from the persistent index takes no new mentions');
    const from = this.used;
    if ((this.used + mentions.length) * POOL_ROW > this.rows.length) {
      const grown = new Int32Array(Math.max(this.rows.length * 2, (this.used + mentions.length) * POOL_ROW));
      grown.set(this.rows.subarray(0, this.used * POOL_ROW));
      this.rows = grown;
    }
    for (const m of mentions) {
      const k = this.used++ * POOL_ROW;
      const r = this.rows;
      r[k] = 0; // the article's record number in the persistent index; unused here
      r[k + 1] = m.start;
      r[k + 2] = m.end;
      r[k + 3] = ENTITY_TYPES.indexOf(m.type);
      r[k + 4] = this.id(m.surface);
      r[k + 5] = this.optional(m.role);
      r[k + 6] = this.optional(m.english);
      r[k + 7] = this.optional(m.shortForm);
    }
    return new PackedMentions(this, from, this.used);
  }

  /**
   * Calls `visit` with the fields of rows `from` to `to`. Rows read from the persistent index are
   * checked first against `record` (the article's record number there, and its text length; -1: not checked).
   */
  forEach(from: number, to: number, visit: MentionVisitor, record = -1): void {
    const r = this.source ? this.readRows(from, to, record) : this.rows;
    const base = this.source ? from : 0;
    const s = this.strings;
    for (let row = from; row < to; row++) {
      const k = (row - base) * POOL_ROW;
      visit(r[k + 1], r[k + 2], ENTITY_TYPES[r[k + 3]], s[r[k + 4]], r[k + 5] === NONE ? undefined : s[r[k + 5]], r[k + 6] === NONE ? undefined : s[r[k + 6]], r[k + 7] === NONE ? undefined : s[r[k + 7]]);
    }
  }

  /** Rows `from` to `to` read from the persistent index, checked (a damaged index is refused, not trusted). */
  private readRows(from: number, to: number, record: number): Int32Array {
    const source = this.source as { bytes: ByteSource; position: number; textLengths: Int32Array };
    const textLength = record >= 0 ? source.textLengths[record] : 0;
    const bytes = source.bytes.read(source.position + from * POOL_ROW * 4, (to - from) * POOL_ROW * 4);
    const rows = new Int32Array(to - from === 0 ? 0 : (to - from) * POOL_ROW);
    new Uint8Array(rows.buffer).set(bytes);
    const strings = this.strings.length;
    for (let k = 0; k < rows.length; k += POOL_ROW) {
      const ok =
        (record < 0 || (rows[k] === record && rows[k + 2] <= textLength)) &&
        rows[k + 1] >= 0 &&
        rows[k + 2] >= rows[k + 1] &&
        ENTITY_TYPES[rows[k + 3]] !== undefined &&
        rows[k + 4] >= 0 &&
        rows[k + 4] < strings &&
        [rows[k + 5], rows[k + 6], rows[k + 7]].every((id) => id === NONE || (id >= 0 && id < strings));
      if (!ok) throw new CorruptDataError(`mention row ${from + k / POOL_ROW} of the persistent index is out of range`);
    }
    return rows;
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
