/**
 * Groups one document's mentions into local clusters: same key, a short form of a dot-joined name written in the
 * same document (格鲁什科 → 亚历山大·格鲁什科), the same Latin gloss or surface, or the same knowledge entry.
 * Linear in the number of mentions: every rule joins clusters through a lookup table, never by comparing all pairs.
 */

import type { EntityType, Knowledge, Mention } from '../types';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES, PLACES } from '../lexicon/places';
import { linkToKnowledge } from './knowledgeLink';
import { lastNamePart, orgKey, personKey } from './nameKeys';
import { roleHead } from './roleHeads';
import { UnionFind } from './unionFind';

/** Mentions of one entity within one document, with the evidence they carry. Read-only once built. */
export interface LocalCluster {
  type: EntityType;
  /** Comparison keys of the surfaces (see `nameKeys.ts`). Arrays of distinct values, in order of first appearance. */
  keys: string[];
  /** Surfaces as written, and short forms given in parentheses (东方报业). */
  surfaces: string[];
  englishes: string[];
  roleHeads: string[];
  roles: string[];
  knowledgeId?: string;
  /** The surfaces are names of several knowledge entries and the roles did not decide. */
  ambiguous: boolean;
  /** Indexes into the document's mention array. */
  mentionIndexes: number[];
}

const MAX_CACHED_KEYS = 100_000;
const orgKeys = new Map<string, string>();
const personKeys = new Map<string, string>();

/** Key of a mention for grouping: normalized surface (orgs and persons normalize differently). Cached by surface. */
export function mentionKey(mention: Mention): string {
  const cache = mention.type === 'org' ? orgKeys : personKeys;
  let key = cache.get(mention.surface);
  if (key === undefined) {
    key = mention.type === 'org' ? orgKey(mention.surface) : personKey(mention.surface);
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    cache.set(mention.surface, key);
  }
  return key;
}

/** Union-find reused by every document (clustering is synchronous; each use resets it). */
const scratchSets = new UnionFind(0);

/**
 * The shared empty value of a cluster's string arrays, replaced by an array of its own on the first append: most
 * clusters have no gloss, title or role, and clusters stay cached, so they are kept small.
 */
const NONE = Object.freeze([]) as unknown as string[];
type StringField = 'keys' | 'surfaces' | 'englishes' | 'roleHeads' | 'roles';

function append(cluster: LocalCluster, field: StringField, value: string): void {
  if (cluster[field] === NONE) cluster[field] = [value];
  else cluster[field].push(value);
}

/** Appends `value` unless already there (the arrays of a cluster hold a handful of values). */
function addUnique(cluster: LocalCluster, field: StringField, value: string): void {
  if (!cluster[field].includes(value)) append(cluster, field, value);
}

const clusterCache = new WeakMap<readonly Mention[], { knowledge: Knowledge; clusters: readonly LocalCluster[] }>();

/**
 * Local clusters of a document's mentions. Cached per mention array (and knowledge), so rebuilding a graph after
 * one document changed only re-clusters that document when callers keep their cached mention arrays.
 */
export function clusterDocument(mentions: readonly Mention[], knowledge: Knowledge): readonly LocalCluster[] {
  const cached = clusterCache.get(mentions);
  if (cached && cached.knowledge === knowledge) return cached.clusters;
  const clusters = buildClusters(mentions, knowledge);
  clusterCache.set(mentions, { knowledge, clusters });
  return clusters;
}

function buildClusters(mentions: readonly Mention[], knowledge: Knowledge): LocalCluster[] {
  const orgClusters = new Map<string, number>();
  const personClusters = new Map<string, number>();
  const initial: LocalCluster[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const key = mentionKey(mention);
    const byKey = mention.type === 'org' ? orgClusters : personClusters;
    let clusterIndex = byKey.get(key);
    if (clusterIndex === undefined) {
      clusterIndex = initial.length;
      byKey.set(key, clusterIndex);
      initial.push({ type: mention.type, keys: [key], surfaces: [mention.surface], englishes: NONE, roleHeads: NONE, roles: NONE, ambiguous: false, mentionIndexes: [] });
    }
    const cluster = initial[clusterIndex]!;
    cluster.mentionIndexes.push(index);
    addUnique(cluster, 'surfaces', mention.surface);
    if (mention.shortForm) addUnique(cluster, 'surfaces', mention.shortForm);
    if (mention.english) addUnique(cluster, 'englishes', mention.english);
    if (mention.role) {
      append(cluster, 'roles', mention.role);
      const head = roleHead(mention.role);
      if (head) addUnique(cluster, 'roleHeads', head);
    }
  }
  const sets = scratchSets.reset(initial.length);
  joinShortFormsToFullNames(initial, sets);
  joinBareOrgsToQualified(initial, sets, knowledge);
  joinOnSharedGlossOrSurface(initial, sets);
  const merged = collapse(initial, sets);
  for (const cluster of merged) {
    const link = linkToKnowledge(knowledge, { type: cluster.type, keys: [...cluster.surfaces, ...cluster.keys], englishes: cluster.englishes, roles: cluster.roles });
    cluster.knowledgeId = link.entry?.id;
    cluster.ambiguous = link.ambiguous;
  }
  const linked = scratchSets.reset(merged.length);
  joinOnSharedValue(merged, linked, (cluster) => (cluster.knowledgeId ? [cluster.knowledgeId] : []));
  joinOrgVariants(merged, linked);
  return collapse(merged, linked);
}

