/** Chooses non-overlapping spans among candidates: longest first, then by source precedence, then leftmost. */

import { SOURCE_RANK, type Candidate } from './candidate';
import { scratchBytes, scratchInts } from './scratch';

/**
 * Drops pattern names that only add a character or two to a known name (库列巴依 around 库列巴, 理帕希尼扬 around
 * 帕希尼扬): the knowledge form is the better-bounded reading.
 */
export function dropPatternsWrappingKnownNames(candidates: readonly Candidate[]): Candidate[] {
  const knownStarts = new Map<number, number[]>();
  const knownEnds = new Map<number, number[]>();
  for (const candidate of candidates) {
    if (candidate.source !== 'known' || candidate.type !== 'person') continue;
    (knownStarts.get(candidate.start) ?? knownStarts.set(candidate.start, []).get(candidate.start)!).push(candidate.end);
    (knownEnds.get(candidate.end) ?? knownEnds.set(candidate.end, []).get(candidate.end)!).push(candidate.start);
  }
  return candidates.filter((candidate) => {
    if (candidate.source === 'known' || candidate.type !== 'person') return true;
    const sameStart = knownStarts.get(candidate.start)?.some((end) => end < candidate.end && candidate.end - end <= 2);
    const sameEnd = knownEnds.get(candidate.end)?.some((start) => start > candidate.start && start - candidate.start <= 2);
    return !sameStart && !sameEnd;
  });
}

/** Non-overlapping subset of `candidates`, sorted by start. Blocker spans are kept in the result (callers drop them). */
export function resolveOverlaps(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const { relevant, idleBlockers } = splitByRelevance(candidates, textLength);
  const ordered = relevant.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  const taken = scratchBytes(2, textLength + 1);
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    for (let i = candidate.start; i < candidate.end; i++) taken[i] = 1;
    chosen.push(candidate);
  }
  for (const blocker of idleBlockers) chosen.push(blocker);
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Candidates that can matter for the choice: every name candidate, and blockers that overlap at least one of them
 * (a place or title touching no name cannot change which names win). Keeps the sort small; idle blockers are
 * returned as chosen anyway, since they still mark text that later passes must leave alone.
 */
function splitByRelevance(candidates: readonly Candidate[], textLength: number): { relevant: Candidate[]; idleBlockers: Candidate[] } {
  const nameCover = scratchInts(1, textLength + 2, 0);
  for (const candidate of candidates) {
    if (candidate.type === 'block') continue;
    nameCover[candidate.start]!++;
    nameCover[candidate.end]!--;
  }
  for (let i = 1; i <= textLength; i++) nameCover[i]! += nameCover[i - 1]!;
  const relevant: Candidate[] = [];
  const idleBlockers: Candidate[] = [];
  for (const candidate of candidates) {
    if (candidate.type !== 'block' || overlapsCover(nameCover, candidate)) relevant.push(candidate);
    else idleBlockers.push(candidate);
  }
  return { relevant, idleBlockers };
}

function overlapsCover(cover: Int32Array, candidate: Candidate): boolean {
  for (let i = candidate.start; i < candidate.end; i++) if (cover[i]! > 0) return true;
  return false;
}
