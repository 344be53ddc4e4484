// Shared helpers for the UI scenarios (test/ui/*.ui.mjs). Not a scenario itself (no .ui.mjs suffix).

/** The seed corpus as the Articles view must show it. */
export const SEED_OUTLETS = { '美国之音': 2, '德国之声': 1, '观察者网': 1, 'Aljazeera 半岛网': 1 };
export const DW_TITLE = '俄国称无意入侵乌克兰  与美8小时对谈无突破';

/** Opens the News Corpus view container (unless it is already showing). */
export async function openNewsCorpus(page) {
  const item = page.locator('.part.activitybar [aria-label^="News Corpus"]').first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  const title = page.locator('.part.sidebar .composite.title');
  if (!((await title.isVisible()) && /news corpus/i.test(await title.innerText()))) await item.click();
  await page.waitForFunction(() => /news corpus/i.test(document.querySelector('.part.sidebar .composite.title')?.textContent ?? ''), undefined, { timeout: 15_000 });
}

/** A view's pane in the side bar, by its title ("Articles", "People & Organizations"). */
export function pane(page, title) {
  return page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: title }) }).first();
}

/** Makes sure a view's pane is expanded, returns its body. */
export async function openPane(page, title) {
  const p = pane(page, title);
  await p.waitFor({ state: 'visible', timeout: 15_000 });
  const header = p.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  const body = p.locator('.pane-body');
  await body.waitFor({ state: 'visible', timeout: 10_000 });
  return body;
}

/** Collapses a view's pane (when open), so that the other views in the container get its height. */
export async function collapsePane(page, title) {
  const header = pane(page, title).locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'true') {
    await header.click();
    await waitFor(async () => (await header.getAttribute('aria-expanded')) === 'false', `the ${title} view collapsed`, 5_000);
  }
}

/** The rendered rows of a tree (a pane body), in list order, as { index, label, description, level, expanded }. */
export async function treeRows(body) {
  return body.locator('[role="treeitem"]').evaluateAll((rows) =>
    rows.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index)).map((r) => ({
      index: Number(r.dataset.index),
      label: r.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: r.querySelector('.label-description')?.textContent?.trim() ?? '',
      level: Number(r.getAttribute('aria-level')),
      expanded: r.getAttribute('aria-expanded'),
    })),
  );
}

/** The tree row whose label is exactly `label`. */
export function treeRow(body, label) {
  return body.locator('[role="treeitem"]').filter({ has: body.page().locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(label).replace(/\s+/g, '\\s*')}\\s*$`) }) }).first();
}

/** The tree row at a list index (`index` of a treeRows() entry). */
export function rowAt(body, index) {
  return body.locator(`[role="treeitem"][data-index="${index}"]`);
}

/**
 * Expands a tree row (clicking its twistie) and waits until its children are rendered: the next row
 * (by data-index) is one level deeper. The row is looked up afresh on every check, since the tree
 * re-renders its rows when the corpus changes (e.g. a cached index replaced by a fresh one).
 */
export async function expandRow(row, timeout = 15_000) {
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  let clicked = 0;
  await waitFor(async () => {
    const s = await row.evaluate((el) => {
      const next = el.parentElement?.querySelector(`[role="treeitem"][data-index="${Number(el.dataset.index) + 1}"]`);
      return { expanded: el.getAttribute('aria-expanded') === 'true', children: Boolean(next) && Number(next.getAttribute('aria-level')) === Number(el.getAttribute('aria-level')) + 1 };
    }, undefined, { timeout: 2000 });
    if (s.expanded && s.children) return true;
    if (!s.expanded && Date.now() - clicked > 1500) {
      await row.locator('.monaco-tl-twistie').click({ timeout: 2000 });
      clicked = Date.now();
    }
    return false;
  }, 'a tree row expanded, with its children shown', timeout);
}

/** Waits until the tree in `body` has a row with this label (the corpus is indexed). */
export async function waitForRow(body, label, timeout = 30_000) {
  const row = treeRow(body, label);
  await row.waitFor({ state: 'visible', timeout });
  return row;
}

/** Opens the Articles view, expands outlet → day, clicks the article; returns the webview frame locator. */
export async function openArticleFromTree(page, { outlet, title }) {
  await openNewsCorpus(page);
  const body = await openPane(page, 'Articles');
  await expandRow(await waitForRow(body, outlet));
  // Expand this outlet's days until the title shows (its children render a moment after expanding).
  const article = treeRow(body, title);
  await waitFor(async () => {
    if (await article.isVisible()) return true;
    const rows = await treeRows(body);
    const outletIndex = rows.findIndex((r) => r.level === 1 && r.label === outlet);
    const end = rows.findIndex((r, i) => i > outletIndex && r.level === 1);
    const day = rows.slice(0, end < 0 ? rows.length : end).findIndex((r, i) => i > outletIndex && r.level === 2 && r.expanded === 'false');
    if (day >= 0) await expandRow(rowAt(body, rows[day].index));
    return false;
  }, `the article "${title}" under ${outlet} in the Articles view`, 30_000);
  await article.click();
  return articleFrame(page, title);
}

/** The webview frame of the article tab titled (a prefix of) `title`, once its <main> is there. */
export async function articleFrame(page, title) {
  const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
  await frame.locator('main#nc-article h1.nc-title').waitFor({ state: 'visible', timeout: 30_000 });
  if (title) {
    const h1 = frame.locator('main#nc-article h1.nc-title');
    await waitFor(async () => (await h1.innerText()).replace(/\s+/g, '') === title.replace(/\s+/g, ''), `article "${title}" shown in the webview`, 30_000);
  }
  return frame;
}

/** The playwright Frame (not a FrameLocator) of the active webview's content, for evaluate(). */
export async function articleContentFrame(page) {
  const handle = await page.locator('iframe.webview.ready').last().elementHandle();
  const outer = await handle.contentFrame();
  const inner = await outer.locator('iframe#active-frame').elementHandle();
  return inner.contentFrame();
}

/** Polls `check` until it returns truthy (returns that value) or fails with `what`. */
export async function waitFor(check, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Day key (YYYY-MM-DD) of an instant in this machine's time zone: the one the extension host uses too. */
export function localDay(iso) {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * Runs News Corpus: Search, types `query` into its QuickPick and returns the input once it holds the
 * query. The command palette's own input (the same widget, just closing) can stay inert for a moment,
 * or the QuickPick can close again at once when the palette's closing and its opening cross (CI saw
 * "element is not visible" on a box that was visible a moment before): then Escape and ask again, up
 * to three times.
 */
export async function openSearch(page, runCommand, query) {
  const input = page.locator('.quick-input-widget .quick-input-box input[placeholder^="Words"]');
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    await runCommand('News Corpus: Search');
    try {
      await waitFor(async () => (await input.isVisible()) && (await input.evaluate((el) => !el.closest('[inert]') && !el.disabled)), 'the search box to take typing', 10_000);
      await input.fill(query, { timeout: 5_000 });
      await waitFor(async () => (await input.isVisible()) && (await input.inputValue()) === query, `the search box to hold ${query}`, 3_000);
      return input;
    } catch (err) {
      lastError = err;
      await page.keyboard.press('Escape');
    }
  }
  throw lastError;
}
