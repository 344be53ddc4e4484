import { buildEntityGraph, buildEntityGraphInSteps, defaultKnowledge, recognizeMentions, type EntityCorrections, type EntityGraph, type Knowledge, type Mention } from './entities';
import { CorpusIndex, type ArticleForIndex, type IndexedArticle } from './index/corpusIndex';
import type { IndexSnapshot, SnapshotArticle } from './index/indexSnapshot';
import { MentionPool, PackedMentions, unpackMentions, type StoredMentions } from './index/packedMentions';
import { SearchEngine, type PreparedSearchBatch, type SearchEngineExport, type SearchEngineState } from './search';

/** Which engine an export came from, and at which version, and the corpus's mention and article changes then (see `Corpus.rebase`). */
export interface ExportedEngine {
  readonly engine: SearchEngine;
  readonly version: number;
  readonly mentions: number;
  /** The article index's version. */
  readonly articles: number;
}

/** Dead mentions in the pool before it may be repacked. */
const MIN_DEAD_MENTIONS = 100_000;

export interface CorpusOptions {
  timeZone?: string;
  /** Known people and organizations; the built-in knowledge data when undefined. */
  knowledge?: Knowledge;
}

/**
 * Everything known about a corpus, kept in step: the article index (outlet/day groups), the search
 * engine and each article's entity mentions. An article's text is extracted once, by
 * `articleFromSource`, and shared by all of them. The entity graph (who is who across articles) is
 * built from the stored mentions when first asked for after a change. A corpus can be restored
 * whole from a persistent-index snapshot (`restore`) without re-reading or re-recognising anything.
 */
export class Corpus {
  readonly index: CorpusIndex;
  private engine: SearchEngine;
  private readonly searchTimeZone: string;
  private readonly knowledgeBase: Knowledge;
  /** Kept packed (a few integers a mention); unpacked only when asked for. */
  private mentionsById = new Map<string, StoredMentions>();
  /** Articles whose names are to be found later, with the token `setNames` expects. */
  private namesPending = new Map<string, number>();
  private pendingTokens = 0;
  /** Incremented by every change of any article's mentions or names still to find (see `rebase`, `rebaseMentions`). */
  private mentionChanges = 0;
  /** Where added articles' mentions are packed (restored ones stay in the pool read from the index). */
  private mentionPool = new MentionPool();
  /** Mentions in `mentionPool` whose article was removed or replaced since. */
  private deadMentions = 0;
  private corrections: EntityCorrections = { merge: [], split: [], notEntity: [] };
  private graph: EntityGraph | undefined;
  /** The last graph built: `graph`, or while that is to be made anew, the one before (see {@link latestEntities}). */
  private lastGraph: EntityGraph | undefined;
  /** Articles whose mentions changed (or that were removed) since `lastGraph` was built. */
  private readonly changedSinceGraph = new Set<string>();
  /** Counts the changes of what the graph is built from (see {@link buildEntitiesInSlices}). */
  private graphInputs = 0;

  constructor(options: CorpusOptions = {}) {
    this.index = new CorpusIndex(options.timeZone);
    this.searchTimeZone = options.timeZone ?? machineTimeZone();
    this.engine = new SearchEngine({ timeZone: this.searchTimeZone });
    this.knowledgeBase = options.knowledge ?? defaultKnowledge();
  }

  /** The search engine (replaced when the corpus is restored from a snapshot: do not keep it). */
  get search(): SearchEngine {
    return this.engine;
  }

  get size(): number {
    return this.index.size;
  }

  get knowledge(): Knowledge {
    return this.knowledgeBase;
  }

  /**
   * Adds an article (the search engine keeps its text; its body HTML is not kept), or replaces the
   * one with the same id. Its names are `mentions`, else found now with this corpus's knowledge;
   * `'later'` leaves them to be found later (see {@link namesToFind}, {@link setNames}).
   */
  add(article: ArticleForIndex, mentions?: readonly Mention[] | 'later'): void {
    this.index.set(article);
    this.search.add({ id: article.id, title: article.title, text: article.text, outlet: article.outlet, published: article.published });
    this.setNamesOfAdded(article, mentions);
  }

