import { requireCorpus, type CommonArgs } from './args';
import { corpusOf, loadCliCorpus } from './loadCorpusArgs';

/**
 * `news-corpus entities --corpus DIR [--json]`: the people and organizations of the corpus, each with
 * every surface form found and the files that name it, most widely mentioned first.
 */
export async function entitiesCommand(args: CommonArgs, print: (text: string) => void, printError: (text: string) => void): Promise<number> {
  const loaded = await loadCliCorpus(requireCorpus(args), { cacheDir: args.cache, timeZone: args.timeZone, log: printError });
  for (const p of loaded.problems) if (p.severity === 'error') printError(`${p.path || p.file}: ${p.reason}`);
  const corpus = corpusOf(loaded, args.timeZone);
  const byRoot = new Map(loaded.roots.map((r) => [r.absolute, r.given]));
  const several = loaded.roots.length > 1;
  const entities = [...corpus.entities.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'zh-CN'))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      english: e.english ?? null,
      description: e.description ?? null,
      aliases: e.aliases,
      mentions: e.mentions.map((m) => {
        const a = corpus.index.get(m.docId);
        return { path: a?.path ?? m.docId, ...(several && a ? { corpus: byRoot.get(a.root) ?? a.root } : {}), count: m.count };
      }),
    }));
  if (args.json) {
    print(JSON.stringify({ entities }, null, 2));
    return 0;
  }
  for (const e of entities) {
    const english = e.english ? ` (${e.english})` : '';
    print(`${e.type === 'person' ? 'person' : 'org   '}  ${e.name}${english}  ${e.mentions.length} articles  — ${e.aliases.join(' · ')}${e.description ? `\n        ${e.description}` : ''}`);
  }
  print(`${entities.length} entities`);
  return 0;
}
