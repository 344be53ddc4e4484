// People in the article view: hovering 舍曼 in the DW seed opens its card (Wendy Sherman, other
// spellings incl. 谢尔曼, links to the other seed articles); following a link opens that article
// scrolled to the mention. Keyboard: a focused mark opens its card on Enter, Escape closes it.
import { articleContentFrame, articleFrame, DW_TITLE, openArticleFromTree, waitFor } from './lib/workbench.mjs';

export const timeout = 90_000;

export async function run({ page, assert, screenshot, log }) {
  const frame = await openArticleFromTree(page, { outlet: '德国之声', title: DW_TITLE });
  const sherman = frame.locator('.nc-entity.nc-person[data-entity]', { hasText: '舍曼' }).first();
  await sherman.waitFor({ state: 'visible' });
  log('mark:', await sherman.innerText(), await sherman.getAttribute('data-entity'));

  const card = frame.locator('.nc-card');
  assert.equal(await card.isVisible(), false, 'no card before hovering');
  await sherman.hover();
  await card.waitFor({ state: 'visible', timeout: 5000 });
  const cardText = await card.innerText();
  log('card:', cardText.replace(/\s+/g, ' '));
  assert.equal((await card.locator('.nc-card-english').innerText()).trim(), 'Wendy Sherman');
  assert.match(await card.locator('.nc-card-name').innerText(), /舍曼/);
  const aliases = await card.locator('.nc-card-aliases').innerText();
  assert.ok(aliases.includes('谢尔曼'), `"Also written" should list 谢尔曼: ${aliases}`);
  assert.match(cardText, /In [2-9] articles/, 'the card should say in how many articles she appears');
  const links = card.locator('a.nc-card-article[data-nc-action="open-article"]');
  const linkCount = await links.count();
  assert.ok(linkCount >= 1, 'the card should link to other articles');
  const linkTitles = await links.allInnerTexts();
  assert.ok(!linkTitles.some((t) => t.includes('俄国称无意入侵乌克兰')), 'the card should not link to the article it is shown in');

  // The card sits below the word, not over it.
  const markBox = await sherman.boundingBox();
  const cardBox = await card.boundingBox();
  assert.ok(cardBox.y >= markBox.y + markBox.height - 1 || cardBox.y + cardBox.height <= markBox.y + 1, 'the card must not cover the word');
  await screenshot('card');

  // Follow the first link: that article opens, scrolled to the mention, which flashes.
  const link = links.first();
  const targetTitle = (await link.innerText()).trim();
  const offset = Number(await link.getAttribute('data-offset'));
  await link.click();
  await articleFrame(page, targetTitle);
  const target = await articleContentFrame(page);
  const reveal = await waitFor(() => target.evaluate((at) => {
    const marked = [...document.querySelectorAll('[data-start]')];
    const el = marked.find((m) => Number(m.dataset.start) <= at && at < Number(m.dataset.end)) ?? marked.find((m) => Number(m.dataset.start) >= at);
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    const inView = r.top >= 0 && r.bottom <= window.innerHeight;
    return inView && { text: el.textContent, entity: el.dataset.entity, flash: el.classList.contains('nc-flash'), scrollY: window.scrollY };
  }, offset), `the mention at offset ${offset} in view in "${targetTitle}"`, 15_000);
  log('revealed:', JSON.stringify(reveal));
  assert.ok(/舍曼|谢尔曼|雪曼|Sherman/.test(reveal.text), `the revealed mark should name Sherman, is "${reveal.text}"`);
  assert.ok(reveal.flash, 'the revealed mention should flash (class nc-flash)');
  await screenshot('followed');

  // Keyboard only: focus a mark, Enter opens its card with focus on its first link; Escape closes it.
  // (a mark whose card has links: a card of a name found only here has nothing to focus)
  const mark = (await articleFrame(page)).locator(`.nc-entity[data-entity="${reveal.entity}"]`).first();
  await mark.focus();
  await mark.press('Enter');
  const card2 = (await articleFrame(page)).locator('.nc-card');
  await card2.waitFor({ state: 'visible', timeout: 3000 });
  const focus = await target.evaluate(() => {
    const a = document.activeElement;
    return { inCard: Boolean(a?.closest('.nc-card')), tag: a?.tagName, text: a?.textContent, expanded: document.querySelector('[aria-expanded="true"]')?.textContent };
  });
  log('keyboard:', JSON.stringify(focus));
  assert.ok(focus.inCard, `Enter on a mark should move focus into its card, focus is on ${focus.tag}`);
  await screenshot('keyboard-card');
  await page.keyboard.press('Escape');
  await card2.waitFor({ state: 'hidden', timeout: 3000 });
  const back = await target.evaluate(() => document.activeElement?.classList.contains('nc-entity'));
  assert.ok(back, 'Escape should return focus to the mark');
}
