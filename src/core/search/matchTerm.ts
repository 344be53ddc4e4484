/**
 * Exact matching of one folded term in folded text: the verification step that makes search
 * results exact. A space in the term (only phrases have one) stands for any run of spaces
 * and line breaks in the text; everything else must match unit for unit.
 */
import type { HitList, TermRange, WindowLookup } from './snippet';

/** Calls `visit(start, end)` for each non-overlapping occurrence of `term` in `text`, left to right. */
export function forEachOccurrence(text: string, term: string, visit: (start: number, end: number) => void): void {
  if (!term) return;
  if (!term.includes(' ')) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) visit(at, at + term.length);
    return;
  }
  const parts = term.split(' ');
  let from = 0;
  for (;;) {
    const start = text.indexOf(parts[0], from);
    if (start < 0) return;
    const end = matchRest(text, parts, start + parts[0].length);
    if (end >= 0) {
      visit(start, end);
      from = end;
    } else {
      from = start + 1;
    }
  }
}

/** Number of occurrences of `term` in `text` (as {@link forEachOccurrence} finds them). */
export function countOccurrences(text: string, term: string): number {
  if (!term) return 0;
  let count = 0;
  if (!term.includes(' ')) {
    // Verification hot path: no callback.
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
    return count;
  }
  forEachOccurrence(text, term, () => count++);
  return count;
}

/**
 * The first `cap` occurrences of each term in `text` (non-overlapping per term, as
 * {@link forEachOccurrence} finds them), tagged with the term's index, sorted by start.
 */
export function termOccurrences(text: string, terms: readonly string[], cap = Infinity): TermRange[] {
  const ranges: TermRange[] = [];
  for (let term = 0; term < terms.length; term++) {
    let found = 0;
    forEachOccurrence(text, terms[term], (start, end) => {
      if (found++ < cap) ranges.push({ start, end, term });
    });
  }
  return ranges.sort(byStartThenEnd);
}

function byStartThenEnd(a: TermRange, b: TermRange): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * True when two occurrences of `term` can overlap (a proper prefix of it is also a suffix, as in
 * `aa` or `abab`): then which occurrences a left-to-right scan finds depends on where it starts.
 * Otherwise a scan from any offset finds every occurrence after it.
 */
export function canOverlapItself(term: string): boolean {
  for (let length = 1; length < term.length; length++) {
    if (term.startsWith(term.slice(term.length - length))) return true;
  }
  return false;
}

/**
 * Occurrences found while counting, kept for later: per term counted, a record of the count,
 * then the (start, end) of the first `cap` occurrences, as {@link forEachOccurrence} finds
 * them. Records are appended to one reused buffer, read back by their offset.
 */
export class OccurrenceLog {
  private data = new Int32Array(1 << 10);
  private used = 0;

  /** Forgets every record. */
  clear(): void {
    this.used = 0;
  }

  /** {@link countOccurrences}(text, term), recording the count and the first `cap` occurrences. */
  count(text: string, term: string, cap: number): number {
    const record = this.used;
    if (this.data.length < record + 1 + 2 * cap) {
      const grown = new Int32Array(Math.max(record + 1 + 2 * cap, this.data.length * 2));
      grown.set(this.data.subarray(0, record));
      this.data = grown;
    }
    const data = this.data;
    let at = record + 1;
    let count = 0;
    // An empty term has no occurrence (as in countOccurrences): its record is empty.
    if (term && !term.includes(' ')) {
      const length = term.length;
      for (let start = text.indexOf(term); start >= 0; start = text.indexOf(term, start + length)) {
        if (count++ < cap) {
          data[at++] = start;
          data[at++] = start + length;
        }
      }
    } else if (term) {
      forEachOccurrence(text, term, (start, end) => {
        if (count++ < cap) {
          data[at++] = start;
          data[at++] = end;
        }
      });
    }
    data[record] = count;
    this.used = at;
    return count;
  }

  /**
   * Adds to `hits` the recorded occurrences of consecutive records from `offset`, one per term
   * (recorded with `cap`; `order[r]`: the term of the `r`th record), tagged with the term's index
   * and sorted as {@link termOccurrences} sorts them (by start, then end, then term).
   */
  recordedOccurrences(offset: number, order: readonly number[], cap: number, hits: HitList): HitList {
    const data = this.data;
    if (order.length === 1) {
      const known = Math.min(data[offset], cap);
      for (let k = 0; k < known; k++) hits.push(data[offset + 1 + 2 * k], data[offset + 2 + 2 * k], order[0]);
      return hits;
    }
    // Each record is sorted: merge them (the record with the smallest next range, the lowest term on ties).
    const records = this.recordOffsets(offset, order, cap);
    const next = records.map(() => 0);
    const known = records.map((record) => Math.min(data[record], cap));
    for (;;) {
      let best = -1;
      let bestStart = 0;
      let bestEnd = 0;
      for (let term = 0; term < records.length; term++) {
        if (next[term] === known[term]) continue;
        const at = records[term] + 1 + 2 * next[term];
        const start = data[at];
        const end = data[at + 1];
        if (best < 0 || start < bestStart || (start === bestStart && end < bestEnd)) {
          best = term;
          bestStart = start;
          bestEnd = end;
        }
      }
      if (best < 0) return hits;
      hits.push(bestStart, bestEnd, best);
      next[best]++;
    }
  }

