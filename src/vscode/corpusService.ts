import * as vscode from 'vscode';
import { Corpus } from '../core/corpus';
import * as path from 'node:path';
import { loadArticleFile, loadCorpus } from '../core/index/loadCorpus';
import { relativeCorpusPath } from '../core/index/scanCorpus';
import type { EntityCorrections } from '../core/entities';
import type { Problem } from '../core/model/article';
import { ProblemsReporter } from './problemsReporter';
import { readSettings, resolveCorpusFolders, type CorpusSettings } from './settings';

export type IndexState = 'idle' | 'indexing';

/**
 * The host's hold on the corpus: builds the core `Corpus` from the configured folders with progress,
 * and tells listeners when it changed. Never throws on bad input: problems go to the reporter.
 */
export class CorpusService implements vscode.Disposable {
  readonly corpus: Corpus;
  private settingsValue: CorpusSettings;
  private roots: string[] = [];
  private stateValue: IndexState = 'idle';
  private generation = 0;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly stateEmitter = new vscode.EventEmitter<IndexState>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.stateEmitter];

  /** Fires after the corpus changed (a full index, or an article added, changed or removed). */
  readonly onDidChange = this.changeEmitter.event;
  readonly onDidChangeState = this.stateEmitter.event;

  constructor(
    private readonly problems: ProblemsReporter,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.settingsValue = readSettings();
    this.corpus = new Corpus({ timeZone: this.settingsValue.timeZone });
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

  get problemList(): readonly Problem[] {
    return this.problems.problems;
  }

  /** Re-reads the settings; reindexes when the folders changed, regroups when the time zone did. */
  async applySettings(): Promise<void> {
    const before = this.settingsValue;
    this.settingsValue = readSettings();
    if (before.timeZone !== this.settingsValue.timeZone) {
      this.corpus.index.setTimeZone(this.settingsValue.timeZone);
      this.changeEmitter.fire();
    }
    const foldersChanged = JSON.stringify(resolveCorpusFolders(this.settingsValue)) !== JSON.stringify(this.roots);
    if (foldersChanged || before.maxFileBytes !== this.settingsValue.maxFileBytes) await this.reindex();
  }

  /** Reads every configured corpus folder anew, with a cancellable progress notification. */
  async reindex(): Promise<void> {
    const generation = ++this.generation;
    this.roots = resolveCorpusFolders(this.settingsValue);
    this.setState('indexing');
    const started = Date.now();
    try {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News Corpus: indexing'), cancellable: true },
        async (progress, token) => {
          let reported = 0;
          const loaded = await loadCorpus(this.roots, {
            maxFileBytes: this.settingsValue.maxFileBytes,
            isCancelled: () => token.isCancellationRequested || generation !== this.generation,
            onProgress: (done, total) => {
              const pct = Math.floor((done / Math.max(1, total)) * 100);
              if (pct > reported) {
                progress.report({ increment: pct - reported, message: vscode.l10n.t('{0} of {1} files', done, total) });
                reported = pct;
              }
            },
          });
          if (generation !== this.generation) return;
          this.corpus.clear();
          for (const a of loaded.articles) this.corpus.add(a);
          const missing = this.roots.length === 0 ? [{ file: '', path: '', reason: vscode.l10n.t('no corpus folder: open a folder and set newsCorpus.folders'), severity: 'warning' as const }] : [];
          this.problems.replaceAll([...missing, ...loaded.problems]);
          this.output.info(`indexed ${loaded.articles.length} articles from ${this.roots.join(', ')} in ${Date.now() - started} ms; ${loaded.problems.length} problems`);
          if (token.isCancellationRequested) this.output.warn('indexing cancelled; the corpus is incomplete');
        },
      );
    } finally {
      if (generation === this.generation) {
        this.setState('idle');
        this.changeEmitter.fire();
      }
    }
  }

  /** Applies the user's entity corrections and tells listeners. */
  applyCorrections(corrections: EntityCorrections): void {
    this.corpus.setCorrections(corrections);
    this.changeEmitter.fire();
  }

  /** Re-reads one file after it was created or changed, and updates the corpus and its problems. */
  async updateFile(file: string): Promise<void> {
    const root = this.rootOf(file);
    if (!root || this.stateValue === 'indexing') return;
    const result = await loadArticleFile({ file, root, path: relativeCorpusPath(root, file) });
    if (result.article) {
      this.corpus.add(result.article);
      this.problems.setForFile(file, result.warning);
    } else {
      this.corpus.remove(file);
      this.problems.setForFile(file, result.problem);
    }
    this.changeEmitter.fire();
  }

  /** Forgets a deleted file, or every article under a deleted folder. */
  removePath(fileOrFolder: string): void {
    let removed = this.corpus.remove(fileOrFolder);
    const prefix = fileOrFolder.endsWith(path.sep) ? fileOrFolder : fileOrFolder + path.sep;
    for (const a of [...this.corpus.index.values()]) {
      if (a.id.startsWith(prefix)) removed = this.corpus.remove(a.id) || removed;
    }
    for (const p of this.problems.problems) if (p.file === fileOrFolder || p.file.startsWith(prefix)) this.problems.setForFile(p.file, undefined);
    if (removed) this.changeEmitter.fire();
  }

  /** The corpus folder a file lies in, if any. */
  rootOf(file: string): string | undefined {
    return this.roots.find((r) => file === r || file.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
  }

  dispose(): void {
    this.generation++;
    for (const d of this.disposables) d.dispose();
  }

  private setState(state: IndexState): void {
    this.stateValue = state;
    this.stateEmitter.fire(state);
  }
}
