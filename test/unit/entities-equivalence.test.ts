import * as assert from 'node:assert/strict';
import { buildEntityGraph, defaultKnowledge, recognizeMentions, type EntityGraph, type Mention } from '../../src/core/entities';
import { HitList, Trie } from '../../src/core/entities/recognize/trie';
import { forEachMatchAt, MARK_OF } from '../../src/core/entities/recognize/triggers';

/** The shortcuts taken for speed give the same results as the plain ways they replace; every sentence here is made up. */
const knowledge = defaultKnowledge();

/** A small deterministic generator (the tests must not depend on the run). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const SENTENCES = [
  '北约秘书长斯托尔滕贝格说，会谈有益。',
  '俄罗斯副外长里亚布科夫表示，谈判陷入僵局。',
  '利亚布科夫说，俄方不会接受最后通牒。',
  '美国副国务卿温迪·舍曼（Wendy Sherman）率团出席。',
  '舍曼周一表示，美方将继续磋商。',
  '上海东方报业有限公司（东方报业）增资入股。东方报业随后发表声明。',
  '据塔斯社报道，克里姆林宫发言人佩斯科夫称，普京将出席。',
  '美国驻俄罗斯大使沙利文周一会见了俄方官员。',
  '美国国家安全顾问沙利文周二表示，制裁即将到来。',
  '戴尔、惠普、NEC 和联想都发布了新品。',
  '【文/观察者网 陈思佳】',
  '责任编辑：王五',
  '“晨星”、“北辰”和“远帆”等通讯社援引官员的话说，会谈将推迟。',
  '图源：青禾影像',
  '欧盟普通法院周三作出裁决。普通法院表示，此前的分析不完整。',
  '俄罗斯国防部和乌克兰国防部都发表声明。国防部还表示将继续观察。',
];

function randomDocs(seed: number, count: number): Array<{ id: string; mentions: Mention[] }> {
  const next = generator(seed);
  return Array.from({ length: count }, (_, index) => {
    let text = '';
    for (let k = 1 + Math.floor(next() * 5); k > 0; k--) text += SENTENCES[Math.floor(next() * SENTENCES.length)];
    return { id: `doc${index}`, mentions: recognizeMentions(text, knowledge) };
  });
}

/** Everything a graph answers about the given documents. */
function answers(graph: EntityGraph, ids: readonly string[]): unknown {
  return {
    entities: graph.entities,
    mentions: ids.map((id) => graph.mentionsOf(id)),
    entitiesOf: ids.map((id) => graph.entitiesOf(id).map((entity) => entity.id)),
    at: ids.map((id) => [0, 2, 5, 9, 14, 20, 30].map((offset) => graph.entityAt(id, offset)?.id)),
    byId: graph.entities.map((entity) => graph.entity(entity.id)?.id),
  };
}

/** A correction that changes nothing, which makes `buildEntityGraph` take its general way. */
const NO_OP = { notEntity: ['（不是任何名字）'], split: [], merge: [] };

describe('entities: equivalence of the fast ways', () => {
  it('builds the same graph from whole clusters as from mention positions', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const docs = randomDocs(seed, 30);
      const ids = docs.map((doc) => doc.id);
      assert.deepEqual(answers(buildEntityGraph(docs, knowledge), ids), answers(buildEntityGraph(docs, knowledge, NO_OP), ids));
    }
  });

  it('gives the same graph for mentions out of offset order and for repeated document ids', () => {
    const next = generator(7);
    const docs = randomDocs(7, 20).map((doc) => ({ id: doc.id, mentions: [...doc.mentions].sort(() => next() - 0.5) }));
    const ids = docs.map((doc) => doc.id);
    assert.deepEqual(answers(buildEntityGraph(docs, knowledge), ids), answers(buildEntityGraph(docs, knowledge, NO_OP), ids));
    const repeated = [...docs.slice(0, 5), ...docs.slice(0, 5)];
    const graph = buildEntityGraph(repeated, knowledge);
    assert.equal(graph.mentionsOf('doc0').length, 2 * docs[0]!.mentions.length);
  });

  it('returns the same mention list on every call and an empty one for unknown documents', () => {
    const docs = randomDocs(3, 5);
    const graph = buildEntityGraph(docs, knowledge);
    assert.equal(graph.mentionsOf('doc1'), graph.mentionsOf('doc1'));
    assert.deepEqual(graph.mentionsOf('nowhere'), []);
    assert.equal(graph.entityAt('nowhere', 0), undefined);
  });

  it('finds the matches of a global pattern by trying it only where it can start', () => {
    const global = /【\s*(?:文|记者)\s*[/：]\s*([^【】\n]{1,10})】|[二三]国/g;
    const sticky = new RegExp(global.source, 'y');
    const next = generator(11);
    const pieces = ['【文/', '【记者：', '】', '二国', '三', '国', ' ', '张三', '\n', '【'];
    for (let round = 0; round < 200; round++) {
      let text = '';
      for (let k = Math.floor(next() * 12); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      const expected = [...text.matchAll(global)].map((match) => `${match.index}:${match[0]}`);
      const starts: number[] = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '【' || text[i] === '二' || text[i] === '三') starts.push(i);
      const found: string[] = [];
      forEachMatchAt(text, sticky, starts, (match) => found.push(`${match.index}:${match[0]}`));
      assert.deepEqual(found, expected, text);
    }
  });

  it('scans the same words with marks as one word at a time, and marks the pattern characters', () => {
    const trie = new Trie<number>();
    ['北约', '北约秘书长', '秘书长', '说', '温迪·舍曼', '舍曼', '俄罗斯', '俄'].forEach((word, index) => trie.add(word, index));
    const text = '前北约秘书长斯托尔滕贝格说，温迪・舍曼（Wendy Sherman）与俄罗斯【记者】';
    const expected: Array<{ start: number; end: number; value: number }> = [];
    trie.matchesEverywhere(text, expected);
    const hits = new HitList();
    const marks = new HitList();
    trie.scanEverywhereMarking(text, hits, MARK_OF, marks);
    const found: Array<{ start: number; end: number; value: number }> = [];
    for (let h = 0; h < hits.length; h++) for (const value of trie.valuesOfSlot(hits.slots[h]!)) found.push({ start: hits.starts[h]!, end: hits.ends[h]!, value });
    assert.deepEqual(found, expected);
    const marked: number[] = [];
    for (let m = 0; m < marks.length; m++) marked.push(marks.starts[m]!);
    const expectedMarks: number[] = [];
    for (let i = 0; i < text.length; i++) if (MARK_OF[text.charCodeAt(i)]) expectedMarks.push(i);
    assert.deepEqual(marked, expectedMarks);
    assert.ok(marked.includes(text.indexOf('・')) && marked.includes(text.indexOf('（')) && marked.includes(text.indexOf('【')));
  });
});
