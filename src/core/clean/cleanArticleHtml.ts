import sanitizeHtml from 'sanitize-html';
import { SANITIZE_OPTIONS } from './allowlist';
import { removeBoilerplateBlocks } from './boilerplateBlocks';
import { parseHtml, serializeHtml } from './dom';
import { normaliseBlocks } from './normaliseBlocks';
import { pruneEmpty } from './pruneEmpty';
import { extractText } from './text';
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
  const doc = parseHtml(sanitizeHtml(untrustedHtml, SANITIZE_OPTIONS));
  normaliseBlocks(doc);
  removeBoilerplateBlocks(doc);
  normaliseWhitespace(doc);
  pruneEmpty(doc);
  return { html: serializeHtml(doc), text: extractText(doc).text };
}
