import sanitizeHtml from 'sanitize-html';
import type { Document } from 'domhandler';
import { SANITIZE_OPTIONS } from './allowlist';
import { removeBoilerplateBlocks } from './boilerplateBlocks';
import { parseHtml, serializeHtml } from './dom';
import { normaliseBlocks } from './normaliseBlocks';
import { pruneEmpty } from './pruneEmpty';
import { sanitizedDom } from './sanitizedDom';
import { textOf } from './text';
import { normaliseWhitespace } from './whitespace';

/** A cleaned article body. */
export interface CleanBody {
  /** Sanitized, boilerplate-free HTML made of paragraph-level blocks. */
  html: string;
  /** Its text, as `extractText` defines it (the offsets of search hits and entities). */
  text: string;
}

/**
 * Untrusted article HTML → clean HTML and its text. Sanitizing (allowlist, URL rule, ads, trackers,
 * element-level boilerplate) is one sanitize-html pass; structure, text-level boilerplate and
 * whitespace are then fixed on one parse of its output, which also gives the text.
 */
export function cleanArticleHtml(untrustedHtml: string): CleanBody {
  const doc = tidy(parseHtml(sanitizeHtml(untrustedHtml, SANITIZE_OPTIONS)));
  return { html: serializeHtml(doc), text: textOf(doc) };
}

/**
 * The text of `cleanArticleHtml(untrustedHtml)`, always the very same string, made without
 * sanitizing to HTML: the DOM that sanitizing and re-parsing would give is built directly
 * (`sanitizedDom`), then tidied and read as `cleanArticleHtml` does. For indexing, where the HTML
 * itself is not needed.
 */
export function cleanArticleText(untrustedHtml: string): string {
  return textOf(tidy(sanitizedDom(untrustedHtml)));
}

/** Structure, text-level boilerplate and whitespace, fixed on a sanitized DOM. */
function tidy(doc: Document): Document {
  normaliseBlocks(doc);
  removeBoilerplateBlocks(doc);
  normaliseWhitespace(doc);
  pruneEmpty(doc);
  return doc;
}
