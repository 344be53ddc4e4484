import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { Corpus } from '../../src/core/corpus';
import { compileKnowledge, parseKnowledgeLines } from '../../src/core/entities/knowledge';
import { IncrementalIndexer } from '../../src/core/index/incrementalIndexer';
import { profilingOptions, readFilesInParallel } from '../../src/core/index/parallelRead';
import { scanCorpus } from '../../src/core/index/scanCorpus';

describe('indexing in worker threads', () => {
  let dir: string;
  let workerScript: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nc-worker-'));
    workerScript = path.join(dir, 'indexWorker.js');
    await esbuild.build({ entryPoints: [path.join(__dirname, '../../src/indexWorker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same corpus as reading on this thread, in batches', async () => {
    const seeds = path.join(__dirname, '../../seeds');
    const inProcess = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await inProcess.refresh([seeds]);
    const threaded = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    let batches = 0;
    const summary = await threaded.refresh([seeds], { workerScript, workers: 2, onBatch: () => batches++ });
    assert.equal(summary.reread, inProcess.corpus.size);
    assert.ok(batches >= 1);
    assert.equal(threaded.corpus.size, inProcess.corpus.size);
    for (const a of inProcess.corpus.index.values()) {
      assert.deepEqual(threaded.corpus.index.get(a.id), a);
      assert.deepEqual(threaded.corpus.mentionsOf(a.id), inProcess.corpus.mentionsOf(a.id));
    }
  });

  it('gives the same search results when the workers prepare the articles for search, whatever the batches', async () => {
    const shared = path.join(__dirname, '../../../shared');
    const roots = [path.join(shared, 'seeds'), path.join(shared, 'corpus')];
    const inProcess = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await inProcess.refresh(roots);
    const threaded = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await threaded.refresh(roots, { workerScript, workers: 2, chunkSize: 3 });
    assert.equal(threaded.corpus.search.size, inProcess.corpus.search.size);
    for (const query of ['谢尔曼', '北约 俄罗斯', '"Wendy Sherman"', 'osce', '俄', '拜登 -普京', 'in:title 乌克兰']) {
      assert.deepEqual(threaded.corpus.search.search(query, { limit: Infinity }), inProcess.corpus.search.search(query, { limit: Infinity }), query);
    }
    for (const a of inProcess.corpus.index.values()) assert.equal(threaded.corpus.textOf(a.id), inProcess.corpus.textOf(a.id));
  });

  it('sends prepared articles without their texts, and finds names in the texts search keeps (other knowledge)', async () => {
    const shared = path.join(__dirname, '../../../shared');
    const files = (await scanCorpus(path.join(shared, 'seeds'))).files;
    const prepared: Array<{ textLength: number; id: string }> = [];
    await readFilesInParallel(files, {
      workerScript,
      workers: 1,
      prepareSearch: true,
      names: false,
      onResults: (batch) => {
        assert.ok(batch.search, 'a prepared batch');
        for (const { article } of batch.results) {
          assert.ok(article && !('text' in article), 'the text goes with the prepared batch only');
          prepared.push({ id: article.id, textLength: article.textLength });
        }
      },
    });
    assert.equal(prepared.length, files.length);
    const knowledge = compileKnowledge(parseKnowledgeLines('nato|NATO|北约,北大西洋公约组织|a test entry', 'org'));
    const inProcess = new IncrementalIndexer(new Corpus({ timeZone: 'UTC', knowledge }));
    await inProcess.refresh([path.join(shared, 'seeds')]);
    const threaded = new IncrementalIndexer(new Corpus({ timeZone: 'UTC', knowledge }));
    await threaded.refresh([path.join(shared, 'seeds')], { workerScript, workers: 1, names: 'later' });
    assert.equal(threaded.corpus.namesPendingCount, 0, 'other knowledge finds the names at once, on this thread');
    let found = 0;
    for (const { id, textLength } of prepared) {
      assert.equal(threaded.corpus.textOf(id)?.length, textLength);
      assert.deepEqual(threaded.corpus.mentionsOf(id), inProcess.corpus.mentionsOf(id));
      found += threaded.corpus.mentionsOf(id).length;
    }
    assert.ok(found > 0, 'names were found');
  });

  it('hands every chunk out once to a slow consumer, and stops on its error', async () => {
    const shared = path.join(__dirname, '../../../shared');
    const files = [...(await scanCorpus(path.join(shared, 'seeds'))).files, ...(await scanCorpus(path.join(shared, 'corpus'))).files];
    const seen: string[] = [];
    let taken = 0;
    await readFilesInParallel(files, {
      workerScript,
      workers: 2,
      chunkSize: 1,
      onResults: async ({ results }) => {
        taken++;
        seen.push(...results.map((r) => r.file.file));
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
    });
    assert.equal(taken, files.length);
    assert.deepEqual([...seen].sort(), files.map((f) => f.file).sort());

    let calls = 0;
    await assert.rejects(
      readFilesInParallel(files, {
        workerScript,
        workers: 2,
        chunkSize: 1,
        onResults: () => {
          if (++calls === 3) throw new Error('consumer failed');
        },
      }),
      /consumer failed/,
    );
  });

  it('indexes without names first, then finds the same names in the workers', async () => {
    const seeds = path.join(__dirname, '../../seeds');
    const now = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await now.refresh([seeds]);
    const later = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await later.refresh([seeds], { workerScript, workers: 2, names: 'later' });
    assert.equal(later.corpus.namesPendingCount, now.corpus.size);
    assert.deepEqual(later.corpus.search.search('谢尔曼', { limit: Infinity }), now.corpus.search.search('谢尔曼', { limit: Infinity }), 'searchable before the names');
    for (const a of now.corpus.index.values()) assert.deepEqual(later.corpus.mentionsOf(a.id), []);
    assert.equal(await later.findNames({ workerScript, workers: 2 }), now.corpus.size);
    assert.equal(later.corpus.namesPendingCount, 0);
    for (const a of now.corpus.index.values()) assert.deepEqual(later.corpus.mentionsOf(a.id), now.corpus.mentionsOf(a.id));
    assert.deepEqual(later.corpus.entities.entities.map((e) => [e.id, e.aliases]), now.corpus.entities.entities.map((e) => [e.id, e.aliases]));
  });

  it('drops names found for an article that changed meanwhile', async () => {
    const corpus = new Corpus({ timeZone: 'UTC' });
    const article = { id: '/x/a.md', root: '/x', path: 'a.md', format: 'front-matter' as const, outlet: 'o', title: 't', text: '北约秘书长斯托尔滕贝格说。' };
    corpus.add(article, 'later');
    const [{ token }] = corpus.namesToFind();
    corpus.add({ ...article, text: '完全不同的正文。' }, 'later');
    assert.equal(corpus.setNames(article.id, token, [{ start: 5, end: 11, surface: '斯托尔滕贝格', type: 'person' }]), false);
    assert.equal(corpus.namesPendingCount, 1);
    corpus.remove(article.id);
    assert.equal(corpus.namesPendingCount, 0);
  });

  it('gives the workers only the profiling options of this process (no loader such as tsx)', () => {
    assert.deepEqual(profilingOptions(['--import', 'tsx', '--cpu-prof', '--cpu-prof-dir', 'profiles', '--expose-gc', '--heap-prof-interval=64', '--require=x']), ['--cpu-prof', '--cpu-prof-dir', 'profiles', '--heap-prof-interval=64']);
    assert.deepEqual(profilingOptions(['--import', 'tsx']), []);
  });
});
