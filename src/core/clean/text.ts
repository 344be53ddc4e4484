import { type ChildNode, isTag, isText, type ParentNode, type Text } from 'domhandler';
import { LINE_BREAK_TAGS, NON_CONTENT_TAGS, parseHtml } from './dom';

/**
 * THE offset contract shared by search, entities and rendering.
 *
 * The text of clean HTML is the concatenation, in document order, of every text node's data, with one
 * '\n' inserted at each start and end of a line-breaking element (`LINE_BREAK_TAGS`: p, h*, li,
 * blockquote, figcaption, div, tr, td, br, hr, pre, table, …) when the text so far is non-empty and
 * does not already end with '\n'; a separator '\n' at the very end is left out.
 * Entities and search hits are ranges [start, end) in this text. Each text node's data sits at
 * `segment.start` unchanged, so an offset maps back to a node and an offset in it (`locateOffset`).
 * Inserted separators belong to no node.
 */

/** Where one text node's data sits in the text. */
export interface TextSegment {
  node: Text;
  start: number;
}

export interface ExtractedText {
  text: string;
  /** One per non-empty text node, in document order (so sorted by `start`). */
  segments: TextSegment[];
}

/** The text of clean HTML (a string, parsed here, or a DOM already parsed) and where each text node sits in it. */
export function extractText(input: string | ParentNode): ExtractedText {
  const root = typeof input === 'string' ? parseHtml(input) : input;
  const segments: TextSegment[] = [];
  let text = '';
  let endsWithSeparator = false;

  const breakLine = () => {
    if (text !== '' && !text.endsWith('\n')) {
      text += '\n';
      endsWithSeparator = true;
    }
  };
  const visit = (node: ChildNode): void => {
    if (isText(node)) {
      if (node.data !== '') {
        segments.push({ node, start: text.length });
        text += node.data;
        endsWithSeparator = false;
      }
      return;
    }
    if (!isTag(node) || NON_CONTENT_TAGS.has(node.name)) return;
    const breaksLine = LINE_BREAK_TAGS.has(node.name);
    if (breaksLine) breakLine();
    for (const child of node.children) visit(child);
    if (breaksLine) breakLine();
  };

  for (const child of root.children) visit(child);
  if (endsWithSeparator) text = text.slice(0, -1);
  return { text, segments };
}

/** The segment holding text offset `offset` and the offset inside its node; undefined on a separator or out of range. */
export function locateOffset(segments: readonly TextSegment[], offset: number): { segment: TextSegment; index: number; offsetInNode: number } | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const segment = segments[mid];
    if (offset < segment.start) high = mid - 1;
    else if (offset >= segment.start + segment.node.data.length) low = mid + 1;
    else return { segment, index: mid, offsetInNode: offset - segment.start };
  }
  return undefined;
}
