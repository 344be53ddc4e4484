/** Chooses non-overlapping spans among candidates: longest first, then by source precedence, then leftmost. */

import { SOURCE_RANK, type BlockSpans, type Candidate } from './candidate';
import { scratchBytes, scratchFloats, scratchInts } from './scratch';

/**
 * Drops pattern names that only add a character or two to a known name (库列巴依 around 库列巴, 理帕希尼扬 around
 * 帕希尼扬): the knowledge form is the better-bounded reading.
 */
export function dropPatternsWrappingKnownNames(names: readonly Candidate[], textLength: number): Candidate[] {
  // Per offset, a bit for the length of each known person name starting (ending) there: a pattern name of length n is
  // dropped when a known one of length n - 1 or n - 2 shares its start or its end.
  const startingHere = scratchInts(2, textLength + 1, 0);
  const endingHere = scratchInts(3, textLength + 1, 0);
  let anyKnown = false;
  for (const candidate of names) {
    const length = candidate.end - candidate.start;
    if (candidate.source !== 'known' || candidate.type !== 'person' || length > 30) continue;
    startingHere[candidate.start]! |= 1 << length;
    endingHere[candidate.end]! |= 1 << length;
    anyKnown = true;
  }
  if (!anyKnown) return names as Candidate[];
  return names.filter((candidate) => {
    if (candidate.source === 'known' || candidate.type !== 'person') return true;
    const length = candidate.end - candidate.start;
    const shorter = length <= 32 ? (((1 << (length - 1)) | (1 << (length - 2))) & 0x7fffffff) >>> 0 : 0;
    return ((startingHere[candidate.start]! | endingHere[candidate.end]!) & shorter & ~1) === 0;
  });
}

/**
 * Non-overlapping choice among name candidates and blocker spans: the chosen names sorted by start, then the chosen
 * blockers that overlap some name candidate (callers drop them after marking their text as taken). Blockers that
 * overlap no name cannot change the choice: they are flagged in `blocks.idle` and count as chosen.
 */
export function resolveOverlaps(names: readonly Candidate[], blocks: BlockSpans, textLength: number): Candidate[] {
  const relevant = withRelevantBlocks(names, blocks, textLength);
  const ordered = byPrecedence(relevant, textLength);
  const taken = scratchBytes(2, textLength + 1);
  const chosenNames: Candidate[] = [];
  const chosenBlocks: Candidate[] = [];
  for (const candidate of ordered) {
    let free = true;
    for (let i = candidate.start; i < candidate.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    for (let i = candidate.start; i < candidate.end; i++) taken[i] = 1;
    if (candidate.type === 'block') chosenBlocks.push(candidate);
    else chosenNames.push(candidate);
  }
  const chosen = byStart(chosenNames, textLength);
  for (const blocker of chosenBlocks) chosen.push(blocker);
  return chosen;
}

/**
 * Candidates that can matter for the choice: every name candidate, and (as candidate objects) the blockers that
 * overlap at least one of them. The others are flagged idle.
 */
function withRelevantBlocks(names: readonly Candidate[], blocks: BlockSpans, textLength: number): Candidate[] {
  // Offsets covered by some name (spans have start <= end), marked span by span: work in the names' length, not the text's.
  const nameCover = scratchBytes(3, textLength + 1);
  for (const candidate of names) for (let i = candidate.start; i < candidate.end; i++) nameCover[i] = 1;
  const relevant = names.slice();
  const { starts, ends, idle } = blocks;
  for (let b = 0; b < blocks.length; b++) {
    const start = starts[b]!;
    const end = ends[b]!;
    let overlaps = false;
    for (let i = start; i < end; i++) if (nameCover[i] === 1) { overlaps = true; break; }
    idle[b] = overlaps ? 0 : 1;
    if (overlaps) relevant.push({ start, end, type: 'block', source: 'block' });
  }
  return relevant;
}

/**
 * `candidates` longest first, then by source precedence, then leftmost, ties in input order: one numeric sort of
 * packed keys instead of a comparator sort (same order as the stable comparator sort it replaces).
 */
function byPrecedence(candidates: readonly Candidate[], textLength: number): Candidate[] {
  const count = candidates.length;
  let longest = 0;
  for (const candidate of candidates) longest = Math.max(longest, candidate.end - candidate.start);
  const positions = textLength + 1;
  if ((longest * 4 + 4) * positions * count >= Number.MAX_SAFE_INTEGER) {
    return [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start);
  }
  const keys = scratchFloats(0, count);
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i]!;
    const key = ((longest - (candidate.end - candidate.start)) * 4 + SOURCE_RANK[candidate.source]) * positions + candidate.start;
    keys[i] = key * count + i;
  }
  keys.sort();
  const ordered: Candidate[] = new Array<Candidate>(count);
  for (let i = 0; i < count; i++) ordered[i] = candidates[keys[i]! % count]!;
  return ordered;
}

/** Non-overlapping names sorted by start (their starts are distinct). */
function byStart(names: readonly Candidate[], textLength: number): Candidate[] {
  const count = names.length;
  if (count < 2) return [...names];
  const keys = scratchFloats(1, count);
  for (let i = 0; i < count; i++) keys[i] = names[i]!.start * count + i;
  if ((textLength + 1) * count >= Number.MAX_SAFE_INTEGER) return [...names].sort((a, b) => a.start - b.start);
  keys.sort();
  const sorted: Candidate[] = new Array<Candidate>(count);
  for (let i = 0; i < count; i++) sorted[i] = names[keys[i]! % count]!;
  return sorted;
}
