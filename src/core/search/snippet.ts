/**
 * Best-window snippets: about {@link SNIPPET_LENGTH} characters of the original text around
 * the window that covers the most distinct query terms (then the most hits), with `…` where
 * the text was cut, line breaks shown as spaces, and highlight ranges relative to the snippet.
 */

/** A hit inside the text: offsets in the original text, and which query term it is. */
export interface TermRange {
  start: number;
  end: number;
  term: number;
}

/** A short excerpt with highlighted ranges `[start, end)` in `text`. */
export interface Snippet {
  text: string;
  highlights: Array<[number, number]>;
}

export const SNIPPET_LENGTH = 100;
const LEAD = 24;

/**
 * Builds a snippet of the text whose slices `slice(start, end)` returns, given its length and
 * hits sorted by start. Without `highlightsIn`, `hits` are all the hits: the window is the best
 * of them and the highlights are those in it. With it, `hits` may be only some (e.g. the first
 * few of each term): with hits of several terms, each window starting at one of them is scored
 * by the hits `highlightsIn(start, end)` finds there (with one term, the densest window of
 * `hits` is taken); the highlights are those `highlightsIn` finds in the window. Without hits,
 * the snippet is the start of the text.
 */
export function buildSnippet(
  slice: (start: number, end: number) => string,
  textLength: number,
  hits: readonly TermRange[],
  length = SNIPPET_LENGTH,
  highlightsIn?: (start: number, end: number) => readonly TermRange[],
): Snippet {
  let windowStart = 0;
  if (hits.length > 0) {
    // One term: the densest window among the given hits. Several: windows scored by lookup.
    const oneTerm = hits.every((hit) => hit.term === hits[0].term);
    const best = highlightsIn && !oneTerm ? bestWindowByLookup(hits, length, highlightsIn) : bestWindow(hits, length);
    windowStart = Math.max(0, Math.min(hits[best].start - LEAD, textLength - length));
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
  body = body.replace(/[\r\n]/g, ' ');
  const prefix = windowStart > 0 ? '…' : '';
  const suffix = windowEnd < textLength ? '…' : '';
  const highlights: Array<[number, number]> = [];
  for (const hit of highlightsIn ? highlightsIn(windowStart, windowEnd) : hits) {
    const start = Math.max(hit.start, windowStart);
    const end = Math.min(hit.end, windowEnd);
    if (start < end) highlights.push([start - windowStart + prefix.length, end - windowStart + prefix.length]);
  }
  return { text: prefix + body + suffix, highlights };
}

/** Index of the hit that starts the window of `length` covering the most terms, then hits. */
function bestWindow(hits: readonly TermRange[], length: number): number {
  let best = 0;
  let bestTerms = -1;
  let bestHits = -1;
  let last = 0;
  let termCount = 0;
  for (const hit of hits) termCount = Math.max(termCount, hit.term + 1);
  /** Hits of each term in the window, and how many terms have at least one. */
  const inWindow = new Int32Array(termCount);
  let distinct = 0;
  for (let first = 0; first < hits.length; first++) {
    if (last <= first && inWindow[hits[last++].term]++ === 0) distinct++;
    while (last < hits.length && hits[last].end <= hits[first].start + length) {
      if (inWindow[hits[last++].term]++ === 0) distinct++;
    }
    const hitCount = last - first;
    if (distinct > bestTerms || (distinct === bestTerms && hitCount > bestHits)) {
      best = first;
      bestTerms = distinct;
      bestHits = hitCount;
    }
    if (--inWindow[hits[first].term] === 0) distinct--;
  }
  return best;
}

/**
 * Index of the hit that starts the best window (most terms, then most hits), each window's hits
 * looked up with `rangesIn` rather than taken from `hits` (which may be incomplete).
 */
function bestWindowByLookup(hits: readonly TermRange[], length: number, rangesIn: (start: number, end: number) => readonly TermRange[]): number {
  let best = 0;
  let bestTerms = -1;
  let bestHits = -1;
  for (let first = 0; first < hits.length; first++) {
    const start = hits[first].start;
    if (first > 0 && start === hits[first - 1].start) continue;
    const inside = rangesIn(start, start + length).filter((range) => range.start >= start && range.end <= start + length);
    const terms = new Set(inside.map((range) => range.term)).size;
    if (terms > bestTerms || (terms === bestTerms && inside.length > bestHits)) {
      best = first;
      bestTerms = terms;
      bestHits = inside.length;
    }
  }
  return best;
}

/** True when `unit` is a high (`base` 0xd800) or low (`base` 0xdc00) surrogate. */
function isSurrogate(unit: number, base: number): boolean {
  return unit >= base && unit <= base + 0x3ff;
}
