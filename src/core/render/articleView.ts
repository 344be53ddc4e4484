import type { Article } from '../model/article';
import { formatDateTime } from '../model/date';
import { renderArticleBody, type Mark } from './articleBody';
import { blockRemoteImages } from './blockImages';
import { escapeAttr, escapeHtml } from './escape';

export interface ArticleViewOptions {
  /** Entity mentions and search hits to mark, as ranges of `article.text`. */
  marks?: readonly Mark[];
  /** Time zone for the date line; the machine's when undefined. */
  timeZone?: string;
  /** `blocked` keeps remote images as placeholders (the default); `allowed` lets `https:` images load. */
  images?: 'blocked' | 'allowed';
}

export interface ArticleView {
  /** The inner HTML of the webview's article container: header and cleaned body. */
  html: string;
  /** How many remote images were blocked. */
  blockedImages: number;
}

/** Renders an article as the webview shows it inside its article container (the CLI's `render` prints the same). */
export function renderArticleView(article: Article, options: ArticleViewOptions = {}): ArticleView {
  let body = renderArticleBody(article.html, options.marks ? [...options.marks] : []);
  let blockedImages = 0;
  if ((options.images ?? 'blocked') === 'blocked') {
    const blocked = blockRemoteImages(body);
    body = blocked.html;
    blockedImages = blocked.blocked;
  }
  const meta: string[] = [`<span class="nc-outlet">${escapeHtml(article.outlet)}</span>`];
  if (article.published !== undefined) {
    meta.push(`<time datetime="${new Date(article.published).toISOString()}">${escapeHtml(formatDateTime(article.published, options.timeZone))}</time>`);
  }
  if (article.url && /^https?:\/\//i.test(article.url)) {
    meta.push(`<a class="nc-source" href="${escapeAttr(article.url)}" title="${escapeAttr(article.url)}">${escapeHtml(hostOf(article.url))}</a>`);
  }
  const html =
    `<header class="nc-header"><h1 class="nc-title">${escapeHtml(article.title)}</h1>` +
    `<p class="nc-meta">${meta.join('<span class="nc-sep" aria-hidden="true"> · </span>')}</p></header>\n` +
    `<div class="nc-body">${body}</div>`;
  return { html, blockedImages };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
