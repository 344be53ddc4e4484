import type { Article } from '../model/article';
import { DayKeyCache } from './dayKeyCache';

/**
 * What the index keeps of an article: its fields but not its body (HTML and text are re-made on
 * opening; the search engine keeps the text, folded), plus the text's length.
 */
export type IndexedArticle = Omit<Article, 'html' | 'text'> & { textLength: number };

/** An article as read for the index: everything but the body HTML. */
export type ArticleForIndex = Omit<Article, 'html'>;

export interface OutletGroup {
  outlet: string;
  count: number;
}

/** A day (`YYYY-MM-DD` in the index's time zone), or `undated` for articles without a usable date. */
export interface DayGroup {
  outlet: string;
  day: string;
  count: number;
}

export const UNDATED = 'undated';

/**
 * Articles kept as numbered records instead of objects (a corpus restored from the persistent
 * index: see `ArticleRecords`): an article object is made when first asked for.
 */
export interface ArticleRecordSource {
  readonly count: number;
  /** By record. */
  readonly ids: readonly string[];
  /** By record. */
  readonly outlets: readonly string[];
  /** By record: the publication instant, NaN when undated. */
  readonly published: Float64Array;
  root(record: number): string;
  /** The record as an article object (a new one each time). */
  article(record: number): IndexedArticle;
  /** The record as an article whose fields are read from the record when asked (a small object, for a short while); as {@link article} when not given. */
  view?(record: number): IndexedArticle;
}

/**
 * The articles of a corpus by id, grouped by outlet and by day in one time zone.
 * Adding, replacing and removing one article is cheap; groups are kept up to date incrementally.
 * After replacing everything ({@link setAll}, {@link setRecords}), the groups are made when first
 * needed; articles restored from records stay record numbers until first asked for.
 */
export class CorpusIndex {
  /** By id: the article, or its number in {@link records} until it is first asked for. */
  private readonly articles = new Map<string, IndexedArticle | number>();
  private records: ArticleRecordSource | undefined;
  /** outlet → day → ids; undefined until first needed after everything was replaced or regrouped. */
  private groups: Map<string, Map<string, Set<string>>> | undefined = new Map();
  private readonly listeners = new Set<() => void>();
  private dayKeys: DayKeyCache;
  /** Incremented by every change of the articles (not of their grouping): see {@link version}. */
  private edits = 0;

  constructor(private timeZone?: string) {
    this.dayKeys = new DayKeyCache(timeZone);
  }

  get size(): number {
    return this.articles.size;
  }

  get zone(): string | undefined {
    return this.timeZone;
  }

  /** Changes of the articles so far (adding, replacing, removing, replacing all): equal values mean the same articles. */
  get version(): number {
    return this.edits;
  }

