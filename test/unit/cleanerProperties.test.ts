import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { type ChildNode, isTag, isText } from 'domhandler';
import fc from 'fast-check';
import sanitizeHtml from 'sanitize-html';
import { ALLOWED_TAGS, DROPPED_WITH_CONTENT, SANITIZE_OPTIONS } from '../../src/core/clean/allowlist';
import { cleanArticleHtml, cleanArticleText } from '../../src/core/clean/cleanArticleHtml';
import { parseHtml } from '../../src/core/clean/dom';
import { sanitizedDom } from '../../src/core/clean/sanitizedDom';
import { extractText } from '../../src/core/clean/text';
import { readRawArticle } from '../../src/core/formats/readRawArticle';
import { hostileFixtures } from './hostileFixtures';
import { applyMutations, htmlMutation } from './htmlMutations';
import { safetyViolations } from './htmlSafety';
import { sharedArticleFiles } from './sharedCorpus';

/** Bodies of the real articles (shared seeds and corpus). */
const realBodies = sharedArticleFiles().map((f) => readRawArticle(f.source).bodyHtml);
/** The hostile fixtures, whole (front matter and feed headers are just more text to the cleaner). */
const hostileSources = hostileFixtures().map((f) => f.source);
/** Hostile snippets to splice in: every fixture line carrying markup. */
const hostileSnippets = hostileSources.flatMap((source) => source.split('\n').filter((line) => line.includes('<')));

const allowedTags = new Set(ALLOWED_TAGS);

/** Tags in clean HTML that the allowlist does not name. */
function tagsOutsideAllowlist(html: string): string[] {
  const found: string[] = [];
  const visit = (node: ChildNode): void => {
    if (!isTag(node)) return;
    if (!allowedTags.has(node.name)) found.push(node.name);
    node.children.forEach(visit);
  };
  parseHtml(html).children.forEach(visit);
  return found;
}

/** Cleans `html` and checks what every cleaned body must satisfy. */
function assertCleanIsSafe(html: string): void {
  const clean = cleanArticleHtml(html);
  // Tracking pixels are recognised by what the source declares; mutations can cut that off (see SafetyOptions).
  assert.deepEqual(safetyViolations(clean.html, { trackers: false }), []);
  assert.deepEqual(tagsOutsideAllowlist(clean.html), []);
  assert.equal(extractText(clean.html).text, clean.text);
}

function mutatedFrom(sources: readonly string[], maxMutations: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...sources), fc.array(htmlMutation(hostileSnippets), { minLength: 1, maxLength: maxMutations }))
    .map(([source, mutations]) => applyMutations(source, mutations));
}

describe('cleanArticleHtml properties', () => {
  it('cleans mutated real articles safely, and its text is the text of its HTML', () => {
    fc.assert(fc.property(mutatedFrom(realBodies, 6), assertCleanIsSafe), { numRuns: 400 });
  });

  it('cleans mutated hostile fixtures safely, and its text is the text of its HTML', () => {
    fc.assert(fc.property(mutatedFrom(hostileSources, 8), assertCleanIsSafe), { numRuns: 1500 });
  });

  it('cleans any concatenation of hostile snippets safely', () => {
    const snippetSoup = fc.array(fc.constantFrom(...hostileSnippets), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(snippetSoup, assertCleanIsSafe), { numRuns: 1000 });
  });
});

/** Element names, nesting and text nodes of a DOM (attributes and comments left out), as one string. */
function shape(nodes: readonly ChildNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (isText(node)) out += JSON.stringify(node.data);
    else if (isTag(node)) out += `<${node.name}>${shape(node.children)}</>`;
  }
  return out;
}

/** The indexing path (`sanitizedDom`, `cleanArticleText`) gives what sanitizing and re-parsing gives. */
function assertTextPathAgrees(html: string): void {
  const sanitized = parseHtml(sanitizeHtml(html, SANITIZE_OPTIONS));
  assert.equal(sanitized.children.some((node) => !isTag(node) && !isText(node)), false, 'sanitized HTML has no comments');
  assert.equal(shape(sanitizedDom(html).children), shape(sanitized.children));
  assert.equal(cleanArticleText(html), cleanArticleHtml(html).text);
}

