import * as vscode from 'vscode';
import type { CorpusService } from './corpusService';

/** The status-bar item: "N articles", a spinner while indexing (the tooltip tells checking from reading); clicking it opens the search. */
export function registerStatusItem(service: CorpusService): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('newsCorpus.status', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('News Corpus');
  item.command = 'newsCorpus.search';
  const update = () => {
    const n = service.corpus.size;
    const problems = service.problemList.filter((p) => p.severity === 'error').length;
    item.text = service.state === 'indexing' ? `$(sync~spin) ${vscode.l10n.t('{0} articles', n)}` : `$(book) ${vscode.l10n.t('{0} articles', n)}`;
    const progress = service.progress;
    // While indexing, the tooltip says whether files are being read or the folders are only being checked
    // (a start from an up-to-date persistent index shows no notification, only this).
    if (service.state === 'indexing') {
      item.tooltip = progress && progress.total > 0
        ? vscode.l10n.t('News Corpus: {0} articles; reading new and changed files, {1} of {2}', n, progress.done, progress.total)
        : vscode.l10n.t('News Corpus: {0} articles; checking the corpus folders for new and changed files…', n);
    } else {
      item.tooltip = problems
        ? vscode.l10n.t('News Corpus: {0} articles, {1} files could not be read (see Problems)', n, problems)
        : vscode.l10n.t('News Corpus: {0} articles. Click to search.', n);
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, service.onDidChange(update), service.onDidChangeState(update), service.onDidChangeProgress(update));
}
