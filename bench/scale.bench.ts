/**
 * Scale benchmark: cold index vs plain reading, warm start from the persistent index, one live
 * change, memory and index size. Prints figures (not a timed test).
 *
 *   npm run build && node --expose-gc --import tsx bench/scale.bench.ts --sizes 10000,50000
 *
 * Corpora come from bench/out/corpus-N (made with bench/generateCorpus.ts when missing). Each size
 * runs in fresh child processes so that figures do not leak into each other: one for the cold index
 * (page cache dropped first when permitted: root and a writable /proc/sys/vm/drop_caches), one for
 * the warm start. The persistent index goes to bench/out/cache-N (never the corpus folder).
 *
 * The cold index is what the extension does on a first start: the files are read, cleaned and
 * indexed in worker threads (tree and search ready: "cold index"), saving a checkpoint every 10,000
 * files; then the index is saved (search reads texts and postings from it) while the names are found
 * in the workers ("then names"); then it is saved again, with the names. RSS is taken after that save.
 *
 * Plain reading is timed two ways, each after dropping the page cache: 16 files at a time (the
 * fastest plain Node read measured here, and the cold index's baseline: "ratio"), and one file after
 * the other (`for … await readFile`), for reference: the reference read of about 2.5 s.
 *
 * The children run this file bundled with esbuild (bench/out/scale.bench.js), as the extension runs
 * its bundle: under tsx, each call of an imported function goes through a getter, and the loader's
 * own code and caches add about 45 MB to the resident memory measured.
 */
import { execFileSync, execSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, promises as fs, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import * as path from 'node:path';
import { Corpus } from '../src/core/corpus';
import { IncrementalIndexer } from '../src/core/index/incrementalIndexer';
import { indexCachePath, readIndexCache } from '../src/core/index/indexCacheFile';
import { defaultNameWorkers, defaultReadWorkers } from '../src/core/index/parallelRead';
import { scanCorpus } from '../src/core/index/scanCorpus';

/** The repository: this file's folder's parent, whether run from bench/ (tsx) or bundled into bench/out/. */
const REPO = repositoryAbove(__dirname);
const BUNDLE = path.join(REPO, 'bench/out/scale.bench.js');
const WORKER = path.join(REPO, 'dist/indexWorker.js');
const corpusDir = (n: number) => path.join(REPO, 'bench/out', `corpus-${n}`);
const cacheDir = (n: number) => path.join(REPO, 'bench/out', `cache-${n}`);

interface ColdFigures {
  files: number;
  pageCacheDropped: boolean;
  /** Plain reading, 16 files at a time: the fastest plain Node read here, the ratio's baseline. */
  readMs: number;
  /** Plain reading one file after the other (`for … await readFile`), for reference. */
  readOneByOneMs: number;
  /** Time to index files (tree and search ready); the names are found afterwards, in `namesMs`. */
  indexMs: number;
  namesMs: number;
  /** RSS after indexing, before saving (search texts and postings still in memory). */
  beforeSaveMB: number;
  rssMB: number;
  heapMB: number;
  /** V8 heap reserved (used + free pages not yet given back). */
  heapTotalMB: number;
  buffersMB: number;
  cacheWriteMs: number;
  cacheBytes: number;
}

interface WarmFigures {
  loadMs: number;
  firstSearchMs: number;
  firstHits: number;
  liveUpdateMs: number[];
  /** The entity graph (people and organizations) built from the restored mentions, then again, in slices, after one article changed. */
  graphMs: number;
  graphAfterChangeMs: number;
  longestSliceMs: number;
  /** RSS after those two graph builds. */
  graphRssMB: number;
  refreshMs: number;
  rssMB: number;
}

const round = (n: number) => Math.round(n);
/** Files between checkpoint saves during a cold index (the extension's default). */
const CHECKPOINT_EVERY = 10_000;
const gc = (globalThis as { gc?: () => void }).gc;

/** Drops the OS page cache so that reads come from disk; false when not permitted. */
function dropPageCache(): boolean {
  try {
    execSync('sync; echo 3 > /proc/sys/vm/drop_caches', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

/** Cold: plain Node reading of every file, then the full index with workers, then saving the index. */
async function cold(n: number): Promise<ColdFigures> {
  const root = corpusDir(n);
  let dropped = dropPageCache();
  let started = performance.now();
  const fileCount = await readEveryFile(root, 16); // the scan's list is not kept: the extension does not hold one either
  const readMs = performance.now() - started;
  dropped = dropPageCache() && dropped;
  started = performance.now();
  await readEveryFile(root, 1);
  const readOneByOneMs = performance.now() - started;

  dropped = dropPageCache() && dropped;
  const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
  const file = indexCachePath(cacheDir(n), [root]);
  rmSync(cacheDir(n), { recursive: true, force: true });
  started = performance.now();
  // As the extension does: checkpoints every CHECKPOINT_EVERY files, then a final save, after
  // which search reads texts and postings from the persistent index.
  await indexer.refresh([root], { workerScript: WORKER, names: 'later', checkpoint: { every: CHECKPOINT_EVERY, save: () => indexer.save(file, [root]) } });
  const indexMs = performance.now() - started;
  // Then, as the extension does, the index is saved (search then reads from the file) while the names
  // are found in the background (workers); then it is saved again, with the names.
  started = performance.now();
  const saved = indexer.save(file, [root]);
  await indexer.findNames({ workerScript: WORKER });
  await saved;
  const namesMs = performance.now() - started;
  gc?.();
  const beforeSaveMB = process.memoryUsage().rss / 2 ** 20;
  started = performance.now();
  const cacheBytes = await indexer.save(file, [root]);
  const cacheWriteMs = performance.now() - started;
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc?.();
  const memory = process.memoryUsage();
  const hits = indexer.corpus.search.search('北约').length;
  if (hits === 0) throw new Error('no hits after saving');
  return { files: fileCount, pageCacheDropped: dropped, readMs, readOneByOneMs, indexMs, namesMs, beforeSaveMB, rssMB: memory.rss / 2 ** 20, heapMB: memory.heapUsed / 2 ** 20, heapTotalMB: memory.heapTotal / 2 ** 20, buffersMB: memory.arrayBuffers / 2 ** 20, cacheWriteMs, cacheBytes };
}

/** Scans `root` and reads every file with plain Node (`concurrency` reads at a time); returns the file count. */
async function readEveryFile(root: string, concurrency: number): Promise<number> {
  const { files } = await scanCorpus(root);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < files.length) await fs.readFile(files[next++].file);
    }),
  );
  return files.length;
}

