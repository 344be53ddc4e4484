import { promises as fs } from 'node:fs';
import type { Article, Problem } from '../model/article';
import { articleForIndex, articleFromSource, type SourceLocation } from '../articleFromSource';
import type { ArticleForIndex } from './corpusIndex';
import { decodeSource } from './decodeSource';
import { errorMessage, scanCorpus, type CorpusFile, type ScanOptions } from './scanCorpus';

/** One file read: an article (maybe with a warning), or a problem saying why not. */
export type LoadResult<A = Article> = { article: A; warning?: Problem } | { article?: undefined; problem: Problem };

/** Reads and cleans one corpus file, with its body HTML (to show it). Never throws: a bad file becomes a `Problem` naming it and the reason. */
export function loadArticleFile(where: Pick<CorpusFile, 'file' | 'root' | 'path'>): Promise<LoadResult> {
  return loadWith(where, articleFromSource);
}

/** Reads one corpus file for the index: its fields and text, without making the body HTML (see `articleForIndex`). */
export function loadArticleForIndex(where: Pick<CorpusFile, 'file' | 'root' | 'path'>): Promise<LoadResult<ArticleForIndex>> {
  return loadWith(where, articleForIndex);
}

async function loadWith<A extends ArticleForIndex>(where: Pick<CorpusFile, 'file' | 'root' | 'path'>, parse: (source: string, where: SourceLocation) => A): Promise<LoadResult<A>> {
  const problem = (reason: string, severity: Problem['severity'] = 'error'): Problem => ({ file: where.file, path: where.path, reason, severity });
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(where.file);
  } catch (error) {
    return { problem: problem(`cannot be read: ${errorMessage(error)}`) };
  }
  return articleFromBytes(bytes, where, parse);
}

/** Decodes and parses bytes already read. */
export function articleFromBytes<A extends ArticleForIndex = Article>(
  bytes: Uint8Array,
  where: Pick<CorpusFile, 'file' | 'root' | 'path'>,
  parse: (source: string, where: SourceLocation) => A = articleFromSource as unknown as (source: string, where: SourceLocation) => A,
): LoadResult<A> {
  const problem = (reason: string, severity: Problem['severity'] = 'error'): Problem => ({ file: where.file, path: where.path, reason, severity });
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { problem: problem(decoded.reason) };
  try {
    const article = parse(decoded.text, where);
    const warnings: string[] = [];
    if (decoded.warning) warnings.push(decoded.warning);
    if (article.published === undefined) warnings.push('no usable publication date; listed under Undated');
    return warnings.length ? { article, warning: problem(warnings.join('; '), 'warning') } : { article };
  } catch (error) {
    return { problem: problem(errorMessage(error)) };
  }
}

export interface LoadCorpusOptions extends ScanOptions {
  /** How many files are read at once. */
  concurrency?: number;
  /** Called after each file with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each article as soon as it is read. */
  onArticle?: (article: ArticleForIndex) => void;
  /** Checked between files; true stops the load early. */
  isCancelled?: () => boolean;
}

export interface LoadedCorpus {
  /** Without body HTML (see `articleForIndex`). */
  articles: ArticleForIndex[];
  problems: Problem[];
}

/** Scans the corpus folders and reads every article file in them. */
export async function loadCorpus(roots: readonly string[], options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const articles: ArticleForIndex[] = [];
  const problems: Problem[] = [];
  const files: CorpusFile[] = [];
  for (const root of roots) {
    const scan = await scanCorpus(root, options);
    files.push(...scan.files);
    for (const s of scan.skipped) problems.push({ file: s.file, path: s.path, reason: s.reason, severity: 'warning' });
  }
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length && !options.isCancelled?.()) {
      const f = files[next++];
      const result = await loadArticleForIndex(f);
      if (result.article) {
        articles.push(result.article);
        if (result.warning) problems.push(result.warning);
        options.onArticle?.(result.article);
      } else {
        problems.push(result.problem);
      }
      options.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
  const order = new Map(files.map((f, i) => [f.file, i]));
  articles.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { articles, problems };
}
