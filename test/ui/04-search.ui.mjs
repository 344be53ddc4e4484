// News Corpus: Search — a live QuickPick: typing 里亚布科夫 lists the DW article with a «…» snippet;
// choosing it opens the article with the hits highlighted, the first one current and in view, and
// the counter "1 / N"; the next-hit button advances to "2 / N".
import { articleFrame, DW_TITLE, openSearch, waitFor } from './lib/workbench.mjs';

export const timeout = 60_000;
const QUERY = '里亚布科夫';

/** The current hit: its marks' joined text, data-hit and whether it lies inside the webview's viewport. */
function currentHit(frame) {
  return frame.locator('body').evaluate(() => {
    const marks = [...document.querySelectorAll('mark.nc-hit.nc-current')];
    if (!marks.length) return undefined;
    const top = Math.min(...marks.map((m) => m.getBoundingClientRect().top));
    const bottom = Math.max(...marks.map((m) => m.getBoundingClientRect().bottom));
    const toolbar = document.querySelector('.nc-toolbar')?.getBoundingClientRect().bottom ?? 0;
    return {
      text: marks.map((m) => m.textContent).join(''),
      hit: marks[0].dataset.hit,
      inView: top >= toolbar && bottom <= window.innerHeight,
      top, bottom, height: window.innerHeight,
    };
  });
}

export async function run({ page, assert, screenshot, runCommand, log }) {
  await openSearch(page, runCommand, QUERY);

  const row = page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: '俄国称无意入侵乌克兰' }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  const rowText = await row.innerText();
  log('result row:', rowText.replace(/\s+/g, ' '));
  assert.ok(rowText.includes(`«${QUERY}»`), `the result's snippet should mark the query with «»: ${rowText}`);
  assert.match(rowText, /德国之声 · 2022-01-1\d/, `the result should describe outlet · date: ${rowText}`);
  const title = await page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '');
  assert.match(title, /\d+ results?/, `the QuickPick title should count the results: "${title}"`);
  await screenshot('results');
  await row.click();

  const frame = await articleFrame(page, DW_TITLE);
  const counter = frame.locator('.nc-hitcount');
  const first = await waitFor(async () => /^1 \/ (\d+)$/.exec((await counter.innerText()).trim()), 'the hit counter to read "1 / N"');
  const n = Number(first[1]);
  const groups = await frame.locator('mark.nc-hit').evaluateAll((ms) => new Set(ms.map((m) => m.dataset.hit)).size);
  assert.equal(n, groups, `the counter says ${n} hits, the page marks ${groups}`);
  assert.ok(n >= 2, `the DW article names ${QUERY} more than once, the counter says ${n}`);

  const hit0 = await waitFor(async () => { const h = await currentHit(frame); return h?.inView && h; }, 'the current hit scrolled into view');
  assert.equal(hit0.text, QUERY, `the current hit should read ${QUERY}, reads "${hit0.text}"`);
  assert.equal(hit0.hit, '0');
  await screenshot('first-hit');

  await frame.locator('[data-nc-action="next-hit"]').click();
  await waitFor(async () => (await counter.innerText()).trim() === `2 / ${n}`, `the counter to advance to "2 / ${n}"`);
  const hit1 = await waitFor(async () => { const h = await currentHit(frame); return h?.hit === '1' && h.inView && h; }, 'the second hit current and in view');
  assert.equal(hit1.text, QUERY);
  assert.equal(await frame.locator('mark.nc-hit.nc-current').evaluateAll((ms) => new Set(ms.map((m) => m.dataset.hit)).size), 1, 'exactly one hit is current');
  await screenshot('second-hit');
}
