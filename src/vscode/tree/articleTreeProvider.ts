import * as vscode from 'vscode';
import { CorpusIndex, UNDATED, type IndexedArticle } from '../../core/index/corpusIndex';
import { formatDateTime, timeOfDay } from '../../core/model/date';
import type { CorpusService } from '../corpusService';
import { nodeKey, type ArticleTreeNode } from './articleTreeNodes';
import { daysOfMonth, monthOf, outletChildren } from './monthGrouping';

export const OPEN_ARTICLE_COMMAND = 'newsCorpus.openArticle';

/**
 * The News Corpus article tree: outlets with counts, their days newest first (grouped by month when
 * an outlet has many), each day's articles. Children are computed from the index's groups on
 * expansion; nothing is re-parsed.
 */
export class ArticleTreeProvider implements vscode.TreeDataProvider<ArticleTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ArticleTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** When set, only the articles that name this entity are shown. */
  private filter: { entityId: string; index: CorpusIndex } | undefined;

  constructor(private readonly service: CorpusService) {
    this.subscription = service.onDidChange(() => {
      if (this.filter) this.filterByEntity(this.filter.entityId);
      else this.changed.fire(undefined);
    });
  }

  private get index(): CorpusIndex {
    return this.filter?.index ?? this.service.corpus.index;
  }

  /** The entity the tree is filtered to, if any. */
  get filterEntityId(): string | undefined {
    return this.filter?.entityId;
  }

  /** Shows only the articles that name one entity (grouped as usual), or all again with undefined. */
  filterByEntity(entityId: string | undefined): void {
    const entity = entityId ? this.service.entities.entity(entityId) : undefined;
    if (!entityId || !entity) {
      this.filter = undefined;
    } else {
      const full = this.service.corpus.index;
      const index = new CorpusIndex(full.zone);
      for (const m of entity.mentions) {
        const a = full.get(m.docId);
        if (a) index.set(a);
      }
      this.filter = { entityId: entity.id, index };
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: ArticleTreeNode): ArticleTreeNode[] {
    if (!node) {
      const top: ArticleTreeNode[] = this.index.outlets().map((o) => ({ kind: 'outlet', outlet: o.outlet, count: o.count }));
      const problems = this.service.problemList.filter((p) => p.file);
      if (problems.length && !this.filter) top.push({ kind: 'problems', count: problems.length });
      return top;
    }
    if (node.kind === 'problems') {
      return this.service.problemList
        .filter((p) => p.file)
        .sort((a, b) => (a.severity === b.severity ? a.path.localeCompare(b.path) : a.severity === 'error' ? -1 : 1))
        .map((p) => ({ kind: 'problem', file: p.file, path: p.path || p.file, reason: p.reason, severity: p.severity }));
    }
    if (node.kind === 'outlet') {
      const children = outletChildren(this.index.days(node.outlet));
      if (children.kind === 'days') return children.days.map((d) => ({ kind: 'day', outlet: d.outlet, day: d.day, count: d.count }));
      const months: ArticleTreeNode[] = children.months.map((m) => ({ kind: 'month', outlet: m.outlet, month: m.month, count: m.count }));
      if (children.undated) months.push({ kind: 'day', outlet: node.outlet, day: UNDATED, count: children.undated.count });
      return months;
    }
    if (node.kind === 'month') return daysOfMonth(this.index.days(node.outlet), node.month).map((d) => ({ kind: 'day', outlet: d.outlet, day: d.day, count: d.count }));
    if (node.kind === 'day') return this.index.articlesOn(node.outlet, node.day).map((a) => ({ kind: 'article', outlet: node.outlet, day: node.day, id: a.id }));
    return [];
  }

  getParent(node: ArticleTreeNode): ArticleTreeNode | undefined {
    if (node.kind === 'outlet' || node.kind === 'problems') return undefined;
    if (node.kind === 'problem') return { kind: 'problems', count: this.service.problemList.length };
    const outletNode = (): ArticleTreeNode | undefined => {
      const outlet = this.index.outlets().find((o) => o.outlet === node.outlet);
      return outlet ? { kind: 'outlet', outlet: outlet.outlet, count: outlet.count } : undefined;
    };
    if (node.kind === 'month') return outletNode();
    if (node.kind === 'day') {
      const children = outletChildren(this.index.days(node.outlet));
      if (children.kind === 'days' || node.day === UNDATED) return outletNode();
      const month = children.months.find((m) => m.month === monthOf(node.day));
      return month ? { kind: 'month', outlet: month.outlet, month: month.month, count: month.count } : undefined;
    }
    const day = this.index.days(node.outlet).find((d) => d.day === node.day);
    return day ? { kind: 'day', outlet: day.outlet, day: day.day, count: day.count } : undefined;
  }

  /** The tree node of an article, for `TreeView.reveal`. */
  nodeOf(article: IndexedArticle): ArticleTreeNode {
    return { kind: 'article', outlet: article.outlet, day: this.index.dayOf(article), id: article.id };
  }

  getTreeItem(node: ArticleTreeNode): vscode.TreeItem {
    const tz = this.index.zone;
    if (node.kind === 'problems') {
      const item = new vscode.TreeItem(vscode.l10n.t('Problems'), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = nodeKey(node);
      item.description = String(node.count);
      item.tooltip = vscode.l10n.t('Files that could not be read as articles, or were read with a warning');
      item.iconPath = new vscode.ThemeIcon('warning');
      return item;
    }
    if (node.kind === 'problem') {
      const item = new vscode.TreeItem(node.path, vscode.TreeItemCollapsibleState.None);
      item.id = nodeKey(node);
      item.description = node.reason;
      item.tooltip = `${node.file}\n${node.reason}`;
      item.iconPath = new vscode.ThemeIcon(node.severity === 'error' ? 'error' : 'warning');
      item.contextValue = 'problem';
      return item;
    }
    if (node.kind === 'outlet') {
      const item = new vscode.TreeItem(node.outlet, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = nodeKey(node);
      item.description = String(node.count);
      item.tooltip = vscode.l10n.t('{0}: {1} articles', node.outlet, node.count);
      item.iconPath = new vscode.ThemeIcon('rss');
      item.contextValue = 'outlet';
      return item;
    }
    if (node.kind === 'month') {
      const item = new vscode.TreeItem(node.month, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = nodeKey(node);
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'month';
      return item;
    }
    if (node.kind === 'day') {
      const label = node.day === UNDATED ? vscode.l10n.t('Undated') : node.day;
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = nodeKey(node);
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(node.day === UNDATED ? 'question' : 'calendar');
      item.contextValue = 'day';
      return item;
    }
    const article = this.index.get(node.id);
    const item = new vscode.TreeItem(article?.title ?? node.id, vscode.TreeItemCollapsibleState.None);
    item.id = nodeKey(node);
    item.iconPath = new vscode.ThemeIcon('note');
    item.contextValue = 'article';
    if (article) {
      item.description = article.published === undefined ? '' : timeOfDay(article.published, tz);
      item.tooltip = articleTooltip(article, tz);
      item.resourceUri = vscode.Uri.file(article.id);
      item.command = { command: OPEN_ARTICLE_COMMAND, title: vscode.l10n.t('Open Article'), arguments: [article.id] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function articleTooltip(a: IndexedArticle, timeZone: string | undefined): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.appendMarkdown('**');
  md.appendText(a.title);
  md.appendMarkdown('**\n\n');
  md.appendText(`${vscode.l10n.t('Outlet')}: ${a.outlet}\n`);
  md.appendMarkdown('\n\n');
  md.appendText(`${vscode.l10n.t('Published')}: ${a.published === undefined ? vscode.l10n.t('Undated') : formatDateTime(a.published, timeZone)}`);
  md.appendMarkdown('\n\n');
  if (a.url) {
    md.appendText(`${vscode.l10n.t('Source')}: ${a.url}`);
    md.appendMarkdown('\n\n');
  }
  md.appendText(`${vscode.l10n.t('File')}: ${a.path}`);
  return md;
}
