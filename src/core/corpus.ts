import { buildEntityGraph, defaultKnowledge, recognizeMentions, type EntityCorrections, type EntityGraph, type Knowledge, type Mention } from './entities';
import { CorpusIndex } from './index/corpusIndex';
import type { Article } from './model/article';
import { SearchEngine } from './search';

export interface CorpusOptions {
  timeZone?: string;
  /** Known people and organizations; the built-in knowledge data when undefined. */
  knowledge?: Knowledge;
}

/**
 * Everything known about a corpus, kept in step: the article index (outlet/day groups), the search
 * engine and each article's entity mentions. An article's text is extracted once, by
 * `articleFromSource`, and shared by all of them. The entity graph (who is who across articles) is
 * built from the stored mentions when first asked for after a change.
 */
export class Corpus {
  readonly index: CorpusIndex;
  readonly search: SearchEngine;
  private readonly knowledgeBase: Knowledge;
  private readonly mentionsById = new Map<string, Mention[]>();
  private corrections: EntityCorrections = { merge: [], split: [], notEntity: [] };
  private graph: EntityGraph | undefined;

  constructor(options: CorpusOptions = {}) {
    this.index = new CorpusIndex(options.timeZone);
    this.search = new SearchEngine({ timeZone: options.timeZone ?? machineTimeZone() });
    this.knowledgeBase = options.knowledge ?? defaultKnowledge();
  }

  get size(): number {
    return this.index.size;
  }

  get knowledge(): Knowledge {
    return this.knowledgeBase;
  }

  /** Adds an article, or replaces the one with the same id. */
  add(article: Article, mentions?: Mention[]): void {
    this.index.set(article);
    this.search.add({ id: article.id, title: article.title, text: article.text, outlet: article.outlet, published: article.published });
    this.mentionsById.set(article.id, mentions ?? recognizeMentions(article.text, this.knowledgeBase));
    this.graph = undefined;
  }

  remove(id: string): boolean {
    this.search.remove(id);
    this.mentionsById.delete(id);
    this.graph = undefined;
    return this.index.delete(id);
  }

  clear(): void {
    for (const a of [...this.index.values()]) this.search.remove(a.id);
    this.mentionsById.clear();
    this.graph = undefined;
    this.index.clear();
  }

  /** The recognised mentions of one article (before resolution into entities). */
  mentionsOf(id: string): readonly Mention[] {
    return this.mentionsById.get(id) ?? [];
  }

  /** Applies the user's entity corrections (merge, split, not an entity). */
  setCorrections(corrections: EntityCorrections): void {
    this.corrections = corrections;
    this.graph = undefined;
  }

  /** People and organizations across the corpus, built on demand from the stored mentions. */
  get entities(): EntityGraph {
    if (!this.graph) {
      const docs = [...this.mentionsById].map(([id, mentions]) => ({ id, mentions }));
      this.graph = buildEntityGraph(docs, this.knowledgeBase, this.corrections);
    }
    return this.graph;
  }
}

/** The machine's IANA time zone. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
