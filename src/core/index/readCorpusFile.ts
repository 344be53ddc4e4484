import { defaultKnowledge, recognizeMentions, type Mention } from '../entities';
import type { Problem } from '../model/article';
import { indexedArticle, type ArticleForIndex, type IndexedArticle } from './corpusIndex';
import { loadArticleForIndex } from './loadCorpus';
import type { CorpusFile } from './scanCorpus';

/**
 * One corpus file read for the index: its article (without the body HTML, which is re-made on
 * opening) and entity mentions found with the built-in knowledge, or the problem that stopped it.
 * Plain data, so that it can be posted from an indexing worker.
 */
export interface FileReadResult {
  file: CorpusFile;
  article?: ArticleForIndex;
  /** Found with the built-in knowledge; left out when names are found later. */
  mentions?: Mention[];
  /** The reason no article was made (error), or a warning about the article. */
  problem?: Problem;
}

/** Reads and cleans one file, and finds the names in it unless `names` is false. Never throws. */
export async function readCorpusFile(file: CorpusFile, options: { names?: boolean } = {}): Promise<FileReadResult> {
  const loaded = await loadArticleForIndex(file);
  if (!loaded.article) return { file, problem: loaded.problem };
  const article = loaded.article;
  const mentions = options.names === false ? undefined : recognizeMentions(article.text, defaultKnowledge());
  return { file, article, mentions, problem: loaded.warning };
}

/**
 * A file read whose article was prepared for search where it was read: the article's text went
 * with the prepared batch (folded, with what unfolds it), so the result keeps only its length.
 */
export interface PreparedFileReadResult extends Omit<FileReadResult, 'article'> {
  article?: IndexedArticle;
}

/** `result` without its article's text (see {@link PreparedFileReadResult}). */
export function withoutText(result: FileReadResult): PreparedFileReadResult {
  return result.article ? { ...result, article: indexedArticle(result.article) } : { ...result, article: undefined };
}
