/**
 * Merges local clusters across documents on evidence, strongest first:
 * 1. the same knowledge entry; 2. the same Latin name; 3. orgs with the same key, persons with the same full name;
 * 4. persons with the same short name and no clashing evidence (titles included);
 * 5. transliteration variants: same pinyin (里亚布科夫/利亚布科夫), or same consonant skeleton plus a shared given
 *    name, title or Latin surname (谢尔曼/舍曼).
 */

import { combineEvidence, compatible, evidenceOf, type GroupEvidence } from './groupEvidence';
import type { LocalCluster } from './localClusters';
import { firstNamePart, lastNamePart, pinyinKey, skeletonKey } from './nameKeys';
import { roleHeadsCompatible } from './roleHeads';
import { UnionFind } from './unionFind';

/** Minimum characters of a surname for phonetic merging: two-character transliterations collide too often. */
const MIN_PHONETIC_LENGTH = 3;

/**
 * For each cluster, a representative id of the entity it belongs to after all evidence-based merges. Clusters with
 * the same profile (same keys and evidence: 普京 linked to one entry in thousands of documents) are merged first and
 * only once, so the work grows with distinct profiles rather than with documents.
 */
export function mergeAcrossDocuments(clusters: readonly LocalCluster[]): Int32Array {
  const merger = new CrossDocumentMerger();
  for (const cluster of clusters) merger.add(cluster);
  return merger.finish();
}

/** `mergeAcrossDocuments` fed one cluster at a time (in cluster order), e.g. while the clusters are being gathered. */
export class CrossDocumentMerger {
  private readonly profiles = new ProfileTable();
  private readonly representatives: LocalCluster[] = [];
  private readonly profileOf: number[] = [];

  add(cluster: LocalCluster): void {
    let at = this.profiles.find(cluster);
    if (at === -1) {
      at = this.representatives.length;
      this.representatives.push(cluster);
    }
    this.profileOf.push(at);
  }

  /** For each cluster added, a representative id of its entity. */
  finish(): Int32Array {
    const sets = mergeProfiles(this.representatives);
    const entityOf = new Int32Array(this.profileOf.length);
    for (let index = 0; index < entityOf.length; index++) entityOf[index] = sets.find(this.profileOf[index]!);
    return entityOf;
  }
}

/**
 * Representatives by profile: what decides how a cluster merges, i.e. type, knowledge link, keys, glosses and titles.
 * A person whose name fits several knowledge entries without a deciding role is never merged on its name, so each such
 * cluster is its own profile. Profiles are compared part by part, grouped by their joined keys, rather than joined
 * into one string: the two agree unless a part holds the separator U+0002, and such profiles (which can only equal one
 * another) go by their joined string.
 */
class ProfileTable {
  private readonly byKeys = new Map<string, number[]>();
  private readonly byString = new Map<string, number>();
  /** Per representative (in order): type, knowledge id (or ''), joined glosses and joined titles. */
  private readonly types: string[] = [];
  private readonly knowledgeIds: string[] = [];
  private readonly englishes: string[] = [];
  private readonly roleHeads: string[] = [];

  /** The representative with the profile of `cluster`, or -1 after recording `cluster` as the next representative. */
  find(cluster: LocalCluster): number {
    const next = this.types.length;
    if (cluster.type === 'person' && cluster.ambiguous && !cluster.knowledgeId) return this.add(cluster.type, '', '', '');
    const keys = sortedJoin(cluster.keys);
    const knowledgeId = cluster.knowledgeId ?? '';
    const englishes = sortedJoin(cluster.englishes);
    const roleHeads = sortedJoin(cluster.roleHeads);
    if (hasSeparator(keys) || hasSeparator(knowledgeId) || hasSeparator(englishes) || hasSeparator(roleHeads) || hasSeparator(cluster.type)) {
      const profile = `${cluster.type}\u0002${knowledgeId}\u0002${keys}\u0002${englishes}\u0002${roleHeads}`;
      const found = this.byString.get(profile);
      if (found !== undefined) return found;
      this.byString.set(profile, next);
      return this.add(cluster.type, knowledgeId, englishes, roleHeads);
    }
    let list = this.byKeys.get(keys);
    if (list === undefined) {
      list = [];
      this.byKeys.set(keys, list);
    } else {
      for (const at of list) {
        if (this.types[at] === cluster.type && this.knowledgeIds[at] === knowledgeId && this.englishes[at] === englishes && this.roleHeads[at] === roleHeads) return at;
      }
    }
    list.push(next);
    return this.add(cluster.type, knowledgeId, englishes, roleHeads);
  }

  private add(type: string, knowledgeId: string, englishes: string, roleHeads: string): -1 {
    this.types.push(type);
    this.knowledgeIds.push(knowledgeId);
    this.englishes.push(englishes);
    this.roleHeads.push(roleHeads);
    return -1;
  }
}

