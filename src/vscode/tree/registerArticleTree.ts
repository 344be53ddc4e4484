import * as vscode from 'vscode';
import type { CorpusService } from '../corpusService';
import { ArticleTreeProvider } from './articleTreeProvider';
import type { ArticleTreeNode } from './articleTreeNodes';

export const ARTICLE_TREE_VIEW = 'newsCorpus.articles';

/** The article tree view, with a message while the corpus is empty or being indexed. */
export function registerArticleTree(service: CorpusService): { provider: ArticleTreeProvider; view: vscode.TreeView<ArticleTreeNode>; disposable: vscode.Disposable } {
  const provider = new ArticleTreeProvider(service);
  const view = vscode.window.createTreeView(ARTICLE_TREE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const updateMessage = () => {
    const progress = service.progress;
    if (service.state === 'indexing' && progress && progress.total > 0) view.message = vscode.l10n.t('Indexing the corpus… {0} of {1} files', progress.done, progress.total);
    else if (service.state === 'indexing' && service.corpus.size === 0) view.message = vscode.l10n.t('Indexing the corpus…');
    else if (service.corpus.size === 0)
      view.message = service.corpusFolders.length
        ? vscode.l10n.t('No articles found in {0}. Set the folders in newsCorpus.folders.', service.corpusFolders.join(', '))
        : vscode.l10n.t('Open a folder that holds a corpus, or set newsCorpus.folders.');
    else view.message = undefined;
    const filtered = provider.filterEntityId ? service.entities.entity(provider.filterEntityId) : undefined;
    view.description = filtered ? vscode.l10n.t('only: {0}', filtered.name) : service.corpus.size ? String(service.corpus.size) : undefined;
    void vscode.commands.executeCommand('setContext', 'newsCorpus.articlesFiltered', filtered !== undefined);
  };
  updateMessage();
  const disposable = vscode.Disposable.from(provider, view, service.onDidChange(updateMessage), service.onDidChangeState(updateMessage), service.onDidChangeProgress(updateMessage), provider.onDidChangeTreeData(updateMessage));
  return { provider, view, disposable };
}
