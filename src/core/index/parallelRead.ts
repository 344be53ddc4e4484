import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { defaultKnowledge, recognizeMentions } from '../entities';
import type { IndexWorkerRequest, IndexWorkerResponse, NamesFound, ReadFilesResults, TextToRecognize } from './indexWorkerProtocol';
import { readCorpusFile, type FileReadResult } from './readCorpusFile';
import type { CorpusFile } from './scanCorpus';

export interface WorkerPoolOptions<B> {
  /** The bundled worker script (dist/indexWorker.js); without it, or when missing, the work is done on this thread. */
  workerScript?: string;
  /** Worker count; default: see {@link defaultReadWorkers} and {@link defaultNameWorkers}. */
  workers?: number;
  /** Items per request (and per batch of results). */
  chunkSize?: number;
  /** Called with each batch of results as it arrives (in no particular order across batches). */
  onResults: (batch: B) => void | Promise<void>;
  /** Checked before each new request; true stops handing out work. */
  isCancelled?: () => boolean;
}

/**
 * One chunk's files read: results in the chunk's order, and, from workers asked to `prepareSearch`,
 * `SearchEngine.prepare` of the results' articles in order (the articles then come without texts).
 */
export type FileReadBatch = ReadFilesResults;

export interface ParallelReadOptions extends WorkerPoolOptions<FileReadBatch> {
  /** Find the names in each file too (default true). */
  names?: boolean;
  /**
   * Let the workers fold and index the articles for search too (default false), so that this
   * thread only appends each batch; done on this thread, files are read without it.
   */
  prepareSearch?: boolean;
}

/**
 * The workers' Node options: only this process's profiling options (`--cpu-prof`, `--heap-prof`…),
 * so that profiling a run profiles its workers too. The script is a self-contained bundle: it needs
 * none of the others, and a loader such as tsx (given to a test or bench run) would otherwise be set
 * up again in each worker, for a quarter of a second of processor time apiece.
 */
const WORKER_EXEC_ARGV: readonly string[] = profilingOptions(process.execArgv);

/** The profiling options among Node options (with the values given as separate arguments). */
export function profilingOptions(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const option = execArgv[i];
    if (!/^--(?:cpu-prof|heap-prof)(?:-|=|$)/.test(option)) continue;
    kept.push(option);
    if (/^--(?:cpu|heap)-prof-(?:dir|name|interval)$/.test(option) && i + 1 < execArgv.length) kept.push(execArgv[++i]);
  }
  return kept;
}

/** Most workers started by default. */
const MAX_WORKERS = 4;
/** Files per read request: large enough that appending a prepared batch costs little per article. */
const DEFAULT_CHUNK = 128;
const IN_PROCESS_CONCURRENCY = 8;
/** Chunks a worker may have been given whose results were not yet taken by `onResults`. */
const CHUNKS_IN_FLIGHT = 2;

/**
 * Reads corpus files in worker threads (see {@link runInWorkers}), handing out chunks in scan order
 * (so outlets, which are contiguous in scan order, fill in roughly in order).
 */
export function readFilesInParallel(files: readonly CorpusFile[], options: ParallelReadOptions): Promise<void> {
  const names = options.names ?? true;
  const search = options.prepareSearch ?? false;
  return runInWorkers<CorpusFile, FileReadBatch>(files, { ...options, workers: options.workers ?? defaultReadWorkers() }, {
    request: (chunk) => ({ type: 'read', files: chunk, names, search }),
    batchOf: (response) => (response.type === 'results' ? response : unexpected(response.type)),
    inProcess: async (chunk) => {
      const results: FileReadResult[] = [];
      for (let i = 0; i < chunk.length; i += IN_PROCESS_CONCURRENCY) results.push(...(await Promise.all(chunk.slice(i, i + IN_PROCESS_CONCURRENCY).map((file) => readCorpusFile(file, { names })))));
      return { results };
    },
  });
}

