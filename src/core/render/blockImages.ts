import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { Element, type ChildNode } from 'domhandler';

/**
 * Replaces every remote image in clean article HTML by a placeholder that keeps its address in
 * `data-nc-src`, so nothing is fetched until the user allows it. Returns the HTML and how many were blocked.
 */
export function blockRemoteImages(html: string): { html: string; blocked: number } {
  const doc = parseDocument(html);
  let blocked = 0;
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!(node instanceof Element)) continue;
      if (node.name === 'img' && node.attribs.src) {
        const alt = node.attribs.alt ?? '';
        node.attribs = { 'data-nc-src': node.attribs.src, class: 'nc-image-blocked', role: 'img', 'aria-label': alt };
        node.name = 'span';
        blocked++;
      } else {
        visit(node.children);
      }
    }
  };
  visit(doc.children);
  return { html: render(doc, { encodeEntities: 'utf8' }), blocked };
}
