// Clicking the DW seed in the Articles view opens a tab whose webview shows the title, the meta line
// and the body text, without the feed's footer (获取更多RSS / feedx) or DW's copyright notice.
import { DW_TITLE, openArticleFromTree } from './lib/workbench.mjs';

export const timeout = 60_000;

export async function run({ page, assert, screenshot }) {
  const frame = await openArticleFromTree(page, { outlet: '德国之声', title: DW_TITLE });

  // The editor tab carries the (truncated) title.
  const tab = page.locator('.tabs-container .tab.active');
  assert.match(await tab.innerText(), /俄国称无意入侵乌克兰/, 'the active tab should be titled after the article');

  const meta = await frame.locator('main#nc-article .nc-meta').innerText();
  assert.match(meta, /德国之声/, `the meta line should name the outlet, is "${meta}"`);
  assert.match(meta, /2022/, `the meta line should give the date, is "${meta}"`);

  const body = await frame.locator('main#nc-article .nc-body').innerText();
  assert.ok(body.includes('里亚布科夫'), 'the body should contain 里亚布科夫');
  assert.ok(body.length > 500, `the body looks truncated (${body.length} characters)`);

  const all = await frame.locator('body').innerText();
  for (const junk of ['获取更多RSS', 'feedx', '德國之聲版權聲明', '德国之声版权声明']) {
    assert.ok(!all.includes(junk), `the article view should not show "${junk}"`);
  }
  await screenshot('dw');
}
