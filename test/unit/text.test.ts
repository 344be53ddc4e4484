import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanArticleHtml } from '../../src/core/clean/cleanArticleHtml';
import { parseHtml } from '../../src/core/clean/dom';
import { extractText, locateOffset, textOf } from '../../src/core/clean/text';
import { articleFromSource } from '../../src/core/articleFromSource';
import { sharedArticleFiles } from './sharedCorpus';

describe('extractText', () => {
  it('joins text nodes with one newline per block boundary and none at the end', () => {
    assert.equal(extractText('<p>a<b>b</b></p><p>c<br>d</p><ul><li>e</li><li>f</li></ul><p>g</p>').text, 'ab\nc\nd\ne\nf\ng');
    assert.equal(extractText('<div><p>a</p></div><hr><p>b</p>').text, 'a\nb');
    assert.equal(extractText('<p></p><p>a</p><p></p>').text, 'a');
    assert.equal(extractText('').text, '');
  });

  it('keeps newlines that are part of the text', () => {
    const { text, segments } = extractText('<pre>x\n</pre><p>y</p>');
    assert.equal(text, 'x\ny');
    assert.equal(segments.length, 2);
    assert.equal(segments[1].start, 2);
  });

  it('maps every offset back to its text node (random HTML)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '<li>', 'ab', 'c d', '中文', '&amp;', '\n', '<div>', '</div>', '<hr>'), { maxLength: 30 }),
        (tokens) => {
          const { text, segments } = extractText(tokens.join(''));
          assert.equal(textOf(parseHtml(tokens.join(''))), text);
          for (let offset = 0; offset < text.length; offset++) {
            const found = locateOffset(segments, offset);
            if (found) assert.equal(found.segment.node.data[found.offsetInNode], text[offset]);
            else assert.equal(text[offset], '\n');
          }
          assert.ok(!text.endsWith('\n') || segments.some((s) => s.start + s.node.data.length === text.length));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same text for a cleaned article as for its re-parsed HTML, and maps random offsets back', () => {
    for (const f of sharedArticleFiles()) {
      const article = articleFromSource(f.source, f);
      const { text, segments } = extractText(article.html);
      assert.equal(text, article.text, f.path);
      for (let i = 0; i < 200; i++) {
        const offset = Math.floor(Math.random() * text.length);
        const found = locateOffset(segments, offset);
        if (found) assert.equal(found.segment.node.data[found.offsetInNode], text[offset], f.path);
        else assert.equal(text[offset], '\n', f.path);
      }
    }
  });

  it('matches the text cleanArticleHtml returns', () => {
    const body = cleanArticleHtml('<div>a<br><br>b &amp; c<p>d</p></div>');
    assert.equal(body.text, 'a\nb & c\nd');
    assert.equal(extractText(body.html).text, body.text);
  });
});
