import { type ChildNode, Element, Text } from 'domhandler';
import { parseHtml, serializeHtml, setChildren } from '../clean/dom';
import { extractText, type TextSegment } from '../clean/text';

/** What a mark stands for: an entity (drawn outside) or a search hit (drawn inside). */
export type MarkKind = 'person' | 'org' | 'hit';

/** A range [start, end) of an article's text (see `clean/text.ts`) to draw as an entity or a hit. */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Extra attributes on each wrapper: only `data-*`, `aria-*`, `role` and `tabindex` are used. */
  attrs?: Record<string, string>;
}

const ALLOWED_ATTRIBUTE_NAME = /^(?:data-[a-z0-9][a-z0-9._-]*|aria-[a-z]+|role|tabindex)$/;

/**
 * Clean article HTML with each mark wrapped: `<span class="nc-entity nc-person|nc-org">` for
 * entities, `<mark class="nc-hit">` for hits. A mark crossing text nodes gets one wrapper per node
 * (same attributes); overlapping marks nest (entities outside, hits inside; earlier and longer
 * outside), split where needed so the output is always well-formed. Out-of-range or empty marks are ignored.
 */
export function renderArticleBody(cleanHtml: string, marks: readonly Mark[]): string {
  const doc = parseHtml(cleanHtml);
  const { text, segments } = extractText(doc);
  const usable = marks
    .map((mark) => ({ ...mark, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }))
    .filter((mark) => Number.isFinite(mark.start) && Number.isFinite(mark.end) && mark.start < mark.end)
    .sort(nestingOrder);
  if (usable.length === 0) return serializeHtml(doc);
  for (const [segment, segmentMarks] of marksBySegment(segments, usable)) wrapSegment(segment, segmentMarks);
  return serializeHtml(doc);
}

/** Outer before inner: entities before hits, then earlier start, then longer. */
function nestingOrder(a: Mark, b: Mark): number {
  return kindRank(a) - kindRank(b) || a.start - b.start || b.end - a.end;
}

function kindRank(mark: Mark): number {
  return mark.kind === 'hit' ? 1 : 0;
}

/** The marks touching each text node, each list in nesting order. */
function marksBySegment(segments: readonly TextSegment[], marks: readonly Mark[]): Map<TextSegment, Mark[]> {
  const bySegment = new Map<TextSegment, Mark[]>();
  for (const mark of marks) {
    for (let i = firstSegmentEndingAfter(segments, mark.start); i < segments.length && segments[i].start < mark.end; i++) {
      const list = bySegment.get(segments[i]);
      if (list) list.push(mark);
      else bySegment.set(segments[i], [mark]);
    }
  }
  return bySegment;
}

function firstSegmentEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid].start + segments[mid].node.data.length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Replaces a text node by text and wrappers, keeping a stack of open wrappers across its pieces. */
function wrapSegment(segment: TextSegment, marks: readonly Mark[]): void {
  const { node, start } = segment;
  const data = node.data;
  const cuts = new Set([0, data.length]);
  for (const mark of marks) {
    cuts.add(Math.min(Math.max(mark.start - start, 0), data.length));
    cuts.add(Math.min(Math.max(mark.end - start, 0), data.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const top: ChildNode[] = [];
  const open: { mark: Mark; element: Element }[] = [];
  const childrenOf = (depth: number) => (depth === 0 ? top : open[depth - 1].element.children);

  for (let p = 0; p + 1 < points.length; p++) {
    const from = start + points[p];
    const to = start + points[p + 1];
    const active = marks.filter((mark) => mark.start <= from && mark.end >= to);
    let kept = 0;
    while (kept < open.length && kept < active.length && open[kept].mark === active[kept]) kept++;
    open.length = kept;
    for (let depth = kept; depth < active.length; depth++) {
      const element = wrapperFor(active[depth]);
      childrenOf(depth).push(element);
      open.push({ mark: active[depth], element });
    }
    childrenOf(open.length).push(new Text(data.slice(points[p], points[p + 1])));
  }
  fixLinks(top);
  replaceNode(node, top);
}

function wrapperFor(mark: Mark): Element {
  const attribs: Record<string, string> = {};
  for (const [name, value] of Object.entries(mark.attrs ?? {})) {
    const lower = name.toLowerCase();
    if (ALLOWED_ATTRIBUTE_NAME.test(lower)) attribs[lower] = String(value);
  }
  if (mark.kind === 'hit') return new Element('mark', { ...attribs, class: 'nc-hit' });
  return new Element('span', { ...attribs, class: `nc-entity nc-${mark.kind}` });
}

/** Sets parent and sibling links inside freshly built wrappers. */
function fixLinks(nodes: ChildNode[]): void {
  for (const node of nodes) {
    if (node instanceof Element) {
      setChildren(node, node.children);
      fixLinks(node.children);
    }
  }
}

function replaceNode(node: ChildNode, replacement: ChildNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = parent.children;
  const index = siblings.indexOf(node);
  setChildren(parent, [...siblings.slice(0, index), ...replacement, ...siblings.slice(index + 1)]);
}