  /**
   * Adds articles (as {@link add} each) whose search data was prepared where they were read: `search`
   * is `SearchEngine.prepare` of exactly these articles, in this order.
   */
  addPrepared(added: ReadonlyArray<{ article: ArticleForIndex | IndexedArticle; mentions?: readonly Mention[] | 'later' }>, search: PreparedSearchBatch): void {
    this.search.addPrepared(
      added.map(({ article }) => ({ id: article.id, outlet: article.outlet, published: article.published })),
      search,
    );
    for (const { article, mentions } of added) {
      this.index.set(article);
      this.setNamesOfAdded(article, mentions);
    }
  }

  /** Sets the names of an article just added; without `mentions`, finds them in its text (the search engine's when the article came without it). */
  private setNamesOfAdded(article: ArticleForIndex | IndexedArticle, mentions: readonly Mention[] | 'later' | undefined): void {
    this.forgetMentions(article.id);
    if (mentions === 'later') {
      this.mentionChanges++;
      this.namesPending.set(article.id, ++this.pendingTokens);
    } else {
      this.setPacked(article.id, mentions ?? recognizeMentions('text' in article ? article.text : (this.engine.textOf(article.id) ?? ''), this.knowledgeBase));
    }
    this.outdateGraph(article.id);
  }

  /** Articles whose names are still to be found, each with a token that {@link setNames} checks. */
  namesToFind(): Array<{ id: string; token: number }> {
    return [...this.namesPending].map(([id, token]) => ({ id, token }));
  }

  /** True when the names of article `id` are still to be found. */
  namesPendingFor(id: string): boolean {
    return this.namesPending.has(id);
  }

  /** How many articles' names are still to be found. */
  get namesPendingCount(): number {
    return this.namesPending.size;
  }

  /**
   * Sets the names found in an article listed by {@link namesToFind}; ignored (false) when the
   * article was removed or replaced since (its token changed).
   */
  setNames(id: string, token: number, mentions: readonly Mention[]): boolean {
    if (this.namesPending.get(id) !== token) return false;
    this.namesPending.delete(id);
    this.setPacked(id, mentions);
    this.outdateGraph(id);
    return true;
  }

  /** An article's text as the search engine keeps it (read from the persistent index if need be). */
  textOf(id: string): string | undefined {
    return this.engine.textOf(id);
  }

  private setPacked(id: string, mentions: readonly Mention[]): void {
    this.mentionChanges++;
    this.mentionsById.set(id, this.mentionPool.pack(mentions));
    if (this.deadMentions > MIN_DEAD_MENTIONS && this.deadMentions * 2 > this.mentionPool.rowCount) this.repackMentions();
  }

  remove(id: string): boolean {
    this.search.remove(id);
    this.forgetMentions(id);
    this.outdateGraph(id);
    return this.index.delete(id);
  }

  clear(): void {
    this.engine.close();
    this.engine = new SearchEngine({ timeZone: this.searchTimeZone });
    this.mentionsById.clear();
    this.namesPending.clear();
    this.mentionPool = new MentionPool();
    this.deadMentions = 0;
    this.forgetGraphs();
    this.index.clear();
  }

  /**
   * Replaces the whole content with a snapshot's articles, mentions and search state, without
   * re-reading or re-recognising anything. The mentions are trusted to come from this corpus's knowledge.
   */
  restore(snapshot: Pick<IndexSnapshot, 'articles' | 'search' | 'records'>): void {
    const engine = SearchEngine.importState({ ...snapshot.search, timeZone: this.searchTimeZone });
    this.clear();
    this.engine.close();
    this.engine = engine;
    const { records } = snapshot;
    if (records) {
      // Read from the persistent index: restored from its columns, without an object per article.
      this.index.setRecords(records);
      for (let record = 0; record < records.count; record++) {
        const id = records.id(record);
        if (records.namesPending(record)) this.namesPending.set(id, ++this.pendingTokens);
        else this.mentionsById.set(id, records.mentions(record));
      }
    } else {
      this.index.setAll(snapshot.articles.map((entry) => entry.article));
      for (const entry of snapshot.articles) {
        if (entry.namesPending) this.namesPending.set(entry.article.id, ++this.pendingTokens);
        else this.mentionsById.set(entry.article.id, entry.mentions);
      }
    }
    this.forgetGraphs();
  }

