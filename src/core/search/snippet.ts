/**
 * Best-window snippets: about {@link SNIPPET_LENGTH} characters of the original text around
 * the window that covers the most distinct query terms (then the most hits), with `…` where
 * the text was cut, line breaks shown as spaces, and highlight ranges relative to the snippet.
 */

import type { FoldedText } from './foldedText';

/** A hit inside the text: offsets in the original text, and which query term it is. */
export interface TermRange {
  start: number;
  end: number;
  term: number;
}

/**
 * Hits as (start, end, term) triples in one reusable buffer, sorted by start: the first hits of
 * each term of a hundred results are many small objects otherwise.
 */
export class HitList {
  private data = new Int32Array(3 * 64);
  /** Number of hits. */
  count = 0;

  /** Empties the list (keeping its buffer). */
  clear(): this {
    this.count = 0;
    return this;
  }

  push(start: number, end: number, term: number): void {
    if (this.data.length < 3 * (this.count + 1)) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = 3 * this.count++;
    this.data[at] = start;
    this.data[at + 1] = end;
    this.data[at + 2] = term;
  }

  start(hit: number): number {
    return this.data[3 * hit];
  }

  end(hit: number): number {
    return this.data[3 * hit + 1];
  }

  term(hit: number): number {
    return this.data[3 * hit + 2];
  }
}

/** A short excerpt with highlighted ranges `[start, end)` in `text`. */
export interface Snippet {
  text: string;
  highlights: Array<[number, number]>;
}

/** The hits of a text looked up by window (for {@link buildSnippet}). */
export interface WindowLookup {
  /** The ranges that overlap `[start, end)`, sorted by start, then end. */
  rangesIn(start: number, end: number): readonly TermRange[];
  /** Sets `counts` to the number of distinct terms, and of ranges, lying within `[start, end)`. */
  countWithin(start: number, end: number, counts: { terms: number; hits: number }): void;
}

export const SNIPPET_LENGTH = 100;
const LEAD = 24;

/**
 * Builds a snippet of the text whose slices `slice(start, end)` returns, given its length and
 * hits sorted by start. Without `highlightsIn`, `hits` are all the hits: the window is the best
 * of them and the highlights are those in it. With it, `hits` may be only some (e.g. the first
 * few of each term): with hits of several terms, each window starting at one of them is scored
 * by the hits `highlightsIn(start, end)` finds there (with one term, the densest window of
 * `hits` is taken); the highlights are those `highlightsIn` finds in the window. `highlightsIn`
 * is a function giving the ranges that overlap a window, or a {@link WindowLookup}. Without hits,
 * the snippet is the start of the text.
 */
export function buildSnippet(
  slice: (start: number, end: number) => string,
  textLength: number,
  hits: HitList,
  length = SNIPPET_LENGTH,
  highlightsIn?: ((start: number, end: number) => readonly TermRange[]) | WindowLookup,
): Snippet {
  const lookup = typeof highlightsIn === 'function' ? lookupOf(highlightsIn) : highlightsIn;
  let windowStart = 0;
  if (hits.count > 0) {
    // One term: the densest window among the given hits. Several: windows scored by lookup.
    let oneTerm = true;
    for (let i = 1; i < hits.count && oneTerm; i++) oneTerm = hits.term(i) === hits.term(0);
    const best = lookup && !oneTerm ? bestWindowByLookup(hits, length, lookup) : bestWindow(hits, length);
    windowStart = Math.max(0, Math.min(hits.start(best) - LEAD, textLength - length));
  }
  let windowEnd = Math.min(textLength, windowStart + length);
  let body = slice(windowStart, windowEnd);
  // Do not cut a surrogate pair in half.
  if (windowStart > 0 && isSurrogate(body.charCodeAt(0), 0xdc00)) {
    windowStart++;
    body = body.slice(1);
  }
  if (windowEnd < textLength && isSurrogate(body.charCodeAt(body.length - 1), 0xd800)) {
    windowEnd--;
    body = body.slice(0, -1);
  }
  if (body.includes('\n') || body.includes('\r')) body = body.replace(/[\r\n]/g, ' ');
  const prefix = windowStart > 0 ? '…' : '';
  const suffix = windowEnd < textLength ? '…' : '';
  const highlights: Array<[number, number]> = [];
  const ranges = lookup ? lookup.rangesIn(windowStart, windowEnd) : undefined;
  const count = ranges ? ranges.length : hits.count;
  for (let hit = 0; hit < count; hit++) {
    const start = Math.max(ranges ? ranges[hit].start : hits.start(hit), windowStart);
    const end = Math.min(ranges ? ranges[hit].end : hits.end(hit), windowEnd);
    if (start < end) highlights.push([start - windowStart + prefix.length, end - windowStart + prefix.length]);
  }
  return { text: prefix + body + suffix, highlights };
}

