/** Links a document-local cluster of surface forms to a knowledge entry, telling namesakes apart by role. */

import type { EntityType, Knowledge, KnowledgeEntry } from '../types';
import { orgKey, splitLeadingCountry } from './nameKeys';

/** What a local cluster offers as evidence. */
export interface LinkEvidence {
  type: EntityType;
  keys: Iterable<string>;
  englishes: Iterable<string>;
  roles: Iterable<string>;
}

/**
 * Knowledge entries a surface or key may refer to. Orgs also match with a leading country when the entry is of
 * that country (美国哥伦比亚广播公司 → CBS, 俄卫星通讯社 → Sputnik; not 哈萨克斯坦国际文传电讯社 → Interfax).
 */
export function entriesForKey(knowledge: Knowledge, key: string, type: EntityType): readonly KnowledgeEntry[] {
  return cachedEntries(entryCacheOf(knowledge, type), knowledge, key, type);
}

function entryCacheOf(knowledge: Knowledge, type: EntityType): Map<string, readonly KnowledgeEntry[]> {
  let caches = entryCache.get(knowledge);
  if (!caches) entryCache.set(knowledge, (caches = { org: new Map(), person: new Map() }));
  return caches[type];
}

function cachedEntries(cache: Map<string, readonly KnowledgeEntry[]>, knowledge: Knowledge, key: string, type: EntityType): readonly KnowledgeEntry[] {
  let entries = cache.get(key);
  if (!entries) {
    entries = lookUpEntries(knowledge, key, type);
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    cache.set(key, entries);
  }
  return entries;
}

const MAX_CACHED_KEYS = 100_000;
/** Per knowledge: entries by key, one map per entity type (no key concatenation on the hot path). */
const entryCache = new WeakMap<Knowledge, Record<EntityType, Map<string, readonly KnowledgeEntry[]>>>();

function lookUpEntries(knowledge: Knowledge, key: string, type: EntityType): readonly KnowledgeEntry[] {
  const direct = knowledge.byName.get(key) ?? (type === 'org' ? knowledge.byName.get(orgKey(key)) : undefined);
  if (direct) return direct.filter((entry) => entry.type === type);
  if (type === 'org') {
    const split = splitLeadingCountry(key);
    const entries = split ? knowledge.byName.get(split.rest) : undefined;
    if (entries) return entries.filter((entry) => entry.type === type && entry.description.includes(split!.country));
  }
  return [];
}

/**
 * The knowledge entry for a cluster: the only candidate, or the one whose description shares most of the
 * cluster's roles (美国国家安全顾问沙利文 → Jake Sullivan). Undefined when absent or still ambiguous.
 */
export function linkToKnowledge(knowledge: Knowledge, evidence: LinkEvidence): { entry?: KnowledgeEntry; ambiguous: boolean } {
  const candidates = new Set<KnowledgeEntry>();
  for (const key of evidence.keys) for (const entry of entriesForKey(knowledge, key, evidence.type)) candidates.add(entry);
  const byEnglish = new Set<KnowledgeEntry>();
  for (const english of evidence.englishes) {
    for (const entry of knowledge.byEnglish.get(english.toLowerCase()) ?? []) if (entry.type === evidence.type) byEnglish.add(entry);
  }
  if (byEnglish.size === 1) return { entry: [...byEnglish][0], ambiguous: false };
  if (candidates.size === 0) return { ambiguous: false };
  if (candidates.size === 1) return { entry: [...candidates][0], ambiguous: false };
  const roles = [...evidence.roles];
  const scored = [...candidates].map((entry) => ({ entry, score: roleOverlap(roles, entry.description) })).sort((a, b) => b.score - a.score);
  if (scored[0]!.score > 0 && scored[0]!.score > scored[1]!.score) return { entry: scored[0]!.entry, ambiguous: false };
  return { ambiguous: true };
}

/** `linkCluster`'s answer when the cluster's names fit several entries and its roles do not decide. */
export const AMBIGUOUS: unique symbol = Symbol('ambiguous');

