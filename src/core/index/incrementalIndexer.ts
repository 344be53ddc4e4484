import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Corpus, ExportedEngine } from '../corpus';
import { defaultKnowledge, recognizeMentions, type Mention } from '../entities';
import type { Problem } from '../model/article';
import { readIndexCache, writeIndexCache } from './indexCacheFile';
import { closeSnapshot, sameStamp, type FileStamp, type IndexSnapshot, type IndexSnapshotToSave } from './indexSnapshot';
import { findNamesInParallel, readFilesInParallel, type FileReadBatch } from './parallelRead';
import { readCorpusFile, type FileReadResult } from './readCorpusFile';
import { relativeCorpusPath, scanCorpus, type CorpusFile, type ScanOptions } from './scanCorpus';

/** A sentence with a person and an organization, for {@link IncrementalIndexer.warmUpForUpdates}. */
const WARM_UP_TEXT = '北约秘书长斯托尔滕贝格（Jens Stoltenberg）在布鲁塞尔说。';

export interface RefreshOptions extends ScanOptions {
  /** The bundled indexing worker; without it files are read on this thread. */
  workerScript?: string;
  workers?: number;
  /** Files per worker request (and per batch). */
  chunkSize?: number;
  /**
   * `'later'`: read and index the files without finding the names in them (the tree and search are
   * ready sooner); {@link IncrementalIndexer.findNames} finds them afterwards. Default `'now'`.
   */
  names?: 'now' | 'later';
  /** Checked between batches; true stops the refresh (what was read so far stays). */
  isCancelled?: () => boolean;
  /** Files to re-read: called before the first and after each batch. */
  onProgress?: (done: number, total: number) => void;
  /** Called after each batch of articles was added (e.g. to refresh a tree). */
  onBatch?: () => void;
  /**
   * Saves the persistent index every `every` files read (reading waits meanwhile), so that a
   * large first indexing never holds more than that many articles' search data in memory.
   */
  checkpoint?: { every: number; save: () => Promise<unknown> };
}

/** What a refresh did. */
export interface RefreshSummary {
  /** Files found by the scan. */
  scanned: number;
  /** Files read because they were new or their size or mtime changed. */
  reread: number;
  /** Files forgotten because they are gone. */
  removed: number;
  cancelled: boolean;
}

/**
 * Keeps a `Corpus` in step with its folders, reading as little as possible: remembers each read
 * file's size and mtime, restores from and makes persistent-index snapshots, re-reads only new or
 * changed files on refresh (in worker threads when given the worker script), and applies single
 * file changes and deletions from a watcher.
 */
export class IncrementalIndexer {
  /** Every file read (an article or not), with the stamp it had. */
  private stampMap = new Map<string, FileStamp>();
  /** A restored snapshot whose stamps are not in {@link stampMap} yet (made on first use: a first search needs none). */
  private unreadStamps: IndexSnapshot | undefined;
  /** Problems found reading files, by file. */
  private readonly fileProblems = new Map<string, Problem>();
  /** Problems found by the last scan (unreadable folders, files too large). */
  private scanProblems: Problem[] = [];

  constructor(readonly corpus: Corpus) {}

  /** Every current problem: the last scan's, then each file's. */
  get problems(): Problem[] {
    return [...this.scanProblems, ...this.fileProblems.values()];
  }

  /** How many files are known (read at least once). */
  get knownFiles(): number {
    return this.stamps.size;
  }

  /** Forgets everything: the next refresh reads every file. */
  clear(): void {
    this.corpus.clear();
    this.unreadStamps = undefined;
    this.stampMap.clear();
    this.fileProblems.clear();
    this.scanProblems = [];
  }

  /** Makes the corpus and the file stamps what the snapshot says. */
  restore(snapshot: IndexSnapshot): void {
    this.corpus.restore(snapshot);
    this.stampMap = new Map();
    this.unreadStamps = snapshot;
    this.fileProblems.clear();
    for (const { problem } of snapshot.problems) this.fileProblems.set(problem.file, problem);
  }

  /** Every file read, with the stamp it had (a restored snapshot's read in when first asked for). */
  private get stamps(): Map<string, FileStamp> {
    const snapshot = this.unreadStamps;
    if (snapshot) {
      this.unreadStamps = undefined;
      for (const { article, stamp } of snapshot.articles) this.stampMap.set(article.id, stamp);
      for (const { problem, stamp } of snapshot.problems) this.stampMap.set(problem.file, stamp);
    }
    return this.stampMap;
  }

