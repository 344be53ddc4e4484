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
