import { isAdOrTrackerImage } from './clean/adsAndTrackers';
import { cleanArticleHtml, cleanArticleText } from './clean/cleanArticleHtml';
import { httpUrl } from './clean/urlPolicy';
import { readRawArticle } from './formats/readRawArticle';
import type { ArticleForIndex } from './index/corpusIndex';
import type { Article, RawArticle } from './model/article';
import { parsePublished } from './model/date';
import { canonicalOutletName, resolveOutlet, UNKNOWN_OUTLET } from './model/outlet';
import { plainLine } from './clean/plainLine';

/** Where a file was found. */
export interface SourceLocation {
  /** The corpus folder (absolute). */
  root: string;
  /** Path relative to `root`, with `/` separators. */
  path: string;
  /** Absolute path of the file (the article id). */
  file: string;
}

/** Longest title made from body text when the source has none. */
const TITLE_FROM_TEXT_LENGTH = 40;

/** An article as the index needs it: everything but the clean HTML, which only showing it needs. */

/**
 * Reads, cleans and describes one article file's text. Throws `ArticleFormatError` (with a human
 * reason) when the text is not an article in a known format.
 */
export function articleFromSource(source: string, where: SourceLocation): Article {
  const raw = readRawArticle(source);
  const body = cleanArticleHtml(raw.bodyHtml);
  return { ...articleFields(raw, where, () => titleFromBody(body.html, body.text)), html: body.html, text: body.text };
}

/**
 * `articleFromSource` without the clean HTML, for indexing: the same fields with the same values
 * (the text above all, which search hit and entity offsets point into), at a fraction of the cost,
 * since the body is never sanitized to HTML (see `cleanArticleText`). Throws as `articleFromSource` does.
 */
export function articleForIndex(source: string, where: SourceLocation): ArticleForIndex {
  const raw = readRawArticle(source);
  const text = cleanArticleText(raw.bodyHtml);
  // A title made from the body needs its HTML (the first heading); sources almost always have a title.
  const titleFromCleanBody = () => titleFromBody(cleanArticleHtml(raw.bodyHtml).html, text);
  return { ...articleFields(raw, where, titleFromCleanBody), text };
}

/** Every field but the body; `bodyTitle` is asked for only when the source has no title. */
function articleFields(raw: RawArticle, where: SourceLocation, bodyTitle: () => string): Omit<Article, 'html' | 'text'> {
  const headImage = httpUrl(raw.headImage);
  return {
    id: where.file,
    root: where.root,
    path: where.path,
    format: raw.format,
    outlet: plainLine(resolveOutlet(raw)) || outletFromFolder(where.path) || UNKNOWN_OUTLET,
    published: parsePublished(raw),
    title: plainLine(raw.title ?? '') || bodyTitle() || fileStem(where.path),
    url: httpUrl(raw.url),
    headImage: headImage && !isAdOrTrackerImage(headImage) ? headImage : undefined,
  };
}

/** Corpora are often one folder per outlet: the first folder of the relative path, if any. */
function outletFromFolder(path: string): string {
  const slash = path.indexOf('/');
  return slash > 0 ? canonicalOutletName(path.slice(0, slash)) : '';
}

/** The first heading's text, else the start of the text (cut at a line end or 40 characters). */
function titleFromBody(html: string, text: string): string {
  const heading = /<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/i.exec(html);
  if (heading) {
    const headingText = heading[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    if (headingText) return decodeBasicEntities(headingText);
  }
  return [...text.split('\n', 1)[0]].slice(0, TITLE_FROM_TEXT_LENGTH).join('').trim();
}

/** The entities dom-serializer writes in utf8 mode. */
function decodeBasicEntities(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' })[name] ?? '');
}

function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
