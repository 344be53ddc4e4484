/**
 * The source text as the format readers expect it: no byte order mark, `\n` line ends,
 * and no blank lines or whitespace before the first header line.
 */
export function prepareSource(source: string): string {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.replace(/^\s+/, '');
}
