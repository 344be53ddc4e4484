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
  const onCorrections = corrections.onDidChange((c) => {
    service.applyCorrections(c);
    void panels.refreshAll();
  });
  void corrections.load();
  const disposable = vscode.Disposable.from(
    corrections,
    onCorrections,
    provider,
    view,
    panels.addDecorator(entityDecorator(service.corpus, () => ({ marks: service.settings.entityMarks, hoverDelay: service.settings.hoverDelay, timeZone: service.settings.timeZone }))),
    registerEntityCommands(service, panels, articleTree, corrections),
  );
  return { provider, corrections, disposable };
}
