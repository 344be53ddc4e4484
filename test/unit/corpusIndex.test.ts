import * as assert from 'node:assert/strict';
import { CorpusIndex, UNDATED } from '../../src/core/index/corpusIndex';
import type { Article } from '../../src/core/model/article';

function article(id: string, outlet: string, published: number | undefined, title = id): Article {
  return { id, root: '/r', path: id, format: 'front-matter', outlet, published, title, html: '<p>x</p>', text: 'x' };
}

describe('CorpusIndex', () => {
  it('groups by outlet and day, newest day first, undated last', () => {
    const index = new CorpusIndex('UTC');
    index.set(article('a', 'VOA', Date.UTC(2022, 0, 12, 1)));
    index.set(article('b', 'VOA', Date.UTC(2022, 0, 5, 1)));
    index.set(article('c', 'VOA', undefined));
    index.set(article('d', 'DW', Date.UTC(2022, 0, 11, 1)));
    assert.deepEqual(index.outlets(), [{ outlet: 'DW', count: 1 }, { outlet: 'VOA', count: 3 }]);
    assert.deepEqual(index.days('VOA').map((d) => d.day), ['2022-01-12', '2022-01-05', UNDATED]);
    assert.equal(index.get('a')?.title, 'a');
    assert.equal((index.get('a') as Partial<Article>).html, undefined, 'the index does not keep body HTML');
  });

  it('groups days in the configured time zone', () => {
    const late = Date.UTC(2022, 0, 12, 20); // 04:00 on the 13th in Shanghai
    const index = new CorpusIndex('UTC');
    index.set(article('a', 'X', late));
    assert.equal(index.days('X')[0].day, '2022-01-12');
    index.setTimeZone('Asia/Shanghai');
    assert.equal(index.days('X')[0].day, '2022-01-13');
  });

  it('replaces and removes incrementally, dropping empty groups', () => {
    const index = new CorpusIndex('UTC');
    let changes = 0;
    index.onDidChange(() => changes++);
    index.set(article('a', 'X', Date.UTC(2022, 0, 1)));
    index.set(article('a', 'Y', Date.UTC(2022, 0, 2)));
    assert.deepEqual(index.outlets(), [{ outlet: 'Y', count: 1 }]);
    assert.equal(index.delete('a'), true);
    assert.equal(index.delete('a'), false);
    assert.deepEqual(index.outlets(), []);
    assert.equal(changes, 3);
  });

  it('lists a day newest first', () => {
    const index = new CorpusIndex('UTC');
    index.set(article('early', 'X', Date.UTC(2022, 0, 1, 1)));
    index.set(article('late', 'X', Date.UTC(2022, 0, 1, 9)));
    assert.deepEqual(index.articlesOn('X', '2022-01-01').map((a) => a.id), ['late', 'early']);
  });
});
