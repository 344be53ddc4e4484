import { strict as assert } from 'node:assert';
import { SearchEngine, type SearchEngineState } from '../../src/core/search';
import { sharedDocuments } from './searchFixtures';

const ALL = { limit: Infinity };
const QUERIES = ['谢尔曼', 'OSCE 维也纳', '"Wendy Sherman"', '俄', 'intel', '北约 -普京 after:2022-01-11', '北约 美国', '乌克兰', 'the', 'in:title 俄罗斯', '普京 before:2022-02-01'];

/** A deep copy of a state, as a cache round trip would give (no shared arrays or objects). */
function copyState(state: SearchEngineState): SearchEngineState {
  return structuredClone(state);
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

  it('rebuilds from the original texts when the fold or gram version differs', () => {
    const engine = engineOf();
    engine.remove(documents[0].id);
    for (const change of [{ foldVersion: -1 }, { gramVersion: -1 }]) {
      const restored = SearchEngine.importState({ ...copyState(engine.exportState()), ...change });
      assertSameResults(restored, engine);
    }
  });
});
