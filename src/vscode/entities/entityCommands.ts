import * as vscode from 'vscode';
import { compareNewestFirst } from '../../core/index/corpusIndex';
import { formatDateTime } from '../../core/model/date';
import type { ArticlePanels } from '../article/articlePanels';
import type { CorpusService } from '../corpusService';
import type { ArticleTreeProvider } from '../tree/articleTreeProvider';
import type { CorrectionsStore } from './correctionsStore';
import { entityArgumentOrPick } from './pickEntity';

/** Commands on people and organizations: show all articles, filter the tree, and the user's corrections. */
export function registerEntityCommands(service: CorpusService, panels: ArticlePanels, articleTree: ArticleTreeProvider, corrections: CorrectionsStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('newsCorpus.showEntity', async (arg?: unknown) => {
      const entity = await entityArgumentOrPick(service, arg, vscode.l10n.t('Show the articles that name…'));
      if (!entity) return;
      const index = service.corpus.index;
      const items = entity.mentions
        .map((m) => ({ m, a: index.get(m.docId) }))
        .filter((x): x is { m: typeof x.m; a: NonNullable<typeof x.a> } => x.a !== undefined)
        .sort((x, y) => compareNewestFirst(x.a, y.a))
        .map(({ m, a }) => ({
          label: a.title,
          description: `${a.outlet} · ${a.published === undefined ? vscode.l10n.t('Undated') : formatDateTime(a.published, service.settings.timeZone)} · ×${m.count}`,
          articleId: a.id,
          offset: m.first,
        }));
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('{0}: {1} articles', entity.name, items.length),
        placeHolder: entity.aliases.join(' · '),
        matchOnDescription: true,
      });
      if (picked) await panels.show(picked.articleId, { revealOffset: picked.offset });
    }),
    vscode.commands.registerCommand('newsCorpus.filterByEntity', async (arg?: unknown) => {
      const entity = await entityArgumentOrPick(service, arg, vscode.l10n.t('Show only the articles that name…'));
      if (!entity) return;
      articleTree.filterByEntity(entity.id);
      await vscode.commands.executeCommand('newsCorpus.articles.focus');
    }),
    vscode.commands.registerCommand('newsCorpus.clearFilter', () => articleTree.filterByEntity(undefined)),
    vscode.commands.registerCommand('newsCorpus.mergeEntities', async (arg?: unknown) => {
      const first = await entityArgumentOrPick(service, arg, vscode.l10n.t('Merge: the first entity'));
      if (!first) return;
      const second = await entityArgumentOrPick(service, undefined, vscode.l10n.t('Merge {0} with…', first.name), first.id);
      if (!second) return;
      await corrections.update((c) => c.merge.push([first.id, second.id]));
    }),
    vscode.commands.registerCommand('newsCorpus.splitAlias', async (arg?: unknown) => {
      const entity = await entityArgumentOrPick(service, arg, vscode.l10n.t('Split a name off: which entity?'));
      if (!entity) return;
      const alias = await vscode.window.showQuickPick(entity.aliases, { placeHolder: vscode.l10n.t('Which name of {0} is someone else?', entity.name) });
      if (!alias) return;
      await corrections.update((c) => c.split.push({ alias, from: entity.id }));
    }),
    vscode.commands.registerCommand('newsCorpus.markNotEntity', async (arg?: unknown) => {
      const entity = await entityArgumentOrPick(service, arg, vscode.l10n.t('Not a person or organization: which?'));
      if (!entity) return;
      const whole = vscode.l10n.t('All of {0}', entity.name);
      const choice = await vscode.window.showQuickPick([whole, ...entity.aliases], { placeHolder: vscode.l10n.t('Which name is not a person or organization?') });
      if (!choice) return;
      await corrections.update((c) => c.notEntity.push(choice === whole ? entity.id : choice));
    }),
    vscode.commands.registerCommand('newsCorpus.editEntityCorrections', async () => {
      const file = corrections.fileUri();
      if (!file) return;
      try {
        await vscode.workspace.fs.stat(file);
      } catch {
        await corrections.update(() => undefined);
      }
      await vscode.window.showTextDocument(file);
    }),
  );
}
