// Hostile articles (test/fixtures/workspace-extra/seeds/hostile/, copies from test/fixtures/hostile/):
// opened one by one in the article view, each shows its readable paragraph, no script of theirs runs
// (window.__ncPwned stays undefined in the webview), no active markup survives in the DOM, and no
// request leaves 127.0.0.1 during the whole scenario.
import { articleContentFrame, collapsePane, expandRow, rowAt, openNewsCorpus, openPane, SEED_OUTLETS, treeRow, treeRows, waitFor } from './lib/workbench.mjs';

export const timeout = 90_000;
const READABLE = /这是一段可读的正文，必须完整显示。|This readable paragraph must be shown in full\./;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Top-level rows that are not hostile fixtures: the broken-file fixtures' outlet and the Problems group. */
const NOT_HOSTILE = new Set(['Broken Fixtures', 'Problems']);

export async function run({ page, context, assert, screenshot, log }) {
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

  await openNewsCorpus(page);
  // The tree only draws the rows in view: give the Articles view the whole side bar.
  await collapsePane(page, 'People & Organizations');
  const body = await openPane(page, 'Articles');
  await treeRow(body, '美国之音').waitFor({ state: 'visible', timeout: 30_000 });

  // Every outlet that is neither a seed outlet nor the broken fixtures holds hostile fixtures: expand it and all its days.
  const outlets = await waitFor(async () => {
    const names = (await treeRows(body)).filter((r) => r.level === 1).map((r) => r.label).filter((o) => !(o in SEED_OUTLETS) && !NOT_HOSTILE.has(o));
    return names.length > 0 && names;
  }, 'the hostile fixtures indexed (an outlet besides the seed ones)', 20_000);
  log('hostile outlets:', outlets.join(', '));
  for (const outlet of outlets) await expandRow(treeRow(body, outlet));
  for (;;) {
    const rows = await treeRows(body);
    let outlet;
    const day = rows.findIndex((r) => {
      if (r.level === 1) outlet = r.label;
      return r.level === 2 && r.expanded === 'false' && outlets.includes(outlet);
    });
    if (day < 0) break;
    await expandRow(rowAt(body, rows[day].index)); // by position: day labels repeat across outlets
  }
  const articleRows = body.locator('[role="treeitem"][aria-level="3"]');
  const all = await treeRows(body);
  let current;
  const titles = all.filter((r) => {
    if (r.level === 1) current = r.label;
    return r.level === 3 && outlets.includes(current);
  }).map((r) => r.label);
  log(`${titles.length} hostile articles:`, titles.join(' | '));
  assert.ok(titles.length >= 5, `expected the hostile fixtures in the tree, found ${titles.length} articles`);

  let previousId;
  for (let i = 0; i < titles.length; i++) {
    const row = articleRows.filter({ has: page.locator('.label-name', { hasText: titles[i] }) }).first();
    await row.click();
    // Wait for this article's page: another article id in the webview's state.
    const state = await waitFor(async () => {
      const frame = await articleContentFrame(page);
      const s = await frame.evaluate(() => document.querySelector('main#nc-article h1') && document.body.dataset.state);
      const parsed = s && JSON.parse(s);
      return parsed && parsed.articleId !== previousId && parsed;
    }, `the article view for "${titles[i]}"`, 20_000);
    previousId = state.articleId;
    const frame = await articleContentFrame(page);

    // Move the pointer over the text and click it: handlers that survived would fire now.
    const box = await page.locator('iframe.webview.ready').last().boundingBox();
    for (let y = 0.2; y < 1; y += 0.15) await page.mouse.move(box.x + box.width / 2, box.y + box.height * y);
    await frame.locator('main#nc-article .nc-body').click({ position: { x: 5, y: 5 } });

    const text = await frame.evaluate(() => document.querySelector('main#nc-article').innerText);
    assert.match(text, READABLE, `"${titles[i]}": the readable paragraph should be shown`);
    const pwned = await frame.evaluate(() => typeof window.__ncPwned);
    assert.equal(pwned, 'undefined', `"${titles[i]}": window.__ncPwned was set in the webview`);
    const outerPwned = await frame.parentFrame().evaluate(() => typeof window.__ncPwned);
    assert.equal(outerPwned, 'undefined', `"${titles[i]}": window.__ncPwned was set in the webview host frame`);
    assert.equal(await page.evaluate(() => typeof window.__ncPwned), 'undefined', `"${titles[i]}": window.__ncPwned was set in the workbench`);
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
    assert.deepEqual(active, [], `"${titles[i]}": active markup survived in the article view: ${active.join(', ')}`);
    if (i === 0) await screenshot('first');
  }

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
