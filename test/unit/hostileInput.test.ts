import * as assert from 'node:assert/strict';
import { articleForIndex, articleFromSource } from '../../src/core/articleFromSource';
import { ArticleFormatError } from '../../src/core/formats/readRawArticle';
import type { Article } from '../../src/core/model/article';
import { renderArticleView } from '../../src/core/render/articleView';
import { HOSTILE_DIR, hostileFixtures, REFUSAL_REASONS } from './hostileFixtures';
import { isHttpUrl, safetyViolations, TRACKER_HOST } from './htmlSafety';

/** Reads a fixture: the article, or the format error it was refused with. */
function read(fixture: { name: string; file: string; source: string }): Article | ArticleFormatError {
  try {
    return articleFromSource(fixture.source, { root: HOSTILE_DIR, path: fixture.name, file: fixture.file });
  } catch (error) {
    if (error instanceof ArticleFormatError) return error;
    throw error;
  }
}

describe('hostile input (test/fixtures/hostile)', () => {
  const fixtures = hostileFixtures();

  it('uses checks that catch each kind of violation', () => {
    const unsafe = '<p onclick="x" style="color:red">x</p><script></script><img src="jav&#x09;ascript:x" srcset="a 2x"><img src="https://tracker.invalid/p.gif">';
    assert.equal(safetyViolations(unsafe).length, 6);
    assert.equal(safetyViolations(unsafe, { trackers: false }).length, 5);
  });

  it('has fixtures in both source formats', () => {
    assert.ok(fixtures.length >= 20, `${fixtures.length} fixtures`);
    assert.ok(fixtures.some((f) => f.source.startsWith('---\n')));
    assert.ok(fixtures.some((f) => f.source.startsWith('<!--')));
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const refusal = REFUSAL_REASONS[fixture.name];
      const result = read(fixture);

      it(refusal ? 'is read with its text, or refused with a reason naming the problem' : 'is read, and its readable paragraph is in the text', () => {
        if (result instanceof ArticleFormatError) {
          assert.ok(refusal, `refused: ${result.message}`);
          assert.match(result.message, refusal);
        } else {
          assert.ok(result.text.includes(fixture.readable), `text: ${JSON.stringify(result.text)}`);
        }
      });

      it('gives the indexer (articleForIndex) every field and the very text of the article shown, or the same refusal', () => {
        const where = { root: HOSTILE_DIR, path: fixture.name, file: fixture.file };
        if (result instanceof ArticleFormatError) {
          assert.throws(() => articleForIndex(fixture.source, where), (error) => error instanceof ArticleFormatError && error.message === result.message);
        } else {
          const { html: _html, ...fields } = result;
          assert.deepEqual(articleForIndex(fixture.source, where), fields);
        }
      });

      if (result instanceof ArticleFormatError) return;
      const article = result;

      it('keeps the article fields free of unsafe URLs', () => {
        for (const url of [article.url, article.headImage]) {
          if (url !== undefined) assert.ok(isHttpUrl(url), `not an http(s) URL: ${url}`);
        }
        assert.ok(!article.headImage?.includes(TRACKER_HOST), `head image ${article.headImage}`);
      });

      for (const images of ['allowed', 'blocked'] as const) {
        it(`renders with images ${images}: no active content, handlers, styles, srcset, non-http(s) URLs or tracker pixels`, () => {
          const view = renderArticleView(article, { images, timeZone: 'UTC' });
          assert.deepEqual(safetyViolations(view.html), []);
          assert.deepEqual(safetyViolations(article.html), []);
        });
      }
    });
  }

  it('keeps real images and links next to hostile ones', () => {
    const byName = new Map(fixtures.map((f) => [f.name, f]));
    const pixels = read(byName.get('tracking-pixels.txt') ?? assert.fail('tracking-pixels.txt'));
    const urls = read(byName.get('javascript-urls.md') ?? assert.fail('javascript-urls.md'));
    assert.ok(!(pixels instanceof ArticleFormatError) && !(urls instanceof ArticleFormatError));
    assert.match(pixels.html, /<img src="https:\/\/images\.example\.com\/real-photo\.jpg"/);
    assert.match(urls.html, /<a href="https:\/\/www\.example\.com\/ok"/);
  });

  it('never ran any of the code the fixtures carry', () => {
    assert.equal((globalThis as { __ncPwned?: unknown }).__ncPwned, undefined);
  });

  it('ends the billion-laughs front matter at once instead of expanding it', () => {
    const fixture = fixtures.find((f) => f.name === 'yaml-billion-laughs.md') ?? assert.fail('yaml-billion-laughs.md');
    const result = read(fixture);
    assert.ok(result instanceof ArticleFormatError || typeof result.title === 'string');
  });
});
