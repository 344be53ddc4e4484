import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SearchEngine, stateInMemory, transferablesOf, type PreparedSearchBatch, type SearchDocument } from '../../src/core/search';
import { sharedDocuments } from './searchFixtures';

const ALL = { limit: Infinity };
const QUERIES = ['谢尔曼', 'OSCE 维也纳', '"Wendy Sherman"', '俄', 'intel', '北约 -普京', '北约 美国', '乌克兰', 'the', 'in:title 俄罗斯', '，', 'stoltenberg'];

function assertSameResults(actual: SearchEngine, expected: SearchEngine, queries: readonly string[] = QUERIES): void {
  assert.equal(actual.size, expected.size);
  for (const query of queries) {
    assert.deepEqual(actual.search(query, ALL), expected.search(query, ALL), query);
    assert.deepEqual(actual.search(query, { limit: 2 }), expected.search(query, { limit: 2 }), `${query} (limit 2)`);
  }
}

/** The persisted lists of an engine, as bytes: equal when the postings are identical. */
function listsOf(engine: SearchEngine): string {
  const exported = engine.exportState();
  return JSON.stringify(Array.from(exported.lists(), (run) => [run.key, run.count, run.lastDoc, Buffer.from(run.bytes).toString('base64')]));
}

/** Adds `documents` in batches of the given sizes, each prepared as a worker would (posted with its buffers transferred). */
function addInBatches(engine: SearchEngine, documents: readonly SearchDocument[], sizes: readonly number[]): void {
  let at = 0;
  for (let i = 0; at < documents.length; i++) {
    const batch = documents.slice(at, at + Math.max(1, sizes[i % sizes.length]));
    at += batch.length;
    const prepared = SearchEngine.prepare(batch);
    const posted = structuredClone(prepared, { transfer: transferablesOf(prepared) }) as PreparedSearchBatch;
    engine.addPrepared(batch.map(({ id, outlet, published }) => ({ id, outlet, published })), posted);
  }
}

describe('SearchEngine prepared batches', () => {
  const documents = sharedDocuments();

  it('gives the same postings and results as adding each document, whatever the batch sizes', () => {
    const expected = new SearchEngine();
    for (const document of documents) expected.add(document);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 }), (sizes) => {
        const engine = new SearchEngine();
        addInBatches(engine, documents, sizes);
        assert.equal(listsOf(engine), listsOf(expected));
        assertSameResults(engine, expected);
      }),
      { numRuns: 25 },
    );
  });

  it('mixes with single adds, replacements and removals, also on a restored engine', () => {
    const expected = new SearchEngine();
    const engine = new SearchEngine();
    const half = Math.floor(documents.length / 2);
    for (const document of documents.slice(0, half)) expected.add(document);
    addInBatches(engine, documents.slice(0, half), [3]);
    const restored = SearchEngine.importState(stateInMemory(engine.exportState()));
    const replaced = { ...documents[1], text: '替换后的正文 北约 谢尔曼' };
    const later = [...documents.slice(half), replaced];
    for (const document of later) expected.add(document);
    expected.remove(documents[2].id);
    expected.add({ id: 'single', title: '单独', text: '单独加入的文章 OSCE', outlet: 'T' });
    for (const target of [engine, restored]) {
      addInBatches(target, later, [4, 1]);
      target.remove(documents[2].id);
      target.add({ id: 'single', title: '单独', text: '单独加入的文章 OSCE', outlet: 'T' });
      assertSameResults(target, expected, [...QUERIES, '替换后的正文', '单独加入']);
      assert.equal(target.textOf(documents[1].id), replaced.text);
    }
  });

  it('encodes long gaps in one batch (hundreds of documents, a gram only in the first and the last)', () => {
    const many: SearchDocument[] = Array.from({ length: 400 }, (_, i) => ({ id: `d${i}`, title: `标题${i % 7}`, text: i === 0 || i === 399 ? '罕见词 北约' : `北约第${i}次会议`, outlet: 'T' }));
    const expected = new SearchEngine();
    const engine = new SearchEngine();
    for (const target of [expected, engine]) {
      target.add({ id: 'first', title: '罕见词', text: '', outlet: 'T' });
      target.remove('first');
    }
    for (const document of many) expected.add(document);
    addInBatches(engine, many, [400]);
    assert.deepEqual(engine.search('罕见词', ALL).map((hit) => hit.id).sort(), ['d0', 'd399']);
    assert.deepEqual(engine.search('罕见词 北约', ALL), expected.search('罕见词 北约', ALL));
    assert.equal(listsOf(engine), listsOf(expected));
    assert.deepEqual(engine.search('会议', { limit: 5 }), expected.search('会议', { limit: 5 }));
    assert.equal(engine.search('北约', ALL).length, 400);
  });

  it('folds and indexes odd texts as single adds do: lone and paired surrogates, empty fields, separators only', () => {
    const odd: SearchDocument[] = [
      { id: 'o1', title: 'a\uD800b 标题', text: '😀表情 x\uD83D 北约\uDE00谢尔曼', outlet: 'T' },
      { id: 'o2', title: '', text: '', outlet: 'T' },
      { id: 'o3', title: '\uDE00\uD83D', text: ' \n\t ', outlet: 'T' },
      { id: 'o4', title: 'ＯＳＣＥ，維也納', text: '\uD83D\uD83D\uDE00 OSCE 维也纳\uD800', outlet: 'T' },
    ];
    const expected = new SearchEngine();
    for (const document of odd) expected.add(document);
    for (const sizes of [[1], [4], [3, 1]]) {
      const engine = new SearchEngine();
      addInBatches(engine, odd, sizes);
      assert.equal(listsOf(engine), listsOf(expected));
      assertSameResults(engine, expected, [...QUERIES, '表情', '北约', '维也纳', '\uFFFD', '标题']);
      for (const document of odd) assert.equal(engine.textOf(document.id), expected.textOf(document.id));
    }
  });

  it('refuses a batch that does not match its documents', () => {
    const prepared = SearchEngine.prepare(documents.slice(0, 2));
    assert.throws(() => new SearchEngine().addPrepared([{ id: 'a', outlet: 'x' }], prepared), /2 documents/);
  });
});
