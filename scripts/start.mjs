// `npm start`: builds News Corpus, packages it, and opens it in VS Code on this repository
// (whose seeds/ folder is the default corpus). Uses the desktop `code` command when it is on PATH;
// otherwise installs (once, cached in .harness/) and starts code-server, a real VS Code served on
// 127.0.0.1, and keeps it running until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { startCodeServer } from './harness/codeServer.mjs';
import { buildExtension, ensureDependencies, packageVsix } from './harness/extensionBuild.mjs';
import { ensureHarness } from './harness/install.mjs';
import { harnessDir, repoRoot } from './harness/paths.mjs';

const t0 = Date.now();
const seconds = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

async function main() {
  ensureDependencies();
  buildExtension();
  const vsix = packageVsix();

  if (hasCommand('code') && !process.env.NEWS_CORPUS_USE_CODE_SERVER) {
    const r = spawnSync('code', ['--install-extension', vsix, '--force'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('code --install-extension failed');
    spawn('code', [repoRoot], { stdio: 'ignore', detached: true }).unref();
    console.log(`News Corpus is installed in VS Code and ${repoRoot} is opening (${seconds()}).`);
    return;
  }

  ensureHarness();
  const server = await startCodeServer({
    workspace: repoRoot,
    vsix,
    logFile: path.join(harnessDir, 'logs', 'start-code-server.log'),
  });
  console.log(`News Corpus is running in VS Code at ${server.url}`);
  console.log(`(started in ${seconds()}; log: ${path.relative(repoRoot, server.logFile)}; press Ctrl+C to stop)`);
  // codeServer.mjs stops the server's whole process group on Ctrl+C / SIGTERM / exit.
  process.prependOnceListener('SIGINT', () => console.log('\nstopping News Corpus\'s VS Code…'));
  setInterval(() => {}, 1 << 30); // stay until a signal
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
