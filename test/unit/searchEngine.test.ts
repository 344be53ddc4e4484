import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SearchEngine, fold, stateInMemory, type SearchDocument } from '../../src/core/search';
import { random } from '../../bench/random';
import { bruteForce, sharedDocuments } from './searchFixtures';

const ALL = { limit: Infinity };

function engineOf(documents: readonly SearchDocument[]): SearchEngine {
  const engine = new SearchEngine();
  for (const document of documents) engine.add(document);
  return engine;
}

function ids(engine: SearchEngine, query: string): string[] {
  return engine.search(query, ALL).map((hit) => hit.id).sort();
}

describe('SearchEngine on the seeds and corpus', () => {
  const documents = sharedDocuments();
  const engine = engineOf(documents);
  const byId = new Map(documents.map((document) => [document.id, document]));

  it('reads all 17 articles', () => {
    assert.equal(documents.length, 17);
    assert.equal(engine.size, 17);
  });

  it('finds every document containing 谢尔曼, including 温迪·谢尔曼', () => {
    const found = ids(engine, '谢尔曼');
    assert.deepEqual(found, bruteForce(documents, ['谢尔曼']));
    assert.ok(found.length >= 3);
    assert.ok(found.some((id) => byId.get(id)?.text.includes('温迪·谢尔曼')));
  });

  it('finds names by adjacent bigrams, and folds the query', () => {
    assert.deepEqual(ids(engine, '斯托尔滕贝格'), bruteForce(documents, ['斯托尔滕贝格']));
    assert.ok(ids(engine, '斯托尔滕贝格').length >= 4);
    assert.deepEqual(ids(engine, '斯托爾滕貝格'), ids(engine, '斯托尔滕贝格'));
    assert.deepEqual(ids(engine, '北約'), ids(engine, '北约'));
    assert.deepEqual(ids(engine, 'ＯＳＣＥ'), ids(engine, 'osce'));
  });

  it('ANDs mixed-script terms (OSCE 维也纳)', () => {
    const found = ids(engine, 'OSCE 维也纳');
    assert.deepEqual(found, bruteForce(documents, ['OSCE', '维也纳']));
    assert.ok(found.length >= 1);
  });

  it('matches phrases across whitespace differences, and excludes', () => {
    const phrase = ids(engine, '"Wendy Sherman"');
    assert.deepEqual(phrase, bruteForce(documents, ['Wendy Sherman']));
    assert.ok(phrase.length >= 2);
    const withoutPutin = ids(engine, '北约 -普京');
    assert.deepEqual(withoutPutin, bruteForce(documents, ['北约']).filter((id) => !bruteForce(documents, ['普京']).includes(id)));
  });

  it('filters by outlet, date range (after inclusive, before exclusive) and title', () => {
    for (const id of ids(engine, '北约 outlet:观察者网')) assert.equal(byId.get(id)?.outlet, '观察者网');
    const inRange = ids(engine, '北约 after:2022-01-11 before:2022-01-13');
    const expected = bruteForce(documents, ['北约']).filter((id) => {
      const published = byId.get(id)?.published ?? NaN;
      return published >= Date.UTC(2022, 0, 11) && published < Date.UTC(2022, 0, 13);
    });
    assert.deepEqual(inRange, expected);
    assert.ok(inRange.length >= 1);
    for (const id of ids(engine, 'in:title 北约')) assert.ok(fold(byId.get(id)?.title ?? '').includes('北约'));
  });

  it('resolves days in the engine time zone', () => {
    const utc = new SearchEngine();
    const shanghai = new SearchEngine({ timeZone: 'Asia/Shanghai' });
    const late = { id: 'x', title: '北约', text: '', outlet: 'o', published: Date.UTC(2022, 0, 10, 20) }; // 11 Jan 04:00 in Shanghai
    utc.add(late);
    shanghai.add(late);
    assert.equal(utc.search('北约 after:2022-01-11').length, 0);
    assert.equal(shanghai.search('北约 after:2022-01-11').length, 1);
  });

  it('reports every occurrence at original offsets, and snippets contain the term', () => {
    for (const hit of engine.search('谢尔曼 北约', ALL)) {
      const document = byId.get(hit.id);
      assert.ok(document);
      for (const match of hit.matches) {
        const source = match.field === 'title' ? document.title : document.text;
        assert.ok(['谢尔曼', '北约'].includes(fold(source.slice(match.start, match.end))));
      }
      if (hit.matches.some((match) => match.field === 'text')) {
        assert.ok(hit.snippet.highlights.length > 0);
        assert.ok(hit.snippet.text.length <= 122);
        for (const [start, end] of hit.snippet.highlights) assert.ok(['谢尔曼', '北约'].includes(fold(hit.snippet.text.slice(start, end))) || end - start > 0);
        assert.ok(!hit.snippet.text.includes('\n'));
      }
    }
  });

  it('ranks title matches and more occurrences higher, ties newest first', () => {
    const hits = engine.search('北约');
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    const tie = new SearchEngine();
    tie.add({ id: 'old', title: 't', text: '北约', outlet: 'o', published: 1 });
    tie.add({ id: 'new', title: 't', text: '北约', outlet: 'o', published: 2 });
    tie.add({ id: 'title', title: '北约', text: '……', outlet: 'o', published: 0 });
    assert.deepEqual(tie.search('北约').map((hit) => hit.id), ['title', 'new', 'old']);
  });

  it('returns the same top hits with a limit as without', () => {
    for (const query of ['俄罗斯', '北约 美国', '乌克兰', 'the']) {
      const all = engine.search(query, ALL).map((hit) => hit.id);
      assert.deepEqual(engine.search(query, { limit: 3 }).map((hit) => hit.id), all.slice(0, 3));
    }
  });

  it('round-trips through toJSON/loadJSON with identical results', () => {
    const restored = SearchEngine.loadJSON(JSON.parse(JSON.stringify(engine.toJSON())));
    assert.equal(restored.size, engine.size);
    for (const query of ['谢尔曼', 'OSCE 维也纳', '"Wendy Sherman"', '俄', 'intel', '北约 -普京 after:2022-01-11']) {
      assert.deepEqual(restored.search(query, ALL), engine.search(query, ALL));
    }
  });

  it('removes and re-adds documents incrementally', () => {
    const copy = engineOf(documents);
    const victim = ids(copy, '谢尔曼')[0];
    copy.remove(victim);
    assert.equal(copy.has(victim), false);
    assert.equal(copy.size, documents.length - 1);
    assert.ok(!ids(copy, '谢尔曼').includes(victim));
    const restored = SearchEngine.loadJSON(JSON.parse(JSON.stringify(copy.toJSON())));
    assert.deepEqual(ids(restored, '谢尔曼'), ids(copy, '谢尔曼'));
    const original = byId.get(victim);
    assert.ok(original);
    copy.add(original);
    assert.deepEqual(ids(copy, '谢尔曼'), ids(engine, '谢尔曼'));
  });

  it('compacts after many removals without changing results', () => {
    const many = new SearchEngine();
    for (let i = 0; i < 600; i++) many.add({ id: `d${i}`, title: `标题${i}`, text: i % 2 ? '北约秘书长' : '俄罗斯', outlet: 'o' });
    for (let i = 0; i < 500; i++) many.remove(`d${i}`);
    assert.equal(many.size, 100);
    assert.equal(many.search('北约', ALL).length, 50);
    assert.equal(many.search('标题599', ALL)[0].id, 'd599');
  });

  it('stays exact when adding spans many flushes of the pending postings, and between queries', () => {
    // 400 documents of about 10k characters: several million postings, far more than one batch.
    const next = random(7);
    const texts = documents.map((document) => document.text);
    const large: SearchDocument[] = [];
    const grown = new SearchEngine();
    for (let i = 0; i < 400; i++) {
      const parts = Array.from({ length: 6 }, () => {
        const text = texts[Math.floor(next() * texts.length)];
        const start = Math.floor(next() * text.length);
        return text.slice(start, start + 2000);
      });
      const document = { id: `g${i}`, title: `第${i}篇`, text: parts.join('\n'), outlet: 'o', published: i };
      large.push(document);
      grown.add(document);
      // A query now and then flushes a part-filled batch; later adds must still land in order.
      if (i % 97 === 0) assert.deepEqual(ids(grown, '北约'), bruteForce(large, ['北约']));
    }
    for (const terms of [['北约'], ['谢尔曼'], ['俄罗斯', '美国'], ['斯托尔滕贝格'], ['OSCE'], ['的']]) {
      assert.deepEqual(ids(grown, terms.join(' ')), bruteForce(large, terms));
    }
    const restored = SearchEngine.importState(stateInMemory(grown.exportState()));
    assert.deepEqual(ids(restored, '北约 美国'), ids(grown, '北约 美国'));
  });

  it('matchesOf gives the matches of a hit for one document, and nothing for an unknown one', () => {
    for (const hit of engine.search('谢尔曼 北约', ALL)) assert.deepEqual(engine.matchesOf(hit.id, '谢尔曼 北约'), hit.matches);
    assert.deepEqual(engine.matchesOf('no such id', '北约'), []);
  });

  it('highlights every hit inside the snippet window, even past the hits the window is chosen from', () => {
    const text = '北约。'.repeat(200) + '谢尔曼说北约北约北约';
    const one = new SearchEngine();
    one.add({ id: 'long', title: 't', text, outlet: 'o' });
    const [hit] = one.search('谢尔曼 北约');
    assert.ok(hit.snippet.text.includes('谢尔曼'), 'the window covers both terms');
    const marked = hit.snippet.highlights.map(([start, end]) => hit.snippet.text.slice(start, end));
    const expected = (hit.snippet.text.match(/北约|谢尔曼/g) ?? []).length;
    assert.equal(marked.length, expected);
    assert.ok(marked.every((piece) => piece === '北约' || piece === '谢尔曼'));
    assert.equal(hit.matches.filter((match) => match.field === 'text').length, 204);
  });

  it('property: random substrings and term combos give exactly the brute-force id set', function () {
    this.timeout(20000);
    const texts = documents.map((document) => document.title + '\n' + document.text);
    const substring = fc
      .tuple(fc.nat(texts.length - 1), fc.nat(), fc.integer({ min: 1, max: 8 }))
      .map(([doc, start, length]) => {
        const text = texts[doc];
        const at = start % Math.max(1, text.length - length);
        return text.slice(at, at + length).replace(/[\s"“”]/g, '').replace(/^-+/, '');
      })
      .filter((term) => term.length > 0 && !/^(outlet|after|before|in):/i.test(term));
    fc.assert(
      fc.property(fc.array(substring, { minLength: 1, maxLength: 3 }), (terms) => {
        assert.deepEqual(ids(engine, terms.join(' ')), bruteForce(documents, terms));
      }),
      { numRuns: 300 },
    );
  });
});
