/** Turns groups of mentions into `Entity` records with stable ids, display names, aliases and descriptions. */

import { pinyin } from 'pinyin-pro';
import type { Entity, EntityOccurrence, EntityType, Knowledge, Mention } from '../types';
import type { LocalCluster } from './localClusters';

/**
 * Every mention of a corpus in one flat list: documents in order, then each document's mentions in order. A mention is
 * named by its position in this list, so groups hold plain numbers rather than one object per mention.
 */
export interface MentionTable {
  mentions: Mention[];
  /** Index of each position's document. */
  docOf: Int32Array;
  docIds: string[];
  /** Position of each document's first mention; `docStart[docIds.length]` is the total. */
  docStart: Int32Array;
  /** No document id is given twice. */
  uniqueDocIds: boolean;
}

/** The mention table of `docs`. */
export function mentionTable(docs: ReadonlyArray<{ id: string; mentions: readonly Mention[] }>): MentionTable {
  const docStart = new Int32Array(docs.length + 1);
  let total = 0;
  docs.forEach((doc, index) => {
    docStart[index] = total;
    total += doc.mentions.length;
  });
  docStart[docs.length] = total;
  const mentions = new Array<Mention>(total);
  const docOf = new Int32Array(total);
  const docIds: string[] = [];
  for (let index = 0; index < docs.length; index++) {
    const doc = docs[index]!;
    docIds.push(doc.id);
    const start = docStart[index]!;
    const list = doc.mentions;
    for (let k = 0; k < list.length; k++) {
      mentions[start + k] = list[k]!;
      docOf[start + k] = index;
    }
  }
  return { mentions, docOf, docIds, docStart, uniqueDocIds: new Set(docIds).size === docIds.length };
}

/** What the assembler needs to know about one group. */
export interface MentionGroup {
  type: EntityType;
  knowledgeId?: string;
  /** Positions of the group's mentions in the `MentionTable`. */
  positions: number[];
}

