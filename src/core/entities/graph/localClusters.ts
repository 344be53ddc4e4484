/**
 * Groups one document's mentions into local clusters: same key, a short form of a dot-joined name written in the
 * same document (格鲁什科 → 亚历山大·格鲁什科), the same Latin gloss or surface, or the same knowledge entry.
 * Linear in the number of mentions: every rule joins clusters through a lookup table, never by comparing all pairs
 * (small documents compare pairs directly, which costs less than filling a table).
 */

import type { EntityType, Knowledge, Mention } from '../types';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES, PLACES } from '../lexicon/places';
import { AMBIGUOUS, linkCluster } from './knowledgeLink';
import { lastNamePart, orgKey, personKey } from './nameKeys';
import { roleHead } from './roleHeads';
import { UnionFind } from './unionFind';
import { isSubsequence } from '../recognize/chars';

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
  knowledgeId: string | undefined;
  /** The surfaces are names of several knowledge entries and the roles did not decide. */
  ambiguous: boolean;
  /** Indexes into the document's mention array. */
  mentionIndexes: number[];
  /**
   * The mentions' surfaces in mention order as runs (surface, count, surface, count…); undefined when they are all
   * `surfaces[0]` (the surface of the first mention, as every cluster starts with it). Set on the final clusters.
   */
  surfaceRuns: Array<string | number> | undefined;
  /** The glosses, and the roles, of the mentions that have one, in mention order, as runs; undefined when none. */
  englishRuns: Array<string | number> | undefined;
  roleRuns: Array<string | number> | undefined;
  /** The mentions' short forms, distinct, in order of first mention; undefined when none. */
  shortForms: string[] | undefined;
  /** Smallest start offset of the cluster's mentions. */
  firstStart: number;
}

/** The key of a surface and a number for it, the same for every surface with that key (and type class). */
interface KeyInfo {
  key: string;
  id: number;
  /** `[key]` and `[surface]`: the first lists of every cluster started by this surface (shared, copied on write). */
  keyList: string[];
  surfaceList: string[];
}

const MAX_CACHED_KEYS = 100_000;
/** Per type class (org, other), key info by surface and key number by key. Cleared together, between documents. */
const orgKeys = new Map<string, KeyInfo>();
const personKeys = new Map<string, KeyInfo>();
const orgKeyIds = new Map<string, number>();
const personKeyIds = new Map<string, number>();
let nextKeyId = 0;

function keyInfo(type: EntityType, surface: string): KeyInfo {
  const org = type === 'org';
  const cache = org ? orgKeys : personKeys;
  let info = cache.get(surface);
  if (info === undefined) {
    const key = org ? orgKey(surface) : personKey(surface);
    const ids = org ? orgKeyIds : personKeyIds;
    let id = ids.get(key);
    if (id === undefined) {
      id = nextKeyId++;
      ids.set(key, id);
    }
    info = { key, id, keyList: [key], surfaceList: [surface] };
    sharedLists.add(info.keyList);
    sharedLists.add(info.surfaceList);
    cache.set(surface, info);
  }
  return info;
}

/** Key of a mention for grouping: normalized surface (orgs and persons normalize differently). Cached by surface. */
export function mentionKey(mention: Mention): string {
  return keyInfo(mention.type, mention.surface).key;
}

/** Per key number: the stamp of the document that last used it and that document's cluster for it. */
let keyStamp = new Int32Array(1024);
let clusterOfKey = new Int32Array(1024);
let documentStamp = 0;

/** Starts a document: bounds the key caches (only here, so key numbers hold for a whole document) and sizes the tables. */
function startDocument(mentionCount: number): number {
  if (orgKeys.size + personKeys.size >= MAX_CACHED_KEYS) {
    orgKeys.clear();
    personKeys.clear();
    orgKeyIds.clear();
    personKeyIds.clear();
    nextKeyId = 0;
    keyStamp.fill(0);
    documentStamp = 0;
  }
  const needed = nextKeyId + mentionCount + 1;
  if (keyStamp.length < needed) {
    const size = Math.max(needed, keyStamp.length * 2);
    const stamps = new Int32Array(size);
    stamps.set(keyStamp);
    keyStamp = stamps;
    const clusters = new Int32Array(size);
    clusters.set(clusterOfKey);
    clusterOfKey = clusters;
  }
  if (documentStamp === 0x7fffffff) {
    keyStamp.fill(0);
    documentStamp = 0;
  }
  return ++documentStamp;
}

