import { type ChildNode, Document, Element, type ParentNode, Text } from 'domhandler';
import sanitizeHtml, { type IFrame, type Transformer } from 'sanitize-html';
// The very parser sanitize-html runs (its own htmlparser2, older than the core's), so that the same input
// gives the same tags, attributes and text here as there (`cleanerProperties.test.ts` checks it is the one).
import { Parser } from 'sanitize-html/node_modules/htmlparser2';
import { SANITIZE_OPTIONS } from './allowlist';

/**
 * The DOM that `parseHtml(sanitizeHtml(html, SANITIZE_OPTIONS))` gives, built without writing or
 * re-parsing HTML, for when only the text of the clean body is needed (indexing). Elements carry no
 * attributes; everything else (element names, nesting, text nodes) is what the real pair gives.
 *
 * Two steps, each the mirror of one of that pair:
 * 1. sanitize-html's handler, for `SANITIZE_OPTIONS` (discard mode, the same transforms and filter,
 *    the same nesting limit), over the same parser: what it would write, as a list of tokens.
 * 2. The core parser's tree building (htmlparser2 12 + domhandler) over those tokens: which open tag
 *    implicitly closes which, void elements, end tags without a start tag.
 * Nothing here runs or loads anything; text is only ever data.
 *
 * INVARIANT (tested over the shared corpus, the hostile fixtures and fuzzed HTML):
 * `extractText` of this DOM after the cleaner's tidying equals the text `cleanArticleHtml` gives.
 * A change to `SANITIZE_OPTIONS` (its transforms and filter included), to sanitize-html or to either
 * htmlparser2 must keep those tests passing; options this mirror does not follow are refused below.
 */
export function sanitizedDom(untrustedHtml: string): Document {
  const tokens = new SanitizedTokens();
  const htmlParser = new Parser(tokens, { decodeEntities: true }); // sanitize-html's parser options
  htmlParser.write(untrustedHtml);
  htmlParser.end();
  return buildTree(tokens.kinds, tokens.values);
}

const OPEN = 0;
const TEXT = 1;
const CLOSE = 2;
type TokenKind = typeof OPEN | typeof TEXT | typeof CLOSE;

const {
  allowedTags, nonTextTags, nestingLimit, transformTags, exclusiveFilter, disallowedTagsMode, enforceHtmlBoundary, textFilter, onOpenTag, selfClosing, parser,
} = SANITIZE_OPTIONS;
if (
  !Array.isArray(allowedTags) || !Array.isArray(nonTextTags) || disallowedTagsMode !== 'discard' || enforceHtmlBoundary || textFilter || onOpenTag ||
  selfClosing || parser || Object.keys(transformTags ?? {}).join() !== 'video,*'
) {
  throw new Error('sanitizedDom mirrors sanitize-html in discard mode, with a transform for video and one for all, and no other hooks');
}
const transformVideo = transformer(transformTags?.video);
const transformAll = transformer(transformTags?.['*']);
const ALLOWED: ReadonlySet<string> = new Set(allowedTags);
const NON_TEXT: ReadonlySet<string> = new Set(nonTextTags);
const NESTING_LIMIT = nestingLimit ?? Infinity;
/** Written `<img />` and never closed (sanitize-html's default list). */
const SELF_CLOSING: ReadonlySet<string> = new Set(sanitizeHtml.defaults.selfClosing);

/** One element sanitize-html is inside of (its `Frame`, as far as this output needs). */
interface Frame {
  tag: string;
  attribs: Record<string, string>;
  /** Index in the token list of its start tag. */
  tagPosition: number;
  innerText: string | undefined;
}

/**
 * The parser handler of sanitize-html 2.17 (`onopentag`, `ontext`, `onclosetag`), for
 * `SANITIZE_OPTIONS`, writing tokens where it writes strings. Kept line for line close to the original
 * so the two can be compared.
 */
