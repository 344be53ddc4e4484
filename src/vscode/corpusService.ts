import * as path from 'node:path';
import * as vscode from 'vscode';
import { outsideCorpusReason } from '../core/index/corpusBoundary';
import { relativeCorpusPath } from '../core/index/scanCorpus';
import { Corpus } from '../core/corpus';
import type { EntityCorrections, EntityGraph } from '../core/entities';
import { IncrementalIndexer } from '../core/index/incrementalIndexer';
import { indexCachePath, readIndexCache, verifyIndexCache } from '../core/index/indexCacheFile';
import { closeSnapshot } from '../core/index/indexSnapshot';
import { IndexingNotification } from './indexingNotification';
import { IndexCacheWriter, type CacheTarget } from '../core/index/indexCacheWriter';
import type { Problem } from '../core/model/article';
import { ProblemsReporter } from './problemsReporter';
import { readSettings, resolveCorpusFolders, type CorpusSettings } from './settings';

export type IndexState = 'idle' | 'indexing';

/** Where the service keeps its persistent index and finds its indexing worker. */
export interface CorpusServiceOptions {
  /** The extension's storage folder (workspace storage, else global storage); no persistent index without it. */
  storageDir?: string;
  /** The bundled indexing worker (dist/indexWorker.js); files are read on the main thread without it. */
  workerScript?: string;
}

/** How far the current indexing is. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** At most this often the corpus tells listeners it changed while indexing (the trees refill in steps). */
const BATCH_NOTIFY_MS = 400;

/** Files between checkpoint saves of the persistent index while a refresh reads many files. */
const CHECKPOINT_FILES = 10_000;
/** At most this often the progress of finding names is reported. */
const NAMES_NOTIFY_MS = 500;
/** Quiet time after an article changed before the entity view is told (a burst of watcher events gives one rebuild). */
const NAMES_DEBOUNCE_MS = 1000;

/** A refresh that has files to read shows its notification once it has run this long (no flash for a file or two). */
const NOTIFICATION_DELAY_MS = 1000;
/** After the first refresh, how long until this thread is readied for live updates (idle by then, most likely). */
const WARM_UP_DELAY_MS = 1500;

/**
 * The host's hold on the corpus: restores it from the persistent index, then brings it up to date
 * in the background (only new and changed files are read, in a worker thread), applies the watcher's
 * single-file changes, and saves the persistent index after changes. Never throws on bad input:
 * problems go to the reporter.
 */
