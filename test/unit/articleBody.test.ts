import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractText } from '../../src/core/clean/text';
import { renderArticleBody, type Mark } from '../../src/core/render/articleBody';

describe('renderArticleBody', () => {
  const html = '<p>普京与<b>拜登</b>会谈</p><p>北约秘书长</p>';
  // text: 普京与拜登会谈\n北约秘书长

  it('returns the HTML unchanged in structure without marks', () => {
    assert.equal(renderArticleBody(html, []), html);
  });

  it('wraps entities and hits', () => {
    assert.equal(
      renderArticleBody(html, [
        { start: 0, end: 2, kind: 'person', attrs: { 'data-entity': 'putin' } },
        { start: 8, end: 10, kind: 'org' },
      ]),
      '<p><span data-entity="putin" class="nc-entity nc-person">普京</span>与<b>拜登</b>会谈</p><p><span class="nc-entity nc-org">北约</span>秘书长</p>',
    );
    assert.equal(renderArticleBody(html, [{ start: 3, end: 5, kind: 'hit' }]), '<p>普京与<b><mark class="nc-hit">拜登</mark></b>会谈</p><p>北约秘书长</p>');
  });

  it('splits a mark crossing text nodes and blocks into several wrappers with the same attributes', () => {
    assert.equal(
      renderArticleBody(html, [{ start: 2, end: 10, kind: 'hit', attrs: { 'data-hit': '1' } }]),
      '<p>普京<mark data-hit="1" class="nc-hit">与</mark><b><mark data-hit="1" class="nc-hit">拜登</mark></b><mark data-hit="1" class="nc-hit">会谈</mark></p>' +
        '<p><mark data-hit="1" class="nc-hit">北约</mark>秘书长</p>',
    );
  });

  it('nests overlapping marks, entity outside and hit inside, splitting where needed', () => {
    assert.equal(
      renderArticleBody('<p>abcdef</p>', [
        { start: 2, end: 6, kind: 'hit' },
        { start: 0, end: 4, kind: 'person' },
      ]),
      '<p><span class="nc-entity nc-person">ab<mark class="nc-hit">cd</mark></span><mark class="nc-hit">ef</mark></p>',
    );
    assert.equal(
      renderArticleBody('<p>abcdef</p>', [
        { start: 0, end: 4, kind: 'org' },
        { start: 2, end: 6, kind: 'person' },
      ]),
      '<p><span class="nc-entity nc-org">ab<span class="nc-entity nc-person">cd</span></span><span class="nc-entity nc-person">ef</span></p>',
    );
  });

  it('escapes attribute values and ignores attributes outside data-*, aria-*, role, tabindex', () => {
    const out = renderArticleBody('<p>ab</p>', [
      { start: 0, end: 2, kind: 'person', attrs: { 'data-x': '"><script>alert(1)</script>', onclick: 'alert(1)', style: 'x', class: 'y', 'aria-label': 'A & B', tabindex: '0', 'data bad': 'z' } },
    ]);
    assert.equal(out, '<p><span data-x="&quot;><script>alert(1)</script>" aria-label="A &amp; B" tabindex="0" class="nc-entity nc-person">ab</span></p>');
  });

  it('ignores empty, reversed and out-of-range marks and clamps the rest', () => {
    assert.equal(renderArticleBody('<p>ab</p>', [{ start: 1, end: 1, kind: 'hit' }, { start: 2, end: 1, kind: 'hit' }, { start: 5, end: 9, kind: 'hit' }]), '<p>ab</p>');
    assert.equal(renderArticleBody('<p>ab</p>', [{ start: -3, end: 1, kind: 'hit' }]), '<p><mark class="nc-hit">a</mark>b</p>');
  });

  it('property: output is well-formed and keeps the text, for any marks', () => {
    const body = '<p>普京与<b>拜登</b>会谈<i>x<u>y</u>z</i></p><ul><li>北约</li><li>秘书长</li></ul><p>end</p>';
    const { text } = extractText(body);
    const mark = fc.record({
      start: fc.integer({ min: -2, max: text.length + 2 }),
      end: fc.integer({ min: -2, max: text.length + 2 }),
      kind: fc.constantFrom<Mark['kind']>('person', 'org', 'hit'),
    });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 8 }), (marks) => {
        const out = renderArticleBody(body, marks);
        assert.equal(extractText(out).text, text);
        const depth = out.match(/<(span|mark)\b/g)?.length ?? 0;
        assert.equal(depth, out.match(/<\/(span|mark)>/g)?.length ?? 0);
        assert.equal(renderArticleBody(out, []), out);
      }),
      { numRuns: 500 },
    );
  });
});
