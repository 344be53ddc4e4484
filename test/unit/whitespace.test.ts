import * as assert from 'node:assert/strict';
import { type ChildNode, isTag, isText, type ParentNode, type Text } from 'domhandler';
import { removeElement } from 'domutils';
import fc from 'fast-check';
import { LINE_BREAK_TAGS, parseHtml, serializeHtml } from '../../src/core/clean/dom';
import { normaliseWhitespace } from '../../src/core/clean/whitespace';

/** `normaliseWhitespace` as it was before text nodes were scanned before the regular expression (the reference). */
function referenceNormaliseWhitespace(root: ParentNode): void {
  const emptied: Text[] = [];
  let lastText: Text | undefined;
  let atLineStart = true;
  const endLine = () => {
    if (lastText && lastText.data.endsWith(' ')) {
      lastText.data = lastText.data.slice(0, -1);
      if (!lastText.data) emptied.push(lastText);
    }
    lastText = undefined;
    atLineStart = true;
  };
  const visit = (node: ChildNode, inPre: boolean): void => {
    if (isText(node)) {
      if (inPre) {
        lastText = undefined;
        atLineStart = atLineStart && node.data === '';
        return;
      }
      let data = node.data.replace(/\s+/g, ' ');
      if (data.startsWith(' ') && (atLineStart || (lastText !== undefined && lastText.data.endsWith(' ')))) data = data.slice(1);
      node.data = data;
      if (data) {
        lastText = node;
        atLineStart = false;
      } else {
        emptied.push(node);
      }
      return;
    }
    if (!isTag(node)) return;
    const breaksLine = LINE_BREAK_TAGS.has(node.name);
    if (breaksLine) endLine();
    for (const child of node.children) visit(child, inPre || node.name === 'pre');
    if (breaksLine) endLine();
  };
  for (const child of root.children) visit(child, false);
  endLine();
  for (const text of emptied) removeElement(text);
}

function assertLikeReference(html: string): void {
  const actual = parseHtml(html);
  const expected = parseHtml(html);
  normaliseWhitespace(actual);
  referenceNormaliseWhitespace(expected);
  assert.equal(serializeHtml(actual), serializeHtml(expected), JSON.stringify(html));
}

describe('normaliseWhitespace', () => {
  it('collapses whitespace as /\\s+/g does, whatever the whitespace characters', () => {
    const cases = [
      '<p>北约 俄罗斯</p>', '<p>北约  俄罗斯</p>', '<p>a\nb</p>', '<p>\n</p>', '<p> </p>', '<p>\u3000</p>', '<p>a\u3000b</p>', '<p>a\u3001b</p>',
      '<p>a\u00a0b</p>', '<p>a \u00a0b</p>', '<p>\ufeffa</p>', '<p>a\u2028b\u2029c\u205fd\u202fe\u1680f\u200ag\u180eh\u200bi</p>', '<p>a </p><p> b</p>',
      '<p>x<b> y </b> z</p>', '<pre> a  b\n</pre><p> c </p>', '<p>\t\u000b\u000c\r</p>',
    ];
    for (const html of cases) assertLikeReference(html);
    const whitespace = ['\u0009', '\u000a', '\u000b', '\u000c', '\u000d', '\u0020', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const notWhitespace = ['a', 'Z', '北', '约', '\u200b', '\u180e', '\u3001', '\u0085', '\u009f', '\u00a1', '\u2027', '\u202a', '\ufffd', '&amp;', '1'];
    const run = fc.array(fc.constantFrom(...whitespace, ...notWhitespace, ' ', ' '), { maxLength: 12 }).map((chars) => chars.join(''));
    const tag = fc.constantFrom('p', 'b', 'span', 'li', 'pre', 'br', 'div', 'i');
    const piece = fc.oneof(run, fc.tuple(tag, run).map(([t, text]) => (t === 'br' ? `<br>${text}` : `<${t}>${text}</${t}>`)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => assertLikeReference(pieces.join(''))),
      { numRuns: 5000 },
    );
  });
});
