// The workbench loads with News Corpus installed, its activity-bar item is there, and clicking it
// shows the News Corpus view container in the side bar, with the seed corpus in its tree.
export const timeout = 60_000;

export async function run({ page, assert, screenshot }) {
  const item = page.locator('.part.activitybar [aria-label^="News Corpus"]').first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });

  const sidebarTitle = page.locator('.part.sidebar .composite.title');
  const showsNewsCorpus = async () =>
    (await sidebarTitle.isVisible()) && /news corpus/i.test(await sidebarTitle.innerText());
  if (!(await showsNewsCorpus())) await item.click();

  await page.waitForFunction(() => {
    const title = document.querySelector('.part.sidebar .composite.title');
    return title && /news corpus/i.test(title.textContent ?? '');
  }, undefined, { timeout: 15_000 });
  // With a single view the pane header is hidden; the view's body is what shows.
  const body = page.locator('.part.sidebar .pane-body').first();
  await body.waitFor({ state: 'visible', timeout: 15_000 });
  assert.ok((await body.boundingBox())?.height > 0, 'the News Corpus view container shows no view');
  // The workspace holds seeds/, so once the extension has activated the tree has items.
  await page.locator('.part.sidebar .pane-body [role="treeitem"]').first().waitFor({ state: 'visible', timeout: 30_000 });
  await screenshot('view-open');
}
