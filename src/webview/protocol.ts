/**
 * Messages between the article webview and the extension host: the one place they are typed.
 * No vscode or node import here: both sides compile this file.
 */

/** The state a webview keeps across reloads and restores (also embedded as JSON in `data-state`). */
export interface ArticleViewState {
  articleId: string;
  /** The search query the article was opened from, if any. */
  query?: string;
  /** Which highlighted search hit is current (0-based), when the article was opened from a search. */
  hitIndex?: number;
  /** A text offset to scroll to on load (a mention or hit). */
  revealOffset?: number;
  scrollY?: number;
}

/** Another article where an entity appears: a link in its card. */
export interface EntityCardArticle {
  articleId: string;
  title: string;
  outlet: string;
  /** Display date, already formatted by the host. */
  date: string;
  /** Text offset of the entity's first mention there. */
  offset: number;
}

/** What an entity's hover card shows. */
export interface EntityCardData {
  id: string;
  type: 'person' | 'org';
  /** The form the corpus writes most often. */
  name: string;
  english?: string;
  /** Who it is: the role the corpus gives it, or a description from the knowledge data. */
  description?: string;
  /** Every other name it goes by in the corpus. */
  aliases: string[];
  /** In how many articles it appears (this one included). */
  articleCount: number;
  /** The first few other articles that name it. */
  elsewhere: EntityCardArticle[];
}

/** Data the page embeds for its script (JSON in `data-nc` on the body). */
export interface ArticlePageData {
  entities?: Record<string, EntityCardData>;
  /** Milliseconds before a hover opens a card. */
  hoverDelay?: number;
  /** Localised labels the script shows. */
  labels?: Record<'person' | 'org' | 'alsoKnownAs' | 'appearsIn' | 'showAll' | 'onlyHere' | 'imageBlocked', string>;
}

/** Sent by the webview script. */
export type WebviewToHost =
  | { type: 'ready'; state: ArticleViewState }
  | { type: 'openLink'; href: string }
  | { type: 'loadImages' }
  | { type: 'openArticle'; articleId: string; offset?: number; query?: string }
  | { type: 'showEntity'; entityId: string }
  | { type: 'stateChanged'; state: ArticleViewState };

/** Sent by the host. */
export type HostToWebview =
  | { type: 'revealOffset'; offset: number }
  | { type: 'revealHit'; index: number };

export function isWebviewToHost(value: unknown): value is WebviewToHost {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown };
  switch (m.type) {
    case 'ready':
    case 'stateChanged':
      return typeof (value as { state?: { articleId?: unknown } }).state?.articleId === 'string';
    case 'openLink':
      return typeof (value as { href?: unknown }).href === 'string';
    case 'loadImages':
      return true;
    case 'openArticle':
      return typeof (value as { articleId?: unknown }).articleId === 'string';
    case 'showEntity':
      return typeof (value as { entityId?: unknown }).entityId === 'string';
    default:
      return false;
  }
}
