import { strict as assert } from 'node:assert';
import { MemoryByteSource } from '../../src/core/search';
import { PostingPool } from '../../src/core/search/postingPool';

/** A seeded generator (the test must be repeatable). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('PostingPool', () => {
  it('keeps many lists over several slabs, whatever way documents are appended, and exports them as runs', () => {
    const next = random(7);
    const pool = new PostingPool();
    const expected: Array<{ documents: number[]; frequencies: number[] }> = [];
    for (let list = 0; list < 3000; list++) {
      assert.equal(pool.createList(), list);
      expected.push({ documents: [], frequencies: [] });
    }
    // About 3 MB of postings: frequent and rare lists, short and long gaps, single appends and runs.
    for (let doc = 0; doc < 1200; doc++) {
      const touched = new Set<number>();
      for (let k = 0; k < 600; k++) touched.add(Math.floor(next() ** 3 * 3000));
      const sorted = [...touched].sort((a, b) => a - b);
      for (const list of sorted) {
        const document = doc * 300 + Math.floor(next() * 300);
        const frequency = Math.floor(next() * 300);
        if (expected[list].documents.at(-1) === document) continue;
        if (next() < 0.5) pool.append(list, document, frequency);
        else pool.appendRun(list, Int32Array.of((document << 8) | Math.min(frequency, 255)), 0, 1);
        expected[list].documents.push(document);
        expected[list].frequencies.push(Math.min(frequency, 255));
      }
    }
    assert.ok(pool.byteLength > 2 * (1 << 20), `pool of ${pool.byteLength} bytes spans several slabs`);
    for (let list = 0; list < 3000; list += 7) {
      const { documents, frequencies } = pool.decode(list);
      assert.deepEqual([...documents], expected[list].documents, `list ${list}`);
      assert.deepEqual([...frequencies], expected[list].frequencies, `list ${list}`);
    }
    // The exported runs, restored as persisted lists, decode to the same postings.
    const runs = Array.from(pool.exportLists(), (run) => ({ ...run, bytes: run.bytes.slice() })); // a run is valid until the next
    const bytes = new Uint8Array(runs.reduce((sum, run) => sum + run.bytes.length, 0));
    const positions = new Float64Array(runs.length);
    let at = 0;
    runs.forEach((run, i) => {
      positions[i] = at;
      bytes.set(run.bytes, at);
      at += run.bytes.length;
    });
    const restored = new PostingPool({
      counts: Int32Array.from(runs, (run) => run.count),
      lastDocs: Int32Array.from(runs, (run) => run.lastDoc),
      positions,
      byteLengths: Int32Array.from(runs, (run) => run.bytes.length),
      source: new MemoryByteSource(bytes),
    });
    for (let list = 0; list < 3000; list += 11) assert.deepEqual([...restored.decode(list).documents], expected[list].documents, `restored list ${list}`);
  });
});
