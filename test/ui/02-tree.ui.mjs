// The Articles view: the four seed outlets with their counts; 美国之音's two days newest first
// (grouped in the machine's time zone, which the extension host shares); a day lists its article.
import { expandRow, openNewsCorpus, openPane, SEED_OUTLETS, treeRow, treeRows, waitFor, waitForRow, localDay } from './lib/workbench.mjs';

export const timeout = 60_000;

export async function run({ page, assert, screenshot, log }) {
  await openNewsCorpus(page);
  const body = await openPane(page, 'Articles');
  await waitForRow(body, '美国之音');

  // Outlets (level 1) with counts. Fixture files from workspace-extra may add outlets of their own.
  const outlets = await waitFor(async () => {
    const rows = (await treeRows(body)).filter((r) => r.level === 1);
    return Object.keys(SEED_OUTLETS).every((o) => rows.some((r) => r.label === o)) && rows;
  }, 'the four seed outlets in the Articles view');
  log('outlets:', outlets.map((r) => `${r.label} (${r.description})`).join(', '));
  for (const [outlet, count] of Object.entries(SEED_OUTLETS)) {
    const row = outlets.find((r) => r.label === outlet);
    assert.equal(row?.description, String(count), `outlet ${outlet} should show count ${count}, shows "${row?.description}"`);
  }

  // 美国之音 → its days, newest first.
  await expandRow(treeRow(body, '美国之音'));
  const newer = localDay('2022-01-12T01:43:14Z');
  const older = localDay('2022-01-05T01:45:00Z');
  await waitForRow(body, older);
  const rows = await treeRows(body);
  const start = rows.findIndex((r) => r.level === 1 && r.label === '美国之音');
  const days = [];
  for (const r of rows.slice(start + 1)) {
    if (r.level === 1) break;
    if (r.level === 2) days.push(r.label);
  }
  assert.deepEqual(days, [newer, older], `美国之音's days should be [${newer}, ${older}] (newest first), are [${days}]`);

  // A day → its article (title label, time of day as description).
  await expandRow(treeRow(body, newer));
  const article = await waitForRow(body, '俄罗斯和美国就乌克兰和安全问题再次争吵');
  const description = (await article.locator('.label-description').innerText()).trim();
  assert.match(description, /^\d{2}:\d{2}$/, `the article row should show its time of day, shows "${description}"`);
  await screenshot('expanded');
}
