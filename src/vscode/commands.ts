import * as vscode from 'vscode';
import type { ArticlePanels } from './article/articlePanels';
import type { CorpusService } from './corpusService';
import { OPEN_ARTICLE_COMMAND } from './tree/articleTreeProvider';

/** The commands on articles and the corpus as a whole. */
export function registerCorpusCommands(service: CorpusService, panels: ArticlePanels, output: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsCorpus.refresh', () => service.reindex()),
    vscode.commands.registerCommand(OPEN_ARTICLE_COMMAND, (id: unknown, offset?: unknown, query?: unknown) => {
      const articleId = typeof id === 'string' ? id : id instanceof vscode.Uri ? id.fsPath : undefined;
      if (!articleId) return;
      return panels.show(articleId, {
        revealOffset: typeof offset === 'number' ? offset : undefined,
        query: typeof query === 'string' ? query : undefined,
      });
    }),
    vscode.commands.registerCommand('newsCorpus.openArticleInNewTab', (node: unknown) => {
      const id = articleIdOf(node) ?? (typeof node === 'string' ? node : undefined);
      if (id) return panels.show(id, { newTab: true });
    }),
    vscode.commands.registerCommand('newsCorpus.keepArticleOpen', () => panels.keepOpen()),
    vscode.commands.registerCommand('newsCorpus.openSourceFile', (node: unknown) => {
      const id = articleIdOf(node);
      if (id) return vscode.window.showTextDocument(vscode.Uri.file(id), { preview: true });
    }),
    vscode.commands.registerCommand('newsCorpus.showOutput', () => output.show(true)),
  );
}

function articleIdOf(node: unknown): string | undefined {
  if (node && typeof node === 'object' && 'kind' in node && (node as { kind: unknown }).kind === 'article') return (node as unknown as { id: string }).id;
  return undefined;
}
