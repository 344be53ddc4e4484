import type { Article } from './model/article';
import { CorpusIndex } from './index/corpusIndex';
import { SearchEngine } from './search';

/**
 * Everything known about a corpus, kept in step: the article index (outlet/day groups), the search
 * engine and (as it is added) the entity mentions. An article's text is extracted once, by
 * `articleFromSource`, and shared by all of them.
 */
export class Corpus {
  readonly index: CorpusIndex;
  readonly search: SearchEngine;

  constructor(options: { timeZone?: string } = {}) {
    this.index = new CorpusIndex(options.timeZone);
    this.search = new SearchEngine({ timeZone: options.timeZone ?? machineTimeZone() });
  }

  get size(): number {
    return this.index.size;
  }

  /** Adds an article, or replaces the one with the same id. */
  add(article: Article): void {
    this.index.set(article);
    this.search.add({ id: article.id, title: article.title, text: article.text, outlet: article.outlet, published: article.published });
  }

  remove(id: string): boolean {
    this.search.remove(id);
    return this.index.delete(id);
  }

  clear(): void {
    for (const a of [...this.index.values()]) this.search.remove(a.id);
    this.index.clear();
  }
}

/** The machine's IANA time zone. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
