// `npm run test:ui`: the tests that need a real VS Code.
//   (a) the extension-host mocha suite (test/suite/*.test.ts) with the repository as development path;
//   (b) the Playwright scenarios test/ui/*.ui.mjs against news-corpus.vsix installed in code-server.
// Both run on a fresh copy of seeds/ (+ test/fixtures/workspace-extra/), except scenarios that make
// their own workspace (`export async function workspace`, e.g. 09's generated 2000-article corpus).
// Screenshots and code-server logs go to test-results/. Exit code 1 on any failure.
// Options: --only <text>  run only scenarios whose file name contains <text>
//          --no-suite     skip (a)      --no-scenarios  skip (b)
import fs from 'node:fs';
import path from 'node:path';
import { buildExtensionTests } from './harness/buildSuite.mjs';
import { buildExtension, ensureDependencies, packageVsix } from './harness/extensionBuild.mjs';
import { runExtensionHostSuite } from './harness/extensionHostSuite.mjs';
import { ensureHarness } from './harness/install.mjs';
import { startMemorySampler } from './harness/memorySampler.mjs';
import { testResultsDir } from './harness/paths.mjs';
import { runUiScenarios } from './harness/uiScenarios.mjs';
import { compareFingerprints, fingerprintCorpus } from './harness/corpusFingerprint.mjs';
import { createTestWorkspace } from './harness/workspace.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const withSuite = !argv.includes('--no-suite') && !only;
const withScenarios = !argv.includes('--no-scenarios');

const t0 = Date.now();
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;

async function main() {
  ensureHarness();
  ensureDependencies();
  buildExtension();
  const suiteEntry = await buildExtensionTests();
  const vsix = packageVsix();

  fs.mkdirSync(testResultsDir, { recursive: true });
  for (const f of fs.readdirSync(testResultsDir)) if (f.endsWith('.png')) fs.rmSync(path.join(testResultsDir, f));

  const memory = startMemorySampler();
  const workspace = createTestWorkspace();
  const corpusDir = path.join(workspace.dir, 'seeds');
  const corpusBefore = fingerprintCorpus(corpusDir);
  let failed = false;
  try {
    if (withSuite) {
      const t = Date.now();
      console.log('\nextension-host suite (code-server, development path):');
      const r = await runExtensionHostSuite({ workspace: workspace.dir, suiteEntry });
      console.log(r.output.split('\n').map((l) => (l ? `  ${l}` : '')).join('\n'));
      console.log(`extension-host: ${r.passed} passed, ${r.failed} failed (${seconds(t)})`);
      if (r.failed > 0 || r.passed === 0) failed = true;
    }
    if (withScenarios) {
      const t = Date.now();
      console.log('\nUI scenarios (code-server + news-corpus.vsix, chromium):');
      const r = await runUiScenarios({ workspace: workspace.dir, vsix, filter: only });
      console.log(`(scenarios took ${seconds(t)}; whole run ${seconds(t0)}; peak memory +${memory.stop()} MiB)`);
      console.log(`ui: ${r.passed} passed, ${r.failed} failed`);
      if (r.failed > 0) failed = true;
    }
    // The extension never writes into a corpus folder: every file there is byte-for-byte as before the run.
    const changes = compareFingerprints(corpusBefore, fingerprintCorpus(corpusDir));
    console.log(`\ncorpus unchanged after the UI run (${corpusBefore.size} files hashed): ${changes.length ? 'NO' : 'yes'}`);
    for (const line of changes) console.log(`  ${line}`);
    console.log(`corpus-integrity: ${changes.length ? 0 : 1} passed, ${changes.length ? 1 : 0} failed`);
    if (changes.length) failed = true;
  } finally {
    workspace.remove();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err.stack ?? err);
    process.exit(1);
  },
);
