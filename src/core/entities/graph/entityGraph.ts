/** The `EntityGraph` lookups over assembled entities. */

import type { Entity, EntityGraph, ResolvedMention } from '../types';

/** Lookups by id, by (document, offset) and by document. */
export class EntityGraphIndex implements EntityGraph {
  private readonly byId = new Map<string, Entity>();

  constructor(
    readonly entities: readonly Entity[],
    private readonly mentionsByDoc: ReadonlyMap<string, readonly ResolvedMention[]>,
    aliasIds: ReadonlyMap<string, Entity>,
  ) {
    for (const entity of entities) this.byId.set(entity.id, entity);
    for (const [id, entity] of aliasIds) if (!this.byId.has(id)) this.byId.set(id, entity);
  }

  entity(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  entityAt(docId: string, offset: number): Entity | undefined {
    const mentions = this.mentionsByDoc.get(docId);
    if (!mentions) return undefined;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const mention = mentions[middle]!;
      if (offset < mention.start) high = middle - 1;
      else if (offset >= mention.end) low = middle + 1;
      else return this.byId.get(mention.entityId);
    }
    return undefined;
  }

  entitiesOf(docId: string): Entity[] {
    const seen = new Set<string>();
    const result: Entity[] = [];
    for (const mention of this.mentionsByDoc.get(docId) ?? []) {
      if (seen.has(mention.entityId)) continue;
      seen.add(mention.entityId);
      const entity = this.byId.get(mention.entityId);
      if (entity) result.push(entity);
    }
    return result;
  }

  mentionsOf(docId: string): readonly ResolvedMention[] {
    return this.mentionsByDoc.get(docId) ?? [];
  }
}