/** Union-find reused by every document (clustering is synchronous; each use resets it). */
const scratchSets = new UnionFind(0);

/**
 * The shared empty value of a cluster's string arrays, replaced by an array of its own on the first append: most
 * clusters have no gloss, title or role, and clusters stay cached, so they are kept small. A cluster's first key and
 * surface lists are likewise shared (see `KeyInfo`) until a second value comes. Shared lists are never written
 * (`append` copies them) and not frozen either: V8 reads frozen arrays mixed with others several times slower.
 */
const NONE: string[] = [];
const NO_INDEXES: number[] = [];
/** The one-value lists of `KeyInfo`. */
const sharedLists = new WeakSet<readonly string[]>();
type StringField = 'keys' | 'surfaces' | 'englishes' | 'roleHeads' | 'roles';

function append(cluster: LocalCluster, field: StringField, value: string): void {
  const list = cluster[field];
  if (list === NONE) cluster[field] = [value];
  else if (list.length === 1 && sharedLists.has(list)) cluster[field] = [list[0]!, value];
  else list.push(value);
}

/** Appends `value` unless already there (the arrays of a cluster hold a handful of values). */
function addUnique(cluster: LocalCluster, field: StringField, value: string): void {
  if (!cluster[field].includes(value)) append(cluster, field, value);
}

const clusterCache = new WeakMap<readonly Mention[], { knowledge: Knowledge; clusters: readonly LocalCluster[] }>();
/** Mention arrays clustered once: their clusters are cached when they come again. */
const clusteredOnce = new WeakSet<readonly Mention[]>();

/**
 * Local clusters of a document's mentions. Cached per mention array (and knowledge) from the second time an array is
 * clustered, so rebuilding a graph after one document changed only re-clusters that document when callers keep their
 * mention arrays, while a graph built once does not keep every document's clusters alive with its mentions.
 */
export function clusterDocument(mentions: readonly Mention[], knowledge: Knowledge): readonly LocalCluster[] {
  const cached = clusterCache.get(mentions);
  if (cached && cached.knowledge === knowledge) return cached.clusters;
  const clusters = buildClusters(mentions, knowledge);
  if (clusteredOnce.has(mentions)) clusterCache.set(mentions, { knowledge, clusters });
  else clusteredOnce.add(mentions);
  return clusters;
}

/** Up to this many clusters of a kind, a rule compares pairs directly instead of building lookup tables. */
const SMALL = 48;

/** Per mention of the document being clustered: its initial cluster; per initial cluster: its mention count. */
let clusterOfMention = new Int32Array(256);
let mentionCount = new Int32Array(256);
/** Short forms of the document being clustered, with the initial cluster of their mention: (cluster, form) pairs. */
const shortForms: Array<number | string> = [];