  /** The search engine for saving (see `SearchEngine.exportState`), and the engine version it shows. */
  searchExport(): { search: SearchEngineExport; exported: ExportedEngine } {
    return { search: this.engine.exportState(), exported: { engine: this.engine, version: this.engine.version, mentions: this.mentionChanges, articles: this.index.version } };
  }

  /**
   * Takes everything from `snapshot` (the persistent index just saved from this corpus, as read
   * back) instead of what is held in memory, when nothing changed since the export that was
   * saved and every article was saved: the articles become the snapshot's records (objects made
   * again when asked for), the mentions and the search engine's texts and postings are read from
   * the file, and the memory that held them is left to be freed. Articles whose names are still to
   * be found keep their tokens. Returns whether it was done; when not, see {@link rebaseMentions}
   * and {@link rebaseSearch}.
   */
  rebase(snapshot: Pick<IndexSnapshot, 'search' | 'records'>, exported: ExportedEngine): boolean {
    const { records } = snapshot;
    if (!records || this.engine !== exported.engine || this.engine.version !== exported.version || this.mentionChanges !== exported.mentions || this.index.version !== exported.articles) return false;
    for (const id of this.mentionsById.keys()) if (!this.index.has(id)) return false;
    for (const id of this.namesPending.keys()) if (!this.index.has(id)) return false;
    if (!this.index.rebaseOnRecords(records)) return false;
    // The same maps in the same order, keyed by the records' id strings (the old ones can go).
    const mentionsById = new Map<string, StoredMentions>();
    const namesPending = new Map<string, number>();
    for (const id of this.mentionsById.keys()) {
      const record = this.index.recordOf(id) as number;
      mentionsById.set(records.id(record), records.mentions(record));
    }
    for (const [id, token] of this.namesPending) namesPending.set(records.id(this.index.recordOf(id) as number), token);
    this.mentionsById = mentionsById;
    this.graphInputs++; // the same mentions, read from elsewhere: a graph being built reads them anew
    this.namesPending = namesPending;
    this.mentionPool = new MentionPool();
    this.deadMentions = 0;
    this.engine = SearchEngine.importState({ ...snapshot.search, timeZone: this.searchTimeZone });
    return true;
  }

  /**
   * Takes the mentions of `articles` (the persistent index just saved from this corpus, as read
   * back) instead of those held in memory, when no article's mentions changed since the export that
   * was saved: they are then read from the file when asked for, and the memory pool is freed.
   */
  rebaseMentions(articles: readonly SnapshotArticle[], exported: ExportedEngine): boolean {
    if (this.mentionChanges !== exported.mentions) return false;
    for (const entry of articles) {
      if (!this.mentionsById.has(entry.article.id)) continue;
      this.mentionsById.set(entry.article.id, entry.mentions);
    }
    this.mentionPool = new MentionPool();
    this.deadMentions = 0;
    this.graphInputs++; // as in `rebase`
    return true;
  }

  /**
   * Replaces the search engine by one restored from `state` (the persistent index just saved
   * from this corpus), so that texts and postings are read from the file instead of held in
   * memory; only when the engine is still the one exported, unchanged since. Returns whether it
   * was replaced. The file the old engine read from stays open while mentions may still read from it
   * (it is closed once nothing refers to it).
   */
  rebaseSearch(state: SearchEngineState, exported: ExportedEngine): boolean {
    if (this.engine !== exported.engine || this.engine.version !== exported.version) return false;
    this.engine = SearchEngine.importState({ ...state, timeZone: this.searchTimeZone });
    return true;
  }

  private forgetMentions(id: string): void {
    const old = this.mentionsById.get(id);
    if (old === undefined && !this.namesPending.has(id)) return; // nothing changes (e.g. a file that is no article)
    this.mentionChanges++;
    if (old instanceof PackedMentions && old.isIn(this.mentionPool)) this.deadMentions += old.length;
    this.mentionsById.delete(id);
    this.namesPending.delete(id);
  }

  /** Packs the mentions held in memory into a fresh pool, leaving out those of removed articles (restored ones stay in the index file). */
  private repackMentions(): void {
    const pool = new MentionPool();
    for (const [id, mentions] of this.mentionsById) {
      if (mentions instanceof PackedMentions && mentions.isIn(this.mentionPool)) this.mentionsById.set(id, pool.pack(unpackMentions(mentions)));
    }
    this.mentionPool = pool;
    this.deadMentions = 0;
    this.graphInputs++; // as in `rebase`
  }

