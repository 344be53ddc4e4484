import { closeSync, fstatSync, openSync, readFile, readSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
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

/**
 * Reads one corpus file for the index: its fields and text, without making the body HTML (see
 * `articleForIndex`). A `size` (as the scan found it) saves asking for it again; a file that has
 * grown since is still read whole.
 */
export function loadArticleForIndex(where: Pick<CorpusFile, 'file' | 'root' | 'path'> & { size?: number }): Promise<LoadResult<ArticleForIndex>> {
  return loadWith(where, articleForIndex);
}

function loadWith<A extends ArticleForIndex>(
  where: Pick<CorpusFile, 'file' | 'root' | 'path'> & { size?: number },
  parse: (source: string, where: SourceLocation) => A,
): Promise<LoadResult<A>> {
  const cannotBeRead = (error: unknown): LoadResult<A> => ({ problem: { file: where.file, path: where.path, reason: `cannot be read: ${errorMessage(error)}`, severity: 'error' } });
  let read: Uint8Array | Promise<Uint8Array>;
  try {
    read = readFileBytes(where.file, where.size);
  } catch (error) {
    return Promise.resolve(cannotBeRead(error));
  }
  if (read instanceof Promise) return read.then((bytes) => articleFromBytes(bytes, where, parse), cannotBeRead);
  // Bytes read synchronously are valid only until the next read: used at once, before anything else runs.
  try {
    return Promise.resolve(articleFromBytes(read, where, parse));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Reads a whole file: asynchronously on the main thread (never blocked on a disk); in a worker
 * thread (the indexing workers), synchronously into a buffer kept for the next file while the files
 * come from the page cache — several times cheaper per file than asynchronous reads, which cost a
 * thread-pool round trip for each of open, stat, read and close — and asynchronously again, so that
 * reads overlap with each other and with parsing, while they come from the disk (see `SyncReads`).
 * Bytes returned synchronously are overwritten by the next read.
 */
function readFileBytes(file: string, size: number | undefined): Uint8Array | Promise<Uint8Array> {
  return syncReads === undefined || !syncReads.next() ? readFileAsync(file) : syncReads.read(file, size);
}

function readFileAsync(file: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => readFile(file, (error, bytes) => (error ? reject(error) : resolve(bytes))));
}

/** Files up to this size are read into the buffer kept between reads; larger ones into their own. */
const KEPT_BUFFER_MAX = 1024 * 1024;

/**
 * Synchronous reads in a worker thread, and when to make them: while `ReadTimes` finds that the
 * files come from the page cache; reads it asks to be asynchronous are left to `readFileAsync`.
 */
class SyncReads {
  private buffer = Buffer.allocUnsafe(64 * 1024);
  private asyncLeft = 0;
  private readonly times = new ReadTimes(process.platform === 'win32' ? () => undefined : () => process.resourceUsage().fsRead);

  /** Whether the next read is to be synchronous. */
  next(): boolean {
    if (this.asyncLeft === 0) return true;
    this.asyncLeft--;
    return false;
  }

  /**
   * Reads a file synchronously (`size`: its size if known, else asked for); the bytes are valid
   * until the next call. Throws as `readFileSync` does.
   */
  read(file: string, size?: number): Uint8Array {
    const started = performance.now();
    const bytes = this.readFile(file, size);
    this.asyncLeft = this.times.record(performance.now() - started, bytes.length);
    return bytes;
  }

  private readFile(file: string, knownSize: number | undefined): Uint8Array {
    const fd = openSync(file, 'r');
    try {
      const size = knownSize !== undefined && Number.isSafeInteger(knownSize) && knownSize >= 0 ? knownSize : fstatSync(fd).size;
      // One byte more than the size, to see the end of the file in one read (unless it grew).
      let buffer = size < KEPT_BUFFER_MAX ? this.buffer : Buffer.allocUnsafe(size + 1);
      if (buffer.length <= size) buffer = this.buffer = Buffer.allocUnsafe(Math.max(size + 1, Math.min(buffer.length * 2, KEPT_BUFFER_MAX)));
      let length = 0;
      for (;;) {
        const n = readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0) break;
        length += n;
        if (length === buffer.length) {
          const larger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(larger, 0, 0, length);
          buffer = larger;
        }
      }
      return buffer.subarray(0, length);
    } finally {
      closeSync(fd);
    }
  }
}

/** Sync reads per check of whether they come from the disk. */
const CHECKED_READS = 16;
/** A check finds the reads slow when this many of them were. */
const SLOW_CHECK = 8;
/**
 * A sync read is slow above 40 µs plus 1 ns a byte: from the page cache a 10 KB file takes about
 * 10–25 µs; from a local SSD or a virtual disk, 60 µs or more.
 */
const SLOW_READ_MS = 0.04;
const SLOW_READ_MS_PER_BYTE = 1e-6;
/** Slower than this, a read is from a disk or a network (never only from a busy processor). */
const VERY_SLOW_READ_MS = 0.5;
/** Reads made asynchronously once reads were found to come from the disk, before checking again. */
export const ASYNC_READS_AFTER_DISK = 256;

/**
 * Decides from the times sync reads take whether they come from the disk, when the reads had better
 * be asynchronous (overlapping each other and the work on the files). Every {@link CHECKED_READS} sync
 * reads are checked: when most were very slow, they came from the disk (or a network); when most were
 * slow, they may also have been slowed by a busy processor, so they are taken to come from the disk
 * only if the process read blocks from the disk since the last check, which must have been slow too
 * or followed by asynchronous reads (`blocksRead`: the operating system's count, for all threads;
 * undefined where there is none, then the times alone decide). Exported for tests.
 */
export class ReadTimes {
  private checked = 0;
  private slow = 0;
  private verySlow = 0;
  /** Blocks read at the start of a check that confirms slow reads, or undefined. */
  private blocksAtConfirm: number | undefined;

  constructor(private readonly blocksRead: () => number | undefined) {}

  /** Records one sync read; returns how many of the next reads to make asynchronously (0: sync). */
  record(ms: number, bytes: number): number {
    if (ms > SLOW_READ_MS + bytes * SLOW_READ_MS_PER_BYTE) this.slow++;
    if (ms > VERY_SLOW_READ_MS) this.verySlow++;
    if (++this.checked < CHECKED_READS) return 0;
    let fromDisk = this.verySlow >= SLOW_CHECK;
    let blocks: number | undefined;
    const slow = !fromDisk && this.slow >= SLOW_CHECK;
    if (slow) {
      // From the disk if blocks were read since the last check, when that was slow too (or without a count).
      blocks = this.blocksRead();
      fromDisk = blocks === undefined || (this.blocksAtConfirm !== undefined && blocks !== this.blocksAtConfirm);
    }
    // After reads from the disk, the next slow check is confirmed by blocks read meanwhile (by the asynchronous reads too).
    this.blocksAtConfirm = fromDisk ? (blocks ?? this.blocksRead()) : slow ? blocks : undefined;
    this.checked = this.slow = this.verySlow = 0;
    return fromDisk ? ASYNC_READS_AFTER_DISK : 0;
  }
}

const syncReads = isMainThread ? undefined : new SyncReads();

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
