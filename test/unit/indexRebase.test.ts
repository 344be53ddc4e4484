import * as assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { seedsCopyWithProblem } from './seedsCopy';
import type { Mention } from '../../src/core/entities';
import { IncrementalIndexer } from '../../src/core/index/incrementalIndexer';
import { indexCachePath, readIndexCache, writeIndexCache } from '../../src/core/index/indexCacheFile';
import type { IndexSnapshotToSave } from '../../src/core/index/indexSnapshot';
import { SearchEngine } from '../../src/core/search';

const QUERIES = ['北约', '谢尔曼 北约', '"俄罗斯"', 'in:title 美国', '"Wendy Sherman"'];

const corpusFolder = (): string => seedsCopyWithProblem('nc-rebase-');

/** Everything a corpus shows: articles, their mentions, names still to find, problems, search results and entities. */
function stateOf(indexer: IncrementalIndexer) {
  const { corpus } = indexer;
  const articles = [...corpus.index.values()].map((a) => ({ ...a }));
  return {
    articles,
    mentions: articles.map((a) => corpus.mentionsOf(a.id)),
    pending: corpus.namesToFind(),
    problems: indexer.problems,
    search: QUERIES.map((q) => corpus.search.search(q, { limit: Infinity }).map((h) => [h.id, h.score, h.snippet, h.matches])),
    entities: corpus.entities.entities.map((e) => e.id).sort(),
    outlets: corpus.index.outlets(),
  };
}

/** True when every article of the corpus is kept as a record of the persistent index (no article object in memory). */
function allRecords(corpus: Corpus): boolean {
  return [...corpus.index.ids()].every((id) => corpus.index.recordOf(id) !== undefined);
}

