import * as assert from 'node:assert/strict';
import { outletFromUrl, resolveOutlet } from '../../src/core/model/outlet';

describe('resolveOutlet', () => {
  it('uses the author, else the outlet category after the medium category', () => {
    assert.equal(resolveOutlet({ outletHint: '观察者网', categories: ['新媒体', '别的'] }), '观察者网');
    assert.equal(resolveOutlet({ categories: ['传统媒体', 'Phoronix - 新闻与评测'] }), 'Phoronix - 新闻与评测');
    assert.equal(resolveOutlet({ categories: ['头条'] }), '');
    assert.equal(resolveOutlet({}), '');
  });

  it('maps variant spellings to one name', () => {
    assert.equal(resolveOutlet({ outletHint: '德國之聲' }), '德国之声');
    assert.equal(resolveOutlet({ outletHint: ' IT之家 ' }), 'IT 之家');
  });

  it('names known hosts, else gives the bare host', () => {
    assert.equal(outletFromUrl('https://www.voachinese.com/a/x/1.html'), '美国之音');
    assert.equal(outletFromUrl('https://www.dw.com/zh/a-1'), '德国之声');
    assert.equal(outletFromUrl('https://chinese.aljazeera.net/news/1'), 'Aljazeera 半岛网');
    assert.equal(outletFromUrl('https://www.guancha.cn/x.shtml'), '观察者网');
    assert.equal(outletFromUrl('https://www.bbc.com/zhongwen/simp/world-1'), 'BBC中文');
    assert.equal(outletFromUrl('https://www.bbc.com/news/world-1'), 'bbc.com');
    assert.equal(outletFromUrl('https://news.mydrivers.com/1/2.htm'), '快科技（原驱动之家）');
    assert.equal(outletFromUrl('https://www.example.org/a'), 'example.org');
    assert.equal(outletFromUrl('not a url'), '');
  });

  it('gives one name for one outlet from both formats', () => {
    assert.equal(resolveOutlet({ outletHint: 'Aljazeera 半岛网' }), resolveOutlet({ url: 'https://chinese.aljazeera.net/a' }));
    assert.equal(resolveOutlet({ outletHint: 'IT 之家' }), resolveOutlet({ url: 'https://www.ithome.com/0/1.htm' }));
    assert.equal(resolveOutlet({ outletHint: 'cnBeta' }), resolveOutlet({ url: 'https://www.cnbeta.com/articles/1.htm' }));
  });
});
