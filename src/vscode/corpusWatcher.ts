import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_ARTICLE_EXTENSIONS } from '../core/index/scanCorpus';
import type { CorpusService } from './corpusService';

const DEBOUNCE_MS = 150;

/**
 * Keeps the corpus in step with the disk, one file at a time (never a full re-index): one watcher per
 * corpus folder; a created or changed article file is re-read (debounced per path), a created folder
 * (or one renamed into place) has its files read, a deleted file or folder (or one renamed away) is
 * forgotten. A rename is a deletion plus a creation. Nothing is ever written to the corpus folders.
 */
export class CorpusWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscription: vscode.Disposable;
  private watchedRoots = '';

  constructor(private readonly service: CorpusService) {
    this.subscription = service.onDidChangeState((state) => {
      if (state === 'idle') this.watch();
    });
  }

  /** (Re)creates the watchers when the corpus folders changed. */
  watch(): void {
    const roots = this.service.corpusFolders;
    const key = JSON.stringify(roots);
    if (key === this.watchedRoots) return;
    this.watchedRoots = key;
    this.disposeWatchers();
    for (const root of roots) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(root), '**/*'));
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => this.schedule(uri.fsPath, 'update')),
        watcher.onDidChange((uri) => this.schedule(uri.fsPath, 'update')),
        watcher.onDidDelete((uri) => this.schedule(uri.fsPath, 'remove')),
      );
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.disposeWatchers();
  }

  private schedule(file: string, action: 'update' | 'remove'): void {
    if (action === 'update' && path.basename(file).startsWith('.')) return;
    clearTimeout(this.pending.get(file));
    this.pending.set(
      file,
      setTimeout(() => {
        this.pending.delete(file);
        if (action === 'remove') this.service.removePath(file);
        else void this.update(file);
      }, DEBOUNCE_MS),
    );
  }

  private async update(file: string): Promise<void> {
    if (isArticleFile(file)) return this.service.updateFile(file);
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat?.isDirectory()) await this.service.updateFolder(file);
  }

  private disposeWatchers(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }
}

function isArticleFile(file: string): boolean {
  const base = path.basename(file);
  return !base.startsWith('.') && (DEFAULT_ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(base).toLowerCase());
}
