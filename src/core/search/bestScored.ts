/**
 * The `limit` best verified documents of a query, in ranking order (score descending, then
 * newest first, unknown dates last, then id), kept in a bounded heap whose root is the worst
 * kept document: offering a document costs O(1) when it does not make the cut, O(log limit)
 * when it does. With `limit` = Infinity every offered document is kept.
 */
import type { StoredDocument } from './documentStore';
import type { Snippet } from './snippet';

/** A verified, scored document. */
export interface ScoredDocument {
  number: number;
  stored: StoredDocument;
  score: number;
  /** Its snippet, made once it is kept (see {@link BestScored.offer}). */
  snippet: Snippet | undefined;
}

/** Ranking order: negative when `a` ranks before `b`. */
export function compareScored(a: ScoredDocument, b: ScoredDocument): number {
  if (a.score !== b.score) return b.score - a.score;
  const aTime = Number.isNaN(a.stored.published) ? -Infinity : a.stored.published;
  const bTime = Number.isNaN(b.stored.published) ? -Infinity : b.stored.published;
  if (aTime !== bTime) return bTime - aTime;
  return a.stored.id < b.stored.id ? -1 : a.stored.id > b.stored.id ? 1 : 0;
}

export class BestScored {
  /** Max-heap by ranking position: `heap[0]` ranks last among the kept documents. */
  private readonly heap: ScoredDocument[] = [];

  constructor(private readonly limit: number) {}

  /** True once `limit` documents are kept. */
  get full(): boolean {
    return this.heap.length >= this.limit;
  }

  /** Score of the worst kept document (-Infinity while not full). */
  get thresholdScore(): number {
    return this.full ? this.heap[0].score : -Infinity;
  }

  /** Keeps `entry` if it ranks among the best `limit` so far; true when it was kept. */
  offer(entry: ScoredDocument): boolean {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(entry);
      this.siftUp(heap.length - 1);
      return true;
    }
    if (compareScored(entry, heap[0]) < 0) {
      heap[0] = entry;
      this.siftDown(0);
      return true;
    }
    return false;
  }

  /** The kept documents, best first. */
  ranked(): ScoredDocument[] {
    return [...this.heap].sort(compareScored);
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    const item = heap[start];
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (compareScored(heap[parent], item) >= 0) break;
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = item;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const item = heap[start];
    let at = start;
    for (;;) {
      let child = at * 2 + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && compareScored(heap[child + 1], heap[child]) > 0) child++;
      if (compareScored(heap[child], item) <= 0) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = item;
  }
}
