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

/** Number of occurrences of `term` in `text`. */
export function countOccurrences(text: string, term: string): number {
  let count = 0;
  forEachOccurrence(text, term, () => count++);
  return count;
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
