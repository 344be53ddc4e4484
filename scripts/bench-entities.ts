/**
 * Speed of the entity pass over the 10k bench corpus (issue #6: ≤ 3 s):
 *
 *   npx tsx scripts/bench-entities.ts
 *
 * Reads every article of bench/out/corpus-10000 with the indexer's reader (`articleForIndex`, not timed; make the
 * corpus with `npx tsx bench/generateCorpus.ts --count 10000 --out bench/out/corpus-10000`), then times the entity
 * pass: `recognizeMentions` over each article's cleaned text, then `buildEntityGraph` over all of them. Prints wall
 * time per phase and the process CPU time of the pass (all threads: the machine is shared, and V8 compiles and
 * collects garbage on helper threads). The garbage left by reading is collected before timing when V8 lets the script
 * ask for it. One pass per run: run the command several times and compare.
 *
 * The code runs bundled with esbuild, as the extension ships it: the script bundles itself into a temporary file and
 * runs that with node. `--unbundled` runs it under tsx as it is (each module compiled apart).
 *
 * Options: `--corpus <folder>` for another corpus; `--real [copies]` for the former check, the 17 real texts of
 * ../shared/seeds and ../shared/corpus repeated ×copies (600 by default), each copy slightly changed.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { articleForIndex } from '../src/core/articleFromSource';
import { buildEntityGraph, defaultKnowledge, recognizeMentions } from '../src/core/entities';
import { readCorpusTexts } from './entityCorpus';

interface Doc {
  id: string;
  text: string;
}

/** The value after `--name` ('' when none follows), or undefined when the option is absent. */
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = process.argv[index + 1];
  return value === undefined || value.startsWith('--') ? '' : value;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Every article of `root`, as the indexer reads it; files that are not articles are skipped. */
function readCorpus(root: string): Doc[] {
  const docs: Doc[] = [];
  for (const file of filesUnder(root)) {
    const path = relative(root, file).split(sep).join('/');
    try {
      docs.push({ id: path, text: articleForIndex(readFileSync(file, 'utf8'), { root, path, file }).text });
    } catch {
      // Not an article in a known format: the indexer skips it too.
    }
  }
  return docs;
}

/** The repository's folder (given to the bundled copy, whose own file lies elsewhere). */
const REPO = resolve(option('repo') ?? join(__dirname, '..'));

/** The 17 real texts repeated ×copies, each copy mutated slightly so no caching can help. */
async function readRealCopies(copies: number): Promise<Doc[]> {
  const shared = join(REPO, '..', 'shared');
  const texts = [...(await readCorpusTexts(join(shared, 'seeds'))), ...(await readCorpusTexts(join(shared, 'corpus')))];
  const docs: Doc[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const doc of texts) {
      const cut = (copy * 7919) % Math.max(1, doc.text.length);
      docs.push({ id: `${copy}/${doc.id}`, text: `第${copy}版。${doc.text.slice(0, cut)}${doc.text.slice(cut + 1)}` });
    }
  }
  return docs;
}

/** Full garbage collection, when V8 allows a script to ask for one. */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // Not available: the reading's garbage may then be collected during the timed pass.
  }
}

/** Bundles this script and runs the bundle with node; false when this already is the bundle or `--unbundled` is set. */
function runBundled(): boolean {
  if (process.env.ENTITY_BENCH_BUNDLED === '1' || process.argv.includes('--unbundled')) return false;
  const dir = mkdtempSync(join(tmpdir(), 'bench-entities-'));
  try {
    const outfile = join(dir, 'bench-entities.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild is a dev dependency, needed only here.
    (require('esbuild') as typeof import('esbuild')).buildSync({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, external: ['esbuild'], logLevel: 'warning' });
    const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2), '--repo', REPO], { stdio: 'inherit', env: { ...process.env, ENTITY_BENCH_BUNDLED: '1' } });
    process.exitCode = result.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return true;
}

void (async () => {
  if (runBundled()) return;
  const real = option('real');
  const root = resolve(option('corpus') ?? join(REPO, 'bench', 'out', 'corpus-10000'));
  const docs = real !== undefined ? await readRealCopies(Number(real || 600)) : readCorpus(root);
  if (docs.length === 0) throw new Error(`no articles in ${root}`);
  const knowledge = defaultKnowledge();
  recognizeMentions('预热：北约秘书长斯托尔滕贝格说。', knowledge);
  const chars = docs.reduce((sum, doc) => sum + doc.text.length, 0);
  collectGarbage();

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const withMentions = docs.map((doc) => ({ id: doc.id, mentions: recognizeMentions(doc.text, knowledge) }));
  const t1 = performance.now();
  const graph = buildEntityGraph(withMentions, knowledge);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);

  const mentions = withMentions.reduce((sum, doc) => sum + doc.mentions.length, 0);
  const source = real !== undefined ? `17 real texts ×${Number(real || 600)}` : relative(REPO, root) || '.';
  console.log(`${source}: ${docs.length} docs, ${(chars / 1e6).toFixed(1)}M chars, ${mentions} mentions, ${graph.entities.length} entities`);
  console.log(`recognition ${(t1 - t0).toFixed(0)} ms, graph ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms (process CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`);
})();