  /** The corpus and file stamps as a persistent-index snapshot (its search part streamed when written). */
  snapshot(roots: readonly string[]): IndexSnapshotToSave {
    return this.snapshotToSave(roots).snapshot;
  }

  /**
   * Saves the persistent index to `file`; then, unless the corpus changed meanwhile, takes the
   * articles, their mentions and the search engine's texts and postings from that file instead
   * of holding them in memory (see `Corpus.rebase`; when only some changed, what did not).
   * Returns the bytes written.
   */
  async save(file: string, roots: readonly string[]): Promise<number> {
    const { bytes, exported } = await this.write(file, roots);
    const saved = await readIndexCache(file);
    if (saved.ok) {
      if (this.corpus.rebase(saved.snapshot, exported)) {
        this.rekeyStamps();
      } else {
        const mentions = this.corpus.rebaseMentions(saved.snapshot.articles, exported);
        const search = this.corpus.rebaseSearch(saved.snapshot.search, exported);
        if (!mentions && !search) closeSnapshot(saved.snapshot);
      }
    }
    return bytes;
  }

  /** Writes the persistent index (the snapshot written is garbage once this returns). */
  private async write(file: string, roots: readonly string[]): Promise<{ bytes: number; exported: ExportedEngine }> {
    const { snapshot, exported } = this.snapshotToSave(roots);
    return { bytes: await writeIndexCache(file, snapshot), exported };
  }

  /** The stamps keyed by the id strings of the corpus's article records where it has them (the same values, in the same order). */
  private rekeyStamps(): void {
    const { index } = this.corpus;
    const stamps = new Map<string, FileStamp>();
    for (const [file, stamp] of this.stamps) stamps.set(index.recordId(file) ?? file, stamp);
    this.stampMap = stamps;
  }

  private snapshotToSave(roots: readonly string[]): { snapshot: IndexSnapshotToSave; exported: ExportedEngine } {
    const articles: IndexSnapshot['articles'] = [];
    for (const article of this.corpus.index.peek()) {
      const stamp = this.stamps.get(article.id);
      if (stamp) articles.push({ article, stamp, mentions: this.corpus.storedMentionsOf(article.id), namesPending: this.corpus.namesPendingFor(article.id) });
    }
    const problems: IndexSnapshot['problems'] = [];
    for (const [file, problem] of this.fileProblems) {
      const stamp = this.stamps.get(file);
      if (stamp) problems.push({ problem, stamp });
    }
    const { search, exported } = this.corpus.searchExport();
    return { snapshot: { roots: [...roots], articles, problems, search }, exported };
  }

  /** Scans the folders; forgets files that are gone; re-reads new files and those whose size or mtime changed. */
  async refresh(roots: readonly string[], options: RefreshOptions = {}): Promise<RefreshSummary> {
    const found: CorpusFile[] = [];
    const scanProblems: Problem[] = [];
    for (const root of roots) {
      const scan = await scanCorpus(root, options);
      found.push(...scan.files);
      for (const s of scan.skipped) scanProblems.push({ file: s.file, path: s.path, reason: s.reason, severity: 'warning' });
    }
    this.scanProblems = scanProblems;
    const present = new Set(found.map((f) => f.file));
    let removed = 0;
    for (const file of this.knownIds()) {
      if (!present.has(file)) {
        this.forget(file);
        removed++;
      }
    }
    const changed = found.filter((f) => !sameStamp(this.stamps.get(f.file), f));
    let done = 0;
    let sinceCheckpoint = 0;
    // Names are found later only by workers with the built-in knowledge; other knowledge finds them now.
    const later = options.names === 'later' && this.corpus.knowledge === defaultKnowledge();
    options.onProgress?.(0, changed.length);
    await readFilesInParallel(changed, {
      workerScript: options.workerScript,
      workers: options.workers,
      chunkSize: options.chunkSize,
      names: !later,
      prepareSearch: true,
      isCancelled: options.isCancelled,
      onResults: async (batch) => {
        this.applyBatch(batch, later);
        done += batch.results.length;
        sinceCheckpoint += batch.results.length;
        options.onProgress?.(done, changed.length);
        options.onBatch?.();
        if (options.checkpoint && sinceCheckpoint >= options.checkpoint.every && done < changed.length) {
          sinceCheckpoint = 0;
          await options.checkpoint.save();
        }
      },
    });
    return { scanned: found.length, reread: done, removed, cancelled: done < changed.length };
  }

