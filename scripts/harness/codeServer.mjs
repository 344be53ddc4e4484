// Starts a real VS Code (code-server, installed by ./install.mjs) on a free 127.0.0.1 port,
// with throw-away user data, and stops it together with every process it spawned.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { codeServerEntry, node24 } from './paths.mjs';

/** Settings without which the workspace opens in Restricted Mode (extension not loaded) or VS Code nags. */
export const harnessSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': 'off',
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', // no empty chat panel in screenshots
};

const running = new Set();
let exitHooksInstalled = false;

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch { /* already gone */ }
}

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => { for (const s of running) s.stopNow(); });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.once(signal, () => {
      for (const s of running) s.stopNow();
      process.exit(code);
    });
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
    return res.status > 0;
  } catch {
    return false;
  }
}

/** `vscode-remote://` URI of a path on the server, as the workbench's payload wants it. */
function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * @param {object} o
 * @param {string} o.workspace folder to open
 * @param {string} [o.extensionsDir] defaults to a fresh temp dir
 * @param {string} [o.userDataDir] defaults to a fresh temp dir
 * @param {string} [o.vsix] installed with `--install-extension` before the server starts
 * @param {string} [o.extensionDevelopmentPath] load this folder as the extension under development
 * @param {string} [o.extensionTestsPath] run this module's `run()` in the extension host
 * @param {object} [o.settings] merged over harnessSettings into User/settings.json
 * @param {object} [o.env] extra environment for code-server (reaches the extension host)
 * @param {number} [o.timeoutMs] how long to wait for HTTP (default 60 s)
 * @param {string} [o.logFile] where code-server's output goes (default: in its temp dir, deleted by stop())
 * @returns {Promise<{ url: string, baseUrl: string, port: number, logFile: string, userDataDir: string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({
  workspace, extensionsDir, userDataDir, vsix, extensionDevelopmentPath, extensionTestsPath,
  settings = {}, env = {}, timeoutMs = 60_000, logFile,
}) {
  if (!fs.existsSync(codeServerEntry)) throw new Error('code-server is not installed: run `node scripts/harness/install.mjs`');
  installExitHooks();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-code-server-'));
  const ud = userDataDir ?? path.join(tmp, 'user-data');
  const ext = extensionsDir ?? path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.mkdirSync(ext, { recursive: true });
  fs.writeFileSync(path.join(ud, 'User', 'settings.json'), JSON.stringify({ ...harnessSettings, ...settings }, null, 2));
  const port = await freePort();
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  logFile ??= path.join(tmp, 'code-server.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, '');
  const childEnv = {
    ...process.env,
    ...env,
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
  };
  const common = ['--config', config, '--user-data-dir', ud, '--extensions-dir', ext];

  if (vsix) {
    const r = spawnSync(node24, [codeServerEntry, ...common, '--install-extension', path.resolve(vsix), '--force'], { env: childEnv, encoding: 'utf8' });
    fs.appendFileSync(logFile, `$ code-server --install-extension ${vsix}\n${r.stdout}${r.stderr}\n`);
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout)) throw new Error(`code-server --install-extension ${vsix} failed (log: ${logFile}):\n${r.stdout}${r.stderr}`);
  }

  const args = [
    ...common,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  const dev = Boolean(extensionDevelopmentPath || extensionTestsPath);
  // Built VS Code ignores the URL's `payload` (development path, tests path) without this driver flag.
  if (dev) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(path.resolve(workspace));

  const log = fs.openSync(logFile, 'a');
  // detached => the child calls setsid(): it leads its own process group, which stop() kills whole
  // (killing only the main pid leaves code-server's watcher child behind).
  const child = spawn(node24, [codeServerEntry, ...args], { env: childEnv, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const ownsTmp = !process.env.HARNESS_KEEP_TMP; // the temp dir holds only what this function made
  const removeTmp = () => { if (ownsTmp) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }); };
  let stopped = false;
  const server = {
    /** Synchronous stop for process exit / signals: kill the whole group, drop the temp dir. */
    stopNow() {
      if (stopped) return;
      stopped = true;
      running.delete(server);
      killGroup(child, 'SIGKILL');
      try { removeTmp(); } catch { /* best effort at exit */ }
    },
  };
  running.add(server);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    running.delete(server);
    killGroup(child, 'SIGTERM');
    for (let i = 0; i < 30 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    killGroup(child, 'SIGKILL'); // whatever is left of the group (watcher, extension host, …)
    removeTmp();
  };

  const baseUrl = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(`${baseUrl}healthz`))) {
    if (exited || Date.now() > deadline) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      stopped = true; // kill it but keep its temp dir: the log is there
      running.delete(server);
      killGroup(child, 'SIGKILL');
      throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${Math.round(timeoutMs / 1000)} s (log: ${logFile})${exited ? ' — it exited' : ''}\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  let url = `${baseUrl}?folder=${encodeURIComponent(path.resolve(workspace)).replaceAll('%2F', '/')}`;
  if (dev) {
    const payload = [];
    if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(port, extensionDevelopmentPath)]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(port, extensionTestsPath)]);
    url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  }
  return { url, baseUrl, port, logFile, userDataDir: ud, stop };
}
