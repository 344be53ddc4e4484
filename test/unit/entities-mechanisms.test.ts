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

  it('reads each document\'s mentions once, through a getter that makes them, and gives the same graph as from arrays', () => {
    const docs = [doc('a', '北约秘书长斯托尔滕贝格说，会谈有益。'), doc('b', '斯托尔滕贝格周二抵达华盛顿。拜登表示支持。'), doc('c', '欧盟普通法院周三作出裁决。普通法院表示同意。')];
    const reads = new Map<string, number>();
    const lazy = docs.map(({ id, mentions }) => ({
      id,
      get mentions(): Mention[] {
        reads.set(id, (reads.get(id) ?? 0) + 1);
        return mentions.map((m) => ({ ...m })); // a new array each time, as unpacking stored mentions gives
      },
    }));
    const fromGetters = buildEntityGraph(lazy, knowledge);
    assert.deepEqual([...reads.values()], [1, 1, 1]);
    const fromArrays = buildEntityGraph(docs, knowledge);
    assert.deepEqual(fromGetters.entities, fromArrays.entities);
    for (const id of ['a', 'b', 'c']) assert.deepEqual(fromGetters.mentionsOf(id), fromArrays.mentionsOf(id));
  });
});

describe('entities: general mechanisms (made-up sentences)', () => {
  it('reads a short name after a title, closed by a list mark or a verb, but not common words', () => {
    const found = typed('会议由部长主持，副防长莫明、特使林南则表示同意。');
    assert.ok(found.includes('莫明:person'), found.join(' '));
    assert.ok(!typed('两国代表多次表示，发言人报道，主席观点明确。').some((f) => f.endsWith(':person')), typed('两国代表多次表示，发言人报道，主席观点明确。').join(' '));
  });

  it('finds the last name of a dot-joined name alone later, whichever name dot joins it (·, ・, •)', () => {
    for (const dot of ['·', '・', '•']) {
      const found = recognizeMentions(`外交官阿列克谢${dot}沃罗宁科夫表示，会谈没有结果。沃罗宁科夫随后离开。`, knowledge).map((m) => `${m.surface}@${m.start}`);
      assert.deepEqual(found, [`阿列克谢${dot}沃罗宁科夫@3`, '沃罗宁科夫@23'], dot);
    }
  });

  it('reads a Chinese name after a quoted role-like noun', () => {
    assert.ok(typed('“老戏骨”王德海因病去世。').includes('王德海:person'));
  });

  it('types an acronym listed next to known companies as an org, not a bare list of terms', () => {
    assert.ok(typed('厂商戴尔、XYZ 和联想都表态。').includes('XYZ:org'), typed('厂商戴尔、XYZ 和联想都表态。').join(' '));
    assert.deepEqual(typed('CPU、GPU和内存都涨价。'), []);
  });

  it('takes a place plus a proper part before 报道称 as an outlet, not a description', () => {
    assert.ok(typed('据俄罗斯晨曦快讯报道称，会谈推迟。').includes('俄罗斯晨曦快讯:org'), typed('据俄罗斯晨曦快讯报道称，会谈推迟。').join(' '));
    assert.deepEqual(typed('俄罗斯官方媒体援引消息人士的话说。'), []);
  });

  it('does not take an org phrase after a demonstrative (这个…联盟)', () => {
    assert.ok(!typed('他们加入了这个东方经济联盟的讨论。').some((f) => f.includes('联盟')));
  });

  it('finds an abbreviation of an earlier long org name and unifies it', () => {
    const text = '南江城市建设发展投资基金宣布出资。交易完成后，南建投成为第二大股东。';
    assert.ok(typed(text).includes('南建投:org'), typed(text).join(' '));
    const graph = buildEntityGraph([{ id: 'a', mentions: recognizeMentions(text, knowledge) }], knowledge);
    assert.equal(graph.entities.filter((e) => e.type === 'org').length, 1);
    const place = typed('美国国家安全委员会召开会议。分析人士说，美国安全将受到威胁。');
    assert.ok(!place.includes('美国安全:org'), place.join(' '));
  });

  it('takes a city + count + 国 as a group of countries, but not a region or country grouping', () => {
    const found = typed('外长与布达佩斯五国代表会谈，中亚五国和波罗的海三国也表态。');
    assert.ok(found.includes('布达佩斯五国:org'), found.join(' '));
    assert.ok(!found.some((f) => f.startsWith('中亚') || f.startsWith('波罗的海')), found.join(' '));
  });

  it('unifies X and X集团 in one document', () => {
    const mentions: Mention[] = [
      { start: 0, end: 4, surface: '青禾传媒', type: 'org' },
      { start: 10, end: 16, surface: '青禾传媒集团', type: 'org' },
    ];
    const graph = buildEntityGraph([{ id: 'a', mentions }], knowledge);
    assert.equal(graph.entities.length, 1);
  });
});