function buildClusters(mentions: readonly Mention[], knowledge: Knowledge): LocalCluster[] {
  const stamp = startDocument(mentions.length);
  if (clusterOfMention.length < mentions.length) {
    clusterOfMention = new Int32Array(mentions.length * 2);
    mentionCount = new Int32Array(mentions.length * 2);
  }
  const initial: LocalCluster[] = [];
  shortForms.length = 0;
  let anyEnglish = false;
  let anyDot = false;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const surface = mention.surface;
    const info = keyInfo(mention.type, surface);
    let clusterIndex: number;
    let cluster: LocalCluster;
    if (keyStamp[info.id] === stamp) {
      clusterIndex = clusterOfKey[info.id]!;
      cluster = initial[clusterIndex]!;
      mentionCount[clusterIndex]!++;
      addUnique(cluster, 'surfaces', surface);
    } else {
      clusterIndex = initial.length;
      keyStamp[info.id] = stamp;
      clusterOfKey[info.id] = clusterIndex;
      mentionCount[clusterIndex] = 1;
      cluster = {
        type: mention.type,
        keys: info.keyList,
        surfaces: info.surfaceList,
        englishes: NONE,
        roleHeads: NONE,
        roles: NONE,
        knowledgeId: undefined,
        ambiguous: false,
        mentionIndexes: NO_INDEXES,
        surfaceRuns: undefined,
        englishRuns: undefined,
        roleRuns: undefined,
        shortForms: undefined,
        firstStart: 0,
      };
      initial.push(cluster);
      if (mention.type !== 'org' && info.key.includes('·')) anyDot = true;
    }
    clusterOfMention[index] = clusterIndex;
    const shortForm = mention.shortForm;
    if (shortForm) {
      addUnique(cluster, 'surfaces', shortForm);
      shortForms.push(clusterIndex, shortForm);
    }
    const english = mention.english;
    if (english) {
      addUnique(cluster, 'englishes', english);
      anyEnglish = true;
    }
    const role = mention.role;
    if (role) {
      append(cluster, 'roles', role);
      const head = roleHead(role);
      if (head) addUnique(cluster, 'roleHeads', head);
    }
  }
  // Mention indexes in lists of their final size, filled in mention order (ascending).
  for (let c = 0; c < initial.length; c++) {
    initial[c]!.mentionIndexes = new Array<number>(mentionCount[c]!);
    mentionCount[c] = 0;
  }
  for (let index = 0; index < mentions.length; index++) {
    const c = clusterOfMention[index]!;
    initial[c]!.mentionIndexes[mentionCount[c]!++] = index;
  }
  const sets = scratchSets.reset(initial.length);
  // Without a dot-joined name there is no full name to join, and without short forms or glosses no two clusters
  // share a surface (a surface has one key per type): those rules cannot join anything then.
  if (anyDot) joinShortFormsToFullNames(initial, sets);
  joinBareOrgsToQualified(initial, sets, knowledge);
  if (shortForms.length > 0 || anyEnglish) joinOnSharedGlossOrSurface(initial, sets, anyEnglish);
  const merged = collapse(initial, sets);
  let linkedCount = 0;
  for (let c = 0; c < merged.length; c++) {
    const cluster = merged[c]!;
    const entry = linkCluster(knowledge, cluster);
    if (entry === AMBIGUOUS) cluster.ambiguous = true;
    else if (entry) {
      cluster.knowledgeId = entry.id;
      linkedCount++;
    }
  }
  const linked = scratchSets.reset(merged.length);
  if (linkedCount > 1) joinOnKnowledgeEntry(merged, linked);
  joinOrgVariants(merged, linked);
  const clusters = collapse(merged, linked);
  for (const cluster of clusters) summarize(cluster, mentions);
  return clusters;
}

/**
 * Sets what assembling entities reads of a final cluster's mentions (see `LocalCluster.surfaceRuns`), read here in
 * mention order while the document's mentions are at hand rather than mention by mention across the corpus.
 */
function summarize(cluster: LocalCluster, mentions: readonly Mention[]): void {
  const indexes = cluster.mentionIndexes;
  let firstStart = Infinity;
  let surfaceRuns: Array<string | number> | undefined;
  let surface: string | undefined;
  let surfaceCount = 0;
  let englishRuns: Array<string | number> | undefined;
  let roleRuns: Array<string | number> | undefined;
  let shortForms: string[] | undefined;
  for (let k = 0; k < indexes.length; k++) {
    const mention = mentions[indexes[k]!]!;
    if (mention.start < firstStart) firstStart = mention.start;
    if (mention.surface === surface) surfaceCount++;
    else {
      if (surface !== undefined) (surfaceRuns ??= []).push(surface, surfaceCount);
      surface = mention.surface;
      surfaceCount = 1;
    }
    if (mention.english) englishRuns = addToRuns(englishRuns, mention.english);
    if (mention.role) roleRuns = addToRuns(roleRuns, mention.role);
    const shortForm = mention.shortForm;
    if (shortForm && !(shortForms ??= []).includes(shortForm)) shortForms.push(shortForm);
  }
  if (surfaceRuns) surfaceRuns.push(surface!, surfaceCount);
  cluster.firstStart = firstStart;
  cluster.surfaceRuns = surfaceRuns;
  cluster.englishRuns = englishRuns;
  cluster.roleRuns = roleRuns;
  cluster.shortForms = shortForms;
}

