// Bundles the extension-host suite (test/suite/*.ts) into dist/test/suite/*.js with esbuild.
// mocha is bundled into index.js (mocha 12 is an ES module package; bundling spares the extension
// host from loading it from node_modules); `vscode` stays external (the extension host provides it).
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './paths.mjs';

export const suiteSourceDir = path.join(repoRoot, 'test', 'suite');
export const suiteOutDir = path.join(repoRoot, 'dist', 'test', 'suite');
export const suiteEntry = path.join(suiteOutDir, 'index.js');

export async function buildExtensionTests() {
  const entryPoints = fs.readdirSync(suiteSourceDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(suiteSourceDir, f));
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    logOverride: { 'require-resolve-not-external': 'silent' }, // mocha's parallel mode, unused here
    legalComments: 'none',
  });
  return suiteEntry;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(repoRoot, 'scripts', 'harness', 'buildSuite.mjs')) {
  await buildExtensionTests();
  console.log(`built ${path.relative(repoRoot, suiteOutDir)}`);
}
