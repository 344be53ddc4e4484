/**
 * Resolves per-document mentions into corpus-wide entities. Documents are clustered locally first
 * (see `localClusters.ts`), then clusters merge across documents on evidence (see `crossDocMerge.ts`);
 * the same surface can stay two entities when the evidence says so (two different 沙利文).
 */

import type { Entity, EntityCorrections, EntityGraph, Knowledge, Mention, ResolvedMention } from '../types';
import { assembleEntities, type MentionGroup } from './assemble';
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
  const clusters: LocalCluster[] = [];
  const docOfCluster: number[] = [];
  kept.forEach((doc, docIndex) => {
    for (const cluster of clusterDocument(doc.mentions, knowledge)) {
      clusters.push(cluster);
      docOfCluster.push(docIndex);
    }
  });
  const entityOf = mergeAcrossDocuments(clusters);

  const groupOfRoot = new Map<number, number>();
  const groups: MentionGroup[] = [];
  clusters.forEach((cluster, index) => {
    const root = entityOf[index]!;
    let groupIndex = groupOfRoot.get(root);
    if (groupIndex === undefined) {
      groupIndex = groups.length;
      groupOfRoot.set(root, groupIndex);
      groups.push({ type: cluster.type, mentions: [] });
    }
    const group = groups[groupIndex]!;
    group.knowledgeId ??= cluster.knowledgeId;
    const doc = kept[docOfCluster[index]!]!;
    for (const mentionIndex of cluster.mentionIndexes) group.mentions.push({ docId: doc.id, mention: doc.mentions[mentionIndex]! });
  });

  const needsIds = corrections.split.length > 0 || corrections.merge.length > 0;
  const provisionalIds = needsIds ? assembleEntities(groups, knowledge).map((entity) => entity.id) : [];
  const corrected = needsIds ? applyGroupCorrections(groups, provisionalIds, corrections) : { groups, redirects: new Map<string, number>() };
  const entities = assembleEntities(corrected.groups, knowledge);
  const finalEntities: Entity[] = [];
  const keptGroups: MentionGroup[] = [];
  entities.forEach((entity, index) => {
    if (dropped.has(entity.id)) return;
    finalEntities.push(entity);
    keptGroups.push(corrected.groups[index]!);
  });

  const mentionsByDoc = new Map<string, ResolvedMention[]>();
  keptGroups.forEach((group, index) => {
    const entityId = finalEntities[index]!.id;
    for (const { docId, mention } of group.mentions) {
      const list = mentionsByDoc.get(docId);
      const resolved = { start: mention.start, end: mention.end, entityId };
      if (list) list.push(resolved);
      else mentionsByDoc.set(docId, [resolved]);
    }
  });
  for (const list of mentionsByDoc.values()) list.sort((a, b) => a.start - b.start);

  const aliasIds = new Map<string, Entity>();
  for (const [id, groupIndex] of corrected.redirects) {
    const entity = entities[groupIndex];
    if (entity && !dropped.has(entity.id)) aliasIds.set(id, entity);
  }
  return new EntityGraphIndex(finalEntities, mentionsByDoc, aliasIds);
}
