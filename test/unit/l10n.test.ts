import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** The first argument of every `l10n.t('…')` call, unescaped. */
function uiStrings(): Set<string> {
  const found = new Set<string>();
  const call = /l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g;
  for (const file of sourceFiles(path.join(repo, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(call)) found.add(m[1].replace(/\\(.)/g, '$1'));
  }
  return found;
}

describe('translations', () => {
  it('has a zh-cn translation for every UI string in the code', () => {
    const bundle = JSON.parse(readFileSync(path.join(repo, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const missing = [...uiStrings()].filter((s) => !(s in bundle));
    assert.deepEqual(missing, [], `add these to l10n/bundle.l10n.zh-cn.json`);
  });

  it('translates every %key% of package.json in both package.nls files', () => {
    const manifest = readFileSync(path.join(repo, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const table = JSON.parse(readFileSync(path.join(repo, nls), 'utf8')) as Record<string, string>;
      assert.deepEqual([...keys].filter((k) => !(k in table)), [], `missing in ${nls}`);
    }
  });
});
