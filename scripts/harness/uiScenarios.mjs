// Runs the Playwright scenarios test/ui/*.ui.mjs, in name order, against ONE code-server that has
// news-corpus.vsix installed (as a user would), each in a fresh chromium profile.
//
// Scenario contract: a module exporting
//   export async function run(t) { ... }          // throw (e.g. t.assert) to fail
//   export const timeout = 120_000;                // optional, ms
//   export const settings = { ... };               // optional: user settings; the scenario then gets
//                                                  // its own code-server (with these settings merged
//                                                  // over the harness's) instead of the shared one
//   export async function workspace({ dir, repoRoot, log }) { ... }
//                                                  // optional: fills `dir`, a fresh empty temp folder,
//                                                  // with the scenario's own workspace (e.g. a generated
//                                                  // corpus in dir/seeds); the scenario then gets its own
//                                                  // code-server on that folder, removed afterwards
// where t = { page, context, url, baseUrl, workspace, userDataDir, repoRoot, assert,
//             screenshot(name), runCommand(title, { timeout }?), waitForWorkbench(), webviewFrame(), log(...) }.
// (`workspace` is the folder the scenario's code-server opened; `userDataDir` that server's user data.)
// The page has already loaded `url` (the workspace) and the workbench is ready when run() starts.
// After run(), test-results/<scenario>.png is saved (<scenario>.FAILED.png when it failed).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, runCommand, screenshot, waitForWorkbench, webviewFrame } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { repoRoot, testResultsDir } from './paths.mjs';

export const scenarioDir = path.join(repoRoot, 'test', 'ui');

export function listScenarios(filter) {
  if (!fs.existsSync(scenarioDir)) return [];
  return fs.readdirSync(scenarioDir)
    .filter((f) => f.endsWith('.ui.mjs') && (!filter || f.includes(filter)))
    .sort()
    .map((f) => ({ name: f.replace(/\.ui\.mjs$/, ''), file: path.join(scenarioDir, f) }));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

/** @returns {Promise<{ passed: number, failed: number, results: { name: string, ok: boolean, ms: number, error?: string }[] }>} */
export async function runUiScenarios({ workspace, vsix, filter }) {
  const scenarios = listScenarios(filter);
  const results = [];
  if (scenarios.length === 0) return { passed: 0, failed: 0, results };
  // The shared code-server starts on first use; a scenario that declares `settings` gets its own.
  let shared;
  const sharedServer = async () => (shared ??= await startCodeServer({
    workspace, vsix, logFile: path.join(testResultsDir, 'code-server-ui.log'),
  }));
  try {
    for (const s of scenarios) {
      const t0 = Date.now();
      const browser = await launchBrowser();
      const { page, context } = browser;
      let error;
      let own;
      let ownWorkspace;
      try {
        const mod = await import(pathToFileURL(s.file).href);
        if (typeof mod.run !== 'function') throw new Error(`${path.relative(repoRoot, s.file)} does not export run()`);
        const log = (...args) => console.log(`    [${s.name}]`, ...args);
        if (typeof mod.workspace === 'function') {
          ownWorkspace = fs.mkdtempSync(path.join(os.tmpdir(), `news-corpus-workspace-${s.name}-`));
          await withTimeout(mod.workspace({ dir: ownWorkspace, repoRoot, log }), mod.timeout ?? 120_000, `${s.name}: making its workspace`);
        }
        const server = mod.settings || ownWorkspace
          ? (own = await startCodeServer({ workspace: ownWorkspace ?? workspace, vsix, settings: mod.settings, logFile: path.join(testResultsDir, `code-server-ui-${s.name}.log`) }))
          : await sharedServer();
        await page.goto(server.url);
        await waitForWorkbench(page);
        const t = {
          page, context, url: server.url, baseUrl: server.baseUrl, workspace: ownWorkspace ?? workspace, userDataDir: server.userDataDir, repoRoot, assert,
          screenshot: (name) => screenshot(page, `${s.name}-${name}`),
          runCommand: (title, options) => runCommand(page, title, options),
          waitForWorkbench: () => waitForWorkbench(page),
          webviewFrame: () => webviewFrame(page),
          log,
        };
        await withTimeout(mod.run(t), mod.timeout ?? 120_000, s.name);
      } catch (err) {
        error = err;
      }
      await screenshot(page, error ? `${s.name}.FAILED` : s.name).catch(() => {});
      await browser.close();
      if (own) await own.stop();
      if (ownWorkspace) fs.rmSync(ownWorkspace, { recursive: true, force: true, maxRetries: 3 });
      const ms = Date.now() - t0;
      results.push({ name: s.name, ok: !error, ms, error: error && (error.stack ?? String(error)) });
      if (error) console.log(`  ✗ ${s.name} (${(ms / 1000).toFixed(1)} s)\n      ${String(error.stack ?? error).split('\n').slice(0, 8).join('\n      ')}`);
      else console.log(`  ✓ ${s.name} (${(ms / 1000).toFixed(1)} s)`);
    }
  } finally {
    if (shared) await shared.stop();
  }
  const passed = results.filter((r) => r.ok).length;
  return { passed, failed: results.length - passed, results };
}
