// A fresh throw-away workspace laid out like the repository: seeds/ (the default corpus) plus
// everything in test/fixtures/workspace-extra/ (when it exists) copied to the workspace root.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export function createTestWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-workspace-'));
  fs.cpSync(path.join(repoRoot, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  const extra = path.join(repoRoot, 'test', 'fixtures', 'workspace-extra');
  if (fs.existsSync(extra)) fs.cpSync(extra, dir, { recursive: true });
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 }) };
}
