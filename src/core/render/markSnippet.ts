/** Marks the matched words of a plain-text snippet with «…», for places that cannot style text (QuickPick, terminal). */
export function markSnippet(text: string, highlights: ReadonlyArray<readonly [number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at) continue;
    out += `${text.slice(at, start)}«${text.slice(start, end)}»`;
    at = end;
  }
  return out + text.slice(at);
}
