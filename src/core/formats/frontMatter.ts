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
  let file: { data: Record<string, unknown>; content: string };
  try {
    file = splitFrontMatter(prepared);
  } catch (error) {
    throw new ArticleFormatError(`invalid YAML front matter: ${yamlReason(error)}`);
  }
  const data = file.data;
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
 * What gray-matter 4.0.3 (`matter(text, { language: 'yaml', excerpt: false, engines: { yaml:
 * parseYamlMapping, … } })`) gives for text that `readFrontMatter` passes it (opening with a `---` line
 * naming YAML or no language, `\n` line ends, no byte order mark): its `data` and `content`, and the
 * same errors. Its steps, for those options, without what costs but is not used here (it encodes the
 * whole text to a Buffer and copies its options several times per file). `frontMatter.test.ts` checks
 * it against gray-matter itself, on real, hostile and generated sources.
 */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; content: string } {
  // to-file.js: strip a byte order mark.
  let str = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const content = str;
  // parseMatter: the opening delimiter, not followed by a fourth '-'.
  if (!str.startsWith('---') || str.charAt(3) === '-') return { data: {}, content };
  str = str.slice(3);
  const len = str.length;
  // matter.language: the rest of the first line names the language (always YAML here, see `readFrontMatter`).
  const newline = str.search(/\r?\n/);
  const language = str.slice(0, newline);
  if (language && language.trim()) str = str.slice(language.length);
  let closeIndex = str.indexOf('\n---');
  if (closeIndex === -1) closeIndex = len;
  const matter = str.slice(0, closeIndex);
  const block = matter.replace(/^\s*#[^\n]+/gm, '').trim();
  const data = (block === '' ? {} : parseYamlMapping(matter)) as Record<string, unknown>;
  let body: string;
  if (closeIndex === len) {
    body = '';
  } else {
    body = str.slice(closeIndex + 4);
    if (body[0] === '\r') body = body.slice(1);
    if (body[0] === '\n') body = body.slice(1);
  }
  // excerpt.js: with a separator given in the data, gray-matter looks it up in the content (which can throw).
  const separator = data.excerpt_separator;
  if (separator) body.indexOf(separator as string);
  return { data, content: body };
}

/** YAML with js-yaml's CORE schema: plain data only, never `!!js/function` or other code-bearing types. */
export function parseYamlMapping(yaml: string): object {
  const data = safeLoad(yaml, { schema: CORE_SCHEMA });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter is not a mapping of fields');
  return data;
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
