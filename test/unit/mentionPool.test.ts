import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/core/corpus';
import type { Mention } from '../../src/core/entities';
import { MENTION_ROW, MentionPool, PackedMentions, unpackMentions } from '../../src/core/index/packedMentions';
import { MemoryByteSource, type ByteSource } from '../../src/core/search/byteSource';

const mention = (start: number, surface: string, extra: Partial<Mention> = {}): Mention => ({ start, end: start + surface.length, surface, type: 'person', ...extra });

describe('MentionPool', () => {
  it('packs and unpacks mentions exactly, sharing strings across articles', () => {
    const pool = new MentionPool();
    const first = [mention(0, '谢尔曼', { role: '美国副国务卿', english: 'Wendy Sherman' }), mention(10, '北约', { type: 'org', shortForm: '北约' })];
    const second = [mention(3, '谢尔曼')];
    const a = pool.pack(first);
    const b = pool.pack(second);
    assert.deepEqual(unpackMentions(a), first);
    assert.deepEqual(unpackMentions(b), second);
    assert.equal(pool.rowCount, 3);
  });

  it('keeps each article in one chunk as the pool grows chunk by chunk, an article larger than a chunk in one of its own', () => {
    const pool = new MentionPool({ chunkRows: 8 });
    const articles = [3, 0, 5, 2, 8, 1, 20, 7, 7, 0, 9, 4].map((count, a) => Array.from({ length: count }, (_, i) => mention(i * 3, `人${a}`, i % 2 ? { role: `职${i}` } : { english: `E${a}` })));
    const packed = articles.map((mentions) => pool.pack(mentions));
    packed.forEach((p, a) => assert.deepEqual(unpackMentions(p), articles[a], `article ${a}`));
    assert.equal(pool.rowCount, articles.reduce((sum, m) => sum + m.length, 0));
    assert.throws(() => new MentionPool({ chunkRows: 6 }), RangeError);
  });

  it('keeps every article right while a corpus replaces articles many times (and repacks its pool)', () => {
    const corpus = new Corpus({ timeZone: 'UTC' });
    const many = Array.from({ length: 1000 }, (_, i) => mention(i * 4, '普京'));
    for (let round = 0; round < 120; round++) {
      corpus.add({ id: 'a', root: '/', path: 'a.md', format: 'front-matter', outlet: 'o', title: 't', text: '普京'.repeat(2000), published: round }, many);
      corpus.add({ id: `b${round % 3}`, root: '/', path: 'b.md', format: 'front-matter', outlet: 'o', title: 't', text: '谢尔曼说', published: round }, [mention(0, '谢尔曼', { english: `E${round}` })]);
    }
    assert.deepEqual(corpus.mentionsOf('a'), many);
    assert.deepEqual(corpus.mentionsOf('b2'), [mention(0, '谢尔曼', { english: 'E119' })]);
    assert.deepEqual(corpus.mentionsOf('b0'), [mention(0, '谢尔曼', { english: 'E117' })]);
    corpus.remove('a');
    assert.deepEqual(corpus.mentionsOf('a'), []);
  });

  it('reads the rows of articles taken one after the other from the persistent index a window at a time, an article alone by itself', () => {
    // 3000 articles of 5 rows (record, start, end, type, surface, role, english, short form) after 16 bytes of something else.
    const articles = 3000;
    const perArticle = 5;
    const rows = new Int32Array(4 + articles * perArticle * MENTION_ROW);
    for (let record = 0; record < articles; record++) {
      for (let i = 0; i < perArticle; i++) {
        rows.set([record, i * 4, i * 4 + 2, i % 2, record % 2, -1, i === 0 ? 2 : -1, -1], 4 + (record * perArticle + i) * MENTION_ROW);
      }
    }
    const reads: number[] = [];
    const memory = new MemoryByteSource(new Uint8Array(rows.buffer));
    const counted: ByteSource = { read: (position, length) => (reads.push(length), memory.read(position, length)) };
    const pool = MentionPool.inSource(counted, 16, ['谢尔曼', '北约', 'Wendy Sherman'], new Int32Array(articles).fill(100), articles * perArticle);
    const expected = (record: number): Mention[] =>
      Array.from({ length: perArticle }, (_, i) => ({ start: i * 4, end: i * 4 + 2, surface: record % 2 ? '北约' : '谢尔曼', type: i % 2 ? 'org' : 'person', ...(i === 0 ? { english: 'Wendy Sherman' } : {}) }));
    const packed = (record: number) => new PackedMentions(pool, record * perArticle, (record + 1) * perArticle, record);
    const rowBytes = MENTION_ROW * 4;
    for (const record of [2999, 17, 1500]) assert.deepEqual(packed(record).unpack(), expected(record));
    assert.deepEqual(reads, [perArticle * rowBytes, perArticle * rowBytes, perArticle * rowBytes]);
    reads.length = 0;
    for (let record = 0; record < articles; record++) assert.deepEqual(packed(record).unpack(), expected(record), `article ${record}`);
    assert.ok(reads.length <= 3, `${reads.length} reads for a scan of ${articles} articles`);
  });
});
