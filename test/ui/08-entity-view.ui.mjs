// The People & Organizations view: People and Organizations groups; 北约 under Organizations in 5
// articles. Its inline filter button reduces the Articles view to the articles that name it
// ("only: 北约"); the palette command filters by a person; Clear Article Filter restores the tree.
import { expandRow, openNewsCorpus, openPane, pane, SEED_OUTLETS, treeRow, treeRows, waitFor, waitForRow } from './lib/workbench.mjs';

export const timeout = 90_000;

async function outletRows(articles) {
  return (await treeRows(articles)).filter((r) => r.level === 1);
}

export async function run({ page, assert, screenshot, runCommand, log }) {
  await openNewsCorpus(page);
  const articles = await openPane(page, 'Articles');
  await waitForRow(articles, '美国之音');
  const allOutlets = await outletRows(articles);
  const articlesDescription = pane(page, 'Articles').locator('.pane-header .description');
  const unfiltered = (await articlesDescription.innerText()).trim();
  log('unfiltered:', unfiltered, allOutlets.map((r) => `${r.label} ${r.description}`).join(', '));

  const entities = await openPane(page, 'People & Organizations');
  const people = await waitForRow(entities, 'People');
  // People is long: collapse it so Organizations' rows are rendered.
  if ((await people.getAttribute('aria-expanded')) === 'true') await people.locator('.monaco-tl-twistie').click();
  await expandRow(await waitForRow(entities, 'Organizations'));
  const rows = await treeRows(entities);
  log('entity rows:', rows.slice(0, 8).map((r) => `${r.label} [${r.description}]`).join(', '));
  const groups = rows.filter((r) => r.level === 1).map((r) => r.label);
  assert.deepEqual(groups, ['People', 'Organizations']);
  const orgStart = rows.findIndex((r) => r.level === 1 && r.label === 'Organizations');
  const nato = rows.slice(orgStart + 1).find((r) => r.label === '北约' || /NATO/.test(r.description));
  assert.ok(nato, '北约 / NATO should be listed under Organizations');
  assert.match(nato.description, /^5\b/, `北约 should be named in 5 articles, shows "${nato.description}"`);

  // The inline filter button (shown on hover) on the 北约 row.
  const natoRow = treeRow(entities, nato.label);
  await natoRow.hover();
  await natoRow.locator('.actions .action-label[aria-label^="Filter Articles by Entity"]').click();
  await waitFor(async () => (await articlesDescription.innerText()).trim() === `only: ${nato.label}`, `the Articles view described "only: ${nato.label}"`);
  const natoOutlets = await waitFor(async () => {
    const o = await outletRows(articles);
    return o.length < allOutlets.length && o;
  }, 'the Articles view reduced to the articles naming 北约');
  log('only 北约:', natoOutlets.map((r) => `${r.label} ${r.description}`).join(', '));
  assert.deepEqual(natoOutlets.map((r) => r.label).sort(), Object.keys(SEED_OUTLETS).sort(), 'all five seeds (and no fixture) name 北约');
  assert.equal(natoOutlets.reduce((n, r) => n + Number(r.description), 0), 5);
  await screenshot('only-nato');

  // The palette command, picking a person.
  await runCommand('News Corpus: Filter Articles by Entity…');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill('斯托尔滕贝格');
  const pick = page.locator('.quick-input-widget .monaco-list-row', { hasText: '斯托尔滕贝格' }).first();
  await pick.waitFor({ state: 'visible' });
  await input.press('Enter');
  await waitFor(async () => (await articlesDescription.innerText()).trim() === 'only: 斯托尔滕贝格', 'the Articles view described "only: 斯托尔滕贝格"');
  const stoltenberg = await waitFor(async () => {
    const o = await outletRows(articles);
    const total = o.reduce((n, r) => n + Number(r.description), 0);
    return total === 4 && o;
  }, 'the Articles view reduced to the 4 articles naming 斯托尔滕贝格');
  log('only 斯托尔滕贝格:', stoltenberg.map((r) => `${r.label} ${r.description}`).join(', '));
  await screenshot('only-stoltenberg');

  await runCommand('News Corpus: Clear Article Filter');
  await waitFor(async () => (await articlesDescription.innerText()).trim() === unfiltered, `the Articles view unfiltered again ("${unfiltered}")`);
  assert.equal((await outletRows(articles)).length, allOutlets.length, 'all outlets are back');
}
