import { strict as assert } from 'node:assert';
import { SearchEngine, stateInMemory, type SearchEngineExport, type SearchEngineState } from '../../src/core/search';
import { sharedDocuments } from './searchFixtures';

const ALL = { limit: Infinity };
const QUERIES = ['谢尔曼', 'OSCE 维也纳', '"Wendy Sherman"', '俄', 'intel', '北约 -普京 after:2022-01-11', '北约 美国', '乌克兰', 'the', 'in:title 俄罗斯', '普京 before:2022-02-01'];

/** An export as a restorable state over copied bytes, as a cache round trip would give (nothing shared). */
function copyState(exported: SearchEngineExport): SearchEngineState {
  const state = stateInMemory(exported);
  return { ...structuredClone({ ...state, texts: undefined, index: undefined }), texts: state.texts, index: { ...state.index, listKeys: state.index.listKeys.slice() } } as SearchEngineState;
}

function assertSameResults(actual: SearchEngine, expected: SearchEngine, queries: readonly string[] = QUERIES): void {
  assert.equal(actual.size, expected.size);
  for (const query of queries) {
    assert.deepEqual(actual.search(query, ALL), expected.search(query, ALL), query);
    assert.deepEqual(actual.search(query, { limit: 3 }), expected.search(query, { limit: 3 }), `${query} (limit 3)`);
  }
}

describe('SearchEngine exportState/importState', () => {
  const documents = sharedDocuments();

  function engineOf(): SearchEngine {
    const engine = new SearchEngine({ timeZone: 'Asia/Shanghai' });
    for (const document of documents) engine.add(document);
    return engine;
  }

  it('gives identical ids, scores, matches and snippets', () => {
    const engine = engineOf();
    assert.ok(engine.search('北约', ALL).length > 0);
    const restored = SearchEngine.importState(copyState(engine.exportState()));
    assert.equal(restored.timeZone, 'Asia/Shanghai');
    assertSameResults(restored, engine);
  });

  it('stays identical after removing and adding on the imported engine', () => {
    const engine = engineOf();
    const victims = engine.search('俄', ALL).slice(0, 3).map((hit) => hit.id);
    engine.remove(victims[0]);
    const restored = SearchEngine.importState(copyState(engine.exportState()));
    assertSameResults(restored, engine);
    for (const target of [engine, restored]) {
      target.remove(victims[1]);
      target.add({ id: 'new', title: 'Ukraine 乌克兰新闻', text: '北约秘书长与谢尔曼在维也纳会谈。OSCE 俄罗斯', outlet: 'Test', published: Date.UTC(2022, 0, 12) });
      target.add({ ...documents.find((document) => document.id === victims[0])!, text: '替换后的正文 俄' });
    }
    assertSameResults(restored, engine, [...QUERIES, '乌克兰新闻', '替换后的正文', 'ukraine']);
    assert.equal(restored.has(victims[1]), false);
    // A second round trip after the changes still agrees.
    assertSameResults(SearchEngine.importState(copyState(restored.exportState())), engine, [...QUERIES, '乌克兰新闻']);
  });

  it('reads texts and postings from its source only when a query needs them, and keeps the source until closed', () => {
    const engine = engineOf();
    const state = stateInMemory(engine.exportState());
    let reads = 0;
    let closed = 0;
    const counting = <T extends { read(position: number, length: number): Uint8Array }>(source: T) => ({
      read: (position: number, length: number) => {
        reads++;
        return source.read(position, length);
      },
      close: () => void closed++,
    });
    const restored = SearchEngine.importState({ ...state, texts: counting(state.texts), index: { ...state.index, lists: { ...state.index.lists, source: counting(state.index.lists.source) } } });
    assert.equal(reads, 0, 'restoring reads no text or list');
    assert.deepEqual(restored.search('谢尔曼', ALL), engine.search('谢尔曼', ALL));
    assert.ok(reads > 0);
    restored.close();
    assert.equal(closed, 2);
  });

  it('saves a restored engine with its later changes, and restores that again', () => {
    const engine = engineOf();
    const restored = SearchEngine.importState(copyState(engine.exportState()));
    const extra = { id: 'extra', title: '新增', text: '斯托尔滕贝格再次表示北约不会让步。', outlet: 'Test', published: 5 };
    for (const target of [engine, restored]) {
      target.add(extra);
      target.remove(documents[1].id);
    }
    const again = SearchEngine.importState(copyState(restored.exportState()));
    assertSameResults(again, engine, [...QUERIES, '斯托尔滕贝格', '再次表示']);
  });

  it('refuses to go on exporting once the engine changed', () => {
    const engine = engineOf();
    const exported = engine.exportState();
    const texts = exported.texts()[Symbol.iterator]();
    texts.next();
    engine.add({ id: 'late', title: 't', text: '迟到', outlet: 'o' });
    assert.throws(() => texts.next(), /changed while it was being saved/);
  });

  it('rebuilds from the original texts when the fold or gram version differs', () => {
    const engine = engineOf();
    engine.remove(documents[0].id);
    for (const change of [{ foldVersion: -1 }, { gramVersion: -1 }]) {
      const restored = SearchEngine.importState({ ...copyState(engine.exportState()), ...change });
      assertSameResults(restored, engine);
    }
  });
});
