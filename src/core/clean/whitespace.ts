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
  const walk = new WhitespaceWalk();
  for (const child of root.children) walk.visit(child, false);
  walk.endLine();
  for (const text of walk.emptied) removeElement(text);
}

/** The walk of `normaliseWhitespace` (a class rather than closures: it runs for every article). */
class WhitespaceWalk {
  readonly emptied: Text[] = [];
  /** The last text node with content on the current line. */
  private lastText: Text | undefined;
  private atLineStart = true;

  endLine(): void {
    const lastText = this.lastText;
    if (lastText && endsWithSpace(lastText.data)) {
      lastText.data = lastText.data.slice(0, -1);
      if (!lastText.data) this.emptied.push(lastText);
    }
    this.lastText = undefined;
    this.atLineStart = true;
  }

  visit(node: ChildNode, inPre: boolean): void {
    if (isText(node)) {
      if (inPre) {
        this.lastText = undefined;
        this.atLineStart = this.atLineStart && node.data === '';
        return;
      }
      let data = node.data.replace(WHITESPACE_RUN, ' ');
      if (startsWithSpace(data) && (this.atLineStart || (this.lastText !== undefined && endsWithSpace(this.lastText.data)))) data = data.slice(1);
      node.data = data;
      if (data) {
        this.lastText = node;
        this.atLineStart = false;
      } else {
        this.emptied.push(node);
      }
      return;
    }
    if (!isTag(node)) return;
    const breaksLine = LINE_BREAK_TAGS.has(node.name);
    if (breaksLine) this.endLine();
    const pre = inPre || node.name === 'pre';
    for (const child of node.children) this.visit(child, pre);
    if (breaksLine) this.endLine();
  }
}

function startsWithSpace(text: string): boolean {
  return text.charCodeAt(0) === 0x20;
}

function endsWithSpace(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x20;
}