/** Markup pieces for tag soup: every kind of element the cleaner treats in its own way, open and closed. */
const SOUP_TAGS: readonly string[] = [
  ...ALLOWED_TAGS, ...DROPPED_WITH_CONTENT, 'h1', 'font', 'section', 'article', 'center', 'dl', 'dt', 'dd', 'caption', 'picture',
  'source', 'wbr', 'image', 'foreignObject', 'desc', 'mi', 'body', 'html', 'option', 'optgroup', 'details', 'address', 'rt',
];
const SOUP_OPENINGS: readonly string[] = [
  '<a href="https://www.example.com/x">', '<a href="https://feedx.net/ad">', '<a href="https://c.duomai.com/x?t=1">',
  '<a class="s_tag" href="https://www.ithome.com/tag">', '<a href="javascript:x()">', '<a>', '<p class="bqian">', '<p class="end">',
  '<div class="article-relation">', '<img src="https://images.example.com/a.jpg">', '<img src="https://feedx.net/p.gif">',
  '<img src="https://images.example.com/b.jpg" style="display:none">', '<img src="https://images.example.com/c.jpg" width="1">', '<img>',
  '<video poster="https://images.example.com/p.jpg">', '<video>', '<video poster="https://feedx.net/p.gif">', '<span data-nc-clean="drop">',
  '<span data-nc-clean="unwrap">', '<p/>', '<br/>', '<svg/>', '<![CDATA[x<p>y]]>', '<!-- c -->', '<!doctype html>', '<?xml x?>',
];
const SOUP_TEXTS: readonly string[] = [
  'ab', ' ', '  \n\t ', '\u00a0', '中文', '&amp;', '&lt;p&gt;', '&nbsp;', '&#32;', '&copy', '<', '>', '&', '获取更多RSS', '原文链接：x',
  '责任编辑：y', '- THE END -', '相关文章', '本文系观察者网独家稿件', '© 2022 版权所有', '\r\n', 'x'.repeat(210),
];
const soupPiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SOUP_TAGS).map((tag) => `<${tag}>`),
  fc.constantFrom(...SOUP_TAGS).map((tag) => `</${tag}>`),
  fc.constantFrom(...SOUP_OPENINGS),
  fc.constantFrom(...SOUP_TEXTS),
);
const tagSoup = fc.array(soupPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Markup broken at any point: pieces of tags, attributes, entities and comments in any order. */
const CHAR_SOUP_BITS: readonly string[] = [
  '<', '>', '/', '=', '"', "'", ' ', '\n', '!', '-', '&', '#', ';', 'amp', 'x', '中', 'a', 'p', 'b', 'br', 'h1', 'h2', 'li', 'td', 'tr', 'div', 'span',
  'script', 'style', 'svg', 'math', 'video', 'img', 'title', 'textarea', 'href', 'src', 'class', 'bqian', 'poster', 'https://e.example/',
];
const charSoup = fc.array(fc.constantFrom(...CHAR_SOUP_BITS), { maxLength: 120, size: 'max' }).map((bits) => bits.join(''));

/** Content wrapped in 55 to 75 elements: around sanitize-html's nesting limit (64). */
const deepNesting = fc
  .tuple(fc.array(fc.constantFrom('div', 'span', 'b', 'p', 'li', 'blockquote', 'font', 'td', 'a', 'h1', 'video', 'section'), { minLength: 55, maxLength: 75 }), tagSoup)
  .map(([tags, inner]) => tags.map((tag) => `<${tag}>x `).join('') + inner + [...tags].reverse().map((tag) => `</${tag}> y`).join(''));

describe('cleanArticleText: the text of cleanArticleHtml without sanitizing to HTML', () => {
  it('runs the parser sanitize-html runs', () => {
    const sanitizers = require.resolve('htmlparser2', { paths: [path.dirname(require.resolve('sanitize-html'))] });
    assert.equal(require.resolve('sanitize-html/node_modules/htmlparser2'), sanitizers);
  });

  it('agrees on the real articles and the hostile fixtures', () => {
    for (const html of [...realBodies, ...hostileSources]) assertTextPathAgrees(html);
  });

  it('agrees on mutated real articles', () => {
    fc.assert(fc.property(mutatedFrom(realBodies, 6), assertTextPathAgrees), { numRuns: 300 });
  });

  it('agrees on mutated hostile fixtures', () => {
    fc.assert(fc.property(mutatedFrom(hostileSources, 8), assertTextPathAgrees), { numRuns: 1000 });
  });

  it('agrees on concatenations of hostile snippets', () => {
    const snippetSoup = fc.array(fc.constantFrom(...hostileSnippets), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(snippetSoup, assertTextPathAgrees), { numRuns: 500 });
  });

  it('agrees on tag soup: implied ends, stray end tags, dropped and unwrapped elements, boilerplate text', () => {
    fc.assert(fc.property(tagSoup, assertTextPathAgrees), { numRuns: 3000 });
  });

  it('agrees on markup broken at any point', () => {
    fc.assert(fc.property(charSoup, assertTextPathAgrees), { numRuns: 1000 });
  });

  it('agrees around the nesting limit', () => {
    fc.assert(fc.property(deepNesting, assertTextPathAgrees), { numRuns: 300 });
  });

  it('agrees on cases worth naming', () => {
    for (const html of [
      '', ' ', '<p>a<font><p>b</p></font></p>', '<h2>a<span><h3>b</h3></span></h2>', '<a href="https://e.example/1">1<b><a href="https://e.example/2">2</a></b></a>',
      '<li>a<font><li>b</li></font></li>', '<table><font><tr><td>a<td>b</table>', '<p>获取更多RSS<font><p>正文</p></font></p>',
      '<video>fallback <b>text</b></video><p>x</p>', '<video poster="https://e.example/p.jpg">fallback <b>text</b></video>',
      '<span data-nc-clean="drop">kept</span>', '<p>a</p></p><p>b', '<pre>\n  x  \n</pre>', '<div>a<br><br>b<br> <br>c</div>',
      `${'<div>'.repeat(70)}deep${'</div>'.repeat(70)}`, `${'<span>'.repeat(70)}<h1>deep</h1>${'</span>'.repeat(70)}`,
    ]) {
      assertTextPathAgrees(html);
    }
  });
});
