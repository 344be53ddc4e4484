/** Spans proposed by the individual recognisers before overlaps are resolved. */

import type { EntityType } from '../types';

/** Where a candidate came from; decides precedence among spans of equal length. */
export type CandidateSource = 'known' | 'pattern' | 'chinese' | 'block';

/** A proposed span. `block` spans (places, job titles) win space in the text but produce no mention. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType | 'block';
  source: CandidateSource;
}

/** Precedence for equal-length overlapping spans: knowledge, then blockers (places, titles), then patterns. */
export const SOURCE_RANK: Record<CandidateSource, number> = { known: 0, block: 1, pattern: 2, chinese: 3 };

/**
 * Blocker spans (places, job titles) in flat arrays, reused between documents: most never touch a name, so they are
 * kept out of the candidate objects. `idle` marks those that overlap no name candidate (set by `resolveOverlaps`).
 */
export class BlockSpans {
  starts: Int32Array = new Int32Array(256);
  ends: Int32Array = new Int32Array(256);
  idle: Uint8Array = new Uint8Array(256);
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const size = this.length * 2;
      const starts = new Int32Array(size);
      starts.set(this.starts);
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
      this.idle = new Uint8Array(size);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}
