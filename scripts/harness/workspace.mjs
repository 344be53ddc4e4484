// A fresh throw-away workspace laid out like the repository: seeds/ (the default corpus) plus
// everything in test/fixtures/workspace-extra/ (when it exists) copied to the workspace root, and every
// hostile fixture (test/fixtures/hostile/) in seeds/hostile/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export function createTestWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-workspace-'));
  fs.cpSync(path.join(repoRoot, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  const extra = path.join(repoRoot, 'test', 'fixtures', 'workspace-extra');
  if (fs.existsSync(extra)) fs.cpSync(extra, dir, { recursive: true });
  // Every hostile fixture goes into the corpus, so the UI run opens each one in the real article view.
  const hostile = path.join(repoRoot, 'test', 'fixtures', 'hostile');
  fs.mkdirSync(path.join(dir, 'seeds', 'hostile'), { recursive: true });
  for (const name of fs.readdirSync(hostile)) {
    if (name !== 'README.md') fs.copyFileSync(path.join(hostile, name), path.join(dir, 'seeds', 'hostile', name));
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
