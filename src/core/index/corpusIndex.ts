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
 * The articles of a corpus by id, grouped by outlet and by day in one time zone.
 * Adding, replacing and removing one article is cheap; groups are kept up to date incrementally.
 */
export class CorpusIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** outlet → day → ids */
  private readonly groups = new Map<string, Map<string, Set<string>>>();
  private readonly listeners = new Set<() => void>();
  private dayKeys: DayKeyCache;

  constructor(private timeZone?: string) {
    this.dayKeys = new DayKeyCache(timeZone);
  }

  get size(): number {
    return this.articles.size;
  }

  get zone(): string | undefined {
    return this.timeZone;
  }

  get(id: string): IndexedArticle | undefined {
    return this.articles.get(id);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  values(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  /** Adds an article (its body is not kept), or replaces the one with the same id. */
  set(article: Article | ArticleForIndex | IndexedArticle): void {
    const entry = indexedArticle(article);
    this.removeFromGroups(article.id);
    this.articles.set(entry.id, entry);
    this.addToGroups(entry);
    this.changed();
  }

  /** Replaces every article at once (one change notification). */
  setAll(articles: Iterable<IndexedArticle>): void {
    this.articles.clear();
    this.groups.clear();
    for (const a of articles) {
      if (this.articles.has(a.id)) this.removeFromGroups(a.id);
      this.articles.set(a.id, a);
      this.addToGroups(a);
    }
    this.changed();
  }

  delete(id: string): boolean {
    if (!this.articles.has(id)) return false;
    this.removeFromGroups(id);
    this.articles.delete(id);
    this.changed();
    return true;
  }

  /** Removes every article found under `root` (a corpus folder that went away). */
  deleteRoot(root: string): number {
    let removed = 0;
    for (const a of [...this.articles.values()]) {
      if (a.root === root) {
        this.removeFromGroups(a.id);
        this.articles.delete(a.id);
        removed++;
      }
    }
    if (removed) this.changed();
    return removed;
  }

  clear(): void {
    this.articles.clear();
    this.groups.clear();
    this.changed();
  }

  /** Regroups the days in another time zone. */
  setTimeZone(timeZone: string | undefined): void {
    if (timeZone === this.timeZone) return;
    this.timeZone = timeZone;
    this.dayKeys = new DayKeyCache(timeZone);
    this.groups.clear();
    for (const a of this.articles.values()) this.addToGroups(a);
    this.changed();
  }

  dayOf(article: IndexedArticle): string {
    return article.published === undefined ? UNDATED : this.dayKeys.of(article.published);
  }

  /** Outlets by name, with their article counts. */
  outlets(): OutletGroup[] {
    const result: OutletGroup[] = [];
    for (const [outlet, days] of this.groups) {
      let count = 0;
      for (const ids of days.values()) count += ids.size;
      result.push({ outlet, count });
    }
    return result.sort((a, b) => a.outlet.localeCompare(b.outlet, 'zh-CN'));
  }

  /** The days of one outlet, newest first; the undated group last. */
  days(outlet: string): DayGroup[] {
    const days = this.groups.get(outlet);
    if (!days) return [];
    const result = [...days].map(([day, ids]) => ({ outlet, day, count: ids.size }));
    return result.sort((a, b) => (a.day === UNDATED ? 1 : b.day === UNDATED ? -1 : b.day.localeCompare(a.day)));
  }

  /** The articles of one outlet on one day, newest first, then by title. */
  articlesOn(outlet: string, day: string): IndexedArticle[] {
    const ids = this.groups.get(outlet)?.get(day);
    if (!ids) return [];
    const list: IndexedArticle[] = [];
    for (const id of ids) {
      const a = this.articles.get(id);
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

  private addToGroups(a: IndexedArticle): void {
    let days = this.groups.get(a.outlet);
    if (!days) this.groups.set(a.outlet, (days = new Map()));
    const day = this.dayOf(a);
    let ids = days.get(day);
    if (!ids) days.set(day, (ids = new Set()));
    ids.add(a.id);
  }

  private removeFromGroups(id: string): void {
    const old = this.articles.get(id);
    if (!old) return;
    const days = this.groups.get(old.outlet);
    const day = this.dayOf(old);
    const ids = days?.get(day);
    if (!days || !ids) return;
    ids.delete(id);
    if (ids.size === 0) days.delete(day);
    if (days.size === 0) this.groups.delete(old.outlet);
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
