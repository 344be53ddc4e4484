/**
 * A deliberately crude reader for the two source formats, for search tests and benchmarks
 * only: it does not depend on the real readers/cleaner (src/core/formats, src/core/clean),
 * which were being written in parallel. Block tags become '\n', other tags vanish, a few
 * entities are decoded. Swap in the project's article reader once it exists.
 */
import type { SearchDocument } from '../src/core/search';

const FRONT_MATTER = /^\s*---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/;
const FEED_DUMP = /^\s*<!--(\d+)-->\s*\r?\n\[([^\n]*)\]\(([^)\s]*)\)\s*\r?\n-+\r?\n([\s\S]*)$/;

/** Reads one file's text as a search document with the given id; undefined when unrecognized. */
export function readCrudeArticle(id: string, source: string): SearchDocument | undefined {
  const frontMatter = FRONT_MATTER.exec(source);
  if (frontMatter) {
    const header = frontMatter[1];
    const field = (name: string): string | undefined => {
      const match = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(header);
      return match ? unquote(match[1].trim()) : undefined;
    };
    const date = Date.parse(field('date') ?? '');
    return {
      id,
      title: field('title') ?? '',
      outlet: field('author') ?? 'Unknown',
      published: Number.isNaN(date) ? undefined : date,
      text: htmlToText(frontMatter[2]),
    };
  }
  const feed = FEED_DUMP.exec(source);
  if (feed) {
    const body = feed[4].replace(/^<div><i>[\s\S]*?<\/i><\/div>/, '');
    return { id, title: decodeEntities(feed[2]), outlet: hostOf(feed[3]), published: Number(feed[1]), text: htmlToText(body) };
  }
  return undefined;
}

/** Block tags → line breaks, other tags removed, whitespace tidied. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/?(p|div|br|li|h[1-6]|blockquote|tr|figure|figcaption)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === "'" || value[0] === '"') && value.endsWith(value[0])) {
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'Unknown';
  }
}
