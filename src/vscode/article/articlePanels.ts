import * as vscode from 'vscode';
import { loadArticleFile } from '../../core/index/loadCorpus';
import type { Article } from '../../core/model/article';
import type { Mark } from '../../core/render/articleBody';
import type { SearchMatch } from '../../core/search';
import { renderArticleView } from '../../core/render/articleView';
import { isWebviewToHost, type ArticlePageData, type ArticleViewState, type HostToWebview, type WebviewToHost } from '../../webview/protocol';
import type { CorpusService } from '../corpusService';
import { openExternalLink } from './openExternalLink';
import { renderArticlePage } from './articlePage';

export const ARTICLE_VIEW_TYPE = 'newsCorpus.article';

export interface OpenArticleOptions {
  /** The search query the article was opened from: its hits are highlighted. */
  query?: string;
  /** The query's matches in this article, when the search already found them. */
  matches?: readonly SearchMatch[];
  /** A text offset to scroll to (a mention or a hit). */
  revealOffset?: number;
  /** Open a tab of its own that stays, instead of reusing the preview tab. */
  newTab?: boolean;
}

/** What the article view marks and the data its script needs (entity cards), for one article. */
export interface ArticleDecorations {
  marks: Mark[];
  data?: unknown;
}

export type ArticleDecorator = (article: Article, options: OpenArticleOptions) => ArticleDecorations;

/**
 * The article tabs: one webview panel per article (opening it again reveals it), restored after a
 * reload through the serializer. Each panel re-reads its file once when shown; nothing per keystroke.
 */
