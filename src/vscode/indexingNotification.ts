import * as vscode from 'vscode';
import type { IndexProgress } from './corpusService';

/**
 * The "News Corpus: indexing" notification of one refresh, shown only when there is real work: once the
 * scan found files to (re)read and the refresh has been running for `delayMs`. A start from an
 * up-to-date persistent index (nothing new or changed on disk) shows none; the status bar item says it
 * is checking. Cancelling the notification cancels the refresh.
 */
export class IndexingNotification {
  private progress: vscode.Progress<{ message?: string; increment?: number }> | undefined;
  private token: vscode.CancellationToken | undefined;
  private finish: (() => void) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last: IndexProgress | undefined;
  private reported = 0;
  private ended = false;

  constructor(
    private readonly started: number,
    private readonly delayMs: number,
    private readonly onShow: () => void,
  ) {}

  get cancelled(): boolean {
    return this.token?.isCancellationRequested ?? false;
  }

  /** The refresh's progress: with files to read, the notification appears (after the delay) and shows how far it is. */
  update(done: number, total: number): void {
    this.last = { done, total };
    if (total > 0 && !this.ended && !this.timer && !this.progress) {
      this.timer = setTimeout(() => this.show(), Math.max(0, this.started + this.delayMs - Date.now()));
    }
    this.report();
  }

  /** The refresh is over: the notification (if shown) goes, and none appears any more. */
  end(): void {
    this.ended = true;
    if (this.timer) clearTimeout(this.timer);
    this.finish?.();
  }

  private show(): void {
    if (this.ended) return;
    this.onShow();
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('News Corpus: indexing'), cancellable: true },
      (progress, token) => {
        if (this.ended) return Promise.resolve();
        this.progress = progress;
        this.token = token;
        this.report();
        return new Promise<void>((resolve) => (this.finish = resolve));
      },
    );
  }

  private report(): void {
    if (!this.progress || !this.last) return;
    const { done, total } = this.last;
    const pct = Math.floor((done / Math.max(1, total)) * 100);
    if (pct > this.reported || this.reported === 0) {
      this.progress.report({ increment: pct - this.reported, message: vscode.l10n.t('{0} of {1} files', done, total) });
      this.reported = pct;
    }
  }
}
