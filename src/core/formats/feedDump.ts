import type { RawArticle } from '../model/article';
import { ArticleFormatError } from './articleFormatError';

const EPOCH_COMMENT = /^<!--\s*(\d{1,16})\s*-->[ \t]*(?:\n|$)/;
const TITLE_LINK = /^\[(.*)\]\((.*)\)[ \t]*$/;
const RULE_LINE = /^[ \t]*-{3,}[ \t]*(?:\n|$)/;
/** The date line that opens a feed dump's body: `<div><i>…</i></div>`, maybe with a `<br>` inside. */
const DATE_DIV = /^\s*<div(?:\s[^>]*)?>\s*<i(?:\s[^>]*)?>([\s\S]{0,200}?)<\/i>\s*<\/div>/i;

/** Whether prepared source text opens with a feed header (`<!--epoch-->` or `[title](url)`). */
export function startsWithFeedHeader(prepared: string): boolean {
  return EPOCH_COMMENT.test(prepared) || TITLE_LINK.test(firstLine(prepared));
}

/**
 * Reads a feed dump: an optional `<!--epoch-ms-->` line, a `[title](url)` line, a `------` rule,
 * then HTML whose first `<div><i>…</i></div>` holds the publication date (removed from the body).
 * `prepared` is source text after `prepareSource`.
 */
export function readFeedDump(prepared: string): RawArticle {
  let rest = prepared;
  let epochMs: number | undefined;
  const epoch = EPOCH_COMMENT.exec(rest);
  if (epoch) {
    epochMs = Number(epoch[1]);
    rest = rest.slice(epoch[0].length).replace(/^\s+/, '');
  }
  const line = firstLine(rest);
  const link = TITLE_LINK.exec(line);
  if (!link) throw new ArticleFormatError('feed header has no "[title](url)" line');
  rest = rest.slice(line.length + 1);
  const rule = RULE_LINE.exec(rest);
  if (rule) rest = rest.slice(rule[0].length);
  let dateText: string | undefined;
  const dateDiv = DATE_DIV.exec(rest);
  if (dateDiv) {
    dateText = plainText(dateDiv[1]) || undefined;
    rest = rest.slice(dateDiv[0].length);
  }
  return {
    format: 'feed-dump',
    title: unescapeMarkdown(link[1]).trim() || undefined,
    url: link[2].trim() || undefined,
    dateText,
    epochMs,
    bodyHtml: rest,
  };
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/** Markdown backslash escapes in a link title (`\[`, `\]`, `\(`, `\)`, `\\`). */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\[\]()])/g, '$1');
}

/** Inline HTML (tags such as `<br>`, a few entities) as one line of text. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
