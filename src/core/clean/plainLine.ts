import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import { Element, type ChildNode } from 'domhandler';
import { NON_CONTENT_TAGS } from './dom';

/**
 * A one-line field (title, outlet) as plain text: markup that crept in is dropped with the content of
 * scripts and styles, entities are decoded, whitespace is collapsed. Text without `<` or `&` is kept as written, trimmed.
 */
export function plainLine(value: string): string {
  if (!/[<&]/.test(value)) return value.trim();
  const doc = parseDocument(value);
  const drop = (nodes: ChildNode[]) => {
    for (const node of [...nodes]) {
      if (node instanceof Element) {
        if (NON_CONTENT_TAGS.has(node.name)) nodes.splice(nodes.indexOf(node), 1);
        else drop(node.children);
      }
    }
  };
  drop(doc.children);
  return textContent(doc).replace(/\s+/g, ' ').trim();
}
