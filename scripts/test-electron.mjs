// `npm run test:electron`: the same extension-host suite (test/suite) under a desktop VS Code, via
// @vscode/test-electron's runTests. Needs VSCODE_PATH=<desktop VS Code executable> (this project does
// not let test-electron download VS Code) and @vscode/test-electron installed, which is not a
// dependency of the project: `npm install --no-save @vscode/test-electron`.
// On machines without a desktop VS Code use `npm run test:ui` (code-server) instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtensionTests } from './harness/buildSuite.mjs';
import { buildExtension, ensureDependencies } from './harness/extensionBuild.mjs';
import { repoRoot } from './harness/paths.mjs';
import { createTestWorkspace } from './harness/workspace.mjs';

async function main() {
  const vscodeExecutablePath = process.env.VSCODE_PATH;
  if (!vscodeExecutablePath || !fs.existsSync(vscodeExecutablePath)) {
    console.error('Set VSCODE_PATH to a desktop VS Code executable, e.g. VSCODE_PATH=/usr/share/code/code npm run test:electron');
    return 1;
  }
  let testElectron;
  try {
    testElectron = await import('@vscode/test-electron');
  } catch {
    console.error('@vscode/test-electron is not installed. Install it with:\n  npm install --no-save @vscode/test-electron\n(or use `npm run test:ui`, which needs no desktop VS Code)');
    return 1;
  }
  ensureDependencies();
  buildExtension();
  const extensionTestsPath = await buildExtensionTests();
  const workspace = createTestWorkspace();
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-vscode-user-'));
  try {
    await testElectron.runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath,
      launchArgs: [workspace.dir, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', userData, '--extensions-dir', path.join(userData, 'extensions')],
    });
    return 0;
  } catch (err) {
    console.error(`extension-host tests failed: ${err.message ?? err}`);
    return 1;
  } finally {
    workspace.remove();
    fs.rmSync(userData, { recursive: true, force: true });
  }
}

process.exit(await main());
