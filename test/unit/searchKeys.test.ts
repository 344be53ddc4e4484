import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SearchEngine, type SearchDocument } from '../../src/core/search';
import { getUnitKinds, requiredGrams } from '../../src/core/search/tokenize';
import { bruteForce } from './searchFixtures';

describe('search index keys', () => {
  it('needs one trigram for a term around punctuation, trigrams for Latin runs, bigrams for Chinese', () => {
    assert.equal(requiredGrams('示，在').length, 1);
    assert.equal(requiredGrams('istor').length, 3);
    assert.equal(requiredGrams('北约组织').length, 3);
    assert.equal(requiredGrams('1、').length, 1);
    assert.equal(requiredGrams('，').length, 0);
  });

  it('classes every code unit as the per-unit rule says (separator, punctuation, word unit, ASCII letter or digit)', () => {
    const kinds = getUnitKinds();
    const wordChar = /[\p{L}\p{N}]/u;
    for (let unit = 0; unit < 0x10000; unit++) {
      const char = String.fromCharCode(unit);
      const expected = unit <= 0x20 ? 0 : unit >= 0xd800 && unit <= 0xdfff ? 2 : /[0-9A-Za-z]/.test(char) ? 3 : wordChar.test(char) ? 2 : 1;
      if (kinds[unit] !== expected) assert.fail(`unit ${unit.toString(16)}: kind ${kinds[unit]}, expected ${expected}`);
    }
  });

  it('property: mixed Chinese, Latin, digits and punctuation give exactly the brute-force id set', function () {
    this.timeout(20000);
    const alphabet = ['北', '约', '美', '国', '示', '在', 'a', 'b', 'i', 's', 't', '1', '2', '，', '、', '。', '·', ' ', '\n', 'A', '國'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((units) => units.join(''));
    const term = fc
      .array(fc.constantFrom(...alphabet.filter((unit) => unit.trim() !== '')), { minLength: 1, maxLength: 5 })
      .map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 12 }), fc.array(term, { minLength: 1, maxLength: 3 }), (fields, terms) => {
        const documents: SearchDocument[] = fields.map(([title, body], index) => ({ id: `d${index}`, title, text: body, outlet: 'o' }));
        const engine = new SearchEngine();
        for (const document of documents) engine.add(document);
        const found = engine.search(terms.join(' '), { limit: Infinity }).map((hit) => hit.id).sort();
        assert.deepEqual(found, bruteForce(documents, terms));
        const top = engine.search(terms.join(' '), { limit: 2 }).map((hit) => hit.id);
        assert.deepEqual(top, engine.search(terms.join(' '), { limit: Infinity }).slice(0, 2).map((hit) => hit.id));
      }),
      { numRuns: 300 },
    );
  });
});
