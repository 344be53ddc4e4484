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
  const builder = new TextBuilder([]);
  builder.visitAll(typeof input === 'string' ? parseHtml(input) : input);
  return { text: builder.finish(), segments: builder.segments ?? [] };
}

/** `extractText(root).text`, without recording segments. */
export function textOf(root: ParentNode): string {
  const builder = new TextBuilder(null);
  builder.visitAll(root);
  return builder.finish();
}

/** The walk `extractText` makes (no closures or re-reading of the text so far: it is called per article). */
class TextBuilder {
  text = '';
  /** Whether `text` ends with '\n' (kept here: reading the end of a string built by `+=` flattens it). */
  endsWithNewline = false;
  /** Whether that '\n' is an inserted separator. */
  endsWithSeparator = false;

  constructor(readonly segments: TextSegment[] | null) {}

  visitAll(root: ParentNode): void {
    for (const child of root.children) this.visit(child);
  }

  finish(): string {
    return this.endsWithSeparator ? this.text.slice(0, -1) : this.text;
  }

  private breakLine(): void {
    if (this.text.length > 0 && !this.endsWithNewline) {
      this.text += '\n';
      this.endsWithNewline = true;
      this.endsWithSeparator = true;
    }
  }

  private visit(node: ChildNode): void {
    if (isText(node)) {
      const data = node.data;
      if (data !== '') {
        this.segments?.push({ node, start: this.text.length });
        this.text += data;
        this.endsWithNewline = data.charCodeAt(data.length - 1) === 10;
        this.endsWithSeparator = false;
      }
      return;
    }
    if (!isTag(node) || NON_CONTENT_TAGS.has(node.name)) return;
    const breaksLine = LINE_BREAK_TAGS.has(node.name);
    if (breaksLine) this.breakLine();
    for (const child of node.children) this.visit(child);
    if (breaksLine) this.breakLine();
  }
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