/** Lower-case ASCII slug: `Jens Stoltenberg` → `jens-stoltenberg`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug from toneless pinyin: 斯托尔滕贝格 → `si-tuo-er-teng-bei-ge`. */
function pinyinSlug(text: string): string {
  return slugify(pinyin(text.replace(/[·・•]/g, ' '), { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-')) || 'entity';
}

/** Counts values as they come and keeps the most frequent; on a tie, the longer value reaching that count later wins. */
class FrequencyCounter {
  /** Distinct values, in order of first appearance. */
  readonly values: string[] = [];
  private readonly counts: number[] = [];
  private readonly indexOf = new Map<string, number>();
  best: string | undefined;
  private bestCount = 0;
  /** The last value added and its index: runs of one value (a group's mentions mostly come name by name) skip the lookup. */
  private last: string | undefined;
  private lastIndex = -1;

  /** `count` times `add(value)`: only the last of them can change the best value (its count is the highest). */
  addRun(value: string, count: number): void {
    this.add(value, count);
  }

  add(value: string, times = 1): void {
    let index = this.lastIndex;
    if (value !== this.last) {
      index = this.indexOf.get(value) ?? -1;
      if (index === -1) {
        index = this.values.length;
        this.values.push(value);
        this.counts.push(0);
        this.indexOf.set(value, index);
      }
      this.last = value;
      this.lastIndex = index;
    }
    const count = (this.counts[index]! += times);
    if (count > this.bestCount || (count === this.bestCount && this.best !== undefined && value.length > this.best.length)) {
      this.best = value;
      this.bestCount = count;
    }
  }

  has(value: string): boolean {
    return this.indexOf.has(value);
  }
}

/** Build entities; ids are unique (a clash gets `-2`, `-3`… in order of first appearance). */
export function assembleEntities(groups: readonly MentionGroup[], table: MentionTable, knowledge: Knowledge): Entity[] {
  const used = new Set<string>();
  const entities: Entity[] = [];
  const mentions = table.mentions;
  for (const group of groups) {
    const counts = new EntityCounts();
    const positions = group.positions;
    for (let k = 0; k < positions.length; k++) {
      const mention = mentions[positions[k]!]!;
      counts.surfaces.add(mention.surface);
      const shortForm = mention.shortForm;
      if (shortForm) counts.shortForms.add(shortForm);
      const english = mention.english;
      if (english) counts.glosses.add(english);
      const role = mention.role;
      if (role) counts.roles.add(role);
    }
    entities.push(finishEntity(group.type, group.knowledgeId, counts, occurrences(positions, table), knowledge, used));
  }
  return entities;
}

/** What assembling reads of each local cluster, by cluster index (see `LocalCluster`). */
export interface ClusterSummaries {
  docOf: number[];
  count: number[];
  firstStart: number[];
  /** The surface of the cluster's first mention. */
  surface: string[];
  /** 1 when the cluster has several surfaces, a gloss, a role or a short form (read from the cluster then). */
  detailed: number[];
}

/**
 * `assembleEntities` from local clusters rather than mention positions, for groups made of whole clusters (no
 * correction moved a mention) of documents with distinct ids: each group holds its clusters in cluster order (the
 * order of their documents), and their mentions cluster by cluster, in mention order (see `LocalCluster.surfaceRuns`).
 * The clusters are visited once, in order, each adding to its group. A step at a time (see `buildEntityGraphInSteps`).
 */
export function* assembleFromClusters(
  groups: ReadonlyArray<{ type: EntityType; knowledgeId?: string }>,
  groupOfCluster: Int32Array,
  /** The clusters with details (see `ClusterSummaries.detailed`), by cluster index. */
  clusters: ReadonlyArray<LocalCluster | undefined>,
  summary: ClusterSummaries,
  docIds: readonly string[],
  knowledge: Knowledge,
): Generator<void, Entity[], void> {
  const counts = groups.map(() => new EntityCounts());
  const occurrences = groups.map((): EntityOccurrence[] => []);
  const lastDoc = new Int32Array(groups.length).fill(-1);
  for (let from = 0; from < groupOfCluster.length; from += CLUSTERS_PER_STEP) {
    countClusters(from, Math.min(groupOfCluster.length, from + CLUSTERS_PER_STEP), groupOfCluster, clusters, summary, docIds, counts, occurrences, lastDoc);
    yield;
  }
  const used = new Set<string>();
  const entities: Entity[] = [];
  for (let g = 0; g < groups.length; g++) {
    entities.push(finishEntity(groups[g]!.type, groups[g]!.knowledgeId, counts[g]!, occurrences[g]!, knowledge, used));
    if (g % GROUPS_PER_STEP === GROUPS_PER_STEP - 1) yield;
  }
  return entities;
}

/** Clusters counted, and entities finished, between two steps of {@link assembleFromClusters}. */
const CLUSTERS_PER_STEP = 1 << 15;
const GROUPS_PER_STEP = 128;

/** Adds clusters `from…to` to their groups' counts and occurrences (see {@link assembleFromClusters}). */
function countClusters(
  from: number,
  to: number,
  groupOfCluster: Int32Array,
  clusters: ReadonlyArray<LocalCluster | undefined>,
  summary: ClusterSummaries,
  docIds: readonly string[],
  counts: readonly EntityCounts[],
  occurrences: ReadonlyArray<EntityOccurrence[]>,
  lastDoc: Int32Array,
): void {
  const { docOf, count: countOf, firstStart: firstStartOf, surface, detailed } = summary;
  for (let index = from; index < to; index++) {
    const g = groupOfCluster[index]!;
    const group = counts[g]!;
    const count = countOf[index]!;
    const firstStart = firstStartOf[index]!;
    if (detailed[index] === 0) group.surfaces.addRun(surface[index]!, count);
    else {
      const cluster = clusters[index]!;
      const runs = cluster.surfaceRuns;
      if (runs) for (let r = 0; r < runs.length; r += 2) group.surfaces.addRun(runs[r] as string, runs[r + 1] as number);
      else group.surfaces.addRun(surface[index]!, count);
      if (cluster.shortForms) for (const shortForm of cluster.shortForms) group.shortForms.add(shortForm);
      addRuns(group.glosses, cluster.englishRuns);
      addRuns(group.roles, cluster.roleRuns);
    }
    // Occurrences by runs of documents, as `occurrencesByRuns` counts them mention by mention.
    const doc = docOf[index]!;
    const list = occurrences[g]!;
    if (doc !== lastDoc[g]) {
      list.push({ docId: docIds[doc]!, count, first: firstStart });
      lastDoc[g] = doc;
    } else {
      const last = list[list.length - 1]!;
      last.count += count;
      last.first = Math.min(last.first, firstStart);
    }
  }
}

function addRuns(counter: FrequencyCounter, runs: ReadonlyArray<string | number> | undefined): void {
  if (runs) for (let r = 0; r < runs.length; r += 2) counter.addRun(runs[r] as string, runs[r + 1] as number);
}

/** What an entity's name, aliases, gloss and description are counted from, in mention order. */
class EntityCounts {
  readonly surfaces = new FrequencyCounter();
  readonly glosses = new FrequencyCounter();
  readonly roles = new FrequencyCounter();
  readonly shortForms = new Set<string>();
}

/** The entity of a group from its counts; `used` holds the ids given so far. */
function finishEntity(type: EntityType, knowledgeId: string | undefined, counts: EntityCounts, mentions: EntityOccurrence[], knowledge: Knowledge, used: Set<string>): Entity {
  const entry = knowledgeId ? knowledge.byId.get(knowledgeId) : undefined;
  const { surfaces, glosses, roles, shortForms } = counts;
  const name = surfaces.best ?? '';
  const english = entry?.english ?? glosses.best;
  const description = roles.best ?? entry?.description;
  let id = entry?.id ?? (english ? slugify(english) : '') ?? '';
  if (!id) id = pinyinSlug(name);
  const base = id;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  const aliases = surfaces.values.slice();
  for (const short of shortForms) if (!surfaces.has(short)) aliases.push(short);
  for (const gloss of glosses.values) if (!surfaces.has(gloss)) aliases.push(gloss);
  const entity: Entity = { id, type, name, aliases, mentions };
  if (english) entity.english = english;
  if (description) entity.description = description;
  return entity;
}

/** Occurrences per document, in order of first appearance (a group's mentions mostly come document by document). */
function occurrences(positions: readonly number[], table: MentionTable): EntityOccurrence[] {
  if (table.uniqueDocIds && inDocumentOrder(positions, table)) return occurrencesByRuns(positions, table);
  const result: EntityOccurrence[] = [];
  const byDoc = new Map<string, EntityOccurrence>();
  let lastDoc = -1;
  let last: EntityOccurrence | undefined;
  for (const position of positions) {
    const doc = table.docOf[position]!;
    const start = table.mentions[position]!.start;
    let occurrence = doc === lastDoc ? last : byDoc.get(table.docIds[doc]!);
    if (!occurrence) {
      occurrence = { docId: table.docIds[doc]!, count: 0, first: start };
      byDoc.set(occurrence.docId, occurrence);
      result.push(occurrence);
    }
    occurrence.count++;
    occurrence.first = Math.min(occurrence.first, start);
    lastDoc = doc;
    last = occurrence;
  }
  return result;
}

function inDocumentOrder(positions: readonly number[], table: MentionTable): boolean {
  for (let i = 1; i < positions.length; i++) if (table.docOf[positions[i]!]! < table.docOf[positions[i - 1]!]!) return false;
  return true;
}

/** `occurrences` when each document's mentions form one run (documents in order, ids distinct): no lookup table. */
function occurrencesByRuns(positions: readonly number[], table: MentionTable): EntityOccurrence[] {
  const result: EntityOccurrence[] = [];
  let lastDoc = -1;
  let last: EntityOccurrence | undefined;
  for (const position of positions) {
    const doc = table.docOf[position]!;
    const start = table.mentions[position]!.start;
    if (doc !== lastDoc || !last) {
      last = { docId: table.docIds[doc]!, count: 1, first: start };
      result.push(last);
      lastDoc = doc;
    } else {
      last.count++;
      last.first = Math.min(last.first, start);
    }
  }
  return result;
}
