/**
 * Resolves per-document mentions into corpus-wide entities. Documents are clustered locally first
 * (see `localClusters.ts`), then clusters merge across documents on evidence (see `crossDocMerge.ts`);
 * the same surface can stay two entities when the evidence says so (two different 沙利文).
 */

import type { Entity, EntityCorrections, EntityGraph, Knowledge, Mention, ResolvedMention } from '../types';
import { assembleEntities, mentionTable, type MentionGroup, type MentionTable } from './assemble';
import { applyGroupCorrections } from './corrections';
import { mergeAcrossDocuments } from './crossDocMerge';
import { EntityGraphIndex } from './entityGraph';
import { clusterDocument, type LocalCluster } from './localClusters';

const NO_CORRECTIONS: EntityCorrections = { merge: [], split: [], notEntity: [] };

/** Build the entity graph of a corpus from each document's mentions (as returned by `recognizeMentions`). */
export function buildEntityGraph(
  docs: ReadonlyArray<{ id: string; mentions: readonly Mention[] }>,
  knowledge: Knowledge,
  corrections: EntityCorrections = NO_CORRECTIONS,
): EntityGraph {
  const dropped = new Set(corrections.notEntity);
  const kept = dropped.size === 0 ? docs : docs.map((doc) => ({ id: doc.id, mentions: doc.mentions.filter((mention) => !dropped.has(mention.surface)) }));
  const table = mentionTable(kept);
  const clusters: LocalCluster[] = [];
  const docOfCluster: number[] = [];
  kept.forEach((doc, docIndex) => {
    for (const cluster of clusterDocument(doc.mentions, knowledge)) {
      clusters.push(cluster);
      docOfCluster.push(docIndex);
    }
  });
  const entityOf = mergeAcrossDocuments(clusters);

  const groups = mentionGroups(clusters, docOfCluster, entityOf, table);

  const needsIds = corrections.split.length > 0 || corrections.merge.length > 0;
  const provisionalIds = needsIds ? assembleEntities(groups, table, knowledge).map((entity) => entity.id) : [];
  const corrected = needsIds ? applyGroupCorrections(groups, table, provisionalIds, corrections) : { groups, redirects: new Map<string, number>() };
  const entities = assembleEntities(corrected.groups, table, knowledge);
  const finalEntities: Entity[] = [];
  const keptGroups: MentionGroup[] = [];
  entities.forEach((entity, index) => {
    if (dropped.has(entity.id)) return;
    finalEntities.push(entity);
    keptGroups.push(corrected.groups[index]!);
  });
  const mentionsByDoc = resolvedMentionsByDoc(table, keptGroups, finalEntities);

  const aliasIds = new Map<string, Entity>();
  for (const [id, groupIndex] of corrected.redirects) {
    const entity = entities[groupIndex];
    if (entity && !dropped.has(entity.id)) aliasIds.set(id, entity);
  }
  return new EntityGraphIndex(finalEntities, mentionsByDoc, aliasIds);
}

/**
 * One group per entity, in order of first cluster: the positions of its clusters' mentions, cluster by cluster, and
 * the first knowledge id of its clusters. Lists are sized by a first count.
 */
function mentionGroups(clusters: readonly LocalCluster[], docOfCluster: readonly number[], entityOf: Int32Array, table: MentionTable): MentionGroup[] {
  const groupOfRoot = new Int32Array(clusters.length).fill(-1);
  const groupOfCluster = new Int32Array(clusters.length);
  const sizes: number[] = [];
  const groups: MentionGroup[] = [];
  for (let index = 0; index < clusters.length; index++) {
    const cluster = clusters[index]!;
    const root = entityOf[index]!;
    let groupIndex = groupOfRoot[root]!;
    if (groupIndex === -1) {
      groupIndex = groups.length;
      groupOfRoot[root] = groupIndex;
      groups.push({ type: cluster.type, positions: [] });
      sizes.push(0);
    }
    groupOfCluster[index] = groupIndex;
    const group = groups[groupIndex]!;
    group.knowledgeId ??= cluster.knowledgeId;
    sizes[groupIndex]! += cluster.mentionIndexes.length;
  }
  for (let g = 0; g < groups.length; g++) {
    groups[g]!.positions = new Array<number>(sizes[g]!);
    sizes[g] = 0;
  }
  for (let index = 0; index < clusters.length; index++) {
    const groupIndex = groupOfCluster[index]!;
    const positions = groups[groupIndex]!.positions;
    const docStart = table.docStart[docOfCluster[index]!]!;
    const mentionIndexes = clusters[index]!.mentionIndexes;
    let at = sizes[groupIndex]!;
    for (let k = 0; k < mentionIndexes.length; k++) positions[at++] = docStart + mentionIndexes[k]!;
    sizes[groupIndex] = at;
  }
  return groups;
}

/**
 * Each document's resolved mentions sorted by offset. Built per document from the mention table: in mention order
 * when the document's mentions are already in offset order (as `recognizeMentions` returns them), else sorted by
 * offset with ties in group order.
 */
function resolvedMentionsByDoc(table: MentionTable, groups: readonly MentionGroup[], entities: readonly Entity[]): Map<string, ResolvedMention[]> {
  const total = table.mentions.length;
  const entityAt = new Array<string | undefined>(total);
  const rankAt = new Int32Array(total);
  let rank = 0;
  for (let index = 0; index < groups.length; index++) {
    const entityId = entities[index]!.id;
    const positions = groups[index]!.positions;
    for (let k = 0; k < positions.length; k++) {
      entityAt[positions[k]!] = entityId;
      rankAt[positions[k]!] = rank++;
    }
  }
  const mentionsByDoc = new Map<string, ResolvedMention[]>();
  for (let doc = 0; doc < table.docIds.length; doc++) {
    const from = table.docStart[doc]!;
    const to = table.docStart[doc + 1]!;
    const list: ResolvedMention[] = [];
    let ordered = true;
    let previous = -Infinity;
    for (let position = from; position < to; position++) {
      const entityId = entityAt[position];
      if (entityId === undefined) continue;
      const mention = table.mentions[position]!;
      if (mention.start <= previous) ordered = false;
      previous = mention.start;
      list.push({ start: mention.start, end: mention.end, entityId });
    }
    if (list.length === 0) continue;
    const docId = table.docIds[doc]!;
    const earlier = mentionsByDoc.get(docId);
    if (ordered && !earlier) {
      mentionsByDoc.set(docId, list);
      continue;
    }
    // Unordered offsets, or a document id given twice: sort by offset, ties in the order groups list them.
    const ranked: Array<{ resolved: ResolvedMention; rank: number }> = earlier ? earlier.map((resolved) => ({ resolved, rank: -1 })) : [];
    let k = 0;
    for (let position = from; position < to; position++) if (entityAt[position] !== undefined) ranked.push({ resolved: list[k++]!, rank: rankAt[position]! });
    ranked.sort((a, b) => a.resolved.start - b.resolved.start || a.rank - b.rank);
    mentionsByDoc.set(docId, ranked.map((item) => item.resolved));
  }
  return mentionsByDoc;
}