  /** The recognised mentions of one article (before resolution into entities). */
  mentionsOf(id: string): readonly Mention[] {
    const stored = this.mentionsById.get(id);
    return stored ? unpackMentions(stored) : [];
  }

  /** The stored mentions of one article as kept (maybe packed), for a snapshot. */
  storedMentionsOf(id: string): StoredMentions {
    return this.mentionsById.get(id) ?? [];
  }

  /** Applies the user's entity corrections (merge, split, not an entity). */
  setCorrections(corrections: EntityCorrections): void {
    this.corrections = corrections;
    this.outdateGraph();
  }

  /** People and organizations across the corpus, built on demand from the stored mentions. */
  get entities(): EntityGraph {
    return this.graph ?? this.keepGraph(buildEntityGraph(this.graphDocuments(), this.knowledgeBase, this.corrections));
  }

  /**
   * The entity graph of the corpus as it is (`current`), or while that is to be made anew, the last one built (see
   * {@link buildEntitiesInSlices}; {@link changedSinceLatestEntities} tells which articles it does not describe as
   * they are now); undefined when none was built since the corpus was cleared or restored.
   */
  get latestEntities(): { graph: EntityGraph; current: boolean } | undefined {
    if (this.graph) return { graph: this.graph, current: true };
    return this.lastGraph && { graph: this.lastGraph, current: false };
  }

  /** Whether article `id`'s mentions changed, or it was removed, since the graph {@link latestEntities} gives was built. */
  changedSinceLatestEntities(id: string): boolean {
    return this.graph === undefined && this.changedSinceGraph.has(id);
  }

  /**
   * Builds the entity graph as {@link entities} does, a few dozen articles at a time, awaiting `pause()` whenever a
   * slice has taken `sliceMs`, so that the thread does its other work meanwhile (a large corpus's graph takes seconds).
   * Keeps and returns the graph; returns undefined, keeping nothing, when the corpus changed meanwhile (what the graph
   * is made of, or where its mentions are read from: build again then).
   */
  async buildEntitiesInSlices(pause: () => Promise<unknown>, sliceMs = 15): Promise<EntityGraph | undefined> {
    if (this.graph) return this.graph;
    const inputs = this.graphInputs;
    const steps = buildEntityGraphInSteps(this.graphDocuments(), this.knowledgeBase, this.corrections);
    let sliceEnd = performance.now() + sliceMs;
    for (;;) {
      let step: IteratorResult<void, EntityGraph>;
      try {
        step = steps.next();
      } catch (error) {
        if (inputs !== this.graphInputs) return undefined; // e.g. mentions read from an index file replaced meanwhile
        throw error;
      }
      if (step.done) return inputs === this.graphInputs ? this.keepGraph(step.value) : undefined;
      if (performance.now() < sliceEnd) continue;
      await pause();
      if (inputs !== this.graphInputs) return undefined;
      sliceEnd = performance.now() + sliceMs;
    }
  }

  /** Every article's mentions for a graph build: each made when the build reads it, and gone once it is past it. */
  private graphDocuments(): Array<{ id: string; readonly mentions: readonly Mention[] }> {
    return [...this.mentionsById].map(([id, stored]) => ({
      id,
      get mentions() {
        return unpackMentions(stored);
      },
    }));
  }

  private keepGraph(graph: EntityGraph): EntityGraph {
    this.graph = this.lastGraph = graph;
    this.changedSinceGraph.clear();
    return graph;
  }

  /** The graph is to be made anew (because article `id`'s mentions changed, if given); the last one is kept meanwhile. */
  private outdateGraph(id?: string): void {
    this.graph = undefined;
    this.graphInputs++;
    if (id !== undefined && this.lastGraph) this.changedSinceGraph.add(id);
  }

  /** No graph, not even the last one (the corpus is another one now). */
  private forgetGraphs(): void {
    this.graph = this.lastGraph = undefined;
    this.graphInputs++;
    this.changedSinceGraph.clear();
  }
}

/** The machine's IANA time zone. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
