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
  const simple = simpleYamlMapping(yaml);
  if (simple) return simple;
  const data = safeLoad(yaml, { schema: CORE_SCHEMA });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter is not a mapping of fields');
  return data;
}

/** A key of the simple mappings: letters, digits, `_` and `-`, not one js-yaml would turn into another string (`True` → 'true'). */
const SIMPLE_KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;
const NON_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** A sequence item: its indentation and its value (after `- ` and any more spaces). */
const SIMPLE_ITEM_LINE = /^( *)- +(.*)$/;
/** Anything but line feeds, printable ASCII and other printable BMP characters (no tabs, no CR, no byte order mark, no surrogates). */
const NOT_SIMPLE_CHARACTER = /[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
/** Plain scalars starting so may be numbers (or `.inf`, `.nan`) when made of these characters only (js-yaml's int and float forms). */
const MAYBE_NUMBER_START = /^[-+.0-9]/;
const MAYBE_NUMBER = /^[-+.0-9a-fA-FxXoObBiInN_:]*$/;
/** Characters that may not start a plain scalar here (indicators: flow, anchors, tags, block scalars, directives…). */
const NOT_PLAIN_START = new Set('-?:,[]{}#&*!|>%@`~');
/** `simpleScalar` of an empty value (null, or a sequence on the next lines). */
const EMPTY = Symbol('empty');

/**
 * What `safeLoad(yaml, { schema: CORE_SCHEMA })` gives for the simple front matter most sources have
 * (`key: value` lines at the left margin, values plain or quoted on one line, lists of such values
 * as `- item` lines under an empty `key:`), made without js-yaml: much cheaper, per file and in
 * compiling js-yaml's parser in each indexing worker. Undefined whenever the text is anything else
 * (then js-yaml reads it): any doubt about a value's type or extent (a plain value that may be a
 * number, a comment after a value, a line that might continue one), duplicate keys, tabs, blank or
 * comment lines among list items…; so the result, when there is one, is js-yaml's.
 */
export function simpleYamlMapping(yaml: string): Record<string, unknown> | undefined {
  if (NOT_SIMPLE_CHARACTER.test(yaml)) return undefined;
  const lines = yaml.split('\n');
  const data: Record<string, unknown> = {};
  let entries = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlankLine(line) || line.charCodeAt(0) === 0x23 /* # */) {
      i++;
      continue;
    }
    const entry = SIMPLE_KEY_LINE.exec(line);
    if (!entry) return undefined;
    const key = entry[1];
    if (NON_STRING_KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    const value = simpleScalar(entry[2] ?? '');
    if (value === undefined) return undefined;
    i++;
    if (value === EMPTY) {
      const indent = SIMPLE_ITEM_LINE.exec(lines[i] ?? '')?.[1].length;
      if (indent === undefined) {
        data[key] = null;
      } else {
        const items: unknown[] = [];
        for (let item = SIMPLE_ITEM_LINE.exec(lines[i] ?? ''); item && item[1].length === indent; item = SIMPLE_ITEM_LINE.exec(lines[++i] ?? '')) {
          const itemValue = simpleScalar(item[2]);
          if (itemValue === undefined || itemValue === EMPTY) return undefined;
          items.push(itemValue.value);
        }
        data[key] = items;
      }
    } else {
      data[key] = value.value;
    }
    // What follows (after blank lines) must be another entry or a comment at the left margin: an
    // indented line, or an item, could continue this value or be nested in it.
    let next = i;
    while (next < lines.length && isBlankLine(lines[next])) next++;
    if (next < lines.length && (lines[next].charCodeAt(0) === 0x20 || lines[next].charCodeAt(0) === 0x2d /* - */)) return undefined;
    entries++;
  }
  return entries > 0 ? data : undefined;
}

function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** A one-line value as js-yaml's CORE schema reads it; `EMPTY` for none; undefined when not sure. */
function simpleScalar(text: string): { value: unknown } | typeof EMPTY | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  const value = end === text.length ? text : text.slice(0, end);
  if (value === '') return EMPTY;
  const first = value[0];
  if (first === "'") {
    const quoted = /^'((?:[^']|'')*)'$/.exec(value);
    return quoted ? { value: quoted[1].replace(/''/g, "'") } : undefined;
  }
  if (first === '"') {
    const quoted = /^"([^"\\]*)"$/.exec(value);
    return quoted ? { value: quoted[1] } : undefined;
  }
  if (NOT_PLAIN_START.has(first) || value.includes(': ') || value.endsWith(':') || value.includes(' #')) return undefined;
  if (value === 'true' || value === 'True' || value === 'TRUE') return { value: true };
  if (value === 'false' || value === 'False' || value === 'FALSE') return { value: false };
  if (value === 'null' || value === 'Null' || value === 'NULL') return { value: null };
  if (MAYBE_NUMBER_START.test(value) && MAYBE_NUMBER.test(value)) return undefined;
  return { value };
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
