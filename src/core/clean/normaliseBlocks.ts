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
 * (Written without closures or intermediate arrays where it can be: it runs for every article indexed.)
 */
export function normaliseBlocks(root: ParentNode): void {
  const blocks: ChildNode[] = [];
  flowContent(root.children, blocks);
  setChildren(root, blocks);
}

/** Blocks and loose inline runs → blocks only, appended to `blocks`. */
function flowContent(nodes: readonly ChildNode[], blocks: ChildNode[]): void {
  let runStart = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!isBlockElement(node)) continue;
    paragraphs(nodes, runStart, i, blocks);
    runStart = i + 1;
    if (node.name === 'div') flowContent(node.children, blocks);
    else if (node.name === 'p' && hasBreak(node.children)) paragraphs(node.children, 0, node.children.length, blocks);
    else blocks.push(normaliseInside(node));
  }
  paragraphs(nodes, runStart, nodes.length, blocks);
}

/** Normalises the content of a block other than `<div>` and `<p>`. */
function normaliseInside(block: Element): Element {
  if (block.name === 'blockquote' || (MIXED_CONTENT_BLOCKS.has(block.name) && hasBlock(block.children))) {
    const blocks: ChildNode[] = [];
    flowContent(block.children, blocks);
    setChildren(block, blocks);
  } else if (GROUPING_BLOCKS.has(block.name)) {
    for (const child of block.children) if (isTag(child)) normaliseInside(child);
  }
  return block;
}

/**
 * Inline nodes `nodes[from..to)` → one `<p>` per stretch between `<br><br>`s, appended to `blocks`
 * (stretches left empty once `<br>`s and blank text at both ends are dropped are left out).
 */
function paragraphs(nodes: readonly ChildNode[], from: number, to: number, blocks: ChildNode[]): void {
  let start = from;
  /** Index of a `<br>` followed so far only by blank text, or -1. */
  let pendingBreak = -1;
  for (let i = from; i < to; i++) {
    const node = nodes[i];
    if (isBreak(node)) {
      if (pendingBreak >= 0) {
        paragraph(nodes, start, pendingBreak, blocks);
        start = i + 1;
        pendingBreak = -1;
        continue;
      }
      pendingBreak = i;
    } else if (!isBlankText(node)) {
      pendingBreak = -1;
    }
  }
  paragraph(nodes, start, to, blocks);
}

/** A `<p>` of `nodes[from..to)` without `<br>`s and blank text at both ends, if anything is left. */
function paragraph(nodes: readonly ChildNode[], from: number, to: number, blocks: ChildNode[]): void {
  while (from < to && isEdge(nodes[from])) from++;
  while (to > from && isEdge(nodes[to - 1])) to--;
  if (from === to) return;
  const p = new Element('p', {});
  setChildren(p, nodes.slice(from, to));
  blocks.push(p);
}

function isEdge(node: ChildNode): boolean {
  return isBreak(node) || isBlankText(node);
}

function isBreak(node: ChildNode): boolean {
  return isTag(node) && node.name === 'br';
}

function hasBreak(nodes: readonly ChildNode[]): boolean {
  for (const node of nodes) if (isBreak(node)) return true;
  return false;
}

function hasBlock(nodes: readonly ChildNode[]): boolean {
  for (const node of nodes) if (isBlockElement(node)) return true;
  return false;
}