export class CorpusService implements vscode.Disposable {
  readonly corpus: Corpus;
  private readonly indexer: IncrementalIndexer;
  private readonly cacheWriter: IndexCacheWriter;
  private settingsValue: CorpusSettings;
  private roots: string[] = [];
  private stateValue: IndexState = 'idle';
  private progressValue: IndexProgress | undefined;
  private generation = 0;
  private notificationsShown = 0;
  /**
   * How long a refresh with files to read runs before its progress notification appears (ms). A
   * refresh that finds nothing new or changed never shows one. Tests may set 0.
   */
  notificationDelayMs = NOTIFICATION_DELAY_MS;
  /** Files and folders the watcher reported while indexing; applied when it ends, in order. */
  private readonly pendingUpdates = new Map<string, 'file' | 'folder' | 'remove'>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly progressEmitter = new vscode.EventEmitter<IndexProgress | undefined>();
  private readonly namesEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.stateEmitter, this.progressEmitter, this.namesEmitter];
  private namesTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the entity graph builds started (see `rebuildEntities`): only the last one's end is told. */
  private entityBuilds = 0;
  private warmUpTimer: ReturnType<typeof setTimeout> | undefined;
  private namesProgressValue: IndexProgress | undefined;

  /** Fires after the corpus changed (restored, a batch indexed, or an article added, changed or removed). */
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;
  /** Fires as indexing advances (undefined when it ends). */
  readonly onDidChangeProgress = this.progressEmitter.event;
  /**
   * Fires when the people and organizations may have changed: names found for newly read articles,
   * an article updated, corrections applied. Not for every batch while indexing (the entity graph is
   * rebuilt from all mentions when next asked for); debounced.
   */
  readonly onDidChangeNames = this.namesEmitter.event;

  /** While names are being found after indexing: how many articles are done of how many. */
  get namesProgress(): IndexProgress | undefined {
    return this.namesProgressValue;
  }

  constructor(
    private readonly problems: ProblemsReporter,
    private readonly output: vscode.LogOutputChannel,
    private readonly options: CorpusServiceOptions = {},
  ) {
    this.settingsValue = readSettings();
    this.corpus = new Corpus({ timeZone: this.settingsValue.timeZone });
    this.indexer = new IncrementalIndexer(this.corpus);
    this.cacheWriter = new IndexCacheWriter(() => this.saveTarget(), output);
  }

  get settings(): CorpusSettings {
    return this.settingsValue;
  }

  get corpusFolders(): readonly string[] {
    return this.roots;
  }

  get state(): IndexState {
    return this.stateValue;
  }

  get progress(): IndexProgress | undefined {
    return this.progressValue;
  }

  /** How many times a refresh has shown the "News Corpus: indexing" notification (since activation). */
  get indexingNotifications(): number {
    return this.notificationsShown;
  }

  get problemList(): readonly Problem[] {
    return this.problems.problems;
  }

  /** The persistent index file for the current folders (in the extension's storage), if there is storage. */
  get cacheFile(): string | undefined {
    return this.options.storageDir && this.roots.length ? indexCachePath(this.options.storageDir, this.roots) : undefined;
  }

  /** Activation: restore from the persistent index (if any), then bring it up to date in the background. */
  async start(): Promise<void> {
    this.roots = resolveCorpusFolders(this.settingsValue);
    this.setState('indexing');
    await this.loadFromCache();
    void this.refresh();
  }

  /**
   * Restores the corpus from the persistent index of the current folders; returns the article count,
   * or undefined when there is none usable (missing, old format, damaged: logged, and rebuilt later).
   */
  async loadFromCache(): Promise<number | undefined> {
    const file = this.cacheFile;
    if (!file) return undefined;
    const started = Date.now();
    const cached = await readIndexCache(file);
    if (!cached.ok) {
      this.output.info(`persistent index not used (${cached.reason}); the corpus will be read from disk`);
      return undefined;
    }
    if (JSON.stringify([...cached.snapshot.roots].sort()) !== JSON.stringify([...this.roots].sort())) {
      closeSnapshot(cached.snapshot);
      this.output.info('persistent index was made for other folders; not used');
      return undefined;
    }
    try {
      this.indexer.restore(cached.snapshot);
    } catch (error) {
      closeSnapshot(cached.snapshot);
      this.output.warn(`persistent index not used (${error instanceof Error ? error.message : String(error)}); rebuilding`);
      this.indexer.clear();
      return undefined;
    }
    this.problems.replaceAll(this.indexer.problems);
    this.output.info(`restored ${this.corpus.size} articles from the persistent index in ${Date.now() - started} ms`);
    void this.verifyCache(file);
    this.changeEmitter.fire();
    // Names not found before the index was saved are found now (a refresh started meanwhile takes over).
    void this.findNames(this.generation);
    return this.corpus.size;
  }

  /** Checks the whole persistent index in the background; a damaged one is replaced by reading the corpus again. */
  private async verifyCache(file: string): Promise<void> {
    if (await verifyIndexCache(file)) return;
    this.output.warn(`persistent index ${file} is damaged; reading the corpus again`);
    await this.reindex();
  }

  /** Re-reads the settings; refreshes when the folders changed, regroups when the time zone did. */
  async applySettings(): Promise<void> {
    const before = this.settingsValue;
    this.settingsValue = readSettings();
    if (before.timeZone !== this.settingsValue.timeZone) {
      this.corpus.index.setTimeZone(this.settingsValue.timeZone);
      this.changeEmitter.fire();
    }
    const foldersChanged = JSON.stringify(resolveCorpusFolders(this.settingsValue)) !== JSON.stringify(this.roots);
    if (foldersChanged || before.maxFileBytes !== this.settingsValue.maxFileBytes) await this.refresh();
  }

  /** Reads every configured corpus folder anew (the Refresh command): forgets the index, then reads all files. */
  async reindex(): Promise<void> {
    this.indexer.clear();
    this.changeEmitter.fire();
    this.namesChanged(0);
    await this.refresh();
  }

  /**
   * Brings the corpus up to date with its folders: scans, forgets files that are gone, re-reads new and
   * changed files in a worker, then saves the index. A cancellable progress notification shows only
   * when there are files to read and the refresh has run for `notificationDelayMs`.
   */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    this.roots = resolveCorpusFolders(this.settingsValue);
    this.setState('indexing');
    const started = Date.now();
    let changedFiles = false;
    const notification = new IndexingNotification(started, this.notificationDelayMs, () => this.notificationsShown++);
    try {
      let notified = Date.now();
      const cacheFile = this.cacheFile;
      const summary = await this.indexer.refresh(this.roots, {
        maxFileBytes: this.settingsValue.maxFileBytes,
        workerScript: this.options.workerScript,
        // The tree and search first; names afterwards (findNames), so that a first indexing is as quick as reading.
        names: 'later',
        // A first indexing of a large corpus saves every CHECKPOINT_FILES files: memory stays bounded, and an
        // interrupted start resumes from there.
        checkpoint: cacheFile ? { every: CHECKPOINT_FILES, save: () => this.saveCheckpoint(cacheFile) } : undefined,
        isCancelled: () => notification.cancelled || generation !== this.generation,
        onProgress: (done, total) => {
          this.setProgress({ done, total });
          notification.update(done, total);
        },
        onBatch: () => {
          if (Date.now() - notified < BATCH_NOTIFY_MS) return;
          notified = Date.now();
          this.changeEmitter.fire();
        },
      });
      if (generation === this.generation) {
        const missing = this.roots.length === 0 ? [{ file: '', path: '', reason: vscode.l10n.t('no corpus folder: open a folder and set newsCorpus.folders'), severity: 'warning' as const }] : [];
        this.problems.replaceAll([...missing, ...this.indexer.problems]);
        this.output.info(
          `indexed ${this.corpus.size} articles from ${this.roots.join(', ')} in ${Date.now() - started} ms: ${summary.scanned} files found, ${summary.reread} read, ${summary.removed} gone; ${this.indexer.problems.length} problems`,
        );
        if (summary.cancelled) this.output.warn('indexing cancelled; the corpus is incomplete');
        changedFiles = summary.reread > 0 || summary.removed > 0;
      }
    } catch (error) {
      this.output.error(`indexing failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      notification.end();
      if (generation === this.generation) {
        this.setProgress(undefined);
        this.setState('idle');
        this.changeEmitter.fire();
        if (changedFiles || this.cacheWriter.pending) this.cacheWriter.schedule(0);
        const pending = [...this.pendingUpdates];
        this.pendingUpdates.clear();
        for (const [where, kind] of pending) {
          if (kind === 'remove') this.removePath(where);
          else await (kind === 'file' ? this.updateFile(where) : this.updateFolder(where));
        }
        void this.findNames(generation);
        this.scheduleWarmUp();
      }
    }
  }

  /** Once, a moment after the first refresh: readies this thread for live updates (see `warmUpForUpdates`). */
  private scheduleWarmUp(): void {
    if (this.warmUpTimer !== undefined) return;
    this.warmUpTimer = setTimeout(() => this.indexer.warmUpForUpdates(), WARM_UP_DELAY_MS);
  }

  /**
   * Finds the people and organizations in the articles indexed without them (a refresh reads files
   * first, see `refresh`), in the indexing workers; then tells the entity view and saves the index.
   */
  private async findNames(generation: number): Promise<void> {
    const total = this.corpus.namesPendingCount;
    if (total === 0) {
      this.namesChanged();
      return;
    }
    const started = Date.now();
    let notified = 0;
    let done = 0;
    this.namesProgressValue = { done: 0, total };
    this.namesChanged(0);
    try {
      done = await this.indexer.findNames({
        workerScript: this.options.workerScript,
        isCancelled: () => generation !== this.generation,
        onBatch: () => {
          this.namesProgressValue = { done: total - this.corpus.namesPendingCount, total };
          if (Date.now() - notified < NAMES_NOTIFY_MS) return;
          notified = Date.now();
          this.progressEmitter.fire(this.progressValue);
        },
      });
      this.output.info(`found the names in ${done} articles in ${Date.now() - started} ms`);
    } catch (error) {
      this.output.error(`finding names failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (generation === this.generation) {
        this.namesProgressValue = undefined;
        this.progressEmitter.fire(this.progressValue);
        this.namesChanged(0);
        if (done > 0) this.cacheWriter.schedule(0);
      }
    }
  }

  /** Saves the persistent index in the middle of a refresh (see `RefreshOptions.checkpoint`). */
  private async saveCheckpoint(file: string): Promise<void> {
    const started = Date.now();
    try {
      const bytes = await this.indexer.save(file, this.roots);
      this.output.info(`saved a checkpoint of the persistent index (${this.corpus.size} articles, ${(bytes / 1048576).toFixed(1)} MB) in ${Date.now() - started} ms`);
    } catch (error) {
      this.output.warn(`checkpoint not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Tells the entity view, after `delayMs` without further changes (and once the entity graph is made anew, see {@link rebuildEntities}). */
  private namesChanged(delayMs = NAMES_DEBOUNCE_MS): void {
    clearTimeout(this.namesTimer);
    this.namesTimer = setTimeout(() => void this.rebuildEntities(), delayMs);
  }

  /**
   * The people and organizations to show now: the entity graph of the corpus as it is, or while that is being made
   * anew (in slices, see {@link rebuildEntities}), the last one made; undefined while the first is being made.
   */
  get shownEntities(): EntityGraph | undefined {
    return this.corpus.latestEntities?.graph;
  }

  /** {@link shownEntities}, made now (blocking) when there is none yet: for commands the user gave. */
  get entities(): EntityGraph {
    return this.shownEntities ?? this.corpus.entities;
  }

  /**
   * Makes the entity graph anew a slice at a time, letting the extension host do its other work between slices (at
   * 50,000 articles, a graph takes seconds), then tells listeners; meanwhile {@link shownEntities} is the last graph
   * made.
   */
  private async rebuildEntities(): Promise<void> {
    if (this.corpus.latestEntities?.current) {
      this.namesEmitter.fire();
      return;
    }
    const build = ++this.entityBuilds;
    const started = Date.now();
    let graph: EntityGraph | undefined;
    try {
      // A build overtaken by a newer one (or by dispose) stops at its next pause: that never ends.
      graph = await this.corpus.buildEntitiesInSlices(() => new Promise((resolve) => build === this.entityBuilds && setImmediate(resolve)));
    } catch (error) {
      this.output.warn(`people and organizations not updated: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (build !== this.entityBuilds) return;
    if (!graph) {
      this.namesChanged(); // the corpus changed meanwhile: once it settles, again
      return;
    }
    this.output.debug(`people and organizations updated (${graph.entities.length}) in ${Date.now() - started} ms`);
    this.namesEmitter.fire();
  }

  /** Applies the user's entity corrections and tells listeners. */
  applyCorrections(corrections: EntityCorrections): void {
    this.corpus.setCorrections(corrections);
    this.changeEmitter.fire();
    this.namesChanged(0);
  }

  /** Re-reads one file after it was created or changed (only that file), and updates the corpus, its problems and the saved index. */
  async updateFile(file: string): Promise<void> {
    const root = this.rootOf(file);
    if (!root || this.deferWhileIndexing(file, 'file')) return;
    const refused = await outsideCorpusReason(file, root, this.settingsValue.maxFileBytes);
    if (refused) {
      // Never read through a link out of the corpus, nor a file above the size limit: report it instead.
      this.indexer.removePath(file);
      this.problems.setForFile(file, { file, path: relativeCorpusPath(root, file), reason: refused, severity: 'warning' });
      this.changed();
      return;
    }
    if (!(await this.indexer.updateFile(file, root))) return;
    this.problems.setForFile(file, this.indexer.problemOf(file));
    this.changed();
  }

  /** Reads the article files of a folder that appeared in a corpus folder (created, or renamed from elsewhere). */
  async updateFolder(folder: string): Promise<void> {
    const root = this.rootOf(folder);
    if (!root || this.deferWhileIndexing(folder, 'folder')) return;
    const refused = await outsideCorpusReason(folder, root);
    if (refused) {
      this.output.warn(`${folder}: ${refused}`);
      return;
    }
    const count = await this.indexer.updateFolder(folder, root, { maxFileBytes: this.settingsValue.maxFileBytes });
    if (count) this.changed();
  }

  /**
   * While a full index runs, a watcher event is queued (the latest per path wins, in arrival order) and
   * applied when the index is done; returns whether it was queued.
   */
  private deferWhileIndexing(where: string, kind: 'file' | 'folder' | 'remove'): boolean {
    if (this.stateValue !== 'indexing') return false;
    this.pendingUpdates.delete(where);
    this.pendingUpdates.set(where, kind);
    return true;
  }

  /** Forgets a deleted file, or every article under a deleted (or renamed-away) folder. */
  removePath(fileOrFolder: string): void {
    if (this.deferWhileIndexing(fileOrFolder, 'remove')) return;
    const gone = this.indexer.removePath(fileOrFolder);
    for (const file of gone) this.problems.setForFile(file, undefined);
    if (gone.length) this.changed();
  }

  /** Writes the persistent index now (normally it is written shortly after changes). */
  async saveCache(): Promise<void> {
    await this.cacheWriter.flush();
  }

  /** The corpus folder a file lies in, if any. */
  rootOf(file: string): string | undefined {
    return this.roots.find((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  }

  dispose(): void {
    this.generation++;
    this.entityBuilds++;
    clearTimeout(this.namesTimer);
    clearTimeout(this.warmUpTimer);
    void this.cacheWriter.flush();
    this.cacheWriter.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private changed(): void {
    this.changeEmitter.fire();
    this.namesChanged();
    this.cacheWriter.schedule();
  }

  private saveTarget(): CacheTarget | undefined {
    const file = this.cacheFile;
    if (!file || this.stateValue === 'indexing') return undefined;
    return { file, save: (target) => this.indexer.save(target, this.roots) };
  }

  private setState(state: IndexState): void {
    this.stateValue = state;
    this.stateEmitter.fire(state);
  }

  private setProgress(progress: IndexProgress | undefined): void {
    this.progressValue = progress;
    this.progressEmitter.fire(progress);
  }
}
