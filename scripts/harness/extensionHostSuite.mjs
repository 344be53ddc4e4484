// Runs the mocha suite (dist/test/suite/index.js) inside a real extension host: code-server with
// the repository as extension development path, opened in chromium so the workbench (and with it
// the extension host) starts. index.js's run() writes its results to the file named by
// NEWS_CORPUS_TEST_RESULTS (the page stays open after the run, so the harness waits for the file).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, screenshot } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { repoRoot, testResultsDir } from './paths.mjs';

/**
 * @returns {Promise<{ passed: number, failed: number, pending: number, output: string }>}
 */
export async function runExtensionHostSuite({ workspace, suiteEntry, timeoutMs = 180_000 }) {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-suite-')), 'results.json');
  const server = await startCodeServer({
    workspace,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suiteEntry,
    env: { NEWS_CORPUS_TEST_RESULTS: resultFile },
    logFile: path.join(testResultsDir, 'code-server-extension-host-suite.log'),
  });
  const browser = await launchBrowser();
  try {
    await browser.page.goto(server.url);
    const deadline = Date.now() + timeoutMs;
    while (!fs.existsSync(resultFile)) {
      if (Date.now() > deadline) {
        await screenshot(browser.page, 'extension-host-suite.FAILED').catch(() => {});
        return { passed: 0, failed: 1, pending: 0, output: `no results from the extension host within ${timeoutMs / 1000} s (see test-results/code-server-extension-host-suite.log and extension-host-suite.FAILED.png)` };
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    if (result.failed > 0) await screenshot(browser.page, 'extension-host-suite.FAILED').catch(() => {});
    return result;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  }
}
