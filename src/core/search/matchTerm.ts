/**
 * Exact matching of one folded term in folded text: the verification step that makes search
 * results exact. A space in the term (only phrases have one) stands for any run of spaces
 * and line breaks in the text; everything else must match unit for unit.
 */

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
export function termOccurrences(text: string, terms: readonly string[], cap = Infinity): Array<{ start: number; end: number; term: number }> {
  const ranges: Array<{ start: number; end: number; term: number }> = [];
  for (let term = 0; term < terms.length; term++) {
    let found = 0;
    forEachOccurrence(text, terms[term], (start, end) => {
      if (found++ < cap) ranges.push({ start, end, term });
    });
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
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
