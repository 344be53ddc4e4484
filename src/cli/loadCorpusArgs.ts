import * as path from 'node:path';
import { Corpus } from '../core/corpus';
import { indexedArticle, type ArticleForIndex, type IndexedArticle } from '../core/index/corpusIndex';
import { IncrementalIndexer } from '../core/index/incrementalIndexer';
import { indexCachePath, readIndexCache } from '../core/index/indexCacheFile';
import { loadCorpus } from '../core/index/loadCorpus';
import type { Problem } from '../core/model/article';

/** A corpus folder as the user gave it, with its absolute form. */
export interface GivenRoot {
  given: string;
  absolute: string;
}

export interface CliCorpus {
  roots: GivenRoot[];
  /** In folder order, then path order. */
  articles: IndexedArticle[];
  /** The articles with their texts, when they were read without the persistent index. */
  read?: ArticleForIndex[];
  problems: Problem[];
  /** The whole corpus, when it was made anyway (with `--cache`). */
  corpus?: Corpus;
}

export interface CliLoadOptions {
  /** `--cache DIR`: use and update the persistent index kept there. */
  cacheDir?: string;
  timeZone?: string;
  /** Where to say what happened to the persistent index. */
  log?: (text: string) => void;
}

/**
 * Reads every `--corpus DIR` with the core's loader; with `--cache DIR`, restores the persistent
 * index from there, re-reads only new and changed files (in worker threads) and saves it back.
 */
export async function loadCliCorpus(dirs: string[], options: CliLoadOptions = {}): Promise<CliCorpus> {
  const roots = dirs.map((given) => ({ given, absolute: path.resolve(given) }));
  const absolute = roots.map((r) => r.absolute);
  if (!options.cacheDir) {
    const loaded = await loadCorpus(absolute);
    return { roots, articles: loaded.articles.map(indexedArticle), read: loaded.articles, problems: loaded.problems };
  }

  const corpus = new Corpus({ timeZone: options.timeZone ?? 'UTC' });
  const indexer = new IncrementalIndexer(corpus);
  const file = indexCachePath(path.resolve(options.cacheDir), absolute);
  const cached = await readIndexCache(file);
  let restored = false;
  if (cached.ok) {
    try {
      indexer.restore(cached.snapshot);
      restored = true;
    } catch (error) {
      indexer.clear();
      options.log?.(`index cache not used: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    options.log?.(`index cache not used: ${cached.reason}`);
  }
  const summary = await indexer.refresh(absolute, { workerScript: path.join(__dirname, 'indexWorker.js') });
  if (!restored || summary.reread || summary.removed) await indexer.save(file, absolute);
  options.log?.(`index cache ${file}: ${summary.scanned} files, ${summary.reread} read, ${summary.removed} gone`);
  const rootOrder = new Map(absolute.map((r, i) => [r, i]));
  const articles = [...corpus.index.values()].sort((a, b) => (rootOrder.get(a.root) ?? 0) - (rootOrder.get(b.root) ?? 0) || comparePaths(a.path, b.path));
  return { roots, articles, problems: indexer.problems, corpus };
}

/** The corpus of a load: the one made with the cache, else one made from the articles read. */
export function corpusOf(loaded: CliCorpus, timeZone: string | undefined): Corpus {
  if (loaded.corpus) return loaded.corpus;
  const corpus = new Corpus({ timeZone: timeZone ?? 'UTC' });
  for (const a of loaded.read ?? []) corpus.add(a);
  return corpus;
}

/** Folder by folder, as the scanner lists them. */
function comparePaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) if (as[i] !== bs[i]) return as[i] < bs[i] ? -1 : 1;
  return as.length - bs.length;
}

/** The `{path, reason}` form of problems the CLI prints. */
export function problemJson(p: Problem): { path: string; reason: string; severity: Problem['severity'] } {
  return { path: p.path || p.file, reason: p.reason, severity: p.severity };
}
