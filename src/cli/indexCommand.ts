import type { CommonArgs } from './args';
import { requireCorpus } from './args';
import { loadCliCorpus, problemJson } from './loadCorpusArgs';

/**
 * `news-corpus index --corpus DIR [--corpus DIR2 …] [--json] [--cache DIR]`: every article with its
 * outlet, date and size; every problem. Reads every file, unless `--cache DIR` names a folder for the
 * persistent index: then only new and changed files are read, and the index there is updated.
 */
export async function indexCommand(args: CommonArgs, print: (text: string) => void, printError: (text: string) => void = () => undefined): Promise<number> {
  const corpus = await loadCliCorpus(requireCorpus(args), { cacheDir: args.cache, timeZone: args.timeZone, log: printError });
  const byRoot = new Map(corpus.roots.map((r) => [r.absolute, r.given]));
  const articles = corpus.articles.map((a) => ({
    path: a.path,
    ...(corpus.roots.length > 1 ? { corpus: byRoot.get(a.root) ?? a.root } : {}),
    outlet: a.outlet,
    published: a.published === undefined ? null : new Date(a.published).toISOString(),
    title: a.title,
    url: a.url ?? null,
    chars: a.textLength,
  }));
  if (args.json) {
    print(JSON.stringify({ articles, problems: corpus.problems.map(problemJson) }, null, 2));
    return 0;
  }
  for (const a of articles) print(`${a.published ?? 'undated'.padEnd(24)}  ${a.outlet}  ${a.title}  (${a.path}, ${a.chars} chars)`);
  for (const p of corpus.problems) print(`${p.severity}: ${p.path || p.file}: ${p.reason}`);
  print(`${articles.length} articles, ${corpus.problems.length} problems`);
  return 0;
}
