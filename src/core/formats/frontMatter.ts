import matter from 'gray-matter';
import { CORE_SCHEMA, safeLoad } from 'js-yaml';
import type { RawArticle } from '../model/article';
import { ArticleFormatError } from './articleFormatError';

/** `---`, or `---yaml`, `---js`… naming the front matter's language (as gray-matter reads it). */
const OPENING_LINE = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*\n/;
const YAML_LANGUAGES: ReadonlySet<string> = new Set(['yaml', 'yml']);
const CLOSING_LINE = /\n---[ \t]*(?:\n|$)/;

/** Whether prepared source text (see `prepareSource`) opens with a `---` line (maybe naming a language). */
export function startsWithFrontMatter(prepared: string): boolean {
  return OPENING_LINE.test(prepared);
}

/**
 * Reads a `---` YAML front matter file followed by an HTML body.
 * `prepared` is source text after `prepareSource`. Throws `ArticleFormatError` when the
 * front matter is in another language than YAML (`---js`), is not closed, is not valid YAML, or is not a mapping.
 */
export function readFrontMatter(prepared: string): RawArticle {
  const opening = OPENING_LINE.exec(prepared);
  if (!opening) throw new ArticleFormatError('no front matter or feed header found');
  const language = opening[1];
  if (language && !YAML_LANGUAGES.has(language.toLowerCase())) {
    throw new ArticleFormatError(`front matter in "${language}" is not supported; only YAML front matter is read`);
  }
  if (!CLOSING_LINE.test(prepared.slice(3))) throw new ArticleFormatError('front matter is not closed by a "---" line');
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(prepared, GRAY_MATTER_OPTIONS);
  } catch (error) {
    throw new ArticleFormatError(`invalid YAML front matter: ${yamlReason(error)}`);
  }
  const data: Record<string, unknown> = file.data;
  return {
    format: 'front-matter',
    title: scalarText(data.title),
    outletHint: scalarText(data.author),
    categories: textList(data.categories),
    headImage: scalarText(data.headimg) ?? scalarText(data.thumbnail),
    dateText: scalarText(data.date),
    bodyHtml: file.content,
  };
}

/**
 * gray-matter options. Passing any options object also turns off gray-matter's cache, which
 * keeps every input string it has seen when called without options (50k files would stay in memory).
 * The language is fixed to YAML, and the JavaScript engine gray-matter would pick for `---js`
 * (which runs `eval`) is replaced by one that refuses.
 */
const GRAY_MATTER_OPTIONS = {
  language: 'yaml',
  excerpt: false,
  engines: {
    yaml: parseYamlMapping,
    js: refuseLanguage,
    javascript: refuseLanguage,
  },
};

/** YAML with js-yaml's CORE schema: plain data only, never `!!js/function` or other code-bearing types. */
function parseYamlMapping(yaml: string): object {
  const data = safeLoad(yaml, { schema: CORE_SCHEMA });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter is not a mapping of fields');
  return data;
}

function refuseLanguage(): object {
  throw new Error('only YAML front matter is supported');
}

function yamlReason(error: unknown): string {
  if (error instanceof Error) {
    const reason = (error as { reason?: unknown }).reason;
    return (typeof reason === 'string' && reason) || error.message.split('\n')[0];
  }
  return String(error);
}

/** A string, number or boolean field as trimmed text; undefined when absent or empty. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A list field (or a single value) as trimmed, non-empty strings. */
function textList(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : [value];
  const texts = items.map(scalarText).filter((t): t is string => t !== undefined);
  return texts.length ? texts : undefined;
}
