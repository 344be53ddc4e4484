import { defaultKnowledge, recognizeMentions, type Mention } from '../entities';
import type { Problem } from '../model/article';
import type { ArticleForIndex } from './corpusIndex';
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
  mentions?: Mention[];
  /** The reason no article was made (error), or a warning about the article. */
  problem?: Problem;
}

/** Reads, cleans and recognises one file. Never throws. */
export async function readCorpusFile(file: CorpusFile): Promise<FileReadResult> {
  const loaded = await loadArticleForIndex(file);
  if (!loaded.article) return { file, problem: loaded.problem };
  const article = loaded.article;
  return { file, article, mentions: recognizeMentions(article.text, defaultKnowledge()), problem: loaded.warning };
}