/**
 * A short form (格鲁什科) joins the dot-joined name ending in it (亚历山大·格鲁什科) when exactly one full name in
 * the document ends that way: a short form matching two different full names (two 史密斯) links to neither.
 */
function joinShortFormsToFullNames(clusters: readonly LocalCluster[], sets: UnionFind): void {
  const ownerByLastPart = new Map<string, number>();
  const fullNameCount = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'person') return;
    for (const key of cluster.keys) {
      const last = lastNamePart(key);
      if (!last) continue;
      fullNameCount.set(last, (fullNameCount.get(last) ?? 0) + 1);
      ownerByLastPart.set(last, index);
    }
  });
  if (ownerByLastPart.size === 0) return;
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'person') return;
    for (const key of cluster.keys) {
      if (key.includes('·') || fullNameCount.get(key) !== 1) continue;
      sets.union(index, ownerByLastPart.get(key)!);
    }
  });
}

/**
 * A bare org name (普通法院, 国防部) joins the one qualified form in the document that adds a country, place or known
 * org in front (欧盟普通法院, 俄罗斯国防部): the article's context says whose court or ministry it is. With two
 * different qualified forms (俄罗斯国防部 and 乌克兰国防部) the bare one stays apart.
 */
function joinBareOrgsToQualified(clusters: readonly LocalCluster[], sets: UnionFind, knowledge: Knowledge): void {
  const orgByKey = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    if (cluster.type === 'org') for (const key of cluster.keys) orgByKey.set(key, index);
  });
  if (orgByKey.size < 2) return;
  const qualifiedOf = new Map<number, number>();
  const ambiguousBare = new Set<number>();
  const orgKeys = [...orgByKey.keys()];
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'org') return;
    for (const key of cluster.keys) {
      // Only splits where the rest is another org key can match: test those, shortest prefix first, without slicing.
      let splits: number[] | undefined;
      for (const other of orgKeys) {
        if (other.length >= 2 && other.length < key.length && key.endsWith(other)) (splits ??= []).push(key.length - other.length);
      }
      if (!splits) continue;
      if (splits.length > 1) splits.sort((a, b) => a - b);
      for (const split of splits) {
        const bare = orgByKey.get(key.slice(split));
        if (bare === undefined || bare === index || !isQualifier(key.slice(0, split), knowledge)) continue;
        const known = qualifiedOf.get(bare);
        if (known !== undefined && known !== index) ambiguousBare.add(bare);
        qualifiedOf.set(bare, index);
        break;
      }
    }
  });
  for (const [bare, qualified] of qualifiedOf) if (!ambiguousBare.has(bare)) sets.union(qualified, bare);
}

/** A country, a one-character country abbreviation, a place, or a known organization (the 欧盟 of 欧盟普通法院). */
function isQualifier(prefix: string, knowledge: Knowledge): boolean {
  if (COUNTRY_NAMES.has(prefix) || PLACES.has(prefix) || (prefix.length === 1 && COUNTRY_ABBREVIATIONS.has(prefix))) return true;
  return knowledge.byName.get(prefix)?.some((entry) => entry.type === 'org') ?? false;
}

/** Generic endings that may be added to an org's name without changing what it names (澎湃影像 / 澎湃影像平台). */
const GENERIC_ORG_ENDINGS = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '平台'];
const MAX_ABBREVIATION = 4;

/**
 * Joins two org clusters of one document when one surface is the other plus a generic ending (X / X集团), or
 * when one is an abbreviation of a longer name mentioned earlier: at least two characters, the same first
 * character, all characters in order, not a plain substring (上海文化产业发展投资基金 … 上文投). An abbreviation
 * that fits two different full names joins neither; clusters linked to two different knowledge entries never join.
 */