/** What `linkCluster` reads of a local cluster. */
export interface LinkableCluster {
  type: EntityType;
  surfaces: readonly string[];
  keys: readonly string[];
  englishes: readonly string[];
  roles: readonly string[];
}

/** Per knowledge and type, `linkCluster`'s answer for single-surface clusters by surface (`SEVERAL`: the roles decide). */
const SEVERAL: unique symbol = Symbol('several');
const singleLinks = new WeakMap<Knowledge, Record<EntityType, Map<string, KnowledgeEntry | null | typeof SEVERAL>>>();

function singleLinkCacheOf(knowledge: Knowledge, type: EntityType): Map<string, KnowledgeEntry | null | typeof SEVERAL> {
  let caches = singleLinks.get(knowledge);
  if (!caches) singleLinks.set(knowledge, (caches = { org: new Map(), person: new Map() }));
  return caches[type];
}

/** Reused candidate lists (linking is synchronous); in order of first appearance, like the sets of `linkToKnowledge`. */
const byNameScratch: KnowledgeEntry[] = [];
const byEnglishScratch: KnowledgeEntry[] = [];

/**
 * `linkToKnowledge` of a cluster whose keys are its surfaces then its keys, answering the entry, `AMBIGUOUS`, or
 * undefined, without building the evidence lists (keys equal to a surface find the same entries and are skipped).
 */
export function linkCluster(knowledge: Knowledge, cluster: LinkableCluster): KnowledgeEntry | typeof AMBIGUOUS | undefined {
  const type = cluster.type;
  // A cluster of one surface and its key, without gloss (most of them): the answer depends on the surface alone unless
  // it names several entries (the roles decide then), so it is remembered per surface.
  const single = cluster.surfaces.length === 1 && cluster.keys.length === 1 && cluster.englishes.length === 0;
  let singles: Map<string, KnowledgeEntry | null | typeof SEVERAL> | undefined;
  if (single) {
    singles = singleLinkCacheOf(knowledge, type);
    const known = singles.get(cluster.surfaces[0]!);
    if (known !== undefined && known !== SEVERAL) return known ?? undefined;
  }
  if (cluster.englishes.length > 0) {
    byEnglishScratch.length = 0;
    for (const english of cluster.englishes) {
      for (const entry of knowledge.byEnglish.get(english.toLowerCase()) ?? []) if (entry.type === type && !byEnglishScratch.includes(entry)) byEnglishScratch.push(entry);
    }
    if (byEnglishScratch.length === 1) return byEnglishScratch[0];
  }
  const cache = entryCacheOf(knowledge, type);
  const candidates = byNameScratch;
  candidates.length = 0;
  for (const surface of cluster.surfaces) addEntries(candidates, cachedEntries(cache, knowledge, surface, type));
  for (const key of cluster.keys) if (!cluster.surfaces.includes(key)) addEntries(candidates, cachedEntries(cache, knowledge, key, type));
  if (singles) {
    if (singles.size >= MAX_CACHED_KEYS) singles.clear();
    singles.set(cluster.surfaces[0]!, candidates.length === 0 ? null : candidates.length === 1 ? candidates[0]! : SEVERAL);
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  const roles = cluster.roles;
  const scored = candidates.map((entry) => ({ entry, score: roleOverlap(roles, entry.description) })).sort((a, b) => b.score - a.score);
  if (scored[0]!.score > 0 && scored[0]!.score > scored[1]!.score) return scored[0]!.entry;
  return AMBIGUOUS;
}

function addEntries(target: KnowledgeEntry[], entries: readonly KnowledgeEntry[]): void {
  for (const entry of entries) if (!target.includes(entry)) target.push(entry);
}

/** How many character pairs of the roles occur in the description. */
function roleOverlap(roles: readonly string[], description: string): number {
  let score = 0;
  for (const role of roles) for (let i = 0; i + 1 < role.length; i++) if (description.includes(role.slice(i, i + 2))) score++;
  return score;
}
