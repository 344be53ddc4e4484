import * as assert from 'node:assert/strict';
import type { IndexState } from '../../src/vscode/corpusService';
import type { NewsCorpusApi } from '../../src/extension';
import { activeApi } from './helpers';

/** Runs `refresh` with the notification delay set to `delayMs`; returns the states it went through and how many notifications it showed. */
async function observe(api: NewsCorpusApi, delayMs: number, refresh: () => Promise<void>): Promise<{ states: IndexState[]; shown: number }> {
  const service = api.service;
  const before = service.indexingNotifications;
  const delay = service.notificationDelayMs;
  const states: IndexState[] = [];
  const subscription = service.onDidChangeState((s) => states.push(s));
  service.notificationDelayMs = delayMs;
  try {
    await refresh();
  } finally {
    service.notificationDelayMs = delay;
    subscription.dispose();
  }
  return { states, shown: service.indexingNotifications - before };
}

describe('the "News Corpus: indexing" notification', () => {
  it('does not show when a refresh finds nothing new or changed on disk (even with no delay)', async () => {
    const api = await activeApi();
    const { states, shown } = await observe(api, 0, () => api.service.refresh());
    assert.deepEqual(states, ['indexing', 'idle'], 'the refresh did not run');
    assert.equal(shown, 0, 'a refresh with nothing to read showed the indexing notification');
  });

  it('shows when there are files to read (the Refresh command re-reads every file)', async () => {
    const api = await activeApi();
    const size = api.service.corpus.size;
    const { states, shown } = await observe(api, 0, () => api.service.reindex());
    assert.deepEqual(states, ['indexing', 'idle']);
    assert.equal(shown, 1, 'reading every file did not show the indexing notification');
    assert.equal(api.service.corpus.size, size, 'the re-read corpus lost articles');
  });

  it('does not show for files read before the delay has passed', async () => {
    const api = await activeApi();
    const { shown } = await observe(api, 600_000, () => api.service.reindex());
    assert.equal(shown, 0, 'the notification showed before its delay');
  });
});
