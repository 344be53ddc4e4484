import type { Article } from './model/article';
import { CorpusIndex } from './index/corpusIndex';

/**
 * Everything known about a corpus, kept in step: the article index (outlet/day groups) and,
 * as they are added, the search engine and the entity mentions. An article's text is
 * extracted once (by `articleFromSource`) and shared by all of them.
 */
export class Corpus {
  readonly index: CorpusIndex;

  constructor(options: { timeZone?: string } = {}) {
    this.index = new CorpusIndex(options.timeZone);
  }

  get size(): number {
    return this.index.size;
  }

  /** Adds an article, or replaces the one with the same id. */
  add(article: Article): void {
    this.index.set(article);
  }

  remove(id: string): boolean {
    return this.index.delete(id);
  }

  clear(): void {
    this.index.clear();
  }
}
