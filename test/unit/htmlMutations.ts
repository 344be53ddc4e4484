import fc from 'fast-check';

/**
 * Random damage to HTML for property tests: slicing, splicing in hostile snippets, inserting and
 * removing tags, injecting attributes, and encoding characters as entities. Positions are drawn as
 * natural numbers and taken modulo the current length, so every mutation applies to any string.
 */
export type HtmlMutation =
  | { kind: 'slice'; from: number; to: number }
  | { kind: 'splice'; at: number; snippet: string }
  | { kind: 'insertTag'; at: number; tag: string; closing: boolean; attributes: string }
  | { kind: 'removeTag'; which: number }
  | { kind: 'injectAttribute'; which: number; attribute: string }
  | { kind: 'encodeEntities'; at: number; count: number; hex: boolean };

/** Tags inserted at random: dangerous ones, raw-text ones, and the allowed ones they could hide in. */
const TAGS: readonly string[] = [
  'script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'svg', 'math', 'noscript', 'template', 'textarea',
  'xmp', 'title', 'form', 'input', 'button', 'select', 'link', 'meta', 'base', 'video', 'audio', 'source', 'picture',
  'img', 'a', 'p', 'div', 'span', 'table', 'tr', 'td', 'li', 'ul', 'blockquote', 'pre', 'br', 'h1', 'h2', 'figure',
];

const ATTRIBUTE_NAMES: readonly string[] = [
  'onerror', 'onload', 'onclick', 'ONMOUSEOVER', 'onfocus', 'autofocus', 'onanimationstart', 'style', 'srcset', 'href',
  'src', 'poster', 'action', 'formaction', 'xlink:href', 'background', 'hidden', 'width', 'height', 'class', 'id',
  'data-nc-clean', 'data-nc-src', 'rel', 'alt', 'title', 'colspan',
];

const ATTRIBUTE_VALUES: readonly string[] = [
  'window.__ncPwned=1', 'javascript:window.__ncPwned=1', ' JaVa&#x09;script:window.__ncPwned=1', '&#106;avascript:window.__ncPwned=1',
  '&#x01; javascript:window.__ncPwned=1', 'vbscript:window.__ncPwned=1', 'data:text/html,<script>window.__ncPwned=1</script>',
  'https://images.example.com/x.jpg', 'https://images.example.com/x.jpg 2x', '//images.example.com/x.jpg', 'display:none',
  'background:url(https://images.example.com/bg.gif)', '1', '0', '600', 'drop', 'unwrap', 'x" onerror="window.__ncPwned=1',
  "x' onload='window.__ncPwned=1", '</p><script>window.__ncPwned=1</script>', '"><img src=x onerror=window.__ncPwned=1>',
];

const position = fc.nat({ max: 1_000_000 });

const attributeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.oneof(fc.constantFrom(...ATTRIBUTE_VALUES), fc.string({ maxLength: 12 })), fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => (quote ? ` ${name}=${quote}${value}${quote}` : ` ${name}=${value.replace(/[\s>]/g, '')}`));

/** One random mutation; `snippets` are the hostile fragments spliced in. */
export function htmlMutation(snippets: readonly string[]): fc.Arbitrary<HtmlMutation> {
  return fc.oneof(
    fc.record({ kind: fc.constant('slice' as const), from: position, to: position }),
    fc.record({ kind: fc.constant('splice' as const), at: position, snippet: fc.constantFrom(...snippets) }),
    fc.record({
      kind: fc.constant('insertTag' as const),
      at: position,
      tag: fc.constantFrom(...TAGS),
      closing: fc.boolean(),
      attributes: fc.array(attributeText, { maxLength: 3 }).map((list) => list.join('')),
    }),
    fc.record({ kind: fc.constant('removeTag' as const), which: position }),
    fc.record({ kind: fc.constant('injectAttribute' as const), which: position, attribute: attributeText }),
    fc.record({ kind: fc.constant('encodeEntities' as const), at: position, count: fc.integer({ min: 1, max: 40 }), hex: fc.boolean() }),
  );
}

/** Applies mutations in order. */
export function applyMutations(html: string, mutations: readonly HtmlMutation[]): string {
  return mutations.reduce(applyMutation, html);
}

const TAG_PATTERN = /<\/?[A-Za-z][^>]*>/g;
const TAG_NAME_END = /^<[A-Za-z][\w:-]*/;

function applyMutation(html: string, mutation: HtmlMutation): string {
  const at = (n: number) => (html.length === 0 ? 0 : n % (html.length + 1));
  switch (mutation.kind) {
    case 'slice': {
      const [from, to] = [at(mutation.from), at(mutation.to)].sort((a, b) => a - b);
      return html.slice(from, to);
    }
    case 'splice':
      return insertAt(html, at(mutation.at), mutation.snippet);
    case 'insertTag':
      return insertAt(html, at(mutation.at), mutation.closing ? `</${mutation.tag}>` : `<${mutation.tag}${mutation.attributes}>`);
    case 'removeTag': {
      const tags = [...html.matchAll(TAG_PATTERN)];
      if (tags.length === 0) return html;
      const tag = tags[mutation.which % tags.length];
      return html.slice(0, tag.index) + html.slice(tag.index + tag[0].length);
    }
    case 'injectAttribute': {
      const openings = [...html.matchAll(TAG_PATTERN)].filter((m) => !m[0].startsWith('</'));
      if (openings.length === 0) return html;
      const tag = openings[mutation.which % openings.length];
      const nameEnd = tag.index + (TAG_NAME_END.exec(tag[0])?.[0].length ?? 1);
      return insertAt(html, nameEnd, mutation.attribute);
    }
    case 'encodeEntities':
      return encodeRange(html, at(mutation.at), mutation.count, mutation.hex);
  }
}

function insertAt(text: string, index: number, insertion: string): string {
  return text.slice(0, index) + insertion + text.slice(index);
}

/** Replaces up to `count` characters from `start` by numeric character references. */
function encodeRange(text: string, start: number, count: number, hex: boolean): string {
  const chars = [...text.slice(start, start + count)];
  const encoded = chars.map((c) => {
    const code = c.codePointAt(0) ?? 0;
    return hex ? `&#x${code.toString(16)};` : `&#${code};`;
  });
  return text.slice(0, start) + encoded.join('') + text.slice(start + chars.join('').length);
}
