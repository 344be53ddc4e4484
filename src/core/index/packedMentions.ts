import type { EntityType, Mention } from '../entities';

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

  constructor(rows?: Int32Array, strings?: string[]) {
    this.rows = rows ?? new Int32Array(1 << 14);
    this.used = rows ? rows.length / POOL_ROW : 0;
    this.strings = strings ?? [];
    this.strings.forEach((value, id) => this.stringIds.set(value, id));
  }

  /** A pool over the persistent index's rows (taken over, not copied), sharing its string table. */
  static fromIndexRows(indexRows: Int32Array, strings: string[]): MentionPool {
    return new MentionPool(indexRows, strings);
  }

  /** Rows in use (removed articles' rows included until the pool is rebuilt). */
  get rowCount(): number {
    return this.used;
  }

  /** Adds mentions; returns their packed form. */
  pack(mentions: readonly Mention[]): PackedMentions {
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

  /** Calls `visit` with the fields of rows `from` to `to`. */
  forEach(from: number, to: number, visit: MentionVisitor): void {
    const r = this.rows;
    const s = this.strings;
    for (let row = from; row < to; row++) {
      const k = row * POOL_ROW;
      visit(r[k + 1], r[k + 2], ENTITY_TYPES[r[k + 3]], s[r[k + 4]], r[k + 5] === NONE ? undefined : s[r[k + 5]], r[k + 6] === NONE ? undefined : s[r[k + 6]], r[k + 7] === NONE ? undefined : s[r[k + 7]]);
    }
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
  constructor(
    private readonly pool: MentionPool,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get length(): number {
    return this.to - this.from;
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
    this.pool.forEach(this.from, this.to, visit);
  }
}

/** Mentions as objects or packed. */
export type StoredMentions = readonly Mention[] | PackedMentions;

/** The mentions as objects. */
export function unpackMentions(mentions: StoredMentions): readonly Mention[] {
  return mentions instanceof PackedMentions ? mentions.unpack() : mentions;
}
