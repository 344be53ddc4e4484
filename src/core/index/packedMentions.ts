import type { EntityType, Mention } from '../entities';

/** Ints per mention row: article#, start, end, type#, surface#, role#, english#, shortForm# (-1 = none). */
export const MENTION_ROW = 8;
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'org'];
const NONE = -1;

/**
 * One article's entity mentions as the persistent index stores them: rows of integers in a shared
 * Int32Array plus a shared string table (surfaces, roles, names), turned into `Mention` objects
 * only when asked. Keeps a corpus small (8 integers a mention instead of an object and its
 * strings; the article's text is not needed) and a restored one fast to load.
 */
export class PackedMentions {
  constructor(
    /** The shared rows; this article's are `from` to `to` (row numbers). */
    private readonly rows: Int32Array,
    private readonly from: number,
    private readonly to: number,
    private readonly strings: readonly string[],
  ) {}

  /** Packs mentions (rows of their own, with their own small string table). */
  static pack(mentions: readonly Mention[]): PackedMentions {
    const strings: string[] = [];
    const id = (value: string | undefined): number => {
      if (value === undefined) return NONE;
      const at = strings.indexOf(value);
      return at >= 0 ? at : strings.push(value) - 1;
    };
    const rows = new Int32Array(mentions.length * MENTION_ROW);
    mentions.forEach((m, i) => {
      rows.set([0, m.start, m.end, ENTITY_TYPES.indexOf(m.type), id(m.surface), id(m.role), id(m.english), id(m.shortForm)], i * MENTION_ROW);
    });
    return new PackedMentions(rows, 0, mentions.length, strings);
  }

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
  forEach(visit: (start: number, end: number, type: EntityType, surface: string, role: string | undefined, english: string | undefined, shortForm: string | undefined) => void): void {
    const r = this.rows;
    const s = this.strings;
    for (let row = this.from; row < this.to; row++) {
      const k = row * MENTION_ROW;
      visit(r[k + 1], r[k + 2], ENTITY_TYPES[r[k + 3]], s[r[k + 4]], r[k + 5] === NONE ? undefined : s[r[k + 5]], r[k + 6] === NONE ? undefined : s[r[k + 6]], r[k + 7] === NONE ? undefined : s[r[k + 7]]);
    }
  }
}

/** Mentions as objects or packed. */
export type StoredMentions = readonly Mention[] | PackedMentions;

/** The mentions as objects. */
export function unpackMentions(mentions: StoredMentions): readonly Mention[] {
  return mentions instanceof PackedMentions ? mentions.unpack() : mentions;
}
