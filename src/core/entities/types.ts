/** Public types of the people-and-organizations recogniser. Plain data: every value here is JSON-serializable. */

/** What kind of named entity a mention or an entity is. */
export type EntityType = 'person' | 'org';

/** One occurrence of a person or organization name in a document's plain text. */
export interface Mention {
  /** Offset (UTF-16 code units) of the first character in the text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** `text.slice(start, end)`. */
  surface: string;
  type: EntityType;
  /** Apposition written just before the name, e.g. 北约秘书长, 俄罗斯副外长. */
  role?: string;
  /** Latin name written in parentheses right after the mention, e.g. Jens Stoltenberg. */
  english?: string;
  /** Chinese short form defined in parentheses right after an org, e.g. 东方报业 after 上海东方报业有限公司（东方报业）. */
  shortForm?: string;
}

/** One well-known person or organization, written from general knowledge (not from any corpus). */
export interface KnowledgeEntry {
  /** Stable slug, e.g. `vladimir-putin`, `nato`. */
  id: string;
  type: EntityType;
  /** Main English name. */
  english: string;
  /** Chinese forms (mainland, Taiwan, Hong Kong, VOA usage…) and Latin acronyms, most usual first. */
  names: string[];
  /** One-line description; its words also help to tell apart two people written the same way. */
  description: string;
  /** Forms that are also ordinary words, with the characters that must not follow them (联想 → 到起力能). */
  guards?: Record<string, string>;
}

/** Knowledge entries plus the indexes the recogniser needs. Build with `compileKnowledge`. */
export interface Knowledge {
  entries: readonly KnowledgeEntry[];
  /** Entries by id. */
  byId: ReadonlyMap<string, KnowledgeEntry>;
  /** Entries by each of their names (a name may belong to several entries, e.g. 沙利文). */
  byName: ReadonlyMap<string, readonly KnowledgeEntry[]>;
  /** Entries by lower-cased English name. */
  byEnglish: ReadonlyMap<string, readonly KnowledgeEntry[]>;
}

/**
 * User corrections, applied every time the graph is built. Each string is an entity id or a surface form.
 * - `merge`: each pair of entities (named by id or by one of their surface forms) becomes one entity.
 * - `split`: mentions written `alias` are taken out of entity `from` (id or form) into an entity of their own.
 * - `notEntity`: mentions with this surface form, or of the entity with this id, are dropped.
 * Order: `notEntity` first, then the automatic merge, then `split`, then `merge`.
 */
export interface EntityCorrections {
  merge: Array<[string, string]>;
  split: Array<{ alias: string; from: string }>;
  notEntity: string[];
}

/** Where an entity appears in one document. */
export interface EntityOccurrence {
  docId: string;
  count: number;
  /** Offset of the first mention in that document. */
  first: number;
}

/** A person or organization resolved across the corpus. */
export interface Entity {
  /** Stable slug: knowledge id, else a slug of the English name, else toneless pinyin of the name. */
  id: string;
  type: EntityType;
  /** The form the corpus writes most often. */
  name: string;
  english?: string;
  /** Role as the corpus writes it (most frequent apposition), else the knowledge description. */
  description?: string;
  /** Every surface form found, plus Latin names found in parentheses after them. */
  aliases: string[];
  mentions: EntityOccurrence[];
}

/** A mention as stored in the graph: its span and the entity it was resolved to. */
export interface ResolvedMention {
  start: number;
  end: number;
  entityId: string;
}

/** All entities of a corpus with lookups. */
export interface EntityGraph {
  entities: readonly Entity[];
  /** Entity by id (ids of entities merged by a correction still resolve). */
  entity(id: string): Entity | undefined;
  /** Entity mentioned at `offset` in document `docId`, if any. */
  entityAt(docId: string, offset: number): Entity | undefined;
  /** Entities mentioned in a document, in order of first mention. */
  entitiesOf(docId: string): Entity[];
  /** The resolved mentions of a document, sorted by offset. */
  mentionsOf(docId: string): readonly ResolvedMention[];
}
