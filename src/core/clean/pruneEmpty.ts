import { type ChildNode, isTag, isText, type ParentNode } from 'domhandler';
import { removeElement } from 'domutils';

/** Elements kept even when empty: table cells hold the grid in place. */
const KEPT_WHEN_EMPTY: ReadonlySet<string> = new Set(['td', 'th']);
/** Void elements that are content by themselves. */
const CONTENT_VOIDS: ReadonlySet<string> = new Set(['img']);
/** Void elements that separate content but are none. */
const SEPARATOR_VOIDS: ReadonlySet<string> = new Set(['br', 'hr']);

/**
 * Removes elements with neither text nor an image inside (empty paragraphs, links whose image was
 * an ad, …), comments, and `<hr>`/`<br>` at the very start or end of the body.
 */
export function pruneEmpty(root: ParentNode): void {
  pruneChildren(root);
  trimEdgeSeparators(root);
}

/** Prunes inside `parent`; true when something with content is left in it. */
function pruneChildren(parent: ParentNode): boolean {
  let hasContent = false;
  const children = parent.children;
  // A child may remove itself (and only itself): then the same index holds the next one.
  for (let i = 0; i < children.length; ) {
    const child = children[i];
    if (isText(child)) {
      hasContent ||= child.data !== '';
    } else if (!isTag(child)) {
      removeElement(child);
    } else if (CONTENT_VOIDS.has(child.name)) {
      hasContent = true;
    } else if (!SEPARATOR_VOIDS.has(child.name)) {
      const childHasContent = pruneChildren(child);
      if (childHasContent) hasContent = true;
      else if (!KEPT_WHEN_EMPTY.has(child.name)) removeElement(child);
    }
    if (children[i] === child) i++;
  }
  return hasContent;
}

function trimEdgeSeparators(root: ParentNode): void {
  while (isSeparator(root.children[0])) removeElement(root.children[0]);
  while (isSeparator(root.children[root.children.length - 1])) removeElement(root.children[root.children.length - 1]);
}

function isSeparator(node: ChildNode | undefined): boolean {
  return node !== undefined && isTag(node) && SEPARATOR_VOIDS.has(node.name);
}
