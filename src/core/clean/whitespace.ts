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
      let data = collapseWhitespace(node.data);
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

/**
 * `text.replace(/\s+/g, ' ')`, without the regular expression for most text nodes: about half are
 * one '\n' between tags, most others need no change (no whitespace but single spaces), which a scan
 * tells sooner than the regular expression.
 */
function collapseWhitespace(text: string): string {
  const n = text.length;
  if (n === 1) return isWhitespace(text.charCodeAt(0)) ? ' ' : text;
  let afterSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && (c < 0xa0 || (c > 0x3000 && c !== 0xfeff))) afterSpace = false; // (most characters: never whitespace)
    else if (c === 0x20 && !afterSpace) afterSpace = true;
    else if (isWhitespace(c)) return text.replace(WHITESPACE_RUN, ' ');
    else afterSpace = false;
  }
  return text;
}

function startsWithSpace(text: string): boolean {
  return text.charCodeAt(0) === 0x20;
}

function endsWithSpace(text: string): boolean {
  return text.charCodeAt(text.length - 1) === 0x20;
}

/** Whether a UTF-16 code unit is whitespace for `\s` and `String.prototype.trim` (WhiteSpace and LineTerminator). */
export function isWhitespace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