/** `runs` with one more `value` (a new run, or one more in the last run). */
function addToRuns(runs: Array<string | number> | undefined, value: string): Array<string | number> {
  if (!runs) return [value, 1];
  if (runs[runs.length - 2] === value) (runs[runs.length - 1] as number)++;
  else runs.push(value, 1);
  return runs;
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

/** Reused lists of cluster indexes and numbers (synchronous use only). */
const orgIndexes: number[] = [];
const splitList: number[] = [];
const bareList: number[] = [];
let qualifiedOf = new Int32Array(64);
let bareFlags = new Uint8Array(64);

/**
 * A bare org name (普通法院, 国防部) joins the one qualified form in the document that adds a country, place or known
 * org in front (欧盟普通法院, 俄罗斯国防部): the article's context says whose court or ministry it is. With two
 * different qualified forms (俄罗斯国防部 and 乌克兰国防部) the bare one stays apart. Each cluster has one key here.
 */
function joinBareOrgsToQualified(clusters: readonly LocalCluster[], sets: UnionFind, knowledge: Knowledge): void {
  orgIndexes.length = 0;
  for (let index = 0; index < clusters.length; index++) if (clusters[index]!.type === 'org') orgIndexes.push(index);
  if (orgIndexes.length < 2) return;
  if (qualifiedOf.length < clusters.length) {
    qualifiedOf = new Int32Array(clusters.length * 2);
    bareFlags = new Uint8Array(clusters.length * 2);
  }
  bareList.length = 0;
  for (const index of orgIndexes) {
    const key = clusters[index]!.keys[0]!;
    // Only splits where the rest is another org key can match: test those, longest rest first, without slicing.
    splitList.length = 0;
    for (const other of orgIndexes) {
      const otherKey = clusters[other]!.keys[0]!;
      if (otherKey.length >= 2 && otherKey.length < key.length && key.endsWith(otherKey)) splitList.push(key.length - otherKey.length, other);
    }
    if (splitList.length === 0) continue;
    if (splitList.length > 2) sortPairs(splitList);
    for (let k = 0; k < splitList.length; k += 2) {
      const split = splitList[k]!;
      const bare = splitList[k + 1]!;
      if (!isQualifier(key.slice(0, split), knowledge)) continue;
      // Flag bits: 1 = has a qualified form (in `qualifiedOf`), 2 = has two different ones.
      if ((bareFlags[bare]! & 1) === 0) {
        bareFlags[bare] = 1;
        bareList.push(bare);
      } else if (qualifiedOf[bare] !== index) bareFlags[bare]! |= 2;
      qualifiedOf[bare] = index;
      break;
    }
  }
  for (const bare of bareList) {
    if (bareFlags[bare] === 1) sets.union(qualifiedOf[bare]!, bare);
    bareFlags[bare] = 0;
  }
}

/** Sorts a flat list of (number, payload) pairs by number (the numbers are distinct). */
function sortPairs(pairs: number[]): void {
  for (let i = 2; i < pairs.length; i += 2) {
    const value = pairs[i]!;
    const payload = pairs[i + 1]!;
    let j = i - 2;
    while (j >= 0 && pairs[j]! > value) {
      pairs[j + 2] = pairs[j]!;
      pairs[j + 3] = pairs[j + 1]!;
      j -= 2;
    }
    pairs[j + 2] = value;
    pairs[j + 3] = payload;
  }
}

/** A country, a one-character country abbreviation, a place, or a known organization (the 欧盟 of 欧盟普通法院). */
function isQualifier(prefix: string, knowledge: Knowledge): boolean {
  if (COUNTRY_NAMES.has(prefix) || PLACES.has(prefix) || (prefix.length === 1 && COUNTRY_ABBREVIATIONS.has(prefix))) return true;
  return knowledge.byName.get(prefix)?.some((entry) => entry.type === 'org') ?? false;
}

/** Generic endings that may be added to an org's name without changing what it names (澎湃影像 / 澎湃影像平台). */
const GENERIC_ORG_ENDINGS = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '平台'];
const MAX_ABBREVIATION = 4;

