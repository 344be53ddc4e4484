import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readIndexCache } from '../../src/core/index/indexCacheFile';
import { activeApi, waitFor, workspaceRoot } from './helpers';

describe('the persistent index in the extension host', () => {
  it('is written to the extension storage, never into the corpus folder', async () => {
    const api = await activeApi();
    const file = api.service.cacheFile;
    assert.ok(file, 'the service has no persistent index file (no storage?)');
    await waitFor(() => fs.existsSync(file), 'the persistent index to be written');
    const root = workspaceRoot();
    assert.ok(!path.resolve(file).startsWith(path.resolve(root) + path.sep), `the index ${file} is inside the workspace ${root}`);
    for (const corpusFolder of api.service.corpusFolders) assert.ok(!file.startsWith(corpusFolder), `the index ${file} is inside the corpus folder`);
    const read = await readIndexCache(file);
    assert.ok(read.ok, read.ok ? '' : read.reason);
    assert.equal(read.snapshot.articles.length, api.service.corpus.size);
  });

  it('restores the corpus from it on a second start (same articles, search answers)', async () => {
    const api = await activeApi();
    const size = api.service.corpus.size;
    const hitsBefore = api.service.corpus.search.search('北约', { limit: Infinity }).length;
    const restored = await api.service.loadFromCache();
    assert.equal(restored, size);
    assert.equal(api.service.corpus.size, size);
    assert.equal(api.service.corpus.search.search('北约', { limit: Infinity }).length, hitsBefore);
  });

  it('saves a live change to the index after the watcher applied it', async () => {
    const api = await activeApi();
    const file = api.service.cacheFile!;
    const folder = api.service.corpusFolders[0];
    const added = path.join(folder, 'scale-test-added.md');
    fs.writeFileSync(added, '---\ntitle: 缓存测试\nauthor: 测试\ndate: 2022-01-12\n---\n<p>持久索引的实时更新测试词</p>\n');
    try {
      await waitFor(() => api.service.corpus.search.search('持久索引的实时更新测试词').length === 1, 'the new file to be searchable');
      await api.service.saveCache();
      const read = await readIndexCache(file);
      assert.ok(read.ok && read.snapshot.articles.some((a) => a.article.id === added), 'the saved index lacks the new file');
    } finally {
      fs.rmSync(added, { force: true });
    }
    await waitFor(() => !api.service.corpus.index.has(added), 'the deleted file to be forgotten');
  });
});
