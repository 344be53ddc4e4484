/**
 * Search benchmark: build time, memory and query latency per corpus size.
 *
 *   npx tsx bench/search.bench.ts --sizes 1000,10000,50000
 *
 * Corpora are generated on demand into bench/out/corpus-N (see generateCorpus.ts) and read
 * with the extension's own indexing reader ({@link articleForIndex}), so the engine indexes the same
 * texts as in the extension. Parsing is timed separately from the index build, which is timed two ways:
 * - "build": as the extension builds it, in two threads: batches of parsed documents are prepared
 *   (folded and indexed, `SearchEngine.prepare`) in worker threads, as the extension's indexing
 *   workers do for the files they read, posted back and appended on this thread (`addPrepared`);
 * - "single thread": every document added on this thread (`SearchEngine.add`).
 * Queries run with limit 20 and with the UI's default limit (100).
 * Run with `node --expose-gc` (e.g. NODE_OPTIONS=--expose-gc) for steadier memory figures.
 */
import { buildSync } from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articleForIndex } from '../src/core/articleFromSource';
import { DEFAULT_LIMIT, SearchEngine, type PreparedSearchBatch, type SearchDocument } from '../src/core/search';
import { generateCorpus } from './generateCorpus';
import { random } from './random';

const NAMES = ['斯托尔滕贝格', '谢尔曼', '温迪·谢尔曼', '里亚布科夫', '泽连斯基', 'OSCE', 'Stoltenberg', 'Wendy Sherman', '北約', '德國之聲'];
const QUERY_COUNT = 300;
const LIMITS = [20, DEFAULT_LIMIT];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Queries: random 2–6 character substrings (60%), two-substring combos (25%), names (15%). */
function makeQueries(documents: readonly SearchDocument[], next: () => number): string[] {
  const substring = (): string => {
    for (;;) {
      const text = documents[Math.floor(next() * documents.length)].text;
      const length = 2 + Math.floor(next() * 5);
      const start = Math.floor(next() * Math.max(1, text.length - length));
      const piece = text.slice(start, start + length);
      if (!/[\s"“”-]/.test(piece) && !piece.includes(':')) return piece;
    }
  };
  const queries: string[] = [];
  for (let i = 0; i < QUERY_COUNT; i++) {
    const roll = next();
    if (roll < 0.6) queries.push(substring());
    else if (roll < 0.85) queries.push(`${substring()} ${substring()}`);
    else queries.push(NAMES[Math.floor(next() * NAMES.length)]);
  }
  return queries;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Reads a file as the extension does; undefined when it is not an article. */
function readDocument(root: string, file: string): SearchDocument | undefined {
  try {
    const article = articleForIndex(readFileSync(file, 'utf8'), { root, path: relative(root, file).split('\\').join('/'), file });
    return { id: article.id, title: article.title, text: article.text, outlet: article.outlet, published: article.published };
  } catch {
    return undefined;
  }
}

/** Latency of every query at `limit`, sorted, plus the slowest queries. */
function timeQueries(engine: SearchEngine, queries: readonly string[], limit: number): { sorted: number[]; hits: number; slowest: string[] } {
  for (const query of queries) engine.search(query, { limit }); // warm-up: every query once, untimed (compiled code, as in a running editor)
  const timed: Array<{ query: string; ms: number }> = [];
  let hits = 0;
  for (const query of queries) {
    const queryStarted = performance.now();
    hits += engine.search(query, { limit }).length;
    timed.push({ query, ms: performance.now() - queryStarted });
  }
  timed.sort((a, b) => a.ms - b.ms);
  const slowest = timed.slice(-4).reverse().map(({ query, ms }) => `${query} ${ms.toFixed(1)}`);
  return { sorted: timed.map(({ ms }) => ms), hits, slowest };
}

/** Documents per prepared batch: the extension's files per worker request. */
const BATCH = 128;
const PREPARE_WORKER = resolve(__dirname, 'out/prepareWorker.js');

/** Starts the bench's preparing workers (bundled from prepareWorker.ts), as many as the extension's indexing workers. */
function startWorkers(): Worker[] {
  buildSync({ entryPoints: [resolve(__dirname, 'prepareWorker.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: PREPARE_WORKER, logLevel: 'error' });
  return Array.from({ length: Math.min(4, availableParallelism()) }, () => new Worker(PREPARE_WORKER));
}

/**
 * Builds an engine as the extension does: batches prepared in the workers (each keeps two in
 * flight), appended here in document order.
 */
async function buildInWorkers(documents: readonly SearchDocument[], workers: readonly Worker[]): Promise<SearchEngine> {
  const engine = new SearchEngine();
  const batches: SearchDocument[][] = [];
  for (let i = 0; i < documents.length; i += BATCH) batches.push(documents.slice(i, i + BATCH));
  const prepared = new Map<number, PreparedSearchBatch>();
  let nextToSend = 0;
  let nextToAdd = 0;
  await new Promise<void>((done, fail) => {
    const send = (worker: Worker) => {
      if (nextToSend >= batches.length) return;
      const number = nextToSend++;
      worker.once('message', (batch: PreparedSearchBatch) => {
        prepared.set(number, batch);
        try {
          for (let ready = prepared.get(nextToAdd); ready; ready = prepared.get(nextToAdd)) {
            prepared.delete(nextToAdd);
            engine.addPrepared(batches[nextToAdd++], ready);
          }
        } catch (error) {
          fail(error);
        }
        if (nextToAdd === batches.length) done();
        send(worker);
      });
      worker.postMessage(batches[number].map(({ title, text }) => ({ title, text })));
    };
    for (const worker of workers) send(worker);
  });
  return engine;
}

async function benchSize(size: number, workers: readonly Worker[]): Promise<void> {
  const dir = `bench/out/corpus-${size}`;
  if (!existsSync(dir)) generateCorpus(size, dir);
  const root = resolve(dir);
  const parseStarted = performance.now();
  const documents = filesUnder(root)
    .map((file) => readDocument(root, file))
    .filter((document): document is SearchDocument => document !== undefined);
  const parseMs = performance.now() - parseStarted;
  const averageChars = documents.reduce((sum, document) => sum + document.text.length, 0) / documents.length;
  collectGarbage();
  let started = performance.now();
  const single = new SearchEngine();
  for (const document of documents) single.add(document);
  const singleMs = performance.now() - started;
  single.close();
  await buildInWorkers(documents.slice(0, BATCH * workers.length * 2), workers); // warm-up (compiled code in the workers)
  collectGarbage();
  const before = process.memoryUsage();
  started = performance.now();
  const engine = await buildInWorkers(documents, workers);
  const buildMs = performance.now() - started;
  collectGarbage();
  const after = process.memoryUsage();
  const heap = after.heapUsed - before.heapUsed;
  const buffers = after.arrayBuffers - before.arrayBuffers;

  const next = random(size);
  const queries = makeQueries(documents, next);
  const latencies = LIMITS.map((limit) => {
    const { sorted, hits, slowest } = timeQueries(engine, queries, limit);
    return (
      `limit ${limit}: p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms, ` +
      `max ${sorted[sorted.length - 1].toFixed(2)} ms (avg ${(hits / queries.length).toFixed(1)} hits; slowest: ${slowest.join(', ')})`
    );
  });
  const serializeStarted = performance.now();
  const json = JSON.stringify(engine.toJSON());
  const serializeMs = performance.now() - serializeStarted;
  console.log(
    `${String(size).padStart(6)} docs (avg ${averageChars.toFixed(0)} chars, parsed in ${parseMs.toFixed(0)} ms): build ${buildMs.toFixed(0)} ms ` +
      `(${workers.length} workers + this thread; single thread ${singleMs.toFixed(0)} ms), ` +
      `heap +${megabytes(heap)}, array buffers +${megabytes(buffers)} | toJSON ${megabytes(json.length)} in ${serializeMs.toFixed(0)} ms\n` +
      latencies.map((line) => `    ${queries.length} queries, ${line}`).join('\n'),
  );
}

const sizesIndex = process.argv.indexOf('--sizes');
const sizes = (sizesIndex >= 0 ? process.argv[sizesIndex + 1] : '1000,10000').split(',').map(Number);
void (async () => {
  const workers = startWorkers();
  try {
    for (const size of sizes) await benchSize(size, workers);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
})();
