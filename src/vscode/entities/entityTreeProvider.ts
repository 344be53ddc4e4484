import * as vscode from 'vscode';
import type { Entity, EntityType } from '../../core/entities';
import { compareNewestFirst } from '../../core/index/corpusIndex';
import { formatDateTime } from '../../core/model/date';
import type { CorpusService } from '../corpusService';
import { OPEN_ARTICLE_COMMAND } from '../tree/articleTreeProvider';

/** People / Organizations → entities by number of articles → the articles that name them. */
export type EntityTreeNode =
  | { kind: 'group'; type: EntityType; count: number }
  | { kind: 'entity'; entityId: string }
  | { kind: 'occurrence'; entityId: string; articleId: string; offset: number; count: number };

export class EntityTreeProvider implements vscode.TreeDataProvider<EntityTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: CorpusService) {
    // Not on every change: the graph is rebuilt from all mentions when asked for (see onDidChangeNames).
    this.subscription = service.onDidChangeNames(() => this.refresh());
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: EntityTreeNode): EntityTreeNode[] {
    const graph = this.service.shownEntities;
    if (!graph) return []; // the first graph is being made (the view says so); shown once it is
    if (!node) {
      const groups: EntityTreeNode[] = [];
      for (const type of ['person', 'org'] as const) {
        const count = graph.entities.filter((e) => e.type === type).length;
        if (count) groups.push({ kind: 'group', type, count });
      }
      return groups;
    }
    if (node.kind === 'group') {
      return graph.entities
        .filter((e) => e.type === node.type)
        .sort(byArticlesThenName)
        .map((e) => ({ kind: 'entity', entityId: e.id }));
    }
    if (node.kind === 'entity') {
      const entity = graph.entity(node.entityId);
      if (!entity) return [];
      const index = this.service.corpus.index;
      return entity.mentions
        .map((m) => ({ m, a: index.get(m.docId) }))
        .filter((x) => x.a !== undefined)
        .sort((x, y) => compareNewestFirst(x.a!, y.a!))
        .map(({ m }) => ({ kind: 'occurrence', entityId: entity.id, articleId: m.docId, offset: m.first, count: m.count }));
    }
    return [];
  }

  getTreeItem(node: EntityTreeNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.type === 'person' ? vscode.l10n.t('People') : vscode.l10n.t('Organizations'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.type}`;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(node.type === 'person' ? 'person' : 'organization');
      return item;
    }
    if (node.kind === 'entity') {
      const entity = this.service.shownEntities?.entity(node.entityId);
      const item = new vscode.TreeItem(entity?.name ?? node.entityId, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `entity:${node.entityId}`;
      item.contextValue = 'entity';
      if (entity) {
        item.description = `${entity.mentions.length}${entity.english ? ` · ${entity.english}` : ''}`;
        item.tooltip = entityTooltip(entity);
      }
      return item;
    }
    const article = this.service.corpus.index.get(node.articleId);
    const item = new vscode.TreeItem(article?.title ?? node.articleId, vscode.TreeItemCollapsibleState.None);
    item.id = `occurrence:${node.entityId}:${node.articleId}`;
    item.contextValue = 'entityOccurrence';
    item.iconPath = new vscode.ThemeIcon('note');
    if (article) {
      const date = article.published === undefined ? vscode.l10n.t('Undated') : formatDateTime(article.published, this.service.settings.timeZone);
      item.description = `${article.outlet} · ${date} · ×${node.count}`;
      item.command = { command: OPEN_ARTICLE_COMMAND, title: vscode.l10n.t('Open Article'), arguments: [article.id, node.offset] };
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function byArticlesThenName(a: Entity, b: Entity): number {
  return b.mentions.length - a.mentions.length || a.name.localeCompare(b.name, 'zh-CN');
}

function entityTooltip(e: Entity): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**');
  md.appendText(e.name);
  md.appendMarkdown('**');
  if (e.english) md.appendText(` — ${e.english}`);
  md.appendMarkdown('\n\n');
  if (e.description) {
    md.appendText(e.description);
    md.appendMarkdown('\n\n');
  }
  md.appendText(`${vscode.l10n.t('Also written')}: ${e.aliases.join(' · ')}`);
  return md;
}
