/**
 * Resolves per-document mentions into corpus-wide entities. Documents are clustered locally first
 * (see `localClusters.ts`), then clusters merge across documents on evidence (see `crossDocMerge.ts`);
 * the same surface can stay two entities when the evidence says so (two different 沙利文).
 */

import type { Entity, EntityCorrections, EntityGraph, Knowledge, Mention, ResolvedMention } from '../types';
import { assembleEntities, assembleFromClusters, mentionTable, type ClusterSummaries, type MentionGroup, type MentionTable } from './assemble';
import { applyGroupCorrections } from './corrections';
import { CrossDocumentMerger, mergeAcrossDocuments } from './crossDocMerge';
import { EntityGraphIndex, FlatMentions, ListedMentions } from './entityGraph';
import { clusterDocument, type LocalCluster } from './localClusters';

const NO_CORRECTIONS: EntityCorrections = { merge: [], split: [], notEntity: [] };

/**
 * Build the entity graph of a corpus from each document's mentions (as returned by `recognizeMentions`). Without
 * corrections, each document's `mentions` is read once, in order, and not kept: a caller holding them packed can
 * give a getter that makes them, so that only one document's mention objects live at a time.
 */
export function buildEntityGraph(
  docs: ReadonlyArray<{ id: string; mentions: readonly Mention[] }>,
  knowledge: Knowledge,
  corrections: EntityCorrections = NO_CORRECTIONS,
): EntityGraph {
  const steps = buildEntityGraphInSteps(docs, knowledge, corrections);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Documents clustered between two steps of {@link buildEntityGraphInSteps}. */
const DOCUMENTS_PER_STEP = 64;

/**
 * {@link buildEntityGraph} a step at a time: each `next()` does a bounded part of the work (the clustering of a few dozen
 * documents, or one later stage), and the last returns the graph. A thread that has other work to do can build a
 * large corpus's graph between its other tasks. (With corrections, the work is done in one step.)
 */
export function* buildEntityGraphInSteps(
  docs: ReadonlyArray<{ id: string; mentions: readonly Mention[] }>,
  knowledge: Knowledge,
  corrections: EntityCorrections = NO_CORRECTIONS,
): Generator<void, EntityGraph, void> {
  const uncorrected = corrections.notEntity.length === 0 && corrections.split.length === 0 && corrections.merge.length === 0;
  if (uncorrected) {
    const docIndex = new Map<string, number>();
    for (let index = 0; index < docs.length; index++) docIndex.set(docs[index]!.id, index);
    if (docIndex.size === docs.length) return yield* buildFromClusters(docs, docIndex, knowledge);
  }
  return correctedGraph(docs, knowledge, corrections);
}

/** The general way, with the user's corrections. */
function correctedGraph(docs: ReadonlyArray<{ id: string; mentions: readonly Mention[] }>, knowledge: Knowledge, corrections: EntityCorrections): EntityGraph {
  const dropped = new Set(corrections.notEntity);
  // Read once (the steps below read them several times).
  const kept = docs.map((doc) => ({ id: doc.id, mentions: dropped.size === 0 ? doc.mentions : doc.mentions.filter((mention) => !dropped.has(mention.surface)) }));
  const table = mentionTable(kept);
  const { clusters, docOfCluster } = clustersOf(kept, knowledge);
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
  return new EntityGraphIndex(finalEntities, new ListedMentions(mentionsByDoc), aliasIds);
}

/** The local clusters of every document, in document order, and the document of each. */
function clustersOf(docs: ReadonlyArray<{ mentions: readonly Mention[] }>, knowledge: Knowledge): { clusters: LocalCluster[]; docOfCluster: number[] } {
  const clusters: LocalCluster[] = [];
  const docOfCluster: number[] = [];
  for (let docIndex = 0; docIndex < docs.length; docIndex++) {
    for (const cluster of clusterDocument(docs[docIndex]!.mentions, knowledge)) {
      clusters.push(cluster);
      docOfCluster.push(docIndex);
    }
  }
  return { clusters, docOfCluster };
}

/**
 * `buildEntityGraph` without corrections, for documents with distinct ids: every entity is made of whole local
 * clusters, so entities are assembled from what the clusters sum up (see `assembleFromClusters`) and the resolved
 * mentions are kept in flat arrays until a document's are asked for, with the same results as the general way.
 */
function* buildFromClusters(docs: ReadonlyArray<{ id: string; mentions: readonly Mention[] }>, docIndex: ReadonlyMap<string, number>, knowledge: Knowledge): Generator<void, EntityGraph, void> {
  // Each step is a function (or method) of its own: V8 compiles a long loop while it runs, and a loop compiled
  // together with steps that have not run yet would be thrown away when they do.
  const gatherer = new ClusterGatherer(docs.length, knowledge);
  for (let doc = 0; doc < docs.length; doc++) {
    gatherer.add(docs[doc]!.mentions);
    if (doc % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
  }
  const gathered = gatherer.finish();
  yield;
  const { groups, groupOfCluster } = groupsOf(gathered);
  yield;
  const entities = yield* assembleFromClusters(groups, groupOfCluster, gathered.detailed, gathered.summary, docs.map((doc) => doc.id), knowledge);
  yield;
  const resolved = flatMentions(docIndex, gathered, groups.length, groupOfCluster, entities);
  return new EntityGraphIndex(entities, resolved, new Map());
}

/** What `buildFromClusters` keeps of the local clusters of all documents, and of their mentions. */
interface GatheredClusters {
  /** Where each document's mentions start among all mention positions (document by document), and the end after the last. */
  from: Int32Array;
  /** Per mention position, its start and end offsets. */
  starts: Int32Array;
  ends: Int32Array;
  /** The documents whose mentions are not in increasing order of start. */
  unordered: number[];
  count: number;
  entityOf: Int32Array;
  /** The clusters with details (several surfaces, glosses, roles, short forms), by cluster index; others undefined. */
  detailed: Array<LocalCluster | undefined>;
  summary: ClusterSummaries;
  typeOf: Array<LocalCluster['type']>;
  knowledgeIdOf: Array<string | undefined>;
  /** Per mention position (document by document), its cluster. */
  clusterOfPosition: Int32Array;
}

/**
 * One pass over the documents (`add`, in order), reading each one's mentions once (so that a caller may make them as
 * they are asked for, and they can go right after: see `buildEntityGraph`), and over the clusters while each
 * document's are at hand: what later steps read of them goes into lists by cluster index (and the cluster, start and
 * end of each mention), so those steps need not visit the cluster objects or the mentions again, and clusters without
 * details are not kept.
 */
class ClusterGatherer {
  private readonly merger = new CrossDocumentMerger();
  private readonly detailed: Array<LocalCluster | undefined> = [];
  private count = 0;
  private readonly summary: ClusterSummaries = { docOf: [], count: [], firstStart: [], surface: [], detailed: [] };
  private readonly from: Int32Array;
  private readonly positions: MentionPositions;
  private readonly unordered: number[] = [];
  private readonly typeOf: Array<LocalCluster['type']> = [];
  private readonly knowledgeIdOf: Array<string | undefined> = [];
  private doc = 0;

  constructor(
    private readonly documents: number,
    private readonly knowledge: Knowledge,
  ) {
    this.from = new Int32Array(documents + 1);
    this.positions = new MentionPositions(documents);
  }

  /** Takes the next document's mentions. */
  add(mentions: readonly Mention[]): void {
    const { from, positions, summary } = this;
    const doc = this.doc++;
    const base = from[doc]!;
    from[doc + 1] = base + mentions.length;
    if (!positions.add(base, mentions)) this.unordered.push(doc);
    const clusterOfPosition = positions.clusterOf;
    for (const cluster of clusterDocument(mentions, this.knowledge)) {
      const index = this.count++;
      const details = cluster.surfaceRuns || cluster.englishRuns || cluster.roleRuns || cluster.shortForms ? 1 : 0;
      this.detailed.push(details ? cluster : undefined);
      this.merger.add(cluster);
      const mentionIndexes = cluster.mentionIndexes;
      this.typeOf.push(cluster.type);
      this.knowledgeIdOf.push(cluster.knowledgeId);
      summary.docOf.push(doc);
      summary.count.push(mentionIndexes.length);
      summary.firstStart.push(cluster.firstStart);
      summary.surface.push(cluster.surfaces[0]!);
      summary.detailed.push(details);
      for (let k = 0; k < mentionIndexes.length; k++) clusterOfPosition[base + mentionIndexes[k]!] = index;
    }
  }

  /** What was gathered, once every document was added; clusters are merged across documents here. */
  finish(): GatheredClusters {
    if (this.doc !== this.documents) throw new Error(`entity graph: ${this.doc} of ${this.documents} documents gathered`);
    const { from, positions } = this;
    const total = from[this.documents]!;
    return {
      from,
      starts: positions.starts.slice(0, total),
      ends: positions.ends.slice(0, total),
      unordered: this.unordered,
      count: this.count,
      entityOf: this.merger.finish(),
      detailed: this.detailed,
      summary: this.summary,
      typeOf: this.typeOf,
      knowledgeIdOf: this.knowledgeIdOf,
      clusterOfPosition: positions.clusterOf.slice(0, total),
    };
  }
}

/** Per mention position: start, end and cluster, in arrays that grow as documents are added. */
class MentionPositions {
  starts: Int32Array;
  ends: Int32Array;
  clusterOf: Int32Array;

  /** Room for `documents` documents of a few dozen mentions each (then grown as needed). */
  constructor(documents: number) {
    const size = Math.max(1024, documents * 32);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.clusterOf = new Int32Array(size);
  }

  /** Records the starts and ends of a document's mentions from position `base`; returns whether they are in order of start. */
  add(base: number, mentions: readonly Mention[]): boolean {
    if (base + mentions.length > this.starts.length) this.grow(base + mentions.length);
    const { starts, ends } = this;
    let previous = -Infinity;
    let ordered = true;
    for (let k = 0; k < mentions.length; k++) {
      const mention = mentions[k]!;
      if (mention.start <= previous) ordered = false;
      previous = mention.start;
      starts[base + k] = mention.start;
      ends[base + k] = mention.end;
    }
    return ordered;
  }

  private grow(atLeast: number): void {
    const size = Math.max(atLeast, this.starts.length * 2);
    const grown = (array: Int32Array) => {
      const bigger = new Int32Array(size);
      bigger.set(array);
      return bigger;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.clusterOf = grown(this.clusterOf);
  }
}

/** One group per entity, in order of first cluster, with its type and first knowledge id; and the group of each cluster. */
function groupsOf(gathered: GatheredClusters): { groups: Array<{ type: LocalCluster['type']; knowledgeId?: string }>; groupOfCluster: Int32Array } {
  const { count, entityOf, typeOf, knowledgeIdOf } = gathered;
  const groupOfRoot = new Int32Array(count).fill(-1);
  const groupOfCluster = new Int32Array(count);
  const groups: Array<{ type: LocalCluster['type']; knowledgeId?: string }> = [];
  for (let index = 0; index < count; index++) {
    const root = entityOf[index]!;
    let groupIndex = groupOfRoot[root]!;
    if (groupIndex === -1) {
      groupIndex = groups.length;
      groupOfRoot[root] = groupIndex;
      groups.push({ type: typeOf[index]! });
    }
    groupOfCluster[index] = groupIndex;
    const group = groups[groupIndex]!;
    group.knowledgeId ??= knowledgeIdOf[index];
  }
  return { groups, groupOfCluster };
}

/** The resolved mentions: every mention belongs to the entity of its cluster (entity index = group index). */
function flatMentions(docIndex: ReadonlyMap<string, number>, gathered: GatheredClusters, groupCount: number, groupOfCluster: Int32Array, entities: readonly Entity[]): FlatMentions {
  const { from, starts, ends, unordered, clusterOfPosition } = gathered;
  const total = starts.length;
  const entityOfPosition = new Int32Array(total);
  for (let position = 0; position < total; position++) entityOfPosition[position] = groupOfCluster[clusterOfPosition[position]!]!;
  const entityIds = entities.map((entity) => entity.id);
  const listed = new Map<number, ResolvedMention[]>();
  if (unordered.length > 0) {
    const rankAt = ranksInGroupOrder(gathered, groupCount, groupOfCluster, total);
    for (const doc of unordered) {
      const ranked: Array<{ resolved: ResolvedMention; rank: number }> = [];
      for (let position = from[doc]!; position < from[doc + 1]!; position++) {
        ranked.push({ resolved: { start: starts[position]!, end: ends[position]!, entityId: entityIds[entityOfPosition[position]!]! }, rank: rankAt[position]! });
      }
      ranked.sort((a, b) => a.resolved.start - b.resolved.start || a.rank - b.rank);
      listed.set(doc, ranked.map((item) => item.resolved));
    }
  }
  return new FlatMentions(docIndex, from, starts, ends, entityOfPosition, entityIds, listed);
}

/**
 * Per mention position, its rank in the order the groups list their mentions (group by group, cluster by cluster, each
 * cluster's mentions in mention order), as `resolvedMentionsByDoc` orders ties: positions are bucketed by cluster
 * (ascending within each), clusters by group (ascending within each).
 */
function ranksInGroupOrder(gathered: GatheredClusters, groupCount: number, groupOfCluster: Int32Array, total: number): Int32Array {
  const { count, clusterOfPosition } = gathered;
  const clusterFrom = new Int32Array(count + 1);
  for (let position = 0; position < total; position++) clusterFrom[clusterOfPosition[position]! + 1]!++;
  for (let index = 0; index < count; index++) clusterFrom[index + 1]! += clusterFrom[index]!;
  const byCluster = new Int32Array(total);
  const fill = clusterFrom.slice(0, count);
  for (let position = 0; position < total; position++) byCluster[fill[clusterOfPosition[position]!]!++] = position;
  const clustersOfGroup = Array.from({ length: groupCount }, (): number[] => []);
  for (let index = 0; index < count; index++) clustersOfGroup[groupOfCluster[index]!]!.push(index);
  const rankAt = new Int32Array(total);
  let rank = 0;
  for (const members of clustersOfGroup) {
    for (const index of members) for (let k = clusterFrom[index]!; k < clusterFrom[index + 1]!; k++) rankAt[byCluster[k]!] = rank++;
  }
  return rankAt;
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