export class ArticlePanels implements vscode.WebviewPanelSerializer<ArticleViewState>, vscode.Disposable {
  private readonly panels = new Map<string, ArticlePanel>();
  private readonly decorators: ArticleDecorator[] = [];
  /** The tab that the next article opened without `newTab` replaces, like VS Code's preview editors. */
  private preview: ArticlePanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly service: CorpusService,
  ) {}

  /** Adds a source of marks (search hits, entities) applied to every article shown. */
  addDecorator(decorator: ArticleDecorator): vscode.Disposable {
    this.decorators.push(decorator);
    return new vscode.Disposable(() => this.decorators.splice(this.decorators.indexOf(decorator), 1));
  }

  /** The current HTML of an article's tab (for tests and diagnostics). */
  htmlOf(articleId: string): string | undefined {
    return this.panels.get(articleId)?.panel.webview.html;
  }

  /** The ids of the articles open in tabs. */
  get openArticleIds(): string[] {
    return [...this.panels.keys()];
  }

  async show(articleId: string, options: OpenArticleOptions = {}): Promise<void> {
    const existing = this.panels.get(articleId);
    if (existing) {
      if (options.newTab && existing === this.preview) this.preview = undefined;
      existing.panel.reveal(undefined, false);
      await existing.update(options);
      return;
    }
    const preview = this.preview;
    if (preview && !options.newTab) {
      this.panels.delete(preview.articleId);
      preview.retarget(articleId);
      this.panels.set(articleId, preview);
      preview.panel.reveal(undefined, false);
      await preview.update({ ...options, query: options.query, revealOffset: options.revealOffset }, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(ARTICLE_VIEW_TYPE, vscode.l10n.t('Article'), vscode.ViewColumn.Active, this.webviewOptions());
    const created = await this.adopt(panel, articleId, options);
    if (!options.newTab) this.preview = created;
  }

  /** Keeps the preview tab open: the next article opens in a tab of its own. */
  keepOpen(): void {
    this.preview = undefined;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: ArticleViewState | undefined): Promise<void> {
    panel.webview.options = this.webviewOptions();
    if (!state?.articleId) {
      panel.dispose();
      return;
    }
    await this.adopt(panel, state.articleId, { revealOffset: state.revealOffset, query: state.query });
  }

  /** Re-renders the open tabs (after a change to the corpus or the settings). */
  async refreshAll(): Promise<void> {
    await Promise.all([...this.panels.values()].map((p) => p.update({})));
  }

  /** Re-renders the tab of one article, if it is open. */
  async refresh(articleId: string): Promise<void> {
    await this.panels.get(articleId)?.update({});
  }

  dispose(): void {
    for (const p of [...this.panels.values()]) p.panel.dispose();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableForms: false,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private async adopt(panel: vscode.WebviewPanel, articleId: string, options: OpenArticleOptions): Promise<ArticlePanel> {
    const articlePanel = new ArticlePanel(panel, articleId, this.extensionUri, this.service, this.decorators, (id, o) => this.show(id, o));
    this.panels.set(articleId, articlePanel);
    panel.onDidDispose(() => {
      if (this.panels.get(articlePanel.articleId) === articlePanel) this.panels.delete(articlePanel.articleId);
      if (this.preview === articlePanel) this.preview = undefined;
      articlePanel.dispose();
    });
    await articlePanel.update(options);
    return articlePanel;
  }
}

/** One article tab. */
class ArticlePanel implements vscode.Disposable {
  private imagesAllowed: boolean;
  private options: OpenArticleOptions = {};
  private disposed = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private currentId: string,
    private readonly extensionUri: vscode.Uri,
    private readonly service: CorpusService,
    private readonly decorators: readonly ArticleDecorator[],
    private readonly openArticle: (id: string, options: OpenArticleOptions) => Promise<void>,
  ) {
    this.imagesAllowed = service.settings.remoteImages === 'always';
    this.subscription = panel.webview.onDidReceiveMessage((m: unknown) => {
      if (isWebviewToHost(m)) void this.onMessage(m);
    });
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'article-icon.svg');
  }

  get articleId(): string {
    return this.currentId;
  }

  /** Shows another article in this tab (the preview tab). */
  retarget(articleId: string): void {
    this.currentId = articleId;
  }

  /** Renders the article; `replace` drops the previous article's query and scroll target. */
  async update(options: OpenArticleOptions, replace = false): Promise<void> {
    if (replace || options.query !== undefined || options.revealOffset !== undefined) this.options = options;
    const entry = this.service.corpus.index.get(this.articleId);
    const where = entry ?? { file: this.articleId, root: '', path: this.articleId };
    const loaded = await loadArticleFile({ file: this.articleId, root: where.root, path: where.path });
    if (this.disposed) return;
    if (!loaded.article) {
      this.panel.title = vscode.l10n.t('Article');
      this.panel.webview.html = errorPage(vscode.l10n.t('{0} cannot be shown: {1}', loaded.problem.path || loaded.problem.file, loaded.problem.reason));
      return;
    }
    const article = loaded.article;
    const marks: Mark[] = [];
    const data: ArticlePageData = { labels: pageLabels() };
    for (const d of this.decorators) {
      const decorations = d(article, this.options);
      marks.push(...decorations.marks);
      if (decorations.data && typeof decorations.data === 'object') Object.assign(data, decorations.data);
    }
    const view = renderArticleView(article, { marks, timeZone: this.service.settings.timeZone, images: this.imagesAllowed ? 'allowed' : 'blocked' });
    this.panel.title = truncate(article.title, 40);
    this.panel.webview.html = renderArticlePage({
      webview: this.panel.webview,
      extensionUri: this.extensionUri,
      containerHtml: view.html,
      title: article.title,
      state: { articleId: article.id, revealOffset: this.options.revealOffset, query: this.options.query, hitIndex: this.options.query ? 0 : undefined },
      imagesAllowed: this.imagesAllowed,
      blockedImages: view.blockedImages,
      data,
    });
  }

  /** Sends a message unless the panel is gone. */
  post(message: HostToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
  }

  private async onMessage(message: WebviewToHost): Promise<void> {
    switch (message.type) {
      case 'openLink':
        await openExternalLink(message.href);
        return;
      case 'loadImages':
        if (!vscode.workspace.isTrusted) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Remote images stay blocked in an untrusted workspace.'));
          return;
        }
        this.imagesAllowed = true;
        await this.update({});
        return;
      case 'openArticle':
        // A link from a card opens beside the article the user is reading, in a tab that stays.
        await this.openArticle(message.articleId, { revealOffset: message.offset, query: message.query, newTab: true });
        return;
      case 'showEntity':
        await vscode.commands.executeCommand('newsCorpus.showEntity', message.entityId);
        return;
      case 'ready':
      case 'stateChanged':
        return;
    }
  }
}

/** The words the page's script shows, in the user's language. */
function pageLabels(): NonNullable<ArticlePageData['labels']> {
  return {
    person: vscode.l10n.t('Person'),
    org: vscode.l10n.t('Organization'),
    alsoKnownAs: vscode.l10n.t('Also written'),
    appearsIn: vscode.l10n.t('In {0} articles', '{0}'),
    showAll: vscode.l10n.t('Show all'),
    onlyHere: vscode.l10n.t('Only in this article'),
    imageBlocked: vscode.l10n.t('Image not loaded'),
  };
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function errorPage(message: string): string {
  const escaped = message.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
  return `<!DOCTYPE html><html><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escaped}</p></body></html>`;
}
