// Hostile articles: every fixture of test/fixtures/hostile/ (copied into the workspace's corpus by the
// harness) is opened in the real article view through the palette search. Each shows its readable
// paragraph, no script of theirs runs (window.__ncPwned stays undefined in the webview, its host frame
// and the workbench), no active markup survives in the DOM, and no request leaves 127.0.0.1 during the
// whole scenario.
import { articleContentFrame, openSearch, waitFor } from './lib/workbench.mjs';

export const timeout = 300_000;
/** Every hostile fixture carries one of these sentences; a search for each lists them all. */
const PHRASES = ['这是一段可读的正文，必须完整显示。', 'This readable paragraph must be shown in full.'];
const READABLE = /这是一段可读的正文，必须完整显示。|This readable paragraph must be shown in full\./;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Hostile fixtures that parse as articles (the YAML-trick ones are refused and listed under Problems). */
const AT_LEAST = 15;

export async function run({ page, context, assert, screenshot, runCommand, log }) {
  const requests = [];
  const seen = new Set();
  const record = (req) => {
    if (seen.has(req)) return;
    seen.add(req);
    let fromWorkbench = false;
    try { fromWorkbench = req.frame() === page.mainFrame(); } catch { /* service worker request */ }
    requests.push({ url: req.url(), fromWorkbench });
  };
  context.on('request', record);
  page.on('request', record);

  const opened = new Map(); // article id → result label
  let previousId;
  for (const phrase of PHRASES) {
    const query = `"${phrase}"`;
    const count = await searchResultCount(page, runCommand, query);
    log(`${count} articles contain "${phrase}"`);
    for (let i = 0; i < count; i++) {
      const label = await openSearchResult(page, runCommand, query, i);
      const state = await waitFor(async () => {
        const frame = await articleContentFrame(page);
        const s = await frame.evaluate(() => document.querySelector('main#nc-article h1') && document.body.dataset.state);
        const parsed = s && JSON.parse(s);
        return parsed && parsed.articleId !== previousId && parsed;
      }, `the article view for result ${i + 1} ("${label}")`, 20_000);
      previousId = state.articleId;
      if (opened.has(state.articleId)) continue; // a fixture with both sentences: checked already
      opened.set(state.articleId, label);
      await checkArticle(page, label, assert);
      if (opened.size === 1) await screenshot('first');
    }
  }
  log(`${opened.size} hostile articles opened:`, [...opened.values()].join(' | '));
  assert.ok(opened.size >= AT_LEAST, `expected at least ${AT_LEAST} hostile articles, opened ${opened.size}`);

  // Give late loads (meta refresh, lazy images, CSS) a moment to be attempted.
  await page.waitForTimeout(500);
  const outside = [];
  for (const { url: u, fromWorkbench } of requests) {
    let url;
    try { url = new URL(u); } catch { outside.push(u); continue; }
    if (['data:', 'blob:', 'about:'].includes(url.protocol) || url.protocol.startsWith('vscode')) continue;
    if (LOCAL_HOSTS.has(url.hostname)) continue;
    // Webview resources: a virtual host the webview's service worker answers from the server; only
    // the extension's own media files may be asked for.
    if (url.hostname.endsWith('.vscode-resource.vscode-cdn.net')) {
      if (!/\/extensions\/news-corpus\.news-corpus-[^/]+\/media\/[\w.-]+$/.test(decodeURIComponent(url.pathname))) outside.push(u);
      continue;
    }
    // The workbench's own extension-gallery lookup (code-server's open-vsx), not the extension's doing.
    if (fromWorkbench && url.hostname === 'open-vsx.org') {
      log('workbench request (not the extension):', u);
      continue;
    }
    outside.push(u);
  }
  log(`${requests.length} requests, ${outside.length} outside 127.0.0.1`);
  assert.deepEqual([...new Set(outside)], [], 'requests left 127.0.0.1');
  await screenshot('last');
}

/** Types `query` into News Corpus: Search and waits until the results are listed. */
async function search(page, runCommand, query) {
  await openSearch(page, runCommand, query);
  const title = page.locator('.quick-input-widget .quick-input-title');
  return waitFor(async () => {
    const m = /(\d+) results?/.exec(await title.innerText().catch(() => ''));
    return m && Number(m[1]) > 0 && Number(m[1]);
  }, `results for ${query}`, 30_000);
}

async function searchResultCount(page, runCommand, query) {
  const count = await search(page, runCommand, query);
  await page.keyboard.press('Escape');
  return count;
}

/** Opens the `index`-th result of a search (keyboard: the list scrolls with the active row) and returns its label. */
async function openSearchResult(page, runCommand, query, index) {
  await search(page, runCommand, query);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  const active = page.locator('.quick-input-widget .monaco-list-row.focused .label-name').first();
  const label = (await active.innerText().catch(() => '')).trim();
  await page.keyboard.press('Enter');
  return label;
}

/** The open article shows its readable paragraph, and nothing of its markup is active. */
async function checkArticle(page, label, assert) {
  const frame = await articleContentFrame(page);
  // Move the pointer over the text and click it: handlers that survived would fire now.
  const box = await page.locator('iframe.webview.ready').last().boundingBox();
  for (let y = 0.2; y < 1; y += 0.15) await page.mouse.move(box.x + box.width / 2, box.y + box.height * y);
  await frame.locator('main#nc-article .nc-body').click({ position: { x: 5, y: 5 } });

  const text = await frame.evaluate(() => document.querySelector('main#nc-article').innerText);
  assert.match(text, READABLE, `"${label}": the readable paragraph should be shown`);
  assert.equal(await frame.evaluate(() => typeof window.__ncPwned), 'undefined', `"${label}": window.__ncPwned was set in the webview`);
  assert.equal(await frame.parentFrame().evaluate(() => typeof window.__ncPwned), 'undefined', `"${label}": window.__ncPwned was set in the webview host frame`);
  assert.equal(await page.evaluate(() => typeof window.__ncPwned), 'undefined', `"${label}": window.__ncPwned was set in the workbench`);
  const active = await frame.evaluate(() => {
    const found = [];
    const main = document.querySelector('main#nc-article');
    for (const el of main.querySelectorAll('script, iframe, frame, object, embed, style, link, meta, base, form, svg script, foreignObject')) found.push(el.tagName);
    for (const el of main.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || a.name === 'style' || a.name === 'srcdoc') found.push(`${el.tagName}[${a.name}]`);
        if (/href|src|action|poster|background/i.test(a.name) && /^\s*(javascript|vbscript|data|file):/i.test(a.value)) found.push(`${el.tagName}[${a.name}=${a.value.slice(0, 30)}]`);
        if (/href|src|action|poster|background/i.test(a.name) && /tracker\.invalid/.test(a.value) && el.tagName !== 'A') found.push(`${el.tagName}[${a.name}=${a.value.slice(0, 40)}]`);
      }
    }
    return found;
  });
  assert.deepEqual(active, [], `"${label}": active markup survived in the article view: ${active.join(', ')}`);
}
