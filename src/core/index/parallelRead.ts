import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ReadFilesRequest, ReadFilesResponse } from './indexWorkerProtocol';
import { readCorpusFile, type FileReadResult } from './readCorpusFile';
import type { CorpusFile } from './scanCorpus';

export interface ParallelReadOptions {
  /** The bundled worker script (dist/indexWorker.js); without it, or when missing, files are read on this thread. */
  workerScript?: string;
  /** Worker count; default: the machine's parallelism, at most 4. */
  workers?: number;
  /** Files per request (and per batch of results). */
  chunkSize?: number;
  /** Called with each batch of results as it arrives (in no particular order across batches). */
  onResults: (results: FileReadResult[]) => void | Promise<void>;
  /** Checked before each new request; true stops handing out work. */
  isCancelled?: () => boolean;
}

const DEFAULT_CHUNK = 48;
const IN_PROCESS_CONCURRENCY = 8;

/** Chunks a worker may have been given whose results were not yet taken by `onResults`. */
const CHUNKS_IN_FLIGHT = 2;

/**
 * Reads corpus files in worker threads, handing out chunks as workers become free (so outlets,
 * which are contiguous in scan order, fill in roughly in order), and passes each chunk's results
 * to `onResults` on this thread, one batch at a time. Each worker has {@link CHUNKS_IN_FLIGHT}
 * chunks: it reads the next while this thread takes the results of the last, and it gets a new
 * one once `onResults` is done with a batch (so a slow `onResults`, e.g. while the index is
 * saved, holds the workers back instead of piling up results).
 */
export async function readFilesInParallel(files: readonly CorpusFile[], options: ParallelReadOptions): Promise<void> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  const chunks: CorpusFile[][] = [];
  for (let i = 0; i < files.length; i += chunkSize) chunks.push(files.slice(i, i + chunkSize));
  if (chunks.length === 0) return;
  if (!options.workerScript || !existsSync(options.workerScript)) return readInProcess(chunks, options);
  const count = Math.max(1, Math.min(options.workers ?? Math.min(4, availableParallelism()), chunks.length));
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
        const request: ReadFilesRequest = { type: 'read', files: chunks[next++] };
        outstanding++;
        worker.postMessage(request);
      };
      worker.on('message', (response: ReadFilesResponse) => {
        taking = taking.then(async () => {
          if (failed) return;
          try {
            await options.onResults(response.results);
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
  const workers = Array.from({ length: count }, () => new Worker(options.workerScript as string));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function readInProcess(chunks: readonly CorpusFile[][], options: ParallelReadOptions): Promise<void> {
  for (const chunk of chunks) {
    if (options.isCancelled?.()) return;
    const results: FileReadResult[] = [];
    for (let i = 0; i < chunk.length; i += IN_PROCESS_CONCURRENCY) results.push(...(await Promise.all(chunk.slice(i, i + IN_PROCESS_CONCURRENCY).map(readCorpusFile))));
    await options.onResults(results);
  }
}
