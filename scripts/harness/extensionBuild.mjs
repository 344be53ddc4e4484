// Builds the extension and packages it as news-corpus.vsix (what a user installs).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { harnessDir, repoRoot, vsixPath } from './paths.mjs';

const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** `npm ci` when node_modules is missing. */
export function ensureDependencies() {
  if (fs.existsSync(path.join(repoRoot, 'node_modules', '.package-lock.json'))) return;
  const t0 = Date.now();
  run('npm', ['ci']);
  console.log(`[build] npm ci in ${seconds(t0)}`);
}

/** `npm run build` (esbuild.mjs: dist/extension.js, dist/cli.js, media/article.js). */
export function buildExtension() {
  const t0 = Date.now();
  run('npm', ['run', '--silent', 'build']);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('npm run build did not produce dist/extension.js');
  console.log(`[build] extension built in ${seconds(t0)}`);
}

// Folders and files never packaged (see .vscodeignore); everything else feeds the reuse hash below.
const notPackaged = new Set(['.git', 'node_modules', '.harness', 'src', 'test', 'scripts', 'bench', 'seeds', 'test-results', 'out', '.vscode-test', '.ci']);

/** Hash of the files that can end up in the vsix, to skip vsce (about 20 s, mostly its secret scan) when nothing changed. */
function packageInputsHash() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      const rel = path.relative(repoRoot, full);
      if (notPackaged.has(rel) || rel === path.join('dist', 'test')) continue;
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && !/\.(map|vsix|ts)$/.test(e.name)) hash.update(rel).update('\0').update(fs.readFileSync(full));
    }
  };
  walk(repoRoot);
  return hash.digest('hex');
}

/** Packages news-corpus.vsix with vsce (reused when its inputs are unchanged); the extension is bundled, so no node_modules go in. */
export function packageVsix() {
  const t0 = Date.now();
  const stamp = path.join(harnessDir, 'vsix-inputs.sha256');
  const inputs = packageInputsHash();
  if (fs.existsSync(vsixPath) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === inputs) {
    console.log(`[build] ${path.basename(vsixPath)} unchanged, reused`);
    return vsixPath;
  }
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  // --no-rewrite-relative-links: the README's relative links (docs/…) stay relative; vsce otherwise
  // needs a GitHub/GitLab repository URL to rewrite them and refuses to package.
  const args = [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsixPath];
  // vsce asks (y/N) when there is no LICENSE file; answer it up front instead of hanging.
  if (!fs.readdirSync(repoRoot).some((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f))) args.push('--skip-license');
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const out = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0) throw new Error(`vsce package failed:\n${out}`);
  for (const line of out.split('\n')) if (/WARNING|warn/i.test(line)) console.warn(`[build] vsce: ${line}`);
  fs.mkdirSync(harnessDir, { recursive: true });
  fs.writeFileSync(stamp, inputs);
  console.log(`[build] ${path.basename(vsixPath)} (${(fs.statSync(vsixPath).size / 1024).toFixed(0)} KiB) packaged in ${seconds(t0)}`);
  return vsixPath;
}
