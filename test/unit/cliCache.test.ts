import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseCommonArgs } from '../../src/cli/args';
import { indexCommand } from '../../src/cli/indexCommand';

describe('CLI index --cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nc-cli-cache-'));
    cpSync(path.join(__dirname, '../../seeds'), path.join(dir, 'corpus'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[]): Promise<{ out: string[]; log: string[] }> {
    const out: string[] = [];
    const log: string[] = [];
    assert.equal(await indexCommand(parseCommonArgs(argv), (t) => out.push(t), (t) => log.push(t)), 0);
    return { out, log };
  }

  it('lists the same articles with and without the cache, reads only changed files the second time, and writes only to the cache folder', async () => {
    const corpus = path.join(dir, 'corpus');
    const cache = path.join(dir, 'cache');
    const before = readdirSync(corpus).sort();
    const plain = await run(['--corpus', corpus, '--json']);
    const first = await run(['--corpus', corpus, '--json', '--cache', cache]);
    const second = await run(['--corpus', corpus, '--json', '--cache', cache]);
    assert.deepEqual(JSON.parse(first.out.join('\n')), JSON.parse(plain.out.join('\n')));
    assert.deepEqual(JSON.parse(second.out.join('\n')), JSON.parse(plain.out.join('\n')));
    assert.match(first.log.join('\n'), /5 files, 5 read/);
    assert.match(second.log.join('\n'), /5 files, 0 read, 0 gone/);
    assert.equal(readdirSync(cache).filter((f) => f.endsWith('.ncix')).length, 1);
    assert.deepEqual(readdirSync(corpus).sort(), before, 'nothing was written into the corpus folder');
  });
});