describe('saving the persistent index, then reading from it', () => {
  let root: string;
  let file: string;
  beforeEach(() => {
    root = corpusFolder();
    file = indexCachePath(path.join(path.dirname(root), 'storage'), [root]);
  });
  afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it('takes the articles, mentions and search from the file saved: the same as before; live updates and later saves go on', async () => {
    const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await indexer.refresh([root]);
    const before = stateOf(indexer);
    assert.ok(before.articles.length >= 5 && before.mentions.some((m) => m.length > 0));
    assert.equal(allRecords(indexer.corpus), false);

    await indexer.save(file, [root]);
    assert.ok(allRecords(indexer.corpus), 'articles are records of the file');
    assert.deepEqual(stateOf(indexer), before);
    assert.equal((await indexer.refresh([root])).reread, 0, 'the file stamps are kept');

    // Live changes after the save: a changed, a new and a deleted file.
    const [changed, deleted] = before.articles.map((a) => a.id);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/<\/p>/, '保存之后改的词</p>'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(changed, later, later);
    const added = path.join(root, 'later', 'added.md');
    cpSync(deleted, added);
    unlinkSync(deleted);
    assert.equal(await indexer.updateFile(changed, root), true);
    assert.equal(await indexer.updateFile(added, root), true);
    assert.deepEqual(indexer.removePath(deleted), [deleted]);
    assert.deepEqual(indexer.corpus.search.search('保存之后改的词').map((h) => h.id), [changed]);
    assert.equal(indexer.corpus.index.has(deleted), false);
    assert.equal(indexer.corpus.index.get(added)?.title, before.articles[1].title);
    assert.deepEqual(indexer.corpus.mentionsOf(added), before.mentions[1]);

    const changedState = stateOf(indexer);
    await indexer.save(file, [root]);
    assert.ok(allRecords(indexer.corpus));
    assert.deepEqual(stateOf(indexer), changedState);
    assert.equal((await indexer.refresh([root])).reread, 0);

    // What the file holds is what a restart restores.
    const read = await readIndexCache(file);
    assert.ok(read.ok);
    const restored = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    restored.restore(read.snapshot);
    assert.deepEqual(stateOf(restored), changedState);
  });

  it('readies this thread for live updates without changing what the corpus shows; updates then find names as before', async () => {
    const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await indexer.refresh([root]);
    await indexer.save(file, [root]);
    const before = stateOf(indexer);
    indexer.warmUpForUpdates();
    assert.deepEqual(stateOf(indexer), before);
    const [changed] = before.articles.map((a) => a.id);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/<\/p>/, '北约秘书长斯托尔滕贝格又说</p>'));
    utimesSync(changed, new Date(), new Date(Date.now() + 60_000));
    assert.equal(await indexer.updateFile(changed, root), true);
    assert.equal(indexer.corpus.search.search('斯托尔滕贝格又说').length, 1);
    assert.ok(indexer.corpus.mentionsOf(changed).some((m) => m.surface === '斯托尔滕贝格'));
  });

  it('keeps the tokens of names still to be found, and finds them after the save', async () => {
    const now = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await now.refresh([root]);
    const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await indexer.refresh([root], { names: 'later' });
    const pending = indexer.corpus.namesToFind();
    assert.equal(pending.length, now.corpus.size);

    await indexer.save(file, [root]);
    assert.ok(allRecords(indexer.corpus));
    assert.deepEqual(indexer.corpus.namesToFind(), pending);
    assert.equal(await indexer.findNames(), now.corpus.size);
    for (const a of now.corpus.index.values()) assert.deepEqual(indexer.corpus.mentionsOf(a.id), now.corpus.mentionsOf(a.id));

    await indexer.save(file, [root]);
    assert.deepEqual(stateOf(indexer), stateOf(now));
  });

  it('keeps in memory what changed while saving (and takes the rest from the file the next time)', async () => {
    const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await indexer.refresh([root], { names: 'later' });
    const [first, second] = indexer.corpus.namesToFind();
    const names: Mention[] = [{ start: 0, end: 2, surface: '北约', type: 'org' }];
    const saving = indexer.save(file, [root]);
    assert.equal(indexer.corpus.setNames(first.id, first.token, names), true); // while the file is written
    await saving;
    assert.equal(allRecords(indexer.corpus), false, 'the articles stay objects');
    assert.deepEqual(indexer.corpus.mentionsOf(first.id), names);
    assert.equal(indexer.corpus.namesPendingFor(first.id), false);
    assert.equal(indexer.corpus.namesPendingFor(second.id), true);
    assert.equal(indexer.corpus.setNames(second.id, second.token, names), true, 'tokens still hold');

    const state = stateOf(indexer);
    await indexer.save(file, [root]);
    assert.ok(allRecords(indexer.corpus));
    assert.deepEqual(stateOf(indexer), state);
  });

  it('does not let a change of a file that is no article keep the articles in memory', async () => {
    const indexer = new IncrementalIndexer(new Corpus({ timeZone: 'UTC' }));
    await indexer.refresh([root]);
    const empty = path.join(root, 'empty.md');
    const saving = indexer.save(file, [root]);
    writeFileSync(empty, ' ');
    assert.equal(await indexer.updateFile(empty, root), true); // still a problem, not an article
    await saving;
    assert.ok(allRecords(indexer.corpus));
    assert.ok(indexer.problemOf(empty));
    assert.equal(await indexer.updateFile(empty, root), false, 'its new stamp is kept');
  });

  it('writes and reads back string pools, texts and strings longer than the writer\'s and the reader\'s buffers', async () => {
    const engine = new SearchEngine({ timeZone: 'UTC' });
    const articles: IndexSnapshotToSave['articles'] = [];
    const longTitle = (i: number) => `很长的标题${i}`.repeat(60); // UTF-16 pool: several MB
    const longId = (i: number) => `/corpus/${'x'.repeat(400)}/${i}.md`; // Latin-1 pool: over a MB
    for (let i = 0; i < 3000; i++) {
      const text = i === 7 ? `北约${'乌克兰局势'.repeat(150_000)}` : `北约 第${i}篇`; // one text record of 1.5 MB
      const article = { id: longId(i), root: '/corpus', path: `${i}.md`, format: 'front-matter' as const, outlet: `媒体${i % 7}`, title: longTitle(i), published: i * 1000, url: undefined, headImage: undefined, textLength: text.length };
      engine.add({ id: article.id, title: article.title, text, outlet: article.outlet, published: article.published });
      articles.push({ article, stamp: { size: i, mtimeMs: i }, mentions: [{ start: 0, end: 2, surface: `北约${i % 50}`, type: 'org' }] });
    }
    const reason = `太长的原因${'。'.repeat(70_000)}`; // a string longer than the reader's window
    const snapshot: IndexSnapshotToSave = { roots: ['/corpus'], articles, problems: [{ problem: { file: '/corpus/bad.md', path: 'bad.md', reason, severity: 'error' }, stamp: { size: 1, mtimeMs: 2 } }], search: engine.exportState() };
    await writeIndexCache(file, snapshot);
    const read = await readIndexCache(file);
    assert.ok(read.ok, read.ok ? '' : read.reason);
    const corpus = new Corpus({ timeZone: 'UTC' });
    corpus.restore(read.snapshot);
    assert.equal(read.snapshot.problems[0].problem.reason, reason);
    for (const i of [0, 7, 1234, 2999]) {
      assert.deepEqual(corpus.index.get(longId(i)), articles[i].article);
      assert.deepEqual(corpus.mentionsOf(longId(i)), articles[i].mentions);
      assert.equal(corpus.textOf(longId(i)), engine.textOf(longId(i)));
    }
    assert.deepEqual(corpus.search.search('乌克兰局势').map((h) => h.id), [longId(7)]);
    assert.equal(corpus.search.search('北约', { limit: Infinity }).length, 3000);
    corpus.clear();
  });

  it('saves an engine that reads from the index file right while texts are read from that file for other uses', async () => {
    const engine = new SearchEngine({ timeZone: 'UTC' });
    const articles: IndexSnapshotToSave['articles'] = [];
    const id = (i: number) => `/corpus/${i}.md`;
    const texts: string[] = [];
    for (let i = 0; i < 2000; i++) {
      texts.push(`北约 第${i}篇 ${'内容，ＡＢ'.repeat(300 + ((i * 37) % 400))}`); // records of 4 to 14 KB: many straddle the writer's chunks
      const article = { id: id(i), root: '/corpus', path: `${i}.md`, format: 'front-matter' as const, outlet: 'o', title: `标题${i}`, published: i, url: undefined, headImage: undefined, textLength: texts[i].length };
      engine.add({ id: article.id, title: article.title, text: texts[i], outlet: article.outlet, published: article.published });
      articles.push({ article, stamp: { size: i, mtimeMs: i }, mentions: [] });
    }
    await writeIndexCache(file, { roots: ['/corpus'], articles, problems: [], search: engine.exportState() });
    const read = await readIndexCache(file);
    assert.ok(read.ok);
    const corpus = new Corpus({ timeZone: 'UTC' });
    corpus.restore(read.snapshot);
    // Saved again from the file while other texts are read from it between the writer's writes.
    let reads = 0;
    let reading = true;
    const readOthers = (): void => {
      if (!reading) return;
      for (let k = 0; k < 5; k++) assert.equal(corpus.textOf(id((reads * 7 + k) % 2000)), texts[(reads * 7 + k) % 2000]);
      reads++;
      setImmediate(readOthers);
    };
    readOthers();
    const again = `${file}.again`;
    await writeIndexCache(again, { roots: ['/corpus'], articles: read.snapshot.articles, problems: [], search: corpus.search.exportState() });
    reading = false;
    assert.ok(reads > 10, `${reads} reads while saving`);
    const reread = await readIndexCache(again);
    assert.ok(reread.ok);
    const restored = new Corpus({ timeZone: 'UTC' });
    restored.restore(reread.snapshot);
    for (let i = 0; i < 2000; i++) assert.equal(restored.textOf(id(i)), texts[i], `text ${i}`);
    assert.equal(restored.search.search('北约', { limit: Infinity }).length, 2000);
    corpus.clear();
    restored.clear();
  });
});
