import { type ChildNode, Element, isTag, type ParentNode } from 'domhandler';
import { isBlankText, isBlockElement, setChildren } from './dom';

/** Blocks that may mix loose inline content with blocks; such mixed content is put into paragraphs. */
const MIXED_CONTENT_BLOCKS: ReadonlySet<string> = new Set(['li', 'dd', 'td', 'th', 'figure']);
/** Blocks that only hold other blocks (list items, rows, cells). */
const GROUPING_BLOCKS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * Gives a sanitized body paragraph structure: inline content lying in the root, a `<div>` or a
 * `<blockquote>` is gathered into `<p>`s, split where `<br><br>` separates text; a `<p>` holding
 * `<br><br>` becomes several; `<div>`s are replaced by their content. Single `<br>`s inside text stay.
 */
export function normaliseBlocks(root: ParentNode): void {
  setChildren(root, flowContent(root.children));
}

/** Blocks and loose inline runs → blocks only. */
function flowContent(nodes: readonly ChildNode[]): ChildNode[] {
  const blocks: ChildNode[] = [];
  let run: ChildNode[] = [];
  const flushRun = () => {
    blocks.push(...paragraphs(run));
    run = [];
  };
  for (const node of nodes) {
    if (!isBlockElement(node)) {
      run.push(node);
      continue;
    }
    flushRun();
    if (node.name === 'div') blocks.push(...flowContent(node.children));
    else if (node.name === 'p' && node.children.some(isBreak)) blocks.push(...paragraphs(node.children));
    else blocks.push(normaliseInside(node));
  }
  flushRun();
  return blocks;
}

/** Normalises the content of a block other than `<div>` and `<p>`. */
function normaliseInside(block: Element): Element {
  if (block.name === 'blockquote') setChildren(block, flowContent(block.children));
  else if (MIXED_CONTENT_BLOCKS.has(block.name) && block.children.some(isBlockElement)) setChildren(block, flowContent(block.children));
  else if (GROUPING_BLOCKS.has(block.name)) for (const child of block.children) if (isTag(child)) normaliseInside(child);
  return block;
}

/** Inline nodes → one `<p>` per stretch between `<br><br>`s (stretches with nothing in them are left out). */
function paragraphs(inline: readonly ChildNode[]): Element[] {
  return splitAtDoubleBreaks(inline).map((nodes) => {
    const p = new Element('p', {});
    setChildren(p, nodes);
    return p;
  });
}

function splitAtDoubleBreaks(nodes: readonly ChildNode[]): ChildNode[][] {
  const stretches: ChildNode[][] = [];
  let current: ChildNode[] = [];
  /** Index in `current` of a `<br>` followed so far only by blank text, or -1. */
  let pendingBreak = -1;
  for (const node of nodes) {
    if (isBreak(node)) {
      if (pendingBreak >= 0) {
        current.length = pendingBreak;
        stretches.push(current);
        current = [];
        pendingBreak = -1;
        continue;
      }
      pendingBreak = current.length;
    } else if (!isBlankText(node)) {
      pendingBreak = -1;
    }
    current.push(node);
  }
  stretches.push(current);
  return stretches.map(trimBreaks).filter((stretch) => stretch.length > 0);
}

/** Drops `<br>`s and blank text at both ends of a stretch. */
function trimBreaks(nodes: ChildNode[]): ChildNode[] {
  const isEdge = (node: ChildNode) => isBlankText(node) || isBreak(node);
  let start = 0;
  let end = nodes.length;
  while (start < end && isEdge(nodes[start])) start++;
  while (end > start && isEdge(nodes[end - 1])) end--;
  return nodes.slice(start, end);
}

function isBreak(node: ChildNode): boolean {
  return isTag(node) && node.name === 'br';
}
