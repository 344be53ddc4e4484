import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { fold } from '../../src/core/search';
import { parseQuery } from '../../src/core/search/queryParser';
import { FOLD_DIFFERENCES } from '../../src/core/search/foldTable.generated';
import { computeFoldTable, encodeFoldDifferences } from '../../src/core/search/foldTableSource';
import { decodeFoldDifferences, getFoldTable } from '../../src/core/search/normalize';

describe('search folding', () => {
  it('folds Traditional to Simplified character by character', () => {
    assert.equal(fold('北約'), '北约');
    assert.equal(fold('德國之聲'), '德国之声');
    assert.equal(fold('溫迪·謝爾曼'), '温迪·谢尔曼');
  });

  it('folds full-width forms, full-width space, case and diacritics', () => {
    assert.equal(fold('ＡＢＣ１２３'), 'abc123');
    assert.equal(fold('a\u3000b'), 'a b');
    assert.equal(fold('OSCE Stoltenberg'), 'osce stoltenberg');
    assert.equal(fold('Café'), 'cafe');
    assert.equal(fold('温迪•谢尔曼'), '温迪·谢尔曼');
  });

  it('keeps line breaks', () => {
    assert.equal(fold('甲\n乙'), '甲\n乙');
  });

  it('ships a generated table equal to what opencc-js and Unicode data give (else run scripts/generate-fold-table.ts)', () => {
    const fresh = computeFoldTable();
    assert.equal(encodeFoldDifferences(fresh), FOLD_DIFFERENCES);
    assert.deepEqual(decodeFoldDifferences(FOLD_DIFFERENCES), fresh);
    assert.deepEqual(getFoldTable(), fresh);
  });

  it('is length-preserving and idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const folded = fold(text);
        assert.equal(folded.length, text.length);
        assert.equal(fold(folded), folded);
      }),
    );
  });
});

describe('parseQuery', () => {
  it('reads terms, phrases, exclusions and filters', () => {
    const parsed = parseQuery('俄罗斯 "Wendy  Sherman" -普京 outlet:观察者网 after:2022-01-10 before:2022-01-12 in:title');
    assert.deepEqual(parsed.terms, [
      { text: '俄罗斯', phrase: false },
      { text: 'wendy sherman', phrase: true },
    ]);
    assert.deepEqual(parsed.excluded, [{ text: '普京', phrase: false }]);
    assert.deepEqual(parsed.outlets, ['观察者网']);
    assert.deepEqual(parsed.after, { year: 2022, month: 1, day: 10 });
    assert.deepEqual(parsed.before, { year: 2022, month: 1, day: 12 });
    assert.equal(parsed.titleOnly, true);
  });

  it('accepts quoted outlets and full-width syntax, and keeps unknown key:value as terms', () => {
    assert.deepEqual(parseQuery('outlet:"Aljazeera 半岛网"').outlets, ['aljazeera 半岛网']);
    assert.deepEqual(parseQuery('outlet：觀察者網').outlets, ['观察者网']);
    assert.deepEqual(parseQuery('12:30 after:soon').terms.map((term) => term.text), ['12:30', 'after:soon']);
  });
});
