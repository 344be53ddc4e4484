import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus';
import type { Mention } from '../../src/core/entities';
import { ByteReader, ByteWriter, CorruptDataError, SourceReader, StringPoolReader, StringPoolWriter, type BlockReader } from '../../src/core/index/binaryCodec';
import { CorpusIndex, UNDATED, type ArticleForIndex, type ArticleRecordSource, type IndexedArticle } from '../../src/core/index/corpusIndex';
import { checksumOf } from '../../src/core/index/checksum';
import { decodeIndexBytes, encodeIndexCache } from '../../src/core/index/indexCacheFormat';
import type { IndexSnapshotToSave } from '../../src/core/index/indexSnapshot';
import { unpackMentions } from '../../src/core/index/packedMentions';
import { MemoryByteSource, SearchEngine, stateInMemory } from '../../src/core/search';

const ALL = { limit: Infinity };

describe('string pool', () => {
  const values = ['', 'plain ascii', 'café Ünïcödé ÿ', '北约秘书长', 'mixed 北約 ＮＡＴＯ', '😀 emoji', 'lone \ud800 surrogate', '\u0000\u00ff', 'a'];

  it('gives back every string exactly, Latin-1 ones from one pool and the others from the other', () => {
    const pool = new StringPoolWriter();
    const starts = values.map((value) => pool.add(value));
    const writer = new ByteWriter(16);
    pool.writeTo(writer);
    const reader = new StringPoolReader(new ByteReader(writer.finish()));
    values.forEach((value, i) => {
      assert.ok(reader.holds(starts[i], value.length));
      assert.equal(reader.get(starts[i], value.length), value);
      assert.equal(starts[i] < 0, /^[\u0000-\u00ff]*$/.test(value), value);
    });
    // A suffix of a pooled string is in the same pool.
    const id = pool.add('/corpus/outlet/北约.md');
    const latin = pool.add('/corpus/outlet/nato.md');
    const writer2 = new ByteWriter(16);
    pool.writeTo(writer2);
    const reader2 = new StringPoolReader(new ByteReader(writer2.finish()));
    assert.equal(reader2.get(id + 8, 12), 'outlet/北约.md');
    assert.equal(reader2.get(~(~latin + 8), 14), 'outlet/nato.md');
  });

  it('refuses references outside its pools', () => {
    const pool = new StringPoolWriter();
    const a = pool.add('abc');
    const b = pool.add('北约');
    const writer = new ByteWriter(16);
    pool.writeTo(writer);
    const reader = new StringPoolReader(new ByteReader(writer.finish()));
    assert.equal(reader.holds(a, 3), true);
    assert.equal(reader.holds(a, 4), false);
    assert.equal(reader.holds(b, 2), true);
    assert.equal(reader.holds(b + 1, 2), false);
    assert.equal(reader.holds(b, -1), false);
  });

  it('refuses a UTF-16 pool of an odd byte length', () => {
    const writer = new ByteWriter(16);
    writer.bytes(new Uint8Array(0));
    writer.bytes(new Uint8Array(3));
    assert.throws(() => new StringPoolReader(new ByteReader(writer.finish())), CorruptDataError);
  });
});

