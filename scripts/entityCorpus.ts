/**
 * Reads a folder of scraped articles into plain text for the entity scripts (score, bench).
 * Uses the project's `articleFromSource` when it exists; until then a crude tag stripper.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One document: id (path relative to the folder, `/` separators) and plain body text. */
export interface CorpusText {
  id: string;
  text: string;
}

/** All `.md`/`.txt` files under `root`, as plain text. */
export async function readCorpusTexts(root: string): Promise<CorpusText[]> {
  const toText = await loadConverter();
  return listFiles(root).map((file) => ({ id: relative(root, file).split(sep).join('/'), text: toText(readFileSync(file, 'utf8'), file, root) }));
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else if (/\.(md|txt|markdown)$/i.test(name)) out.push(full);
  }
  return out;
}

type Converter = (source: string, file: string, root: string) => string;

async function loadConverter(): Promise<Converter> {
  try {
    const modulePath = '../src/core/articleFromSource';
    const mod = (await import(modulePath)) as Record<string, unknown>;
    const fn = mod['articleFromSource'];
    if (typeof fn === 'function') {
      return (source, file, root) => {
        try {
          const where = { root, path: relative(root, file).split(sep).join('/'), file };
          const article = (fn as (source: string, where: unknown) => { text?: string })(source, where);
          return article.text ?? crudeText(source);
        } catch {
          return crudeText(source);
        }
      };
    }
  } catch {
    // Not written yet: fall back to the crude reader.
  }
  return (source) => crudeText(source);
}

/** Front matter dropped, block tags to newlines, other tags removed, common entities decoded. */
export function crudeText(source: string): string {
  const body = source.replace(/^\s*---[\s\S]*?\n---\s*\n/, '');
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(p|div|br|h\d|li|ul|ol|tr|table|blockquote|section|article|figure|figcaption)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}
