import { UsageError, requireCorpus, type CommonArgs } from './args';
import { corpusOf, loadCliCorpus } from './loadCorpusArgs';
import { markSnippet } from '../core/render/markSnippet';

/**
 * `news-corpus search --corpus DIR [--corpus DIR2] [--json] [--limit N] "QUERY"`: every hit, best first
 * (no cap unless --limit), with a snippet around the best match.
 */
export async function searchCommand(args: CommonArgs, print: (text: string) => void, printError: (text: string) => void): Promise<number> {
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY');
  const loaded = await loadCliCorpus(requireCorpus(args), { cacheDir: args.cache, timeZone: args.timeZone, log: printError });
  for (const p of loaded.problems) if (p.severity === 'error') printError(`${p.path || p.file}: ${p.reason}`);
  const corpus = corpusOf(loaded, args.timeZone);
  const byRoot = new Map(loaded.roots.map((r) => [r.absolute, r.given]));
  const hits = corpus.search.search(query, { limit: args.limit ?? Infinity }).map((hit) => {
    const a = corpus.index.get(hit.id);
    return {
      path: a?.path ?? hit.id,
      ...(loaded.roots.length > 1 && a ? { corpus: byRoot.get(a.root) ?? a.root } : {}),
      title: a?.title ?? '',
      outlet: a?.outlet ?? '',
      published: a?.published === undefined ? null : new Date(a.published).toISOString(),
      score: Math.round(hit.score * 1000) / 1000,
      snippet: hit.snippet.text,
      highlights: hit.snippet.highlights,
    };
  });
  if (args.json) {
    print(JSON.stringify({ hits }, null, 2));
    return 0;
  }
  for (const h of hits) {
    const marked = markSnippet(h.snippet, h.highlights);
    print(`${h.score.toFixed(2).padStart(7)}  ${h.title}  (${h.outlet}, ${h.published ?? 'undated'}, ${h.path})\n         ${marked}`);
  }
  print(`${hits.length} hits`);
  return 0;
}
