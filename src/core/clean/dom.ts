import render from 'dom-serializer';
import { type ChildNode, type Document, type Element, isTag, isText, type ParentNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * The one HTML parser and serializer of the core (htmlparser2 / domhandler / dom-serializer), and the
 * element groups that the cleaner, the text extractor and the renderer must agree on.
 */

/** Parses an HTML fragment into a DOM (entities decoded, tag names lower-cased). */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}

/** Serializes a DOM (or a list of nodes) to HTML; text and attribute values are escaped. */
export function serializeHtml(nodes: ParentNode | readonly ChildNode[]): string {
  return render(nodes, { encodeEntities: 'utf8' });
}

/** Elements whose start and end break the text into lines (see `text.ts`). */
export const LINE_BREAK_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption',
  'div', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'address', 'table', 'caption', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'pre', 'hr', 'br',
]);

/** Block-level elements: everything that breaks lines except `<br>`, which lives inside paragraphs. */
export function isBlockElement(node: ChildNode): node is Element {
  return isTag(node) && node.name !== 'br' && LINE_BREAK_TAGS.has(node.name);
}

/** Elements whose text is not content (never present in clean HTML, skipped if met). */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'title']);

/** Whether a node is a text node made only of whitespace. */
export function isBlankText(node: ChildNode): boolean {
  return isText(node) && !/\S/.test(node.data);
}

/** Replaces a parent's children, keeping every node's parent and sibling links right. */
export function setChildren(parent: ParentNode, children: ChildNode[]): void {
  parent.children = children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  }
}
