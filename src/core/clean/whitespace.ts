import { type ChildNode, isTag, isText, type ParentNode, type Text } from 'domhandler';
import { removeElement } from 'domutils';
import { LINE_BREAK_TAGS } from './dom';

const WHITESPACE_RUN = /\s+/g;

/**
 * Collapses each run of whitespace in text to one space, across neighbouring text nodes too, trims
 * the start and end of every line (see `LINE_BREAK_TAGS`) and removes text nodes left empty.
 * Text inside `<pre>` is left as it is.
 */
export function normaliseWhitespace(root: ParentNode): void {
  const emptied: Text[] = [];
  /** The last text node with content on the current line. */
  let lastText: Text | undefined;
  let atLineStart = true;

  const endLine = () => {
    if (lastText && lastText.data.endsWith(' ')) {
      lastText.data = lastText.data.slice(0, -1);
      if (!lastText.data) emptied.push(lastText);
    }
    lastText = undefined;
    atLineStart = true;
  };

  const visit = (node: ChildNode, inPre: boolean): void => {
    if (isText(node)) {
      if (inPre) {
        lastText = undefined;
        atLineStart = atLineStart && node.data === '';
        return;
      }
      let data = node.data.replace(WHITESPACE_RUN, ' ');
      if (data.startsWith(' ') && (atLineStart || lastText?.data.endsWith(' '))) data = data.slice(1);
      node.data = data;
      if (data) {
        lastText = node;
        atLineStart = false;
      } else {
        emptied.push(node);
      }
      return;
    }
    if (!isTag(node)) return;
    const breaksLine = LINE_BREAK_TAGS.has(node.name);
    if (breaksLine) endLine();
    const pre = inPre || node.name === 'pre';
    for (const child of node.children) visit(child, pre);
    if (breaksLine) endLine();
  };

  for (const child of root.children) visit(child, false);
  endLine();
  for (const text of emptied) removeElement(text);
}