  get(id: string): IndexedArticle | undefined {
    const entry = this.articles.get(id);
    return typeof entry === 'number' ? this.materialize(id, entry) : entry;
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  *values(): IterableIterator<IndexedArticle> {
    for (const [id, entry] of this.articles) yield typeof entry === 'number' ? this.materialize(id, entry) : entry;
  }

  /**
   * Every article in the order of {@link values}, without keeping an object for those still
   * records (each of those a short-lived view of its record: for saving the index without making
   * every restored article an object for good).
   */
  *peek(): IterableIterator<IndexedArticle> {
    const records = this.records as ArticleRecordSource;
    for (const entry of this.articles.values()) yield typeof entry !== 'number' ? entry : records.view ? records.view(entry) : records.article(entry);
  }

  /** Every article's id, in the order of {@link values} (no article object made). */
  ids(): IterableIterator<string> {
    return this.articles.keys();
  }

  /**
   * The id string of the records given by {@link setRecords} for article `id` (the same value),
   * when it is still kept as a record; else undefined. Lets maps keyed by ids take the records'
   * strings, so that those they had can be freed.
   */
  recordId(id: string): string | undefined {
    const entry = this.articles.get(id);
    return typeof entry === 'number' ? (this.records as ArticleRecordSource).ids[entry] : undefined;
  }

  /** The number of article `id` in the records given by {@link setRecords}, when it is still kept as a record; else undefined. */
  recordOf(id: string): number | undefined {
    const entry = this.articles.get(id);
    return typeof entry === 'number' ? entry : undefined;
  }

  /** Adds an article (its body is not kept), or replaces the one with the same id. */
  set(article: Article | ArticleForIndex | IndexedArticle): void {
    const entry = indexedArticle(article);
    this.edits++;
    this.removeFromGroups(article.id);
    this.articles.set(entry.id, entry);
    this.addToGroups(entry.id, entry.outlet, entry.published);
    this.changed();
  }

  /** Replaces every article at once (one change notification). */
  setAll(articles: Iterable<IndexedArticle>): void {
    this.edits++;
    this.articles.clear();
    this.groups = undefined;
    this.records = undefined;
    for (const a of articles) this.articles.set(a.id, a);
    this.changed();
  }

  /**
   * Replaces every article at once by numbered records (one change notification): only their ids
   * are read now; the groups are made from the records' outlets and dates when first needed, and
   * each article object when first asked for.
   */
  setRecords(records: ArticleRecordSource): void {
    this.edits++;
    this.fromRecords(records);
    this.changed();
  }

  /**
   * Keeps the same articles as numbered records instead (the persistent index just saved from this
   * index, read back: record `i` the `i`th article of {@link values}, their fields equal): the
   * article objects made so far are left to be freed. Not a change (no version step, no
   * notification). False, and nothing done, when the records do not have this index's ids in its order.
   */
  rebaseOnRecords(records: ArticleRecordSource): boolean {
    if (records.count !== this.articles.size) return false;
    let record = 0;
    for (const id of this.articles.keys()) if (records.ids[record++] !== id) return false;
    this.fromRecords(records);
    return true;
  }

  private fromRecords(records: ArticleRecordSource): void {
    this.articles.clear();
    this.groups = undefined;
    this.records = records;
    const { ids } = records;
    const articles = this.articles;
    for (let record = 0; record < records.count; record++) articles.set(ids[record], record);
  }

  delete(id: string): boolean {
    if (!this.articles.has(id)) return false;
    this.edits++;
    this.removeFromGroups(id);
    this.articles.delete(id);
    this.changed();
    return true;
  }

  /** Removes every article found under `root` (a corpus folder that went away). */
  deleteRoot(root: string): number {
    let removed = 0;
    for (const [id, entry] of [...this.articles]) {
      if (this.rootOf(entry) === root) {
        this.removeFromGroups(id);
        this.articles.delete(id);
        removed++;
      }
    }
    if (removed) {
      this.edits++;
      this.changed();
    }
    return removed;
  }

  clear(): void {
    this.edits++;
    this.articles.clear();
    this.groups = new Map();
    this.records = undefined;
    this.changed();
  }

  /** Regroups the days in another time zone. */
  setTimeZone(timeZone: string | undefined): void {
    if (timeZone === this.timeZone) return;
    this.timeZone = timeZone;
    this.dayKeys = new DayKeyCache(timeZone);
    this.groups = undefined;
    this.changed();
  }

  dayOf(article: IndexedArticle): string {
    return this.dayOfInstant(article.published);
  }

  /** Outlets by name, with their article counts. */
  outlets(): OutletGroup[] {
    const result: OutletGroup[] = [];
    for (const [outlet, days] of this.grouped()) {
      let count = 0;
      for (const ids of days.values()) count += ids.size;
      result.push({ outlet, count });
    }
    return result.sort((a, b) => a.outlet.localeCompare(b.outlet, 'zh-CN'));
  }

  /** The days of one outlet, newest first; the undated group last. */
  days(outlet: string): DayGroup[] {
    const days = this.grouped().get(outlet);
    if (!days) return [];
    const result = [...days].map(([day, ids]) => ({ outlet, day, count: ids.size }));
    return result.sort((a, b) => (a.day === UNDATED ? 1 : b.day === UNDATED ? -1 : b.day.localeCompare(a.day)));
  }

  /** The articles of one outlet on one day, newest first, then by title. */
  articlesOn(outlet: string, day: string): IndexedArticle[] {
    const ids = this.grouped().get(outlet)?.get(day);
    if (!ids) return [];
    const list: IndexedArticle[] = [];
    for (const id of ids) {
      const a = this.get(id);
      if (a) list.push(a);
    }
    return list.sort(compareNewestFirst);
  }

  /** Calls `listener` after every change; returns a function that stops it. */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** The groups, made now if need be. */
  private grouped(): Map<string, Map<string, Set<string>>> {
    if (!this.groups) {
      this.groups = new Map();
      for (const [id, entry] of this.articles) this.addToGroups(id, this.outletOf(entry), this.publishedOf(entry));
    }
    return this.groups;
  }

  /** The article of record `record`, made now and kept instead of the number. */
  private materialize(id: string, record: number): IndexedArticle {
    const article = (this.records as ArticleRecordSource).article(record);
    this.articles.set(id, article);
    return article;
  }

  private outletOf(entry: IndexedArticle | number): string {
    return typeof entry === 'number' ? (this.records as ArticleRecordSource).outlets[entry] : entry.outlet;
  }

  private publishedOf(entry: IndexedArticle | number): number | undefined {
    if (typeof entry !== 'number') return entry.published;
    const instant = (this.records as ArticleRecordSource).published[entry];
    return Number.isNaN(instant) ? undefined : instant;
  }

  private rootOf(entry: IndexedArticle | number): string {
    return typeof entry === 'number' ? (this.records as ArticleRecordSource).root(entry) : entry.root;
  }

  private dayOfInstant(published: number | undefined): string {
    return published === undefined ? UNDATED : this.dayKeys.of(published);
  }

  /** Adds to the groups, when made. */
  private addToGroups(id: string, outlet: string, published: number | undefined): void {
    const groups = this.groups;
    if (!groups) return;
    let days = groups.get(outlet);
    if (!days) groups.set(outlet, (days = new Map()));
    const day = this.dayOfInstant(published);
    let ids = days.get(day);
    if (!ids) days.set(day, (ids = new Set()));
    ids.add(id);
  }

  /** Removes from the groups, when made. */
  private removeFromGroups(id: string): void {
    const groups = this.groups;
    const old = this.articles.get(id);
    if (!groups || old === undefined) return;
    const outlet = this.outletOf(old);
    const days = groups.get(outlet);
    const day = this.dayOfInstant(this.publishedOf(old));
    const ids = days?.get(day);
    if (!days || !ids) return;
    ids.delete(id);
    if (ids.size === 0) days.delete(day);
    if (days.size === 0) groups.delete(outlet);
  }
}

export function compareNewestFirst(a: IndexedArticle, b: IndexedArticle): number {
  const pa = a.published ?? -Infinity;
  const pb = b.published ?? -Infinity;
  if (pa !== pb) return pb - pa;
  return a.title.localeCompare(b.title, 'zh-CN');
}

/** The index's record of an article: without its body, with the text's length. */
export function indexedArticle(article: Article | ArticleForIndex | IndexedArticle): IndexedArticle {
  if (!('text' in article)) return article;
  const { html: _html, text, ...fields } = article as Article;
  return { ...fields, textLength: text.length };
}
