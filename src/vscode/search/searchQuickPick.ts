import * as vscode from 'vscode';
import type { SearchHit } from '../../core/search';
import { formatDateTime } from '../../core/model/date';
import { markSnippet } from '../../core/render/markSnippet';
import type { ArticlePanels } from '../article/articlePanels';
import type { CorpusService } from '../corpusService';

export const SEARCH_COMMAND = 'newsCorpus.search';
/** How many results the palette lists; the title says when there are more. */
const SHOWN = 100;
const DEBOUNCE_MS = 120;

interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

/** `News Corpus: Search`: a live QuickPick over the full text; Enter opens the article at its first hit. */
export function registerSearchCommand(service: CorpusService, panels: ArticlePanels): vscode.Disposable {
  return vscode.commands.registerCommand(SEARCH_COMMAND, (initial?: unknown) => showSearch(service, panels, typeof initial === 'string' ? initial : ''));
}

function showSearch(service: CorpusService, panels: ArticlePanels, initial: string): void {
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.title = vscode.l10n.t('Search News Corpus');
  pick.placeholder = vscode.l10n.t('Words, "a phrase", -exclude, outlet:观察者网, after:2022-01-10, before:2022-01-12, in:title');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  pick.value = initial;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = () => {
    const query = pick.value.trim();
    if (!query) {
      pick.items = [];
      pick.title = vscode.l10n.t('Search News Corpus');
      pick.busy = false;
      return;
    }
    const hits = service.corpus.search.search(query, { limit: SHOWN + 1 });
    const tz = service.settings.timeZone;
    pick.items = hits.slice(0, SHOWN).map((hit) => toItem(hit, service, tz));
    pick.title =
      hits.length === 0
        ? vscode.l10n.t('No articles match')
        : hits.length > SHOWN
          ? vscode.l10n.t('First {0} results, best first', SHOWN)
          : vscode.l10n.t('{0} results, best first', hits.length);
    pick.busy = false;
  };

  const subscriptions = [
    pick.onDidChangeValue(() => {
      clearTimeout(timer);
      pick.busy = true;
      timer = setTimeout(update, DEBOUNCE_MS);
    }),
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0] ?? pick.activeItems[0];
      if (!item) return;
      const query = pick.value.trim();
      pick.hide();
      void panels.show(item.hit.id, { query, matches: item.hit.matches });
    }),
    service.onDidChange(() => update()),
  ];
  pick.onDidHide(() => {
    clearTimeout(timer);
    for (const s of subscriptions) s.dispose();
    pick.dispose();
  });
  if (initial) update();
  pick.show();
}

function toItem(hit: SearchHit, service: CorpusService, timeZone: string | undefined): HitItem {
  const article = service.corpus.index.get(hit.id);
  const date = article?.published === undefined ? vscode.l10n.t('Undated') : formatDateTime(article.published, timeZone);
  return {
    label: article?.title ?? hit.id,
    description: `${article?.outlet ?? ''} · ${date}`,
    detail: markSnippet(hit.snippet.text, hit.snippet.highlights),
    alwaysShow: true,
    hit,
  };
}