describe('byte writer and readers', () => {
  /** Values of every kind, some longer than a source reader's window, blocks kept by reference among them. */
  function written(): Uint8Array {
    const writer = new ByteWriter(16);
    writer.u8(7);
    writer.u32(0xfffffffe);
    writer.f64(-1.5);
    writer.string('北约 NATO');
    writer.string('长'.repeat(40_000));
    writer.block(new Uint8Array(Int32Array.from({ length: 30_000 }, (_, i) => i * 7 - 5).buffer));
    writer.bytes(Uint8Array.from({ length: 100_000 }, (_, i) => i % 251));
    writer.block(new Uint8Array(new Float64Array([0.25, Number.NaN, 1e300]).buffer));
    writer.texts(['abc', 'ÿé', 'x'.repeat(600_000)], 'latin1', 600_005);
    writer.texts(['北约', '秘书长'.repeat(200_000)], 'utf16le', 4 + 1_200_000);
    const inner = new ByteWriter(16);
    inner.u32(42);
    inner.string('内');
    writer.block(inner.finish());
    writer.u32(9);
    return writer.finish();
  }

  function readAll(reader: BlockReader) {
    const inner = (r: BlockReader) => [r.u32(), r.string(), r.remaining];
    return [reader.u8(), reader.u32(), reader.f64(), reader.string(), reader.string(), [...reader.int32Array()], [...reader.uint8Array()], [...reader.float64Array()], reader.text('latin1'), reader.text('utf16le'), inner(reader.block()), reader.u32(), reader.remaining];
  }

  it('reads back what was written, from bytes in memory and from a range of a source alike', () => {
    const bytes = written();
    const expected = readAll(new ByteReader(bytes));
    assert.deepEqual(expected.slice(0, 4), [7, 0xfffffffe, -1.5, '北约 NATO']);
    assert.equal(expected[8], `abcÿé${'x'.repeat(600_000)}`);
    assert.deepEqual(expected[10], [42, '内', 0]);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 3);
    assert.deepEqual(readAll(new SourceReader(new MemoryByteSource(padded), 3, 3 + bytes.length)), expected);
  });

  it('refuses to read past the end of its range or of a block', () => {
    const bytes = written();
    const short = new SourceReader(new MemoryByteSource(bytes), 0, bytes.length - 1);
    assert.throws(() => readAll(short), CorruptDataError);
    const writer = new ByteWriter(16);
    const inner = new ByteWriter(16);
    inner.u32(1);
    writer.block(inner.finish());
    writer.u32(2);
    const reader = new SourceReader(new MemoryByteSource(writer.finish()), 0, writer.size);
    const block = reader.block();
    assert.equal(block.u32(), 1);
    assert.throws(() => block.u32(), CorruptDataError);
    assert.equal(reader.u32(), 2);
    const odd = new ByteWriter(16);
    odd.bytes(new Uint8Array(3));
    assert.throws(() => new SourceReader(new MemoryByteSource(odd.finish()), 0, odd.size).text('utf16le'), CorruptDataError);
  });
});

/** Articles that exercise every column: ids that do and do not end with their path, optional fields, titles that fold. */
function articles(): Array<{ article: ArticleForIndex; mentions: Mention[] | 'later' }> {
  // As the readers give them: optional fields present, undefined when missing.
  const base = { root: '/corpus', format: 'front-matter' as const, published: undefined, url: undefined, headImage: undefined };
  return [
    { article: { ...base, id: '/corpus/a/one.md', path: 'a/one.md', outlet: '观察者网', published: Date.UTC(2022, 0, 10, 3), title: '北約秘書長：ＮＡＴＯ不會讓步', url: 'https://example.com/一', headImage: 'https://example.com/i.jpg', text: '斯托尔滕贝格说北约不会让步。谢尔曼也在。' }, mentions: [{ start: 7, end: 10, surface: '谢尔曼', type: 'person', role: '副国务卿', english: 'Wendy Sherman' }] },
    { article: { ...base, id: '/corpus/b/two.md', path: 'b/two.md', outlet: 'Deutsche Welle', title: 'Plain title', text: 'Ukraine talks in Geneva. 北约' }, mentions: [] },
    { article: { ...base, id: 'C:\\corpus\\c\\three.md', root: 'C:\\corpus', path: 'c/three.md', format: 'feed-dump', outlet: '美国之音', published: 0, title: 'Café Ünïcödé', url: 'https://voachinese.com/a', text: '北约 美国 café' }, mentions: 'later' },
    { article: { ...base, id: '/corpus/d/four.md', path: 'd/four.md', outlet: '观察者网', published: Date.UTC(2021, 11, 31, 23), title: '', text: '没有标题的文章 北约' }, mentions: [{ start: 5, end: 7, surface: '北约', type: 'org', shortForm: '北约' }] },
    { article: { ...base, id: '/corpus/e/five.md', path: 'e/five.md', outlet: '观察者网', published: Date.UTC(2022, 0, 10, 5), title: '谢尔曼 😀 \ud800', text: '表情 😀 与孤立代理项' }, mentions: [] },
  ];
}