/**
 * Workers {@link readFilesInParallel} starts by default: one less than the machine's parallelism (at
 * least one, at most 4). This thread has about a worker's work of its own taking each batch (the
 * tree, and appending the search postings), so it keeps a core: on two cores, one worker indexes 10k
 * files within a tenth of the time two take (each worker also costs its start and its own compiling
 * of the hot code), for about 0.8 s less processor time, and leaves the editor its core.
 */
export function defaultReadWorkers(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

/** Workers {@link findNamesInParallel} starts by default: the machine's parallelism, at most 4 (this thread has little to do then). */
export function defaultNameWorkers(): number {
  return Math.min(MAX_WORKERS, availableParallelism());
}

/**
 * Finds the names in articles' texts in worker threads, with the built-in knowledge (see
 * {@link runInWorkers}). Each chunk's texts are fetched with `textOf` only when it is handed out.
 */
export function findNamesInParallel(articles: ReadonlyArray<Omit<TextToRecognize, 'text'>>, textOf: (id: string) => string, options: WorkerPoolOptions<NamesFound[]>): Promise<void> {
  const withTexts = (chunk: ReadonlyArray<Omit<TextToRecognize, 'text'>>): TextToRecognize[] => chunk.map((a) => ({ ...a, text: textOf(a.id) }));
  return runInWorkers(articles, { chunkSize: 32, ...options, workers: options.workers ?? defaultNameWorkers() }, {
    request: (chunk) => ({ type: 'names', texts: withTexts(chunk) }),
    batchOf: (response) => (response.type === 'names' ? response.results : unexpected(response.type)),
    inProcess: async (chunk) => withTexts(chunk).map(({ id, token, text }) => ({ id, token, mentions: recognizeMentions(text, defaultKnowledge()) })),
  });
}

/**
 * Runs chunks of `items` in worker threads and passes each chunk's results to `onResults` on this
 * thread, one batch at a time. Each worker has {@link CHUNKS_IN_FLIGHT} chunks: it works on the next
 * while this thread takes the results of the last, and it gets a new one once `onResults` is done
 * with a batch (so a slow `onResults`, e.g. while the index is saved, holds the workers back
 * instead of piling up results). Without a worker script, chunks are done on this thread.
 */
async function runInWorkers<T, B>(
  items: readonly T[],
  options: WorkerPoolOptions<B>,
  work: { request: (chunk: T[]) => IndexWorkerRequest; batchOf: (response: IndexWorkerResponse) => B; inProcess: (chunk: T[]) => Promise<B> },
): Promise<void> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
  if (chunks.length === 0) return;
  if (!options.workerScript || !existsSync(options.workerScript)) {
    for (const chunk of chunks) {
      if (options.isCancelled?.()) return;
      await options.onResults(await work.inProcess(chunk));
    }
    return;
  }
  const count = Math.max(1, Math.min(options.workers ?? defaultNameWorkers(), chunks.length));
  let next = 0;
  /** Batches are taken one after another, whichever worker sent them. */
  let taking: Promise<void> = Promise.resolve();
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let outstanding = 0;
      let failed = false;
      const send = () => {
        if (failed) return;
        if (next >= chunks.length || options.isCancelled?.()) {
          if (outstanding === 0) resolve();
          return;
        }
        outstanding++;
        worker.postMessage(work.request(chunks[next++]));
      };
      worker.on('message', (response: IndexWorkerResponse) => {
        taking = taking.then(async () => {
          if (failed) return;
          try {
            await options.onResults(work.batchOf(response));
          } catch (error) {
            failed = true;
            reject(error);
            return;
          }
          outstanding--;
          send();
        });
      });
      worker.on('error', (error) => {
        failed = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!failed && (outstanding > 0 || next < chunks.length)) reject(new Error(`indexing worker stopped (exit code ${code})`));
      });
      for (let i = 0; i < CHUNKS_IN_FLIGHT; i++) send();
    });
  const workers = Array.from({ length: count }, () => new Worker(options.workerScript as string, { execArgv: [...WORKER_EXEC_ARGV] }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function unexpected(type: string): never {
  throw new Error(`an indexing worker answered a request with '${type}'`);
}
