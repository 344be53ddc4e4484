import { type ChildNode, isTag, isText, type ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import { BOILERPLATE_TEXT_LENGTH, judgeBlockText } from './boilerplate';

/** Class of a kept but de-emphasized line (source and editor credits). */
export const MUTED_CLASS = 'nc-muted';

/** Paragraph-level blocks judged by their text. */
const JUDGED_BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Removes boilerplate paragraphs and marks credit lines muted (see `boilerplate.ts` for the rules). */
export function removeBoilerplateBlocks(root: ParentNode): void {
  for (const node of [...root.children]) visit(node);
}

function visit(node: ChildNode): void {
  if (!isTag(node)) return;
  if (JUDGED_BLOCKS.has(node.name)) {
    const verdict = judgeBlockText(leadingText(node, BOILERPLATE_TEXT_LENGTH).replace(/\s+/g, ' ').trim());
    if (verdict === 'drop') removeElement(node);
    else if (verdict === 'mute') node.attribs.class = MUTED_CLASS;
    return;
  }
  for (const child of [...node.children]) visit(child);
}

/** The start of a node's text: at least `length` characters when it has that many (no need for the rest). */
function leadingText(node: ChildNode, length: number): string {
  let text = '';
  const visit = (n: ChildNode): boolean => {
    if (isText(n)) text += n.data;
    else if (isTag(n)) for (const child of n.children) if (visit(child)) return true;
    return text.length >= length;
  };
  visit(node);
  return text;
}