/** Warm: read the persistent index, restore, first search; then live single-file updates; then the background refresh; then the entity graph. */
async function warm(n: number): Promise<WarmFigures> {
  const root = corpusDir(n);
  const started = performance.now();
  const indexer = await restoredIndexer(root, n); // the file's bytes and decoded snapshot are garbage once this returns
  const loadMs = performance.now() - started;
  const firstHits = indexer.corpus.search.search('北约').length;
  const firstSearchMs = performance.now() - started;
  gc?.();
  const rssMB = process.memoryUsage().rss / 2 ** 20;

  // The watcher's path in core: stat + read + clean + recognise + index update, then a search that finds it.
  // As the extension does a moment after its first refresh, the thread is readied for live updates first.
  indexer.warmUpForUpdates();
  const source = [...indexer.corpus.index.values()][0].id;
  const live = path.join(root, 'bench-live-update.md');
  const liveUpdateMs: number[] = [];
  const body = await fs.readFile(source, 'utf8');
  for (let i = 0; i < 5; i++) {
    const word = `实时更新基准词${'甲乙丙丁戊'[i]}`;
    writeFileSync(live, body.replace(/<\/p>/, `${word}</p>`));
    const t = performance.now();
    await indexer.updateFile(live, root);
    const found = indexer.corpus.search.search(word).length;
    liveUpdateMs.push(performance.now() - t);
    if (found !== 1) throw new Error(`live update not found (${found} hits)`);
  }
  rmSync(live, { force: true });
  indexer.removePath(live);

  let t = performance.now();
  await indexer.refresh([root], { workerScript: WORKER });
  const refreshMs = performance.now() - t;

  // The entity graph, as the People & Organizations view and the article's name cards ask for it: built from every
  // article's mentions when first asked for; after a change (here: one article removed from the index), made anew in
  // slices between the host's other work, as the extension does (the longest slice is the longest the host waits).
  t = performance.now();
  if (indexer.corpus.entities.entities.length === 0) throw new Error('no entities');
  const graphMs = performance.now() - t;
  indexer.removePath(source);
  t = performance.now();
  let longestSliceMs = 0;
  let sliceStart = t;
  const rebuilt = await indexer.corpus.buildEntitiesInSlices(async () => {
    longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  });
  longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
  const graphAfterChangeMs = performance.now() - t;
  if (!rebuilt || rebuilt.entities.length === 0) throw new Error('no entities after a change');
  const graphRssMB = process.memoryUsage().rss / 2 ** 20;
  return { loadMs, firstSearchMs, firstHits, liveUpdateMs, graphMs, graphAfterChangeMs, longestSliceMs, graphRssMB, refreshMs, rssMB };
}

