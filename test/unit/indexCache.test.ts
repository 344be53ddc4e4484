import * as assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { seedsCopyWithProblem } from './seedsCopy';
import { IncrementalIndexer } from '../../src/core/index/incrementalIndexer';
import { indexCachePath, readIndexCache, verifyIndexCache, writeIndexCache } from '../../src/core/index/indexCacheFile';
import { RECOGNIZER_VERSION } from '../../src/core/entities';
import { READER_VERSION } from '../../src/core/readerVersion';
import { checksumOf } from '../../src/core/index/checksum';
import { decodeIndexBytes, encodeIndexCache, INDEX_CACHE_VERSION } from '../../src/core/index/indexCacheFormat';


const corpusFolder = (): string => seedsCopyWithProblem('nc-cache-');

async function indexed(root: string): Promise<IncrementalIndexer> {
  const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
  await indexer.refresh([root]);
  return indexer;
}

describe('persistent index', () => {
  let root: string;
  beforeEach(() => {
    root = corpusFolder();
  });
  afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('round-trips articles, mentions, problems and search through the binary format', async () => {
    const first = await indexed(root);
    const bytes = await encodeIndexCache(first.snapshot([root]));
    const decoded = decodeIndexBytes(bytes);
    assert.ok(decoded.ok, decoded.ok ? '' : decoded.reason);
    const second = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    second.restore(decoded.snapshot);
    assert.equal(second.corpus.size, first.corpus.size);
    assert.ok(first.corpus.size >= 5);
    for (const a of first.corpus.index.values()) {
      assert.deepEqual(second.corpus.index.get(a.id), a);
      assert.deepEqual(second.corpus.mentionsOf(a.id), first.corpus.mentionsOf(a.id));
    }
    assert.deepEqual(second.problems, first.problems);
    assert.ok(second.problems.some((p) => p.file.endsWith('empty.md')));
    const ids = (c: Corpus, q: string) => c.search.search(q, { limit: Infinity }).map((h) => [h.id, h.score]);
    for (const q of ['北约', '谢尔曼', '"俄罗斯"', 'in:title 美国']) assert.deepEqual(ids(second.corpus, q), ids(first.corpus, q), q);
    assert.deepEqual(second.corpus.entities.entities.map((e) => e.id).sort(), first.corpus.entities.entities.map((e) => e.id).sort());
  });

  it('is written to the storage folder given, and read back', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    assert.ok(file.startsWith(storage + path.sep));
    const first = await indexed(root);
    await writeIndexCache(file, first.snapshot([root]));
    const read = await readIndexCache(file);
    assert.ok(read.ok);
    assert.equal(read.snapshot.articles.length, first.corpus.size);
  });

  it('restores from the file reading only its metadata; texts and postings are read by queries', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    const first = await indexed(root);
    await writeIndexCache(file, first.snapshot([root]));
    const read = await readIndexCache(file);
    assert.ok(read.ok);
    const restored = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    restored.restore(read.snapshot);
    for (const q of ['北约', '谢尔曼 北约', '"Wendy Sherman"']) {
      assert.deepEqual(restored.corpus.search.search(q, { limit: Infinity }), first.corpus.search.search(q, { limit: Infinity }), q);
    }
    restored.corpus.clear(); // closes the file
    assert.equal(restored.corpus.search.search('北约').length, 0);
  });

  it('saves, then searches from the saved file instead of memory, with the same results and later changes', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    const indexer = await indexed(root);
    const before = indexer.corpus.search.search('北约', { limit: Infinity });
    const engineBefore = indexer.corpus.search;
    const mentionsBefore = [...indexer.corpus.index.values()].map((a) => indexer.corpus.mentionsOf(a.id));
    await indexer.save(file, [root]);
    assert.notEqual(indexer.corpus.search, engineBefore, 'the engine now reads from the file');
    assert.deepEqual(indexer.corpus.search.search('北约', { limit: Infinity }), before);
    assert.deepEqual([...indexer.corpus.index.values()].map((a) => indexer.corpus.mentionsOf(a.id)), mentionsBefore, 'mentions now read from the file');
    const added = path.join(root, 'later.md');
    writeFileSync(added, readFileSync([...indexer.corpus.index.values()][0].id, 'utf8').replace(/<\/p>/, '保存之后的新词</p>'));
    await indexer.updateFile(added, root);
    assert.deepEqual(indexer.corpus.search.search('保存之后的新词').map((h) => h.id), [added]);
    await indexer.save(file, [root]);
    const read = await readIndexCache(file);
    assert.ok(read.ok);
    const again = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    again.restore(read.snapshot);
    assert.deepEqual(again.corpus.search.search('保存之后的新词').map((h) => h.id), [added]);
    assert.deepEqual(indexer.corpus.mentionsOf(added), again.corpus.mentionsOf(added));
    assert.ok(indexer.corpus.mentionsOf(added).length > 0);
    assert.equal(await verifyIndexCache(file), true);
  });

  it('keeps the engine in memory when the corpus changed while it was saved', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    const indexer = await indexed(root);
    const saving = indexer.save(file, [root]);
    const added = path.join(root, 'during.md');
    cpSync([...indexer.corpus.index.values()][0].id, added);
    await indexer.updateFile(added, root);
    await saving.catch(() => undefined); // may fail: the engine changed under the writer
    assert.ok(indexer.corpus.search.search('北约', { limit: Infinity }).some((h) => h.id === added));
  });

  it('saves checkpoints while indexing, and searching then reads earlier articles from the file', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    cpSync(path.join(__dirname, '../../../shared/corpus'), path.join(root, 'more'), { recursive: true });
    const plain = await indexed(root);
    const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    let saves = 0;
    await indexer.refresh([root], {
      chunkSize: 2,
      checkpoint: {
        every: 4,
        save: async () => {
          saves++;
          await indexer.save(file, [root]);
        },
      },
    });
    assert.ok(saves >= 3, `${saves} checkpoints`);
    for (const q of ['北约', '谢尔曼 北约', 'OSCE', '"Wendy Sherman"']) {
      assert.deepEqual(indexer.corpus.search.search(q, { limit: Infinity }), plain.corpus.search.search(q, { limit: Infinity }), q);
    }
  });

  it('keeps articles whose names are not found yet, and finds them after restoring (texts from the file)', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    const now = await indexed(root);
    const later = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await later.refresh([root], { names: 'later' });
    await later.save(file, [root]);
    const read = await readIndexCache(file);
    assert.ok(read.ok);
    const restored = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    restored.restore(read.snapshot);
    assert.equal(restored.corpus.namesPendingCount, now.corpus.size);
    assert.equal(await restored.findNames(), now.corpus.size);
    for (const a of now.corpus.index.values()) assert.deepEqual(restored.corpus.mentionsOf(a.id), now.corpus.mentionsOf(a.id));
  });

  it('finds damage in the blobs when verifying the whole file', async () => {
    const storage = path.join(path.dirname(root), 'storage');
    const file = indexCachePath(storage, [root]);
    await writeIndexCache(file, (await indexed(root)).snapshot([root]));
    assert.equal(await verifyIndexCache(file), true);
    const bytes = readFileSync(file);
    bytes[100] ^= 0xff;
    writeFileSync(file, bytes);
    assert.equal(await verifyIndexCache(file), false);
    assert.equal(await verifyIndexCache(path.join(storage, 'missing.ncix')), false);
  });

  it('ignores a file of another format version, with a reason', async () => {
    const bytes = await encodeIndexCache((await indexed(root)).snapshot([root]));
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(4, INDEX_CACHE_VERSION + 1, true);
    const decoded = decodeIndexBytes(bytes);
    assert.equal(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.reason, /version/);
  });

  /** The decoded index of the seeds, saved as if by rules of another version: `field` in its metadata JSON made `version + 1`. */
  async function decodedWithOtherVersion(field: string, version: number) {
    const bytes = Buffer.from(await encodeIndexCache((await indexed(root)).snapshot([root])));
    const at = bytes.indexOf(Buffer.from(`"${field}":${version}`, 'utf16le'));
    assert.ok(at > 0);
    Buffer.from(`"${field}":${(version + 1) % 10}`, 'utf16le').copy(bytes, at);
    const metadataAt = bytes.readDoubleLE(16);
    bytes.writeUInt32LE(checksumOf(bytes.subarray(metadataAt)), 8); // still a sound file, made by other rules
    return decodeIndexBytes(bytes);
  }

  it('ignores an index whose mentions another version of the name recognizer made', async () => {
    const decoded = await decodedWithOtherVersion('recognizerVersion', RECOGNIZER_VERSION);
    assert.equal(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.reason, /recognizer/);
  });

  it('ignores an index whose articles another version of the article reader made (formats, cleaning)', async () => {
    const decoded = await decodedWithOtherVersion('readerVersion', READER_VERSION);
    assert.equal(decoded.ok, false);
    assert.match(decoded.ok ? '' : decoded.reason, /article reader/);
  });

  it('ignores corrupt, truncated or foreign bytes, with a reason', async () => {
    const bytes = await encodeIndexCache((await indexed(root)).snapshot([root]));
    const inBlobs = bytes.slice();
    inBlobs[64] ^= 0xff;
    const inMetadata = bytes.slice();
    inMetadata[bytes.length - 40] ^= 0xff;
    for (const bad of [inBlobs, inMetadata, bytes.slice(0, bytes.length - 7), bytes.slice(0, 5), new TextEncoder().encode('not an index at all')]) {
      const decoded = decodeIndexBytes(bad);
      assert.equal(decoded.ok, false);
      assert.ok(!decoded.ok && decoded.reason.length > 0);
    }
    assert.equal((await readIndexCache(path.join(root, 'no-such-file'))).ok, false);
  });

  it('refreshes from the index by re-reading only new and changed files and dropping deleted ones', async () => {
    const first = await indexed(root);
    const snapshot = decodeIndexBytes(await encodeIndexCache(first.snapshot([root])));
    assert.ok(snapshot.ok);
    const files = first.corpus.index.values();
    const changed = files.next().value!.id;
    const deleted = files.next().value!.id;
    const touched = files.next().value!.id;
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/<\/p>/, '独一无二的缓存测试词</p>'));
    unlinkSync(deleted);
    const later = new Date(Date.now() + 60_000);
    utimesSync(touched, later, later); // same size, new mtime: re-read
    const added = path.join(root, 'new-outlet', 'added.md');
    cpSync(changed, added);

    const restored = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    restored.restore(snapshot.snapshot);
    assert.equal(restored.corpus.search.search('独一无二的缓存测试词').length, 0);
    const summary = await restored.refresh([root]);
    assert.equal(summary.reread, 3, 'changed, touched and added files are read');
    assert.equal(summary.removed, 1);
    assert.equal(restored.corpus.index.has(deleted), false);
    assert.deepEqual(restored.corpus.search.search('独一无二的缓存测试词', { limit: Infinity }).map((h) => h.id).sort(), [added, changed].sort());
    assert.equal(restored.corpus.size, first.corpus.size);

    const again = await restored.refresh([root]);
    assert.equal(again.reread, 0, 'nothing is read when nothing changed');
  });

  it('applies single-file updates and folder deletions incrementally', async () => {
    const indexer = await indexed(root);
    const before = indexer.corpus.size;
    const file = path.join(root, 'live', 'one.md');
    cpSync([...indexer.corpus.index.values()][0].id, file);
    assert.equal(await indexer.updateFile(file, root), true);
    assert.equal(indexer.corpus.size, before + 1);
    assert.equal(await indexer.updateFile(file, root), false, 'unchanged size and mtime: not re-read');
    assert.deepEqual(indexer.removePath(path.join(root, 'live')), [file]);
    assert.equal(indexer.corpus.size, before);
  });
});
