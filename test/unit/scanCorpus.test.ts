import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { decodeSource } from '../../src/core/index/decodeSource';
import { scanCorpus } from '../../src/core/index/scanCorpus';

describe('scanCorpus', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nc-scan-'));
    outside = mkdtempSync(path.join(tmpdir(), 'nc-outside-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('finds article files in nested folders, with corpus-relative paths', async () => {
    mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(path.join(dir, 'top.txt'), 'x');
    writeFileSync(path.join(dir, 'a', 'b', 'deep.md'), 'x');
    writeFileSync(path.join(dir, 'a', 'image.png'), 'x');
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', 'HEAD.txt'), 'x');
    const { files } = await scanCorpus(dir);
    assert.deepEqual(files.map((f) => f.path).sort(), ['a/b/deep.md', 'top.txt']);
  });

  it('skips files above the size limit with a reason naming the limit', async () => {
    writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2048));
    const { files, skipped } = await scanCorpus(dir, { maxFileBytes: 1024 });
    assert.equal(files.length, 0);
    assert.match(skipped[0].reason, /above the 1\.0 KB limit/);
    assert.equal(skipped[0].path, 'big.txt');
  });

  it('never follows a symbolic link out of the corpus, and ends symlink loops', async () => {
    writeFileSync(path.join(outside, 'secret.txt'), 'x');
    symlinkSync(outside, path.join(dir, 'escape'));
    mkdirSync(path.join(dir, 'loop'));
    symlinkSync(dir, path.join(dir, 'loop', 'again'));
    writeFileSync(path.join(dir, 'ok.txt'), 'x');
    const { files, skipped } = await scanCorpus(dir);
    assert.deepEqual(files.map((f) => f.path), ['ok.txt']);
    assert.ok(skipped.some((s) => s.path === 'escape' && /outside the corpus/.test(s.reason)));
    assert.ok(skipped.some((s) => s.path === 'loop/again' && /loop/.test(s.reason)));
  });

  it('reports a missing corpus folder instead of throwing', async () => {
    const { files, skipped } = await scanCorpus(path.join(dir, 'nope'));
    assert.equal(files.length, 0);
    assert.match(skipped[0].reason, /cannot be read: not found/);
  });
});

describe('decodeSource', () => {
  it('refuses empty and binary files with a reason', () => {
    assert.deepEqual(decodeSource(new Uint8Array()), { ok: false, reason: 'empty file' });
    const binary = decodeSource(new Uint8Array([0x89, 0x50, 0x00, 0x01]));
    assert.equal(binary.ok, false);
  });

  it('decodes invalid UTF-8 with replacement and flags it', () => {
    const result = decodeSource(new Uint8Array([0x61, 0xff, 0x62]));
    assert.ok(result.ok);
    assert.equal(result.text, 'a\uFFFDb');
    assert.match(result.warning ?? '', /invalid UTF-8/);
  });

  it('decodes UTF-8 and drops the byte order mark', () => {
    const result = decodeSource(new TextEncoder().encode('\uFEFF北约'));
    assert.ok(result.ok);
    assert.equal(result.text, '北约');
  });
});
