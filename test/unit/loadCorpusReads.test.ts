import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { ASYNC_READS_AFTER_DISK, loadArticleFile, loadArticleForIndex, ReadTimes } from '../../src/core/index/loadCorpus';
import { BROKEN_FIXTURES_DIR } from './brokenCorpus';
import { SHARED_DIR } from './sharedCorpus';

type Where = { file: string; root: string; path: string };

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The worker: reads the files it is sent with `loadArticleForIndex`, all at once as the indexing worker does, then one by one. */
const WORKER_SOURCE = `
import { parentPort } from 'node:worker_threads';
import { loadArticleForIndex, loadArticleFile } from ${JSON.stringify(path.resolve(__dirname, '../../src/core/index/loadCorpus'))};
parentPort.on('message', async (wheres) => {
  const atOnce = await Promise.all(wheres.map((w) => loadArticleForIndex(w)));
  const oneByOne = [];
  for (const w of wheres) oneByOne.push(await loadArticleForIndex(w));
  const full = await Promise.all(wheres.map((w) => loadArticleFile(w)));
  parentPort.postMessage({ atOnce, oneByOne, full });
});
`;

describe('reading corpus files', () => {
  let dir: string;
  let workerScript: string;
  let wheres: Where[];

  before(async () => {
    dir = fs.mkdtempSync(path.join(tmpdir(), 'nc-reads-'));
    fs.writeFileSync(path.join(dir, 'worker.ts'), WORKER_SOURCE);
    workerScript = path.join(dir, 'worker.js');
    await esbuild.build({ entryPoints: [path.join(dir, 'worker.ts')], outfile: workerScript, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent', nodePaths: [path.resolve(__dirname, '../../node_modules')] });
    // Files around the sizes where the read buffer grows or is not kept (64 KiB, 1 MiB), some not UTF-8, and some that cannot be read.
    const generated = path.join(dir, 'corpus');
    fs.mkdirSync(generated);
    const article = (bodyBytes: number, filler: string) => `---\ntitle: 北约\ndate: 2022-01-10\n---\n<p>${filler.repeat(Math.ceil(bodyBytes / Buffer.byteLength(filler)))}</p>\n`;
    fs.writeFileSync(path.join(generated, 'a-small.md'), article(100, '谢尔曼'));
    fs.writeFileSync(path.join(generated, 'b-64k.md'), article(64 * 1024 - 60, 'x'));
    fs.writeFileSync(path.join(generated, 'c-over-64k.md'), article(70 * 1024, '斯托尔滕贝格'));
    fs.writeFileSync(path.join(generated, 'd-small-after-large.md'), article(10, 'a'));
    fs.writeFileSync(path.join(generated, 'e-over-1m.md'), article(1100 * 1024, '北约与俄罗斯'));
    fs.writeFileSync(path.join(generated, 'f-invalid.md'), Buffer.concat([Buffer.from(article(5000, '谢')), Buffer.from([0xed, 0xa0, 0x80, 0xff])]));
    fs.writeFileSync(path.join(generated, 'g-empty.md'), '');
    fs.writeFileSync(path.join(generated, 'h-binary.md'), Buffer.from([0x89, 0x50, 0, 1]));
    fs.mkdirSync(path.join(generated, 'i-folder.md'));
    const roots = [path.join(SHARED_DIR, 'seeds'), path.join(SHARED_DIR, 'corpus'), BROKEN_FIXTURES_DIR, generated];
    wheres = roots.flatMap((root) => filesUnder(root).map((file) => ({ file, root, path: path.relative(root, file).split(path.sep).join('/') })));
    wheres.push({ file: path.join(generated, 'i-folder.md'), root: generated, path: 'i-folder.md' }, { file: path.join(generated, 'missing.md'), root: generated, path: 'missing.md' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same results in a worker thread (synchronous reads into a kept buffer) as on this thread', async () => {
    const expectedForIndex = await Promise.all(wheres.map((w) => loadArticleForIndex(w)));
    const expectedFull = await Promise.all(wheres.map((w) => loadArticleFile(w)));
    const reasons = expectedForIndex.map((r) => (r.article ? r.warning?.reason : r.problem.reason)).join('\n');
    for (const reason of ['cannot be read: is a folder', 'cannot be read: not found', 'empty file', 'binary file', 'invalid UTF-8']) assert.ok(reasons.includes(reason), reason);
    assert.ok(expectedForIndex.some((r) => r.article?.path === 'e-over-1m.md' && r.article.text.length > 350_000), 'the file above 1 MiB is read');
    const worker = new Worker(workerScript);
    try {
      const got = await new Promise<{ atOnce: unknown; oneByOne: unknown; full: unknown }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(wheres);
      });
      assert.deepEqual(got.atOnce, expectedForIndex);
      assert.deepEqual(got.oneByOne, expectedForIndex);
      assert.deepEqual(got.full, expectedFull);
    } finally {
      await worker.terminate();
    }
  });
});

describe('ReadTimes (when sync reads come from the disk)', () => {
  const FAST = 0.012;
  const SLOW = 0.08;
  const VERY_SLOW = 0.7;
  /** Records `count` reads of 8 KB taking `ms` each; returns the last answer and whether any asked for async reads. */
  const record = (times: ReadTimes, count: number, ms: number) => {
    let asked = 0;
    for (let i = 0; i < count; i++) asked = Math.max(asked, times.record(ms, 8000));
    return asked;
  };

  it('keeps reads from the page cache synchronous', () => {
    let blocks = 0;
    const times = new ReadTimes(() => blocks++);
    assert.equal(record(times, 10_000, FAST), 0);
    assert.equal(blocks, 0, 'the block count is not even asked for');
    // Large files take longer; 1 MB in 0.5 ms is no disk read.
    for (let i = 0; i < 100; i++) assert.equal(times.record(0.5, 1024 * 1024), 0);
  });

  it('takes most reads being very slow for reads from the disk, at once', () => {
    const times = new ReadTimes(() => 0);
    assert.equal(record(times, 15, VERY_SLOW), 0);
    assert.equal(times.record(VERY_SLOW, 8000), ASYNC_READS_AFTER_DISK);
  });

  it('confirms slow reads with blocks read from the disk over a second check', () => {
    let blocks = 100;
    const times = new ReadTimes(() => blocks);
    assert.equal(record(times, 16, SLOW), 0, 'one slow check is not enough');
    blocks += 16;
    assert.equal(record(times, 15, SLOW), 0);
    assert.equal(times.record(SLOW, 8000), ASYNC_READS_AFTER_DISK);
    // After asynchronous reads that read from the disk, one slow check is enough.
    blocks += 500;
    assert.equal(record(times, 16, SLOW), ASYNC_READS_AFTER_DISK);
    // Fast again: synchronous.
    assert.equal(record(times, 64, FAST), 0);
  });

  it('does not take reads slowed by a busy processor (no blocks read) for reads from the disk', () => {
    const times = new ReadTimes(() => 7);
    assert.equal(record(times, 16 * 50, SLOW), 0);
    // Nor a few slow reads among fast ones.
    const mixed = new ReadTimes(() => undefined);
    for (let i = 0; i < 1600; i++) assert.equal(mixed.record(i % 16 < 7 ? VERY_SLOW : FAST, 8000), 0);
  });

  it('goes by the times alone where there is no block count', () => {
    const times = new ReadTimes(() => undefined);
    assert.equal(record(times, 16, SLOW), ASYNC_READS_AFTER_DISK);
  });
});