function genericEnding(surface: string): string | undefined {
  for (const word of GENERIC_ORG_ENDINGS) if (surface.length - word.length >= 2 && surface.endsWith(word)) return word;
  return undefined;
}

function isAllHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return text.length > 0;
}

/**
 * Joins two org clusters of one document when one surface is the other plus a generic ending (X / X集团), or
 * when one is an abbreviation of a longer name mentioned earlier: at least two characters, the same first
 * character, all characters in order, not a plain substring (上海文化产业发展投资基金 … 上文投). An abbreviation
 * that fits two different full names joins neither; clusters linked to two different knowledge entries never join.
 */
function joinOrgVariants(clusters: readonly LocalCluster[], sets: UnionFind): void {
  orgIndexes.length = 0;
  let surfaceCount = 0;
  for (let index = 0; index < clusters.length; index++) {
    const cluster = clusters[index]!;
    if (cluster.type !== 'org') continue;
    orgIndexes.push(index);
    surfaceCount += cluster.surfaces.length;
  }
  if (surfaceCount < 2) return;
  if (orgIndexes.length > SMALL) {
    joinOrgVariantsByTables(clusters, sets);
    return;
  }
  for (const index of orgIndexes) {
    const cluster = clusters[index]!;
    for (const surface of cluster.surfaces) {
      const ending = genericEnding(surface);
      if (ending) {
        const bare = lastOrgWithSurface(clusters, surface.slice(0, surface.length - ending.length));
        if (bare !== undefined && compatible(clusters, bare, index)) sets.union(bare, index);
      }
      if (surface.length < 2 || surface.length > MAX_ABBREVIATION || !isAllHan(surface)) continue;
      const first = surface.charCodeAt(0);
      const firstMention = cluster.mentionIndexes[0]!;
      let owner = -1;
      let owners = 0;
      for (const candidate of orgIndexes) {
        if (owners > 1) break;
        const full = clusters[candidate]!;
        // Candidates are the clusters with a surface longer than two characters that starts with the same character.
        if (!hasLongFormStartingWith(full.surfaces, first)) continue;
        if (!compatible(clusters, candidate, index) || full.mentionIndexes[0]! > firstMention) continue;
        if (hasExpansionOf(full.surfaces, surface)) {
          owner = candidate;
          owners++;
        }
      }
      if (owners === 1) sets.union(owner, index);
    }
  }
}

function hasLongFormStartingWith(forms: readonly string[], first: number): boolean {
  for (const form of forms) if (form.length > 2 && form.charCodeAt(0) === first) return true;
  return false;
}

/** Some form is longer than `short`, does not contain it, and has its characters in order. */
function hasExpansionOf(forms: readonly string[], short: string): boolean {
  for (const form of forms) if (form.length > short.length && !form.includes(short) && isSubsequence(short, form)) return true;
  return false;
}

/** The last org cluster (by index) with `surface` among its surfaces: the one a surface table would keep. */
function lastOrgWithSurface(clusters: readonly LocalCluster[], surface: string): number | undefined {
  for (let k = orgIndexes.length - 1; k >= 0; k--) if (clusters[orgIndexes[k]!]!.surfaces.includes(surface)) return orgIndexes[k]!;
  return undefined;
}