function joinOrgVariants(clusters: readonly LocalCluster[], sets: UnionFind): void {
  const orgBySurface = new Map<string, number>();
  const fullByFirstChar = new Map<string, number[]>();
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'org') return;
    for (const surface of cluster.surfaces) {
      orgBySurface.set(surface, index);
      if (surface.length > 2) (fullByFirstChar.get(surface[0]!) ?? fullByFirstChar.set(surface[0]!, []).get(surface[0]!)!).push(index);
    }
  });
  if (orgBySurface.size < 2) return;
  clusters.forEach((cluster, index) => {
    if (cluster.type !== 'org') return;
    for (const surface of cluster.surfaces) {
      const ending = GENERIC_ORG_ENDINGS.find((word) => surface.length - word.length >= 2 && surface.endsWith(word));
      const bare = ending ? orgBySurface.get(surface.slice(0, surface.length - ending.length)) : undefined;
      if (bare !== undefined && compatible(clusters, bare, index)) sets.union(bare, index);
      if (surface.length < 2 || surface.length > MAX_ABBREVIATION || !/^[\u4e00-\u9fff]+$/.test(surface)) continue;
      const firstMention = cluster.mentionIndexes[0]!;
      const owners = new Set<number>();
      for (const candidate of fullByFirstChar.get(surface[0]!) ?? []) {
        const full = clusters[candidate]!;
        if (!compatible(clusters, candidate, index) || full.mentionIndexes[0]! > firstMention) continue;
        for (const form of full.surfaces) if (form.length > surface.length && !form.includes(surface) && isSubsequence(surface, form)) owners.add(candidate);
      }
      if (owners.size === 1) sets.union([...owners][0]!, index);
    }
  });
}

/** Two different clusters that are not linked to two different knowledge entries. */
function compatible(clusters: readonly LocalCluster[], a: number, b: number): boolean {
  const first = clusters[a]!.knowledgeId;
  const second = clusters[b]!.knowledgeId;
  return a !== b && (!first || !second || first === second);
}

function isSubsequence(short: string, full: string): boolean {
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Join clusters of the same type that share a Latin gloss, or a surface (a gloss only matches a gloss). */
function joinOnSharedGlossOrSurface(clusters: readonly LocalCluster[], sets: UnionFind): void {
  const holders = { org: { gloss: new Map<string, number>(), surface: new Map<string, number>() }, person: { gloss: new Map<string, number>(), surface: new Map<string, number>() } };
  clusters.forEach((cluster, index) => {
    const { gloss, surface } = holders[cluster.type];
    for (const english of cluster.englishes) {
      const holder = gloss.get(english);
      if (holder === undefined) gloss.set(english, index);
      else sets.union(holder, index);
    }
    for (const form of cluster.surfaces) {
      const holder = surface.get(form);
      if (holder === undefined) surface.set(form, index);
      else sets.union(holder, index);
    }
  });
}

/** Join clusters of the same type that share any of the values `valuesOf` lists. */
function joinOnSharedValue(clusters: readonly LocalCluster[], sets: UnionFind, valuesOf: (cluster: LocalCluster) => Iterable<string>): void {
  const firstHolder = new Map<string, number>();
  clusters.forEach((cluster, index) => {
    const prefix = cluster.type === 'org' ? 'o' : 'p';
    for (const value of valuesOf(cluster)) {
      const tagged = prefix + value;
      const holder = firstHolder.get(tagged);
      if (holder === undefined) firstHolder.set(tagged, index);
      else sets.union(holder, index);
    }
  });
}

/** One cluster per set, in order of each set's first member; members are absorbed into that first one. */
function collapse(clusters: readonly LocalCluster[], sets: UnionFind): LocalCluster[] {
  const targetOfRoot = new Map<number, LocalCluster>();
  const result: LocalCluster[] = [];
  clusters.forEach((cluster, index) => {
    const root = sets.find(index);
    const target = targetOfRoot.get(root);
    if (!target) {
      targetOfRoot.set(root, cluster);
      result.push(cluster);
    } else absorb(target, cluster);
  });
  for (const cluster of result) if (!isAscending(cluster.mentionIndexes)) cluster.mentionIndexes.sort((a, b) => a - b);
  return result;
}

function isAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

function absorb(target: LocalCluster, source: LocalCluster): void {
  for (const key of source.keys) addUnique(target, 'keys', key);
  for (const surface of source.surfaces) addUnique(target, 'surfaces', surface);
  for (const english of source.englishes) addUnique(target, 'englishes', english);
  for (const head of source.roleHeads) addUnique(target, 'roleHeads', head);
  for (const role of source.roles) append(target, 'roles', role);
  for (const index of source.mentionIndexes) target.mentionIndexes.push(index);
  target.knowledgeId ??= source.knowledgeId;
  target.ambiguous ||= source.ambiguous;
}