  /** Offset of each term's record among consecutive records from `offset` (as {@link recordedOccurrences}). */
  recordOffsets(offset: number, order: readonly number[], cap: number): number[] {
    const offsets: number[] = new Array<number>(order.length);
    let record = offset;
    for (const term of order) {
      offsets[term] = record;
      record += 1 + 2 * Math.min(this.data[record], cap);
    }
    return offsets;
  }

  /** Count of the record at `record`. */
  countAt(record: number): number {
    return this.data[record];
  }

  /** Start of the `k`th occurrence of the record at `record`. */
  startAt(record: number, k: number): number {
    return this.data[record + 1 + 2 * k];
  }
}

/** True when `text` contains `term`. */
export function containsTerm(text: string, term: string): boolean {
  if (!term.includes(' ')) return text.includes(term);
  let found = false;
  forEachOccurrence(text, term, () => (found = true));
  return found;
}

/** Matches parts[1..] after `position`, each preceded by ≥ 1 whitespace; the end offset or -1. */
function matchRest(text: string, parts: readonly string[], position: number): number {
  let at = position;
  for (let part = 1; part < parts.length; part++) {
    const afterSpace = skipWhitespace(text, at);
    if (afterSpace === at || !text.startsWith(parts[part], afterSpace)) return -1;
    at = afterSpace + parts[part].length;
  }
  return at;
}

function skipWhitespace(text: string, position: number): number {
  let at = position;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (unit !== 0x20 && unit !== 0x0a && unit !== 0x0d) break;
    at++;
  }
  return at;
}

/** Reused storage of {@link OccurrenceLists}: one list at a time is in use. */
let listScratch = new Int32Array(1 << 10);

/**
 * Every occurrence of some terms in one text, for window lookups ({@link WindowLookup}): each
 * term's list starts with the occurrences recorded in an {@link OccurrenceLog} while counting,
 * and is extended by scanning on from its last one only as far as a lookup needs. Only for terms
 * without spaces that cannot overlap themselves ({@link canOverlapItself}): for those, the
 * occurrences a scan of any part of the text finds are exactly the ones lying in that part.
 * Uses shared storage: only the most recently made one may be used.
 */
export class OccurrenceLists implements WindowLookup {
  /** Per term: where its list starts in {@link listScratch}, how many are known, its total count. */
  private readonly from: number[] = [];
  private readonly known: number[] = [];
  private readonly counts: number[] = [];

  /**
   * The lists of `terms` in `text`, from their consecutive records at `offset` in `log` (recorded
   * with `cap`; `order[r]`: the term of the `r`th record).
   */
  constructor(
    private readonly text: string,
    private readonly terms: readonly string[],
    log: OccurrenceLog,
    offset: number,
    order: readonly number[],
    cap: number,
  ) {
    const records = log.recordOffsets(offset, order, cap);
    let total = 0;
    for (let term = 0; term < terms.length; term++) {
      const count = log.countAt(records[term]);
      this.from.push(total);
      this.counts.push(count);
      total += count;
    }
    if (listScratch.length < total) listScratch = new Int32Array(Math.max(total, listScratch.length * 2));
    for (let term = 0; term < terms.length; term++) {
      const known = Math.min(this.counts[term], cap);
      for (let k = 0; k < known; k++) listScratch[this.from[term] + k] = log.startAt(records[term], k);
      this.known.push(known);
    }
  }

  rangesIn(start: number, end: number): TermRange[] {
    const ranges: TermRange[] = [];
    for (let term = 0; term < this.terms.length; term++) {
      const length = this.terms[term].length;
      const last = this.knowBefore(term, end);
      // Occurrences overlapping the window start after `start - length`.
      for (let k = this.firstAtOrAfter(term, start - length + 1); k < last; k++) {
        const at = listScratch[this.from[term] + k];
        if (at >= end) break;
        ranges.push({ start: at, end: at + length, term });
      }
    }
    return ranges.sort(byStartThenEnd);
  }

  countWithin(start: number, end: number, counts: { terms: number; hits: number }): void {
    counts.terms = 0;
    counts.hits = 0;
    for (let term = 0; term < this.terms.length; term++) {
      const length = this.terms[term].length;
      const last = this.knowBefore(term, end);
      let inside = 0;
      for (let k = this.firstAtOrAfter(term, start); k < last && listScratch[this.from[term] + k] + length <= end; k++) inside++;
      if (inside > 0) counts.terms++;
      counts.hits += inside;
    }
  }

  /** Extends `term`'s list until every occurrence starting before `end` is in it; returns its known count. */
  private knowBefore(term: number, end: number): number {
    const base = this.from[term];
    const text = this.terms[term];
    let known = this.known[term];
    while (known < this.counts[term] && (known === 0 || listScratch[base + known - 1] < end)) {
      const from = known === 0 ? 0 : listScratch[base + known - 1] + text.length;
      listScratch[base + known++] = this.text.indexOf(text, from);
    }
    this.known[term] = known;
    return known;
  }

  /** Index of the first known occurrence of `term` starting at or after `offset` (binary search). */
  private firstAtOrAfter(term: number, offset: number): number {
    const base = this.from[term];
    let low = 0;
    let high = this.known[term];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (listScratch[base + middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
