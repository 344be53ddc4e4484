// Makes docs/screenshot.png for the README: the seed corpus in code-server (dark theme), the Articles
// tree expanded, the DW article open with people and organizations marked and a hover card open.
// Uses the packaged news-corpus.vsix (run `npm run test:ui` or `npm run package` first).
//   node scripts/readme-screenshot.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, waitForWorkbench } from './harness/browser.mjs';
import { startCodeServer } from './harness/codeServer.mjs';
import { ensureHarness } from './harness/install.mjs';
import { repoRoot, vsixPath } from './harness/paths.mjs';
import { DW_TITLE, expandRow, openArticleFromTree, openPane, treeRow } from '../test/ui/lib/workbench.mjs';

const out = path.join(repoRoot, 'docs', 'screenshot.png');

ensureHarness();
if (!fs.existsSync(vsixPath)) throw new Error(`${vsixPath} not found: run \`npm run package\` first`);
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-readme-'));
fs.cpSync(path.join(repoRoot, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
const server = await startCodeServer({ workspace, vsix: vsixPath, settings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.title': 'News Corpus' } });
const browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
try {
  const { page } = browser;
  await page.goto(server.url);
  await waitForWorkbench(page);
  const frame = await openArticleFromTree(page, { outlet: '德国之声', title: DW_TITLE });
  const articles = await openPane(page, 'Articles');
  await expandRow(treeRow(articles, '美国之音'));
  const mark = frame.locator('.nc-entity.nc-person', { hasText: '舍曼' }).first();
  await mark.hover();
  await frame.locator('.nc-card').waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`${path.relative(repoRoot, out)}: ${Math.round(fs.statSync(out).size / 1024)} KiB`);
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