  /**
   * Readies this thread for live updates ({@link updateFile}): the first names found here build the
   * recognizer's tables for the corpus's knowledge and compile its code (about 0.1 s, once), which the
   * first changed file would otherwise wait for. Idle work: a refresh finds names in workers.
   */
  warmUpForUpdates(): void {
    recognizeMentions(WARM_UP_TEXT, this.corpus.knowledge);
  }

  /**
   * Re-reads one file after a watcher saw it created or changed (unless its size and mtime are
   * those already read); a file that is gone is forgotten. Returns whether anything changed.
   */
  async updateFile(file: string, root: string): Promise<boolean> {
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      const known = this.stamps.has(file) || this.corpus.index.has(file);
      this.forget(file);
      return known;
    }
    if (!stat.isFile()) return false;
    const where: CorpusFile = { file, root, path: relativeCorpusPath(root, file), size: stat.size, mtimeMs: stat.mtimeMs };
    if (sameStamp(this.stamps.get(file), where)) return false;
    this.apply(await readCorpusFile(where));
    return true;
  }

  /** The problem reading one file gave, if any. */
  problemOf(file: string): Problem | undefined {
    return this.fileProblems.get(file);
  }

  /** Reads the new or changed files under one folder of a corpus (a folder created or renamed into it). */
  async updateFolder(folder: string, root: string, options: ScanOptions = {}): Promise<number> {
    const scan = await scanCorpus(folder, options);
    const files = scan.files.map((f) => ({ ...f, root, path: relativeCorpusPath(root, f.file) })).filter((f) => !sameStamp(this.stamps.get(f.file), f));
    await readFilesInParallel(files, { onResults: (batch) => this.applyBatch(batch, false) });
    return files.length;
  }

  /** Forgets a deleted file, or every file under a deleted folder; returns the files forgotten. */
  removePath(fileOrFolder: string): string[] {
    const prefix = fileOrFolder.endsWith(path.sep) ? fileOrFolder : fileOrFolder + path.sep;
    const gone = [...this.knownIds()].filter((file) => file === fileOrFolder || file.startsWith(prefix));
    for (const file of gone) this.forget(file);
    return gone;
  }

  /**
   * Finds the names in the articles indexed without them (see `RefreshOptions.names`), in worker
   * threads when given the worker script; each batch is set as it comes. Returns how many articles got names.
   */
  async findNames(options: Pick<RefreshOptions, 'workerScript' | 'workers' | 'isCancelled' | 'onBatch'> = {}): Promise<number> {
    let found = 0;
    await findNamesInParallel(this.corpus.namesToFind(), (id) => this.corpus.textOf(id) ?? '', {
      workerScript: options.workerScript,
      workers: options.workers,
      isCancelled: options.isCancelled,
      onResults: (results) => {
        for (const { id, token, mentions } of results) if (this.corpus.setNames(id, token, mentions)) found++;
        options.onBatch?.();
      },
    });
    return found;
  }

  private apply(result: FileReadResult, namesLater = false): void {
    this.applyBatch({ results: [result] }, namesLater);
  }

  /** Applies one batch of read files (with its articles prepared for search, if it came so). */
  private applyBatch(batch: FileReadBatch, namesLater: boolean): void {
    if (batch.search) this.corpus.addPrepared(this.recordResults(batch.results, namesLater), batch.search);
    else for (const { article, mentions } of this.recordResults(batch.results, namesLater)) this.corpus.add(article, mentions);
  }

  /** Records each result's file stamp and problem, removes the files without an article; returns the articles with their names. */
  private recordResults<A>(results: ReadonlyArray<Omit<FileReadResult, 'article'> & { article?: A }>, namesLater: boolean): Array<{ article: A; mentions?: readonly Mention[] | 'later' }> {
    const trustMentions = this.corpus.knowledge === defaultKnowledge();
    const added: Array<{ article: A; mentions?: readonly Mention[] | 'later' }> = [];
    for (const result of results) {
      const { file } = result.file;
      this.stamps.set(file, { size: result.file.size, mtimeMs: result.file.mtimeMs });
      if (result.problem) this.fileProblems.set(file, result.problem);
      else this.fileProblems.delete(file);
      if (result.article) added.push({ article: result.article, mentions: namesLater && !result.mentions ? 'later' : trustMentions ? result.mentions : undefined });
      else this.corpus.remove(file);
    }
    return added;
  }

  private forget(file: string): void {
    this.stamps.delete(file);
    this.fileProblems.delete(file);
    this.corpus.remove(file);
  }

  /** Every file the indexer or the corpus knows. */
  private knownIds(): Set<string> {
    const ids = new Set(this.stamps.keys());
    for (const id of this.corpus.index.ids()) ids.add(id);
    return ids;
  }
}
