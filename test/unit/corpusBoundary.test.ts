import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { outsideCorpusReason } from '../../src/core/index/corpusBoundary';

describe('outsideCorpusReason (what the watcher may read)', () => {
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'nc-boundary-'));
    outside = mkdtempSync(path.join(tmpdir(), 'nc-elsewhere-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('allows files and folders inside the corpus, also through links that stay inside', async () => {
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'x.txt'), 'x');
    symlinkSync(path.join(root, 'a', 'x.txt'), path.join(root, 'inside-link.txt'));
    assert.equal(await outsideCorpusReason(path.join(root, 'a', 'x.txt'), root, 1024), undefined);
    assert.equal(await outsideCorpusReason(path.join(root, 'a'), root), undefined);
    assert.equal(await outsideCorpusReason(path.join(root, 'inside-link.txt'), root, 1024), undefined);
  });

  it('refuses a file or folder reached through a link out of the corpus', async () => {
    writeFileSync(path.join(outside, 'secret.txt'), 'x');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    symlinkSync(outside, path.join(root, 'escape-folder'));
    assert.match((await outsideCorpusReason(path.join(root, 'escape.txt'), root, 1024)) ?? '', /outside the corpus/);
    assert.match((await outsideCorpusReason(path.join(root, 'escape-folder'), root)) ?? '', /outside the corpus/);
  });

  it('refuses a file above the size limit, naming the setting', async () => {
    writeFileSync(path.join(root, 'big.txt'), 'x'.repeat(4096));
    assert.match((await outsideCorpusReason(path.join(root, 'big.txt'), root, 1024)) ?? '', /above the 1\.0 KB limit \(newsCorpus\.maxFileSizeMB\)/);
  });
});

describe('outsideCorpusReason for a path already gone', () => {
  it('refuses nothing: the reader forgets a deleted file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'nc-boundary-gone-'));
    try {
      assert.equal(await outsideCorpusReason(path.join(root, 'deleted.txt'), root, 1024), undefined);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