function hasSeparator(text: string): boolean {
  return text.includes('\u0002');
}

/** The values sorted and joined by U+0001 (no copy for the usual zero or one value). */
function sortedJoin(values: readonly string[]): string {
  if (values.length === 0) return '';
  if (values.length === 1) return values[0]!;
  return [...values].sort().join('\u0001');
}

/** Union-find over distinct cluster profiles after all evidence-based merges. */
function mergeProfiles(clusters: readonly LocalCluster[]): UnionFind {
  const sets = new UnionFind(clusters.length);
  const evidence: GroupEvidence[] = clusters.map(evidenceOf);
  const tryUnion = (a: number, b: number, checkRoles: boolean): boolean => {
    const rootA = sets.find(a);
    const rootB = sets.find(b);
    if (rootA === rootB) return true;
    if (!compatible(evidence[rootA]!, evidence[rootB]!, checkRoles)) return false;
    const joined = sets.union(rootA, rootB)!;
    combineEvidence(evidence[joined.root]!, evidence[joined.absorbed]!);
    return true;
  };
  const mergeByKey = (keysOf: (cluster: LocalCluster) => Iterable<string>, checkRoles: boolean, eligible: (cluster: LocalCluster) => boolean = () => true): void => {
    const groups = new Map<string, number[]>();
    clusters.forEach((cluster, index) => {
      if (!eligible(cluster)) return;
      for (const key of keysOf(cluster)) {
        const list = groups.get(key);
        if (list) list.push(index);
        else groups.set(key, [index]);
      }
    });
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const heads: number[] = [members[0]!];
      for (const member of members.slice(1)) {
        const root = sets.find(member);
        if (heads.some((head) => sets.find(head) === root)) continue;
        if (!heads.some((head) => tryUnion(head, member, checkRoles))) heads.push(member);
      }
    }
  };

  mergeByKey((cluster) => (cluster.knowledgeId ? [`${cluster.type}:${cluster.knowledgeId}`] : []), false);
  mergeByKey((cluster) => [...cluster.englishes].map((english) => `${cluster.type}:${english.toLowerCase()}`), false);
  mergeByKey((cluster) => [...cluster.keys].filter((key) => cluster.type === 'org' || key.includes('·')).map((key) => `${cluster.type}:${key}`), false);
  const unambiguousPerson = (cluster: LocalCluster): boolean => cluster.type === 'person' && !(cluster.ambiguous && !cluster.knowledgeId);
  mergeByKey((cluster) => [...cluster.keys].map((key) => lastNamePart(key) ?? key), true, unambiguousPerson);
  mergeByKey(
    (cluster) => [...cluster.keys].map((key) => lastNamePart(key) ?? key).filter((key) => key.length >= MIN_PHONETIC_LENGTH).map(pinyinKey),
    true,
    unambiguousPerson,
  );
  mergeSkeletonVariants(clusters, sets, evidence, tryUnion);
  return sets;
}

/** Skeleton-equal surnames merge only with a supporting link: a shared given name, title or Latin surname. */
function mergeSkeletonVariants(
  clusters: readonly LocalCluster[],
  sets: UnionFind,
  evidence: readonly GroupEvidence[],
  tryUnion: (a: number, b: number, checkRoles: boolean) => boolean,
): void {
  const bySkeleton = new Map<string, number[]>();
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'person' || (cluster.ambiguous && !cluster.knowledgeId)) return;
    for (const key of cluster.keys) {
      const surname = lastNamePart(key) ?? key;
      if (surname.length < 2) continue;
      const skeleton = skeletonKey(key);
      const list = bySkeleton.get(skeleton);
      if (list) list.push(index);
      else bySkeleton.set(skeleton, [index]);
    }
  });
  for (const members of bySkeleton.values()) {
    const representatives = new Map<number, number>();
    for (const member of members) if (!representatives.has(sets.find(member))) representatives.set(sets.find(member), member);
    const distinct = [...representatives.values()];
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const rootA = sets.find(distinct[i]!);
        const rootB = sets.find(distinct[j]!);
        if (rootA === rootB) continue;
        if (supported(clusters[distinct[i]!]!, clusters[distinct[j]!]!, evidence[rootA]!, evidence[rootB]!)) tryUnion(distinct[i]!, distinct[j]!, true);
      }
    }
  }
}

function supported(x: LocalCluster, y: LocalCluster, a: GroupEvidence, b: GroupEvidence): boolean {
  const givenX = new Set([...a.fullNames].map(firstNamePart));
  if ([...b.fullNames].some((name) => givenX.has(firstNamePart(name)))) return true;
  if (a.roleHeads.size > 0 && b.roleHeads.size > 0 && roleHeadsCompatible(a.roleHeads, b.roleHeads)) return true;
  return x.englishes.length > 0 && y.englishes.length > 0 && compatible(a, b, false);
}
