import * as vscode from 'vscode';
import { ARTICLE_VIEW_TYPE, ArticlePanels } from './vscode/article/articlePanels';
import { registerCorpusCommands } from './vscode/commands';
import { CorpusService } from './vscode/corpusService';
import { CorpusWatcher } from './vscode/corpusWatcher';
import type { EntityTreeProvider } from './vscode/entities/entityTreeProvider';
import { registerEntities } from './vscode/entities/registerEntities';
import { ProblemsReporter } from './vscode/problemsReporter';
import { searchHitDecorator } from './vscode/search/searchHitMarks';
import { registerSearchCommand } from './vscode/search/searchQuickPick';
import { onDidChangeSettings } from './vscode/settings';
import { registerStatusItem } from './vscode/statusItem';
import type { ArticleTreeProvider } from './vscode/tree/articleTreeProvider';
import { registerArticleTree } from './vscode/tree/registerArticleTree';

/** What the extension hands to its tests (and to other extensions). */
export interface NewsCorpusApi {
  service: CorpusService;
  panels: ArticlePanels;
  articleTree: ArticleTreeProvider;
  entityTree: EntityTreeProvider;
}

/** The composition root: build the services, register the features; restore the persistent index, then index in the background. */
export function activate(context: vscode.ExtensionContext): NewsCorpusApi {
  const output = vscode.window.createOutputChannel('News Corpus', { log: true });
  const problems = new ProblemsReporter(output);
  const service = new CorpusService(problems, output, {
    storageDir: (context.storageUri ?? context.globalStorageUri).fsPath,
    workerScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'indexWorker.js').fsPath,
  });
  const panels = new ArticlePanels(context.extensionUri, service);
  const articleTree = registerArticleTree(service);
  const entities = registerEntities(context, service, panels, articleTree.provider, output);

  context.subscriptions.push(
    output,
    problems,
    service,
    panels,
    articleTree.disposable,
    vscode.window.registerWebviewPanelSerializer(ARTICLE_VIEW_TYPE, panels),
    new CorpusWatcher(service),
    registerStatusItem(service),
    registerCorpusCommands(service, panels, output),
    registerSearchCommand(service, panels),
    panels.addDecorator(searchHitDecorator(service.corpus)),
    entities.disposable,
    onDidChangeSettings(() => {
      void service.applySettings();
      void panels.refreshAll();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void service.applySettings()),
  );

  void service.start();
  return { service, panels, articleTree: articleTree.provider, entityTree: entities.provider };
}

export function deactivate(): void {}
