import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const SEEDS = path.join(__dirname, '../../seeds');

/**
 * A throw-away copy of seeds/ plus one empty file, which is no article (so that a problem is
 * indexed and cached too); returns the copy's folder, under a fresh temporary folder named `prefix`….
 */
export function seedsCopyWithProblem(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const root = path.join(dir, 'corpus');
  cpSync(SEEDS, root, { recursive: true });
  writeFileSync(path.join(root, 'empty.md'), '');
  return root;
}
