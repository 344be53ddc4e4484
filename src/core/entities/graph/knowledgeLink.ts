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
  let caches = entryCache.get(knowledge);
  if (!caches) entryCache.set(knowledge, (caches = { org: new Map(), person: new Map() }));
  const cache = caches[type];
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

/** How many character pairs of the roles occur in the description. */
function roleOverlap(roles: readonly string[], description: string): number {
  let score = 0;
  for (const role of roles) for (let i = 0; i + 1 < role.length; i++) if (description.includes(role.slice(i, i + 2))) score++;
  return score;
}
