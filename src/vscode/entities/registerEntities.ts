import * as vscode from 'vscode';
import type { ArticlePanels } from '../article/articlePanels';
import type { CorpusService } from '../corpusService';
import type { ArticleTreeProvider } from '../tree/articleTreeProvider';
import { entityDecorator } from './entityCards';
import { registerEntityCommands } from './entityCommands';
import { CorrectionsStore } from './correctionsStore';
import { EntityTreeProvider } from './entityTreeProvider';

export const ENTITY_TREE_VIEW = 'newsCorpus.entities';

/** People and organizations: marks and cards in articles, the entity view, commands, corrections. */
export function registerEntities(
  context: vscode.ExtensionContext,
  service: CorpusService,
  panels: ArticlePanels,
  articleTree: ArticleTreeProvider,
  output: vscode.LogOutputChannel,
): { provider: EntityTreeProvider; corrections: CorrectionsStore; disposable: vscode.Disposable } {
  const corrections = new CorrectionsStore(context.workspaceState, () => service.corpusFolders, output);
  const provider = new EntityTreeProvider(service);
  const view = vscode.window.createTreeView(ENTITY_TREE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const updateMessage = () => {
    const progress = service.namesProgress;
    // Gathering: no graph yet, or only an empty one made before the articles came (a first index finds names after reading).
    const latest = service.corpus.latestEntities;
    const gathering = service.corpus.size > 0 && (!latest || (!latest.current && latest.graph.entities.length === 0));
    if (progress) view.message = vscode.l10n.t('Finding people and organizations… {0} of {1} articles', progress.done, progress.total);
    else if (gathering) view.message = vscode.l10n.t('Gathering people and organizations…');
    else view.message = undefined;
  };
  const onCorrections = corrections.onDidChange((c) => {
    service.applyCorrections(c);
    void panels.refreshAll();
  });
  void corrections.load();
  // An article opened before its names were found, or changed since the entity graph shown was made, is shown
  // again, with its marks, once they are found and the graph is made anew.
  const awaitingNames = new Set<string>();
  const awaits = (id: string) => service.corpus.namesPendingFor(id) || !service.shownEntities || service.corpus.changedSinceLatestEntities(id);
  const graphFor = (article: { id: string }) => (service.corpus.changedSinceLatestEntities(article.id) ? undefined : service.shownEntities);
  const decorator = entityDecorator(service.corpus, graphFor, () => ({ marks: service.settings.entityMarks, hoverDelay: service.settings.hoverDelay, timeZone: service.settings.timeZone }));
  const onNames = service.onDidChangeNames(() => {
    for (const id of [...awaitingNames]) {
      if (awaits(id)) continue;
      awaitingNames.delete(id);
      void panels.refresh(id);
    }
  });
  const disposable = vscode.Disposable.from(
    corrections,
    onCorrections,
    onNames,
    service.onDidChangeProgress(updateMessage),
    service.onDidChangeNames(updateMessage),
    service.onDidChange(updateMessage),
    provider,
    view,
    panels.addDecorator((article) => {
      if (awaits(article.id)) awaitingNames.add(article.id);
      return decorator(article);
    }),
    registerEntityCommands(service, panels, articleTree, corrections),
  );
  return { provider, corrections, disposable };
}