function snapshotOf(corpus: Corpus, stamps: Map<string, { size: number; mtimeMs: number }>): IndexSnapshotToSave {
  return {
    roots: ['/corpus'],
    articles: [...corpus.index.values()].map((article) => ({ article, stamp: stamps.get(article.id)!, mentions: corpus.storedMentionsOf(article.id), namesPending: corpus.namesPendingFor(article.id) })),
    problems: [],
    search: corpus.searchExport().search,
  };
}

describe('persistent index article columns', () => {
  it('decode to exactly the articles, stamps, mentions and pending names that were saved', async () => {
    const corpus = new Corpus({ timeZone: 'UTC' });
    const stamps = new Map<string, { size: number; mtimeMs: number }>();
    articles().forEach(({ article, mentions }, i) => {
      corpus.add(article, mentions);
      stamps.set(article.id, { size: 100 + i, mtimeMs: 1.5e12 + i / 3 });
    });
    corpus.remove('/corpus/b/two.md'); // a removed search slot
    corpus.add(articles()[1].article, []);
    const saved = snapshotOf(corpus, stamps);
    const decoded = decodeIndexBytes(await encodeIndexCache(saved));
    assert.ok(decoded.ok, decoded.ok ? '' : decoded.reason);
    assert.equal(decoded.snapshot.articles.length, saved.articles.length);
    const { records } = decoded.snapshot;
    assert.ok(records);
    decoded.snapshot.articles.forEach((entry, i) => {
      const article = saved.articles[i].article;
      assert.deepEqual(records.article(i), article);
      // Entries read their fields from the records when asked for.
      for (const key of Object.keys(article) as Array<keyof typeof article>) assert.equal(entry.article[key], article[key], key);
      assert.deepEqual(JSON.parse(JSON.stringify(entry.article)), JSON.parse(JSON.stringify(article)));
      assert.deepEqual(entry.stamp, saved.articles[i].stamp);
      assert.equal(entry.namesPending === true, saved.articles[i].namesPending === true);
      assert.deepEqual(unpackMentions(entry.mentions), unpackMentions(saved.articles[i].mentions));
    });

    const restored = new Corpus({ timeZone: 'UTC' });
    restored.restore(decoded.snapshot);
    for (const a of corpus.index.values()) {
      assert.deepEqual(restored.index.get(a.id), a);
      assert.deepEqual(restored.mentionsOf(a.id), corpus.mentionsOf(a.id));
      assert.equal(restored.namesPendingFor(a.id), corpus.namesPendingFor(a.id));
      assert.equal(restored.textOf(a.id), corpus.textOf(a.id));
    }
    assert.deepEqual(restored.index.outlets(), corpus.index.outlets());
    for (const { outlet } of corpus.index.outlets()) {
      assert.deepEqual(restored.index.days(outlet), corpus.index.days(outlet));
      for (const { day } of corpus.index.days(outlet)) assert.deepEqual(restored.index.articlesOn(outlet, day), corpus.index.articlesOn(outlet, day));
    }
    for (const q of ['北约', 'in:title 北约', 'in:title nato', '北約 outlet:观察者网', 'outlet:觀察者網', 'café', 'CAFE', 'outlet:"deutsche welle" geneva', '谢尔曼 after:2022-01-10', '😀', 'before:2022-01-01']) {
      assert.deepEqual(restored.search.search(q, ALL), corpus.search.search(q, ALL), q);
    }
  });

  it('refuses an index whose article columns point outside their strings or tables (checksum made to match)', async () => {
    const corpus = new Corpus({ timeZone: 'UTC' });
    const stamps = new Map<string, { size: number; mtimeMs: number }>();
    for (const { article, mentions } of articles()) {
      corpus.add(article, mentions);
      stamps.set(article.id, { size: 1, mtimeMs: 2 });
    }
    const bytes = Buffer.from(await encodeIndexCache(snapshotOf(corpus, stamps)));
    /** The byte offset of block `block` of the articles section (0: numbers, 1: ints, 2: bytes, 3: string refs). */
    const blockAt = (block: number): number => {
      let at = bytes.readDoubleLE(16);
      for (;;) {
        const tag = bytes.readUInt32LE(at);
        const length = bytes.readUInt32LE(at + 4);
        if (tag === 2) break; // the articles section
        at += 8 + length;
      }
      at += 8 + 4; // tag, length, article count
      for (let b = 0; b < block; b++) at += 4 + bytes.readUInt32LE(at);
      return at + 4;
    };
    const damaged = (change: (copy: Buffer) => void): string => {
      const copy = Buffer.from(bytes);
      change(copy);
      const metadataAt = copy.readDoubleLE(16);
      copy.writeUInt32LE(checksumOf(copy.subarray(metadataAt)), 8);
      const decoded = decodeIndexBytes(copy);
      assert.equal(decoded.ok, false);
      return decoded.ok ? '' : decoded.reason;
    };
    assert.ok(decodeIndexBytes(bytes).ok);
    assert.match(damaged((copy) => copy.writeInt32LE(1 << 30, blockAt(3) + 4)), /string out of range/); // the first id's length
    assert.match(damaged((copy) => copy.writeInt32LE(-(1 << 30), blockAt(3))), /string out of range/); // the first id's start
    assert.match(damaged((copy) => copy.writeInt32LE(9999, blockAt(1) + 4)), /out of range/); // the first outlet#
    assert.match(damaged((copy) => copy.writeUInt8(7, blockAt(2))), /unknown format/);
  });

  it('restored search documents give the same titles, outlets and dates as added ones', () => {
    const engine = new SearchEngine({ timeZone: 'UTC' });
    for (const { article } of articles()) engine.add(article);
    const restored = SearchEngine.importState(stateInMemory(engine.exportState()));
    for (const q of ['in:title 北约', 'in:title 秘书长', 'outlet:美国之音', 'outlet:觀察者網 北约', 'after:2022-01-10 before:2022-01-11', '"ＮＡＴＯ不會"']) {
      const expected = engine.search(q, ALL);
      const actual = restored.search(q, ALL);
      assert.deepEqual(actual, expected, q);
      assert.deepEqual(actual.map((hit) => hit.matches), expected.map((hit) => hit.matches), q);
    }
    assert.deepEqual(restored.exportState().foldedTitles, engine.exportState().foldedTitles);
    assert.deepEqual(restored.exportState().titleDifferences, engine.exportState().titleDifferences);
  });
});

