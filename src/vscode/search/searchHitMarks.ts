import type { Corpus } from '../../core/corpus';
import type { Article } from '../../core/model/article';
import type { Mark } from '../../core/render/articleBody';
import type { SearchMatch } from '../../core/search';
import type { ArticleDecorations, OpenArticleOptions } from '../article/articlePanels';

/**
 * Marks the hits of the query an article was opened from. The matches come from the search that
 * found the article; a restored tab (only its query known) asks the engine again.
 */
export function searchHitDecorator(corpus: Corpus) {
  return (article: Article, options: OpenArticleOptions): ArticleDecorations => {
    if (!options.query) return { marks: [] };
    const matches = options.matches ?? corpus.search.matchesOf(article.id, options.query);
    return { marks: hitMarks(matches, article.text.length) };
  };
}

/** One `hit` mark per body match, numbered in reading order, carrying its range for scrolling. */
export function hitMarks(matches: readonly SearchMatch[], textLength: number): Mark[] {
  return matches
    .filter((m) => m.field === 'text' && m.end <= textLength && m.start < m.end)
    .sort((a, b) => a.start - b.start)
    .map((m, i) => ({ start: m.start, end: m.end, kind: 'hit' as const, attrs: { 'data-hit': String(i), 'data-start': String(m.start), 'data-end': String(m.end) } }));
}
