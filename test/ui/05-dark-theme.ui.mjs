// In a dark theme the article view follows the editor's colours: body text has the theme's
// --vscode-foreground and the page background is dark. This scenario gets its own code-server
// (it declares `settings`), so the theme does not leak into the other scenarios.
import { DW_TITLE, openArticleFromTree } from './lib/workbench.mjs';

export const timeout = 90_000;
export const settings = { 'workbench.colorTheme': 'Default Dark Modern' };

function parseColor(css) {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance({ r, g, b }) {
  const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export async function run({ page, assert, screenshot, log }) {
  // The workbench turns dark once it has read the user settings (it may first paint in the default theme).
  await page.waitForFunction(() => document.querySelector('.monaco-workbench')?.classList.contains('vs-dark'), undefined, { timeout: 20_000 })
    .catch(async () => { throw new Error(`the workbench should use a dark theme, has classes "${await page.locator('.monaco-workbench').getAttribute('class')}"`); });

  const frame = await openArticleFromTree(page, { outlet: '德国之声', title: DW_TITLE });
  const colors = await frame.locator('.nc-body p').first().evaluate((p) => {
    // Resolve the variable through a probe element, so both sides are computed the same way.
    const probe = document.createElement('span');
    probe.style.color = 'var(--vscode-foreground)';
    document.body.appendChild(probe);
    const foreground = getComputedStyle(probe).color;
    probe.remove();
    return {
      p: getComputedStyle(p).color,
      foreground,
      foregroundVar: getComputedStyle(document.body).getPropertyValue('--vscode-foreground').trim(),
      bodyBg: getComputedStyle(document.body).backgroundColor,
      editorBgVar: getComputedStyle(document.body).getPropertyValue('--vscode-editor-background').trim(),
      themeKind: document.body.dataset.vscodeThemeKind ?? document.body.className,
    };
  });
  log(JSON.stringify(colors));
  assert.ok(colors.foregroundVar, 'the webview should define --vscode-foreground');
  assert.equal(colors.p, colors.foreground, 'article text should be the theme foreground');
  const bg = parseColor(colors.bodyBg);
  assert.ok(bg.a > 0.99, `the page background should be opaque, is ${colors.bodyBg}`);
  assert.ok(luminance(bg) < 0.3, `the page background should be dark, is ${colors.bodyBg} (luminance ${luminance(bg).toFixed(2)})`);
  assert.ok(luminance(parseColor(colors.p)) > 0.4, `the text should be light on the dark page, is ${colors.p}`);
  assert.match(colors.themeKind, /dark/, `the webview body should be in a dark theme kind, is "${colors.themeKind}"`);
  await screenshot('dw-dark');
}
