/**
 * Groups one document's mentions into local clusters: same key, a short form of a dot-joined name written in the
 * same document (格鲁什科 → 亚历山大·格鲁什科), the same Latin gloss, or the same knowledge entry.
 */

import type { EntityType, Knowledge, Mention } from '../types';
import { linkToKnowledge } from './knowledgeLink';
import { lastNamePart, orgKey, personKey } from './nameKeys';
import { roleHead } from './roleHeads';

/** Mentions of one entity within one document, with the evidence they carry. */
export interface LocalCluster {
  docIndex: number;
  type: EntityType;
  /** Comparison keys of the surfaces (see `nameKeys.ts`). */
  keys: Set<string>;
  /** Surfaces as written, and short forms given in parentheses (东方报业). */
  surfaces: Set<string>;
  englishes: Set<string>;
  roleHeads: Set<string>;
  roles: string[];
  knowledgeId?: string;
  /** The surfaces are names of several knowledge entries and the roles did not decide. */
  ambiguous: boolean;
  /** Indexes into the document's mention array. */
  mentionIndexes: number[];
}

/** Key of a mention for grouping: type plus normalized surface. */
export function mentionKey(mention: Mention): string {
  return mention.type === 'org' ? orgKey(mention.surface) : personKey(mention.surface);
}

/** Local clusters of a document's mentions. */
export function clusterDocument(docIndex: number, mentions: readonly Mention[], knowledge: Knowledge): LocalCluster[] {
  const byKey = new Map<string, LocalCluster>();
  mentions.forEach((mention, index) => {
    const key = mentionKey(mention);
    const mapKey = `${mention.type}:${key}`;
    let cluster = byKey.get(mapKey);
    if (!cluster) {
      cluster = { docIndex, type: mention.type, keys: new Set([key]), surfaces: new Set(), englishes: new Set(), roleHeads: new Set(), roles: [], ambiguous: false, mentionIndexes: [] };
      byKey.set(mapKey, cluster);
    }
    cluster.mentionIndexes.push(index);
    cluster.surfaces.add(mention.surface);
    if (mention.shortForm) cluster.surfaces.add(mention.shortForm);
    if (mention.english) cluster.englishes.add(mention.english);
    if (mention.role) {
      cluster.roles.push(mention.role);
      const head = roleHead(mention.role);
      if (head) cluster.roleHeads.add(head);
    }
  });
  let clusters = [...byKey.values()];
  const fullNamesByLastPart = new Map<string, number>();
  for (const cluster of clusters) {
    for (const key of cluster.keys) {
      const last = cluster.type === 'person' ? lastNamePart(key) : undefined;
      if (last) fullNamesByLastPart.set(last, (fullNamesByLastPart.get(last) ?? 0) + 1);
    }
  }
  clusters = mergeWhere(clusters, (a, b) => shortFormOf(a, b, fullNamesByLastPart));
  clusters = mergeWhere(clusters, (a, b) => a.type === b.type && (shares(a.englishes, b.englishes) || shares(a.surfaces, b.surfaces)));
  for (const cluster of clusters) {
    const link = linkToKnowledge(knowledge, { type: cluster.type, keys: [...cluster.surfaces, ...cluster.keys], englishes: cluster.englishes, roles: cluster.roles });
    cluster.knowledgeId = link.entry?.id;
    cluster.ambiguous = link.ambiguous;
  }
  return mergeWhere(clusters, (a, b) => a.knowledgeId !== undefined && a.knowledgeId === b.knowledgeId);
}

/**
 * `b` is the only dot-joined name in the document whose last part is `a`'s whole key (or the reverse).
 * A short form matching two different full names (two 史密斯 in one article) links to neither.
 */
function shortFormOf(a: LocalCluster, b: LocalCluster, fullNamesByLastPart: ReadonlyMap<string, number>): boolean {
  if (a.type !== 'person' || b.type !== 'person') return false;
  const isShortOf = (short: LocalCluster, full: LocalCluster): boolean =>
    [...short.keys].some(
      (key) => !key.includes('·') && fullNamesByLastPart.get(key) === 1 && [...full.keys].some((fullKey) => lastNamePart(fullKey) === key),
    );
  return isShortOf(a, b) || isShortOf(b, a);
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Merge clusters pairwise while `same` holds. */
function mergeWhere(clusters: LocalCluster[], same: (a: LocalCluster, b: LocalCluster) => boolean): LocalCluster[] {
  const result: LocalCluster[] = [];
  for (const cluster of clusters) {
    const matches = result.filter((other) => same(other, cluster));
    if (matches.length === 0) {
      result.push(cluster);
      continue;
    }
    const target = matches[0]!;
    for (const other of matches.slice(1)) {
      absorb(target, other);
      result.splice(result.indexOf(other), 1);
    }
    absorb(target, cluster);
  }
  return result;
}

function absorb(target: LocalCluster, source: LocalCluster): void {
  for (const key of source.keys) target.keys.add(key);
  for (const surface of source.surfaces) target.surfaces.add(surface);
  for (const english of source.englishes) target.englishes.add(english);
  for (const head of source.roleHeads) target.roleHeads.add(head);
  target.roles.push(...source.roles);
  target.mentionIndexes.push(...source.mentionIndexes);
  target.knowledgeId ??= source.knowledgeId;
  target.ambiguous ||= source.ambiguous;
}
