import * as vscode from 'vscode';
import type { NewsCorpusApi } from '../../src/extension';

export const EXTENSION_ID = 'news-corpus.news-corpus';

/** The activated extension's API, once its first indexing has finished and the names in its articles are found. */
export async function activeApi(): Promise<NewsCorpusApi> {
  const ext = vscode.extensions.getExtension<NewsCorpusApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  const api = await ext.activate();
  await waitFor(() => api.service.state === 'idle' && api.service.corpus.size > 0, 'the corpus to be indexed');
  await waitFor(() => api.service.corpus.namesPendingCount === 0, 'the names to be found');
  return api;
}

/** Polls `condition` until it holds; fails with what was awaited after `ms`. */
export async function waitFor(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The workspace folder the tests run in (a throw-away copy of seeds/). */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri.fsPath;
}