describe('CorpusIndex restored from records', () => {
  const indexed = (id: string, outlet: string, published: number | undefined, root = '/r'): IndexedArticle => ({ id, root, path: id, format: 'front-matter', outlet, published, title: `t ${id}`, url: undefined, headImage: undefined, textLength: id.length });

  /** Records over plain articles, counting the article objects made. */
  function recordsOf(list: IndexedArticle[]): ArticleRecordSource & { made: number } {
    return {
      made: 0,
      count: list.length,
      ids: list.map((a) => a.id),
      outlets: list.map((a) => a.outlet),
      published: Float64Array.from(list, (a) => a.published ?? Number.NaN),
      root: (record) => list[record].root,
      article(record) {
        this.made++;
        return { ...list[record] };
      },
    };
  }

  function sameIndex(actual: CorpusIndex, expected: CorpusIndex): void {
    assert.deepEqual([...actual.values()], [...expected.values()]);
    assert.deepEqual(actual.outlets(), expected.outlets());
    for (const { outlet } of expected.outlets()) {
      assert.deepEqual(actual.days(outlet), expected.days(outlet));
      for (const { day } of expected.days(outlet)) assert.deepEqual(actual.articlesOn(outlet, day), expected.articlesOn(outlet, day));
    }
  }

  const list = [indexed('a', 'VOA', Date.UTC(2022, 0, 12, 20)), indexed('b', 'VOA', undefined), indexed('c', 'DW', Date.UTC(2022, 0, 5, 1), '/s'), indexed('d', 'DW', Date.UTC(2022, 0, 5, 9))];

  it('groups as setAll does, and makes an article object only when one is asked for (once)', () => {
    const records = recordsOf(list);
    const restored = new CorpusIndex('UTC');
    restored.setRecords(records);
    const plain = new CorpusIndex('UTC');
    plain.setAll(list);
    assert.equal(restored.size, 4);
    assert.deepEqual(restored.outlets(), plain.outlets());
    assert.deepEqual(restored.days('DW'), plain.days('DW'));
    assert.equal(records.made, 0, 'grouping needs no article object');
    assert.equal(restored.has('c'), true);
    assert.equal(records.made, 0);
    const c = restored.get('c');
    assert.deepEqual(c, list[2]);
    assert.equal(restored.get('c'), c, 'the same object again');
    assert.equal(records.made, 1);
    sameIndex(restored, plain);
    assert.equal(records.made, 4);
  });

  it('replaces, removes, regroups and drops folders of restored articles as of added ones', () => {
    const restored = new CorpusIndex('UTC');
    restored.setRecords(recordsOf(list));
    const plain = new CorpusIndex('UTC');
    plain.setAll(list);
    for (const index of [restored, plain]) {
      index.set({ ...indexed('a', 'DW', Date.UTC(2022, 0, 6, 1)), text: 'x', html: '' });
      index.delete('b');
      index.setTimeZone('Asia/Shanghai');
    }
    sameIndex(restored, plain);
    const fresh = new CorpusIndex('UTC');
    fresh.setRecords(recordsOf(list));
    assert.equal(fresh.deleteRoot('/s'), 1);
    assert.equal(fresh.has('c'), false);
    assert.deepEqual(fresh.days('DW').map((d) => d.count), [1]);
    fresh.setTimeZone('Asia/Shanghai');
    assert.deepEqual(fresh.days('VOA').map((d) => d.day), ['2022-01-13', UNDATED]);
  });

  it('keeps the later of two records with the same id', () => {
    const twice = [...list, indexed('a', 'DW', Date.UTC(2022, 0, 7, 1)), indexed('e', 'VOA', 0)];
    const restored = new CorpusIndex('UTC');
    restored.setRecords(recordsOf(twice));
    const plain = new CorpusIndex('UTC');
    plain.setAll(twice);
    sameIndex(restored, plain);
    assert.equal(restored.get('a')?.outlet, 'DW');
  });

  it('takes records of the same articles in the same order in place of its objects, silently', () => {
    const index = new CorpusIndex('UTC');
    for (const a of list) index.set(a);
    const plain = new CorpusIndex('UTC');
    plain.setAll(list);
    let notified = 0;
    index.onDidChange(() => notified++);
    const version = index.version;
    assert.equal(index.rebaseOnRecords(recordsOf(list.slice(1))), false, 'another count');
    assert.equal(index.rebaseOnRecords(recordsOf([list[1], list[0], ...list.slice(2)])), false, 'another order');
    const records = recordsOf(list);
    assert.equal(index.rebaseOnRecords(records), true);
    assert.equal(index.version, version);
    assert.equal(notified, 0);
    assert.ok(list.every((a, record) => index.recordOf(a.id) === record && index.recordId(a.id) === a.id));
    assert.deepEqual([...index.peek()], list);
    assert.equal(records.made, list.length, 'peek made objects without keeping them');
    sameIndex(index, plain);
    index.set({ ...list[0], title: 'changed' });
    assert.equal(index.recordOf(list[0].id), undefined);
    assert.equal(index.version, version + 1);
  });
});