class SanitizedTokens {
  readonly kinds: TokenKind[] = [];
  readonly values: string[] = [];
  private depth = 0;
  private readonly stack: Frame[] = [];
  private readonly skipMap: Record<number, boolean> = {};
  private readonly transformMap: Record<number, string> = {};
  private skipText = false;
  private skipTextDepth = 0;

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.skipText) {
      this.skipTextDepth++;
      return;
    }
    const frame: Frame = { tag: name, attribs, tagPosition: this.kinds.length, innerText: undefined };
    this.stack.push(frame);
    let skip = false;
    if (name === 'video') {
      const transformed = transformVideo(name, attribs);
      frame.attribs = attribs = transformed.attribs;
      if (transformed.text !== undefined) frame.innerText = transformed.text;
      if (name !== transformed.tagName) {
        name = transformed.tagName;
        this.transformMap[this.depth] = transformed.tagName;
      }
    }
    const transformed = transformAll(name, attribs);
    frame.attribs = attribs = transformed.attribs;
    if (name !== transformed.tagName) {
      name = transformed.tagName;
      this.transformMap[this.depth] = transformed.tagName;
    }
    if (!ALLOWED.has(name) || this.depth >= NESTING_LIMIT) {
      skip = true;
      this.skipMap[this.depth] = true;
      if (NON_TEXT.has(name)) {
        this.skipText = true;
        this.skipTextDepth = 1;
      }
    }
    this.depth++;
    if (skip) return; // (`frame.innerText` is never a non-empty string here, so no text is written)
    this.kinds.push(OPEN);
    this.values.push(name);
  }

  ontext(text: string): void {
    if (this.skipText) return;
    const lastFrame = this.stack[this.stack.length - 1];
    if (lastFrame && lastFrame.innerText !== undefined) text = lastFrame.innerText;
    if (text === '') return;
    this.kinds.push(TEXT);
    this.values.push(text);
  }

  onclosetag(name: string): void {
    if (this.skipText) {
      this.skipTextDepth--;
      if (!this.skipTextDepth) this.skipText = false;
      else return;
    }
    const frame = this.stack.pop();
    if (!frame) return;
    if (frame.tag !== name) {
      this.stack.push(frame);
      return;
    }
    this.skipText = false;
    this.depth--;
    if (this.skipMap[this.depth]) {
      delete this.skipMap[this.depth];
      return;
    }
    if (this.transformMap[this.depth]) {
      name = this.transformMap[this.depth];
      delete this.transformMap[this.depth];
    }
    const filterResult = exclusiveFilter?.(frame as unknown as IFrame);
    if (filterResult === 'excludeTag') {
      this.kinds.splice(frame.tagPosition, 1);
      this.values.splice(frame.tagPosition, 1);
      return;
    } else if (filterResult) {
      this.kinds.length = frame.tagPosition;
      this.values.length = frame.tagPosition;
      return;
    }
    if (SELF_CLOSING.has(name)) return;
    this.kinds.push(CLOSE);
    this.values.push(name);
  }
}

/** htmlparser2 12's `openImpliesClose`, for the elements sanitized HTML can hold (see `ALLOWED_TAGS`). */
const P_ONLY: ReadonlySet<string> = new Set(['p']);
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P_ONLY],
  ['h1', HEADINGS],
  ['h2', HEADINGS],
  ['h3', HEADINGS],
  ['h4', HEADINGS],
  ['h5', HEADINGS],
  ['h6', HEADINGS],
  ['blockquote', P_ONLY],
  ['div', P_ONLY],
  ['figcaption', P_ONLY],
  ['figure', P_ONLY],
  ['hr', P_ONLY],
  ['ol', P_ONLY],
  ['pre', P_ONLY],
  ['table', P_ONLY],
  ['ul', P_ONLY],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
/** htmlparser2 12's void elements among those sanitized HTML can hold. */
const VOID: ReadonlySet<string> = new Set(['br', 'hr', 'img']);
/** The elements the two tables above were written for: an element allowed later needs them checked again. */
const CHECKED_TAGS: ReadonlySet<string> = new Set([
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote', 'q', 'ul', 'ol', 'li', 'a', 'img',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'br', 'hr', 'pre', 'code', 'small', 'span', 'div',
]);
for (const tag of ALLOWED) {
  if (!CHECKED_TAGS.has(tag)) throw new Error(`sanitizedDom: check htmlparser2's implied ends and void elements for <${tag}>`);
}

/** The tokens sanitize-html would write, parsed as htmlparser2 12 + domhandler parse that HTML. */
function buildTree(kinds: readonly TokenKind[], values: readonly string[]): Document {
  const doc = new Document([]);
  /** Open elements, innermost last (the parser's stack, reversed). */
  const open: Element[] = [];
  let parent: ParentNode = doc;
  /** The text node just written, while nothing else has been. */
  let lastText: Text | null = null;
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const value = values[i];
    if (kind === TEXT) {
      if (lastText) lastText.data += value;
      else append(parent, (lastText = new Text(value)));
      continue;
    }
    if (kind === OPEN) {
      lastText = null;
      const closes = OPEN_IMPLIES_CLOSE.get(value);
      if (closes) while (open.length > 0 && closes.has(open[open.length - 1].name)) open.pop();
      parent = open.length > 0 ? open[open.length - 1] : doc;
      const element = new Element(value, {});
      append(parent, element);
      if (!VOID.has(value)) {
        open.push(element);
        parent = element;
      }
      continue;
    }
    // An end tag: closes the innermost open element of its name and all inside it; `</p>` with no
    // open `<p>` is an empty paragraph, and other end tags without a start tag are ignored (text
    // before and after them is then one text node).
    let pos = open.length - 1;
    while (pos >= 0 && open[pos].name !== value) pos--;
    if (pos >= 0) {
      lastText = null;
      open.length = pos;
      parent = pos > 0 ? open[pos - 1] : doc;
    } else if (value === 'p') {
      lastText = null;
      const closes = OPEN_IMPLIES_CLOSE.get('p') as ReadonlySet<string>;
      while (open.length > 0 && closes.has(open[open.length - 1].name)) open.pop();
      parent = open.length > 0 ? open[open.length - 1] : doc;
      append(parent, new Element('p', {}));
    }
  }
  return doc;
}

function append(parent: ParentNode, node: ChildNode): void {
  const siblings = parent.children;
  const previous = siblings.length > 0 ? siblings[siblings.length - 1] : null;
  node.parent = parent;
  node.prev = previous;
  if (previous) previous.next = node;
  siblings.push(node);
}

function transformer(transform: string | Transformer | undefined): Transformer {
  if (typeof transform !== 'function') throw new Error('sanitizedDom mirrors transform functions only');
  return transform;
}
