/** Evidence held by a group of clusters while merging across documents, and the test for merging two groups. */

import type { EntityType } from '../types';
import type { LocalCluster } from './localClusters';
import { firstNamePart, pinyinKey, skeletonKey } from './nameKeys';
import { roleHeadsCompatible } from './roleHeads';

/** What one cross-document group knows about its entity. */
export interface GroupEvidence {
  type: EntityType;
  knowledgeIds: Set<string>;
  /** Lower-cased Latin glosses. */
  englishes: Set<string>;
  /** Dot-joined person keys (full names). */
  fullNames: Set<string>;
  roleHeads: Set<string>;
  ambiguous: boolean;
  /** False while the sets are still the cluster's cached ones (shared, never written); copied on first combine. */
  owned: boolean;
}

const baseEvidence = new WeakMap<LocalCluster, GroupEvidence>();

/** Evidence of a single local cluster: a fresh record over cached, shared sets. */
export function evidenceOf(cluster: LocalCluster): GroupEvidence {
  let base = baseEvidence.get(cluster);
  if (!base) {
    base = {
      type: cluster.type,
      knowledgeIds: new Set(cluster.knowledgeId ? [cluster.knowledgeId] : []),
      englishes: new Set([...cluster.englishes].map((english) => english.toLowerCase())),
      fullNames: new Set(cluster.type === 'person' ? [...cluster.keys].filter((key) => key.includes('·')) : []),
      roleHeads: new Set(cluster.roleHeads),
      ambiguous: cluster.ambiguous && !cluster.knowledgeId,
      owned: false,
    };
    baseEvidence.set(cluster, base);
  }
  return { ...base };
}

/** Union of two groups' evidence (written into `target`, whose sets are copied first if still shared). */
export function combineEvidence(target: GroupEvidence, source: GroupEvidence): void {
  if (!target.owned) {
    target.knowledgeIds = new Set(target.knowledgeIds);
    target.englishes = new Set(target.englishes);
    target.fullNames = new Set(target.fullNames);
    target.roleHeads = new Set(target.roleHeads);
    target.owned = true;
  }
  for (const id of source.knowledgeIds) target.knowledgeIds.add(id);
  for (const english of source.englishes) target.englishes.add(english);
  for (const name of source.fullNames) target.fullNames.add(name);
  for (const head of source.roleHeads) target.roleHeads.add(head);
  target.ambiguous &&= source.ambiguous;
}

/**
 * Whether two groups may be one entity: no two different knowledge entries, no two unrelated Latin names,
 * no two unrelated full names (杰克·沙利文 vs 约翰·沙利文); with `checkRoles`, also no clashing titles
 * (大使 vs 国家安全顾问), used when the only link is a shared short name.
 */
export function compatible(a: GroupEvidence, b: GroupEvidence, checkRoles: boolean): boolean {
  if (a.type !== b.type) return false;
  if (a.knowledgeIds.size > 0 && b.knowledgeIds.size > 0 && !intersects(a.knowledgeIds, b.knowledgeIds)) return false;
  if (a.englishes.size > 0 && b.englishes.size > 0 && !englishRelated(a.englishes, b.englishes)) return false;
  if (a.fullNames.size > 0 && b.fullNames.size > 0 && !fullNamesRelated(a.fullNames, b.fullNames)) return false;
  if (checkRoles && !roleHeadsCompatible(a.roleHeads, b.roleHeads)) return false;
  return true;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Two Latin names are related when they share their last word (Wendy Sherman ~ Sherman). */
function englishRelated(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const last = (name: string): string => name.split(/\s+/).pop() ?? name;
  for (const x of a) for (const y of b) if (last(x) === last(y)) return true;
  return false;
}

/**
 * Two full names are related when equal, or when they share the given name and their surnames sound alike
 * (温迪·舍曼 ~ 温迪·谢尔曼). 杰克·沙利文 and 约翰·沙利文 are not.
 */
export function fullNamesRelated(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x === y) return true;
      if (firstNamePart(x) === firstNamePart(y) && (pinyinKey(x) === pinyinKey(y) || skeletonKey(x) === skeletonKey(y))) return true;
    }
  }
  return false;
}