/** Longest slice {@link originalWindow} makes in its reused buffer. */
const MAX_WINDOW_UNITS = 1024;
/** Reused UTF-16 code units for {@link originalWindow}, as bytes and as units. */
const windowBytes = Buffer.alloc(2 * MAX_WINDOW_UNITS);
const windowUnits = new Uint16Array(windowBytes.buffer, windowBytes.byteOffset, MAX_WINDOW_UNITS);

/**
 * `text.originalSlice(start, end)` with line breaks as spaces (as {@link buildSnippet} shows
 * them), made in one go: the folded slice copied to a buffer, the differing units put back, and
 * the buffer read as a string (code units as they are, lone surrogates included). Joining the
 * runs between differences makes a few short strings per difference, and snippets are made by
 * the hundred.
 */
export function originalWindow(text: FoldedText, start: number, end: number): string {
  const length = end - start;
  if (length > MAX_WINDOW_UNITS) {
    const slice = text.originalSlice(start, end);
    return slice.includes('\n') || slice.includes('\r') ? slice.replace(/[\r\n]/g, ' ') : slice;
  }
  const differences = text.differenceList;
  windowBytes.write(text.folded.slice(start, end), 0, 2 * length, 'utf16le');
  const units = windowUnits;
  for (let pair = firstPairFrom(differences, start); pair < differences.length && differences[pair] < end; pair += 2) {
    units[differences[pair] - start] = differences[pair + 1];
  }
  for (let at = 0; at < length; at++) {
    const unit = units[at];
    if (unit === 0x0a || unit === 0x0d) units[at] = 0x20;
  }
  return windowBytes.toString('utf16le', 0, 2 * length);
}

/** Index (even) of the first (offset, unit) pair whose offset is at least `offset`. */
function firstPairFrom(pairs: Uint32Array, offset: number): number {
  let low = 0;
  let high = pairs.length >> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pairs[middle * 2] < offset) low = middle + 1;
    else high = middle;
  }
  return low * 2;
}

/** Reused per-term counts of {@link bestWindow}. */
let inWindowScratch = new Int32Array(16);

/** Index of the hit that starts the window of `length` covering the most terms, then hits. */
function bestWindow(hits: HitList, length: number): number {
  let best = 0;
  let bestTerms = -1;
  let bestHits = -1;
  let last = 0;
  let termCount = 0;
  for (let hit = 0; hit < hits.count; hit++) termCount = Math.max(termCount, hits.term(hit) + 1);
  /** Hits of each term in the window, and how many terms have at least one. */
  if (inWindowScratch.length < termCount) inWindowScratch = new Int32Array(termCount);
  const inWindow = inWindowScratch.fill(0, 0, termCount);
  let distinct = 0;
  for (let first = 0; first < hits.count; first++) {
    if (last <= first && inWindow[hits.term(last++)]++ === 0) distinct++;
    const windowEnd = hits.start(first) + length;
    while (last < hits.count && hits.end(last) <= windowEnd) {
      if (inWindow[hits.term(last++)]++ === 0) distinct++;
    }
    const hitCount = last - first;
    if (distinct > bestTerms || (distinct === bestTerms && hitCount > bestHits)) {
      best = first;
      bestTerms = distinct;
      bestHits = hitCount;
    }
    if (--inWindow[hits.term(first)] === 0) distinct--;
  }
  return best;
}

/**
 * Index of the hit that starts the best window (most terms, then most hits), each window's hits
 * looked up with `lookup` rather than taken from `hits` (which may be incomplete).
 */
function bestWindowByLookup(hits: HitList, length: number, lookup: WindowLookup): number {
  let best = 0;
  let bestTerms = -1;
  let bestHits = -1;
  const counts = { terms: 0, hits: 0 };
  for (let first = 0; first < hits.count; first++) {
    const start = hits.start(first);
    if (first > 0 && start === hits.start(first - 1)) continue;
    lookup.countWithin(start, start + length, counts);
    if (counts.terms > bestTerms || (counts.terms === bestTerms && counts.hits > bestHits)) {
      best = first;
      bestTerms = counts.terms;
      bestHits = counts.hits;
    }
  }
  return best;
}

/** A {@link WindowLookup} over a function giving the ranges that overlap a window. */
function lookupOf(rangesIn: (start: number, end: number) => readonly TermRange[]): WindowLookup {
  return {
    rangesIn,
    countWithin(start, end, counts) {
      const inside = rangesIn(start, end).filter((range) => range.start >= start && range.end <= end);
      counts.terms = new Set(inside.map((range) => range.term)).size;
      counts.hits = inside.length;
    },
  };
}

/** True when `unit` is a high (`base` 0xd800) or low (`base` 0xdc00) surrogate. */
function isSurrogate(unit: number, base: number): boolean {
  return unit >= base && unit <= base + 0x3ff;
}
