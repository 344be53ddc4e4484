import { type ChildNode, isTag, isText, type ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import { BOILERPLATE_TEXT_LENGTH, judgeBlockText } from './boilerplate';

/** Class of a kept but de-emphasized line (source and editor credits). */
export const MUTED_CLASS = 'nc-muted';

/** Paragraph-level blocks judged by their text. */
const JUDGED_BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Removes boilerplate paragraphs and marks credit lines muted (see `boilerplate.ts` for the rules). */
export function removeBoilerplateBlocks(root: ParentNode): void {
  visitChildren(root);
}

/** Visits the children of `parent`; a child visited may remove itself (never any other). */
function visitChildren(parent: ParentNode): void {
  const children = parent.children;
  for (let i = 0; i < children.length; ) {
    const child = children[i];
    visit(child);
    if (children[i] === child) i++;
  }
}

function visit(node: ChildNode): void {
  if (!isTag(node)) return;
  if (JUDGED_BLOCKS.has(node.name)) {
    const verdict = judgeBlockText(leadingText(node, BOILERPLATE_TEXT_LENGTH).replace(WHITESPACE_RUN, ' ').trim());
    if (verdict === 'drop') removeElement(node);
    else if (verdict === 'mute') node.attribs.class = MUTED_CLASS;
    return;
  }
  visitChildren(node);
}

const WHITESPACE_RUN = /\s+/g;

/** The start of a node's text: at least `length` characters when it has that many (no need for the rest). */
function leadingText(node: ChildNode, length: number): string {
  const collected = { text: '' };
  collectText(node, length, collected);
  return collected.text;
}

/** Appends the text of `node` to `collected.text` until that is `length` long; true once it is. */
function collectText(node: ChildNode, length: number, collected: { text: string }): boolean {
  if (isText(node)) collected.text += node.data;
  else if (isTag(node)) for (const child of node.children) if (collectText(child, length, collected)) return true;
  return collected.text.length >= length;
}
