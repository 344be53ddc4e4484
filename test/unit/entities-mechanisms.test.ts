import * as assert from 'node:assert/strict';
import { buildEntityGraph, defaultKnowledge, recognizeMentions, type Mention } from '../../src/core/entities';
import { Trie } from '../../src/core/entities/recognize/trie';

/** Mechanisms added for generality and speed; every sentence here is made up. */
const knowledge = defaultKnowledge();
const typed = (text: string): string[] => recognizeMentions(text, knowledge).map((m) => `${m.surface}:${m.type}`);

describe('entities: trie', () => {
  it('finds words starting and ending at a position, folding name dots', () => {
    const trie = new Trie<number>();
    trie.add('北约', 1);
    trie.add('北约秘书长', 2);
    trie.add('温迪·舍曼', 3);
    assert.equal(trie.longestAt('前北约秘书长说', 1), 5);
    assert.equal(trie.longestEndingAt('前北约秘书长说', 6, 8), 5);
    assert.equal(trie.longestEndingAt('前北约秘书长说', 6, 3), 0);
    assert.deepEqual(trie.valuesOf('温迪・舍曼'), [3]);
    const hits: Array<{ start: number; end: number; value: number }> = [];
    trie.matchesAt('北约秘书长', 0, hits);
    assert.deepEqual(hits.map((hit) => hit.value), [1, 2]);
  });
});

describe('entities: media named by typography', () => {
  it('takes titles in 《》 and quoted sites cited as sources, without the marks', () => {
    const found = typed('据《南岭晚报》报道，市政府将调整票价。“山海观察”网站指出，调整幅度不大。');
    assert.ok(found.includes('南岭晚报:org'), found.join(' '));
    assert.ok(found.includes('山海观察:org'), found.join(' '));
  });

  it('takes every quoted outlet of a list closed by 等通讯社', () => {
    const found = typed('“晨星”、“北辰”和“远帆”等通讯社援引官员的话说，会谈将推迟。');
    for (const name of ['晨星', '北辰', '远帆']) assert.ok(found.includes(`${name}:org`), found.join(' '));
  });

  it('reads credit lines (图源：, 原文链接：) but not quoted phrases', () => {
    const found = typed('市长发表讲话 图源：青禾影像\n原文链接：绿野科普 责任编辑：郑雨桐');
    assert.ok(found.includes('青禾影像:org') && found.includes('绿野科普:org'), found.join(' '));
    assert.deepEqual(typed('他说，这是“非常困难的”谈判，“我们不会让步”报道称。').filter((f) => f.endsWith(':org')), []);
  });
});

describe('entities: org boundaries', () => {
  it('does not take an institution followed by an event word (国会骚乱, 议会大厦)', () => {
    assert.ok(!typed('美国国会骚乱一周年之际，各方发表评论。').some((f) => f.startsWith('美国国会')));
  });

  it('accepts a city or region alone before a named ending, but not before a delegation or office', () => {
    const found = typed('北极理事会和北京银行发表声明，日内瓦代表团未回应。');
    assert.ok(found.includes('北极理事会:org') && found.includes('北京银行:org'), found.join(' '));
    assert.ok(!found.some((f) => f.startsWith('日内瓦代表团')), found.join(' '));
  });

  it('reads deputy-minister titles such as 副防长 before a name', () => {
    const mention = recognizeMentions('俄罗斯副防长叶夫库罗夫则表示，北约忽视了安全倡议。', knowledge).find((m) => m.type === 'person');
    assert.equal(mention?.role, '俄罗斯副防长');
  });
});

describe('entities: graph mechanisms', () => {
  const doc = (id: string, text: string): { id: string; mentions: Mention[] } => ({ id, mentions: recognizeMentions(text, knowledge) });

  it('joins a bare org to the one qualified form in the same article (欧盟普通法院 / 普通法院)', () => {
    const graph = buildEntityGraph([doc('a', '欧盟普通法院周三作出裁决。普通法院表示，此前的分析不完整。')], knowledge);
    const ids = new Set(graph.mentionsOf('a').map((m) => m.entityId));
    assert.equal(ids.size, 1, JSON.stringify(graph.entities));
  });

  it('leaves a bare ministry alone when the article names two countries\' ministries', () => {
    const graph = buildEntityGraph([doc('a', '俄罗斯国防部和乌克兰国防部都发表声明。国防部还表示将继续观察。')], knowledge);
    const ids = new Set(graph.mentionsOf('a').map((m) => m.entityId));
    assert.equal(ids.size, 3, JSON.stringify(graph.entities.map((e) => e.aliases)));
  });

  it('gives the same graph when rebuilt from cached mention arrays, and after one document changed', () => {
    const docs = [doc('a', '北约秘书长斯托尔滕贝格说，会谈有益。'), doc('b', '斯托尔滕贝格周二抵达华盛顿。'), doc('c', '拜登表示支持。')];
    const first = buildEntityGraph(docs, knowledge);
    const again = buildEntityGraph(docs, knowledge);
    assert.deepEqual(again.entities, first.entities);
    const changed = [docs[0]!, docs[1]!, doc('c', '拜登和斯托尔滕贝格通话。')];
    const after = buildEntityGraph(changed, knowledge);
    assert.equal(after.entitiesOf('c').length, 2);
    assert.equal(after.entityAt('c', 3)?.id, after.entityAt('b', 0)?.id);
  });
});
