/** The `EntityGraph` lookups over assembled entities. */

import type { Entity, EntityGraph, ResolvedMention } from '../types';

/** The resolved mentions of each document, sorted by offset, as the graph's lookups need them. */
export interface ResolvedMentions {
  /** The document's mentions (the same array on every call), or undefined when it has none. */
  listOf(docId: string): readonly ResolvedMention[] | undefined;
  /** Entity id of the mention covering `offset`, if any. */
  entityIdAt(docId: string, offset: number): string | undefined;
  /** Entity ids of the document's mentions, in order. */
  entityIdsOf(docId: string): Iterable<string>;
}

/** Binary search of a document's mentions (sorted by offset) for the one covering `offset`. */
function entityIdInList(mentions: readonly ResolvedMention[], offset: number): string | undefined {
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mention = mentions[middle]!;
    if (offset < mention.start) high = middle - 1;
    else if (offset >= mention.end) low = middle + 1;
    else return mention.entityId;
  }
  return undefined;
}

/** Resolved mentions held as lists, built up front. */
export class ListedMentions implements ResolvedMentions {
  constructor(private readonly byDoc: ReadonlyMap<string, readonly ResolvedMention[]>) {}

  listOf(docId: string): readonly ResolvedMention[] | undefined {
    return this.byDoc.get(docId);
  }

  entityIdAt(docId: string, offset: number): string | undefined {
    const mentions = this.byDoc.get(docId);
    return mentions ? entityIdInList(mentions, offset) : undefined;
  }

  entityIdsOf(docId: string): Iterable<string> {
    return (this.byDoc.get(docId) ?? []).map((mention) => mention.entityId);
  }
}

/**
 * Resolved mentions of documents with distinct ids held in flat arrays (document d has positions
 * `from[d] .. from[d + 1]`, already in offset order), made into objects per document when first asked for: a corpus
 * has hundreds of thousands of mentions and most documents are never looked at. Documents listed in `listed` (whose
 * mentions needed sorting) keep their lists.
 */
export class FlatMentions implements ResolvedMentions {
  private readonly lists: Array<ResolvedMention[] | undefined>;

  constructor(
    private readonly docIndex: ReadonlyMap<string, number>,
    private readonly from: Int32Array,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** Per position, the index of its entity in `entityIds`. */
    private readonly entityOf: Int32Array,
    private readonly entityIds: readonly string[],
    listed: ReadonlyMap<number, ResolvedMention[]>,
  ) {
    this.lists = new Array<ResolvedMention[] | undefined>(from.length - 1);
    for (const [doc, list] of listed) this.lists[doc] = list;
  }

  listOf(docId: string): readonly ResolvedMention[] | undefined {
    const doc = this.docIndex.get(docId);
    if (doc === undefined) return undefined;
    let list = this.lists[doc];
    if (!list) {
      const to = this.from[doc + 1]!;
      if (to === this.from[doc]) return undefined;
      list = [];
      for (let position = this.from[doc]!; position < to; position++) {
        list.push({ start: this.starts[position]!, end: this.ends[position]!, entityId: this.entityIds[this.entityOf[position]!]! });
      }
      this.lists[doc] = list;
    }
    return list;
  }

  entityIdAt(docId: string, offset: number): string | undefined {
    const doc = this.docIndex.get(docId);
    if (doc === undefined) return undefined;
    const listed = this.lists[doc];
    if (listed) return entityIdInList(listed, offset);
    let low = this.from[doc]!;
    let high = this.from[doc + 1]! - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (offset < this.starts[middle]!) high = middle - 1;
      else if (offset >= this.ends[middle]!) low = middle + 1;
      else return this.entityIds[this.entityOf[middle]!];
    }
    return undefined;
  }

  entityIdsOf(docId: string): Iterable<string> {
    const doc = this.docIndex.get(docId);
    if (doc === undefined) return [];
    const listed = this.lists[doc];
    if (listed) return listed.map((mention) => mention.entityId);
    const ids: string[] = [];
    for (let position = this.from[doc]!; position < this.from[doc + 1]!; position++) ids.push(this.entityIds[this.entityOf[position]!]!);
    return ids;
  }
}

/** Lookups by id, by (document, offset) and by document. */
export class EntityGraphIndex implements EntityGraph {
  private readonly byId = new Map<string, Entity>();

  constructor(
    readonly entities: readonly Entity[],
    private readonly resolved: ResolvedMentions,
    aliasIds: ReadonlyMap<string, Entity>,
  ) {
    for (const entity of entities) this.byId.set(entity.id, entity);
    for (const [id, entity] of aliasIds) if (!this.byId.has(id)) this.byId.set(id, entity);
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  entityAt(docId: string, offset: number): Entity | undefined {
    const entityId = this.resolved.entityIdAt(docId, offset);
    return entityId === undefined ? undefined : this.byId.get(entityId);
  }

  entitiesOf(docId: string): Entity[] {
    const seen = new Set<string>();
    const result: Entity[] = [];
    for (const entityId of this.resolved.entityIdsOf(docId)) {
      if (seen.has(entityId)) continue;
      seen.add(entityId);
      const entity = this.byId.get(entityId);
      if (entity) result.push(entity);
    }
    return result;
  }

  mentionsOf(docId: string): readonly ResolvedMention[] {
    return this.resolved.listOf(docId) ?? [];
  }
}
