import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/core/corpus';
import type { Mention } from '../../src/core/entities';
import { MentionPool, unpackMentions } from '../../src/core/index/packedMentions';

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
});
