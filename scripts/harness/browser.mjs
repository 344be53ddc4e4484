// Drives the code-server workbench with Debian's chromium through playwright-core (no browser download).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, testResultsDir } from './paths.mjs';

export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Launches chromium with a throw-away profile (also its HOME, so nothing lands in ~).
 * @param {{ headless?: boolean, viewport?: { width: number, height: number } }} [o]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function launchBrowser({ headless = true, viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(chromiumPath)) throw new Error(`chromium not found at ${chromiumPath}: run \`node scripts/harness/install.mjs\``);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-corpus-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless,
    viewport,
    env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: path.join(profile, '.config'), XDG_CACHE_HOME: path.join(profile, '.cache') },
    args: chromiumArgs,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { context, page, close };
}

/** Waits until the workbench has rendered (status bar present), 60 s by default. */
export async function waitForWorkbench(page, { timeout = 60_000 } = {}) {
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
}

/**
 * Runs a command by its title through the F1 command palette. Right after the workbench loads,
 * extension commands can be missing from the palette for a few seconds (extensions still
 * registering), so the palette is reopened until the command shows up or the timeout passes.
 */
export async function runCommand(page, title, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget .quick-input-box input');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: Math.max(1000, deadline - Date.now()) });
      // The widget can stay inert when the palette opens while a QuickPick is closing (the same
      // widget): then typing never lands. Bounded, so that the loop closes it and asks again.
      await input.fill(`>${title}`, { timeout: Math.min(5000, Math.max(1000, deadline - Date.now())) }); // replaces the '>' F1 typed
      await row.waitFor({ state: 'visible', timeout: Math.min(3000, Math.max(500, deadline - Date.now())) });
      break;
    } catch (err) {
      await page.keyboard.press('Escape');
      if (Date.now() >= deadline) throw new Error(`command "${title}" not found in the command palette within ${timeout / 1000} s`, { cause: err });
      await page.waitForTimeout(500);
    }
  }
  await page.keyboard.press('Enter');
}

/** The content frame of the (last) webview: two iframes deep. */
export function webviewFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}

/** Saves a full-window screenshot to test-results/<name>.png and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(testResultsDir, { recursive: true });
  const file = path.join(testResultsDir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}
