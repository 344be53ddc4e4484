import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import type { Entity, EntityGraph } from '../../core/entities';
import { compareNewestFirst } from '../../core/index/corpusIndex';
import type { Article } from '../../core/model/article';
import { formatDateTime } from '../../core/model/date';
import type { Mark } from '../../core/render/articleBody';
import type { ArticlePageData, EntityCardArticle, EntityCardData } from '../../webview/protocol';
import type { ArticleDecorations } from '../article/articlePanels';

/** How many other articles a card links to before "Show all". */
const ELSEWHERE_SHOWN = 3;

export interface EntityMarkSettings {
  marks: boolean;
  hoverDelay: number;
  timeZone?: string;
}

/**
 * Marks every person and organization named in an article and gives the page the data of their
 * hover cards: name, type, English name, role, other names, and where else they appear. `graphFor`
 * gives the entity graph that describes the article as it is, or undefined (no marks then).
 */
export function entityDecorator(corpus: Corpus, graphFor: (article: Article) => EntityGraph | undefined, settings: () => EntityMarkSettings) {
  return (article: Article): ArticleDecorations => {
    const { marks: enabled, hoverDelay, timeZone } = settings();
    if (!enabled) return { marks: [] };
    const graph = graphFor(article);
    if (!graph) return { marks: [] };
    const cards: Record<string, EntityCardData> = {};
    const marks: Mark[] = [];
    for (const m of graph.mentionsOf(article.id)) {
      if (m.end > article.text.length) continue;
      const entity = graph.entity(m.entityId);
      if (!entity) continue;
      cards[entity.id] ??= cardOf(entity, article.id, corpus, timeZone);
      marks.push({
        start: m.start,
        end: m.end,
        kind: entity.type,
        attrs: { 'data-entity': entity.id, 'data-start': String(m.start), 'data-end': String(m.end), tabindex: '0', role: 'button', 'aria-haspopup': 'dialog' },
      });
    }
    const data: ArticlePageData = { entities: cards, hoverDelay };
    return { marks, data };
  };
}

function cardOf(entity: Entity, currentId: string, corpus: Corpus, timeZone: string | undefined): EntityCardData {
  const others = entity.mentions
    .filter((o) => o.docId !== currentId)
    .map((o) => ({ occurrence: o, article: corpus.index.get(o.docId) }))
    .filter((x): x is { occurrence: typeof x.occurrence; article: NonNullable<typeof x.article> } => x.article !== undefined)
    .sort((a, b) => compareNewestFirst(a.article, b.article));
  const elsewhere: EntityCardArticle[] = others.slice(0, ELSEWHERE_SHOWN).map(({ occurrence, article }) => ({
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    date: article.published === undefined ? vscode.l10n.t('Undated') : formatDateTime(article.published, timeZone),
    offset: occurrence.first,
  }));
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    english: entity.english,
    description: entity.description,
    aliases: entity.aliases.filter((a) => a !== entity.name && a !== entity.english),
    articleCount: entity.mentions.length,
    elsewhere,
  };
}
