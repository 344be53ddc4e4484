import { type ChildNode, isTag, isText, type ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import { BOILERPLATE_TEXT_LENGTH, judgeBlockText, mayMatchBlockTextStartingWith } from './boilerplate';
import { isWhitespace } from './whitespace';

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
    // Most blocks start with a character no rule starts with: their text need not be made.
    if (!mayMatchBlockTextStartingWith(firstCharOfLeadingText(node, BOILERPLATE_TEXT_LENGTH))) return;
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

/**
 * The first character (UTF-16 code unit) of `leadingText(node, length)` once whitespace is collapsed
 * and trimmed, i.e. its first character that is not whitespace (as `\s` and `trim` define it); -1 when
 * there is none. Walks the text nodes as `collectText` does, without joining them.
 */
function firstCharOfLeadingText(node: ChildNode, length: number): number {
  const state = { length: 0, first: -1 };
  findFirstChar(node, length, state);
  return state.first;
}

/** True once the first character is found or `state.length` reached `length` (`collectText`'s stopping rule). */
function findFirstChar(node: ChildNode, length: number, state: { length: number; first: number }): boolean {
  if (isText(node)) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (!isWhitespace(c)) {
        state.first = c;
        return true;
      }
    }
    state.length += data.length;
  } else if (isTag(node)) {
    for (const child of node.children) if (findFirstChar(child, length, state)) return true;
  }
  return state.length >= length;
}

/** Appends the text of `node` to `collected.text` until that is `length` long; true once it is. */
function collectText(node: ChildNode, length: number, collected: { text: string }): boolean {
  if (isText(node)) collected.text += node.data;
  else if (isTag(node)) for (const child of node.children) if (collectText(child, length, collected)) return true;
  return collected.text.length >= length;
}
