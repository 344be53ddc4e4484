import type { RawArticle } from '../model/article';
import { ArticleFormatError } from './articleFormatError';
import { readFeedDump, startsWithFeedHeader } from './feedDump';
import { readFrontMatter, startsWithFrontMatter } from './frontMatter';
import { prepareSource } from './sourceText';

export { ArticleFormatError } from './articleFormatError';

/**
 * Detects the source format of a file's text and reads it.
 * Throws `ArticleFormatError` with a human reason: "empty file", "no front matter or feed header found",
 * "invalid YAML front matter: …", ….
 */
export function readRawArticle(source: string): RawArticle {
  const prepared = prepareSource(source);
  if (prepared === '') throw new ArticleFormatError('empty file');
  if (startsWithFrontMatter(prepared)) return readFrontMatter(prepared);
  if (startsWithFeedHeader(prepared)) return readFeedDump(prepared);
  throw new ArticleFormatError('no front matter or feed header found');
}