/** `joinOrgVariants` through lookup tables, for documents with many orgs. */
function joinOrgVariantsByTables(clusters: readonly LocalCluster[], sets: UnionFind): void {
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
      const ending = genericEnding(surface);
      const bare = ending ? orgBySurface.get(surface.slice(0, surface.length - ending.length)) : undefined;
      if (bare !== undefined && compatible(clusters, bare, index)) sets.union(bare, index);
      if (surface.length < 2 || surface.length > MAX_ABBREVIATION || !isAllHan(surface)) continue;
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

/**
 * Join clusters of the same type that share a Latin gloss, or a surface (a gloss only matches a gloss). Only a short
 * form can be a surface of two initial clusters (a surface has one key per type), so small documents look up each
 * short form among the other clusters' surfaces, and glosses pair by pair.
 */
function joinOnSharedGlossOrSurface(clusters: readonly LocalCluster[], sets: UnionFind, anyEnglish: boolean): void {
  if (clusters.length > SMALL) {
    joinOnSharedGlossOrSurfaceByTables(clusters, sets);
    return;
  }
  for (let k = 0; k < shortForms.length; k += 2) {
    const owner = shortForms[k] as number;
    const form = shortForms[k + 1] as string;
    const type = clusters[owner]!.type;
    for (let other = 0; other < clusters.length; other++) {
      if (other !== owner && clusters[other]!.type === type && clusters[other]!.surfaces.includes(form)) sets.union(owner, other);
    }
  }
  if (!anyEnglish) return;
  for (let a = 0; a < clusters.length; a++) {
    const englishes = clusters[a]!.englishes;
    if (englishes.length === 0) continue;
    const type = clusters[a]!.type;
    for (let b = a + 1; b < clusters.length; b++) {
      const other = clusters[b]!;
      if (other.type !== type || other.englishes.length === 0) continue;
      for (const english of englishes) {
        if (other.englishes.includes(english)) {
          sets.union(a, b);
          break;
        }
      }
    }
  }
}

function joinOnSharedGlossOrSurfaceByTables(clusters: readonly LocalCluster[], sets: UnionFind): void {
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

const linkedIndexes: number[] = [];

/** Join clusters of the same type class (org, other) linked to the same knowledge entry. */
function joinOnKnowledgeEntry(clusters: readonly LocalCluster[], sets: UnionFind): void {
  linkedIndexes.length = 0;
  for (let index = 0; index < clusters.length; index++) if (clusters[index]!.knowledgeId) linkedIndexes.push(index);
  if (linkedIndexes.length > SMALL) {
    const firstHolder = new Map<string, number>();
    for (const index of linkedIndexes) {
      const cluster = clusters[index]!;
      const tagged = (cluster.type === 'org' ? 'o' : 'p') + cluster.knowledgeId!;
      const holder = firstHolder.get(tagged);
      if (holder === undefined) firstHolder.set(tagged, index);
      else sets.union(holder, index);
    }
    return;
  }
  for (let i = 1; i < linkedIndexes.length; i++) {
    const cluster = clusters[linkedIndexes[i]!]!;
    const org = cluster.type === 'org';
    for (let j = 0; j < i; j++) {
      const other = clusters[linkedIndexes[j]!]!;
      if (other.knowledgeId === cluster.knowledgeId && (other.type === 'org') === org) {
        sets.union(linkedIndexes[j]!, linkedIndexes[i]!);
        break;
      }
    }
  }
}

let targetOfRoot = new Int32Array(64);

/** One cluster per set, in order of each set's first member; members are absorbed into that first one. */
function collapse(clusters: LocalCluster[], sets: UnionFind): LocalCluster[] {
  // No join: every cluster is its own set, and the mention indexes of a cluster not absorbed into another are ascending.
  if (sets.joins === 0) return clusters;
  if (targetOfRoot.length < clusters.length) targetOfRoot = new Int32Array(clusters.length * 2);
  targetOfRoot.fill(-1, 0, clusters.length);
  const result: LocalCluster[] = [];
  for (let index = 0; index < clusters.length; index++) {
    const cluster = clusters[index]!;
    const root = sets.find(index);
    const target = targetOfRoot[root]!;
    if (target === -1) {
      targetOfRoot[root] = result.length;
      result.push(cluster);
    } else absorb(result[target]!, cluster);
  }
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