/** Reads the persistent index of corpus N and restores a corpus from it. */
async function restoredIndexer(root: string, n: number): Promise<IncrementalIndexer> {
  const cached = await readIndexCache(indexCachePath(cacheDir(n), [root]));
  if (!cached.ok) throw new Error(`no persistent index: ${cached.reason}`);
  const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
  indexer.restore(cached.snapshot);
  return indexer;
}

function repositoryAbove(folder: string): string {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'bench/scale.bench.ts'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository above ${folder}`);
  }
}

/** Runs the cold or warm figures of size `n` in a fresh process, from the bundle. */
function child<T>(mode: 'cold' | 'warm', n: number): T {
  const out = execFileSync(process.execPath, ['--expose-gc', BUNDLE, `--${mode}`, String(n)], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

function ensureCorpus(n: number): void {
  if (existsSync(corpusDir(n))) return;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'bench/generateCorpus.ts'), '--count', String(n), '--out', corpusDir(n)], { cwd: REPO, stdio: 'inherit' });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mode = args[0];
  if (mode === '--cold' || mode === '--warm') {
    const n = Number(args[1]);
    const figures = mode === '--cold' ? await cold(n) : await warm(n);
    process.stdout.write(JSON.stringify(figures) + '\n');
    return;
  }
  const sizesArg = args[args.indexOf('--sizes') + 1];
  const sizes = (args.includes('--sizes') ? sizesArg : '10000,50000').split(',').map(Number);
  if (!existsSync(WORKER)) execSync('npm run build', { cwd: REPO, stdio: 'inherit' });
  buildSync({ entryPoints: [path.join(REPO, 'bench/scale.bench.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: BUNDLE, external: ['esbuild'], logLevel: 'error' });
  const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  const rows: string[][] = [];
  for (const n of sizes) {
    ensureCorpus(n);
    const loadBefore = load();
    const c = child<ColdFigures>('cold', n);
    const w = child<WarmFigures>('warm', n);
    const median = [...w.liveUpdateMs].sort((a, b) => a - b)[2];
    rows.push(
      [String(n), `${round(c.readMs)}`, `${round(c.indexMs)}`, (c.indexMs / c.readMs).toFixed(2), `${round(c.readOneByOneMs)} (ratio ${(c.indexMs / c.readOneByOneMs).toFixed(2)})`, `${round(c.namesMs)}`, c.pageCacheDropped ? 'yes' : 'no', `${round(w.loadMs)}`, `${round(w.firstSearchMs)}`, `${median.toFixed(1)} (1st ${w.liveUpdateMs[0].toFixed(1)})`, `${round(w.graphMs)} / ${round(w.graphAfterChangeMs)}, longest slice ${round(w.longestSliceMs)} (RSS ${round(w.graphRssMB)})`, `${round(w.refreshMs)}`, `${round(c.rssMB)} (heap ${round(c.heapMB)} of ${round(c.heapTotalMB)}, buffers ${round(c.buffersMB)}; before saving ${round(c.beforeSaveMB)})`, `${round(w.rssMB)}`, ((c.cacheBytes / 2 ** 20) * (10000 / n)).toFixed(1), `${round(c.cacheWriteMs)}`, `${loadBefore} → ${load()}`],
    );
    process.stderr.write(`done ${n}: ${JSON.stringify({ c, w })}\n`);
  }
  const head = ['articles', 'read ms (16 at a time)', 'cold index ms (tree + search ready)', 'ratio', 'read ms one by one (ratio to it)', 'then names ms', 'cache dropped', 'warm load ms', 'warm 1st search ms', 'live update ms (median of 5)', 'entity graph ms: first / after a change, in slices (RSS MB)', 'no-change refresh ms', 'RSS MB after cold index + save', 'RSS MB after warm load', 'index MB/10k', 'index save ms', 'load avg (1/5/15 min) before → after'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
  console.log(`workers: dist/indexWorker.js ×${defaultReadWorkers()} reading, ×${defaultNameWorkers()} finding names; cache at bench/out/cache-N; ${statSync(WORKER).size} B worker bundle`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
