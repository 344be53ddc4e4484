import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, safeLoad } from 'js-yaml';
import { simpleYamlMapping, splitFrontMatter } from '../../src/core/formats/frontMatter';
import { prepareSource } from '../../src/core/formats/sourceText';
import { HOSTILE_DIR } from './hostileFixtures';
import { sharedArticleFiles } from './sharedCorpus';

/** js-yaml's reading (the reference), or its error. */
function jsYaml(yaml: string): { data: unknown } | { error: string } {
  try {
    return { data: safeLoad(yaml, { schema: CORE_SCHEMA }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Asserts that the simple reading, when there is one, is js-yaml's; returns whether there was one. */
function assertLikeJsYaml(yaml: string): boolean {
  const simple = simpleYamlMapping(yaml);
  if (simple === undefined) return false;
  const expected = jsYaml(yaml);
  assert.ok('data' in expected, `${JSON.stringify(yaml)}: js-yaml fails (${'error' in expected ? expected.error : ''}) where the simple reading gives ${JSON.stringify(simple)}`);
  assert.deepEqual(simple, expected.data, JSON.stringify(yaml));
  assert.equal(Object.getPrototypeOf(simple), Object.getPrototypeOf(expected.data));
  return true;
}

/** The YAML block `splitFrontMatter` would hand to the YAML parser, if any. */
function yamlBlockOf(source: string): string | undefined {
  const prepared = prepareSource(source);
  if (!prepared.startsWith('---')) return undefined;
  const str = prepared.slice(3);
  const close = str.indexOf('\n---');
  return close < 0 ? undefined : str.slice(str.indexOf('\n'), close);
}

describe('simpleYamlMapping reads simple front matter as js-yaml does', () => {
  it('on the front matter of the shared corpus, the seeds and the fixtures (and reads most of it)', () => {
    const fixtures = [HOSTILE_DIR, path.resolve(__dirname, '../fixtures/broken')].flatMap((dir) => fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name), 'utf8')));
    const blocks = [...sharedArticleFiles().map((f) => f.source), ...fixtures].map(yamlBlockOf).filter((block): block is string => block !== undefined);
    const read = blocks.filter(assertLikeJsYaml).length;
    assert.ok(blocks.length >= 10 && read >= blocks.length / 2, `${read} of ${blocks.length} front matter blocks read`);
  });

  it('on a typical front matter, in full', () => {
    const yaml = "\ntitle: '\"老戏骨\"张少华因病去世！这种病 ''高'' 1106'\ncategories: \n - 新媒体\n - 新华网\nauthor: 36kr\ncomments: false\ndate: Thu, 14 Oct 2021 10:10:33 GMT\nheadimg: 'https://example.com/a.jpg?w=770&resize=770%2C433'";
    assert.ok(assertLikeJsYaml(yaml));
    assert.deepEqual(simpleYamlMapping(yaml), {
      title: '"老戏骨"张少华因病去世！这种病 \'高\' 1106',
      categories: ['新媒体', '新华网'],
      author: '36kr',
      comments: false,
      date: 'Thu, 14 Oct 2021 10:10:33 GMT',
      headimg: 'https://example.com/a.jpg?w=770&resize=770%2C433',
    });
    assert.deepEqual(splitFrontMatter(`---${yaml}\n---\nbody`).data, simpleYamlMapping(yaml));
  });

  it('on generated YAML', () => {
    const key = fc.constantFrom('title', 'author', 'date', 'categories', 'a', 'b_c', 'x-y', 'True', 'null', 'yes', '__proto__', '_1', 'e1', 'a b', ' a', 'a ', '1', '-', '?', '<<', 'title');
    const value = fc.oneof(
      fc.constantFrom(
        '', ' ', 'x', 'x  ', 'a b', '标题', "'q'", "'it''s'", "'a'b'", "'unclosed", '"dq"', '"d\\"q"', '"unclosed', "''", '""',
        'true', 'True', 'TRUE', 'tRue', 'false', 'FALSE', 'null', 'NULL', 'Null', '~', 'yes', 'no', 'on', 'y',
        '1', '-1', '+1', '0x1F', '0o17', '017', '1_000', '1:30', '1:70', '12:30:45', '1.5', '1e5', '.5', '.inf', '-.INF', '.NaN', '.', '+', '1.', '36kr', '0b', '1__',
        '2022-01-10', '2022-01-10 10:00:00', 'Thu, 14 Oct 2021 10:10:33 GMT', 'a: b', 'a:b', 'a:', 'a #b', 'a#b', '#c', '- x', '-x', '?x', ':x', '[a, b]', 'x [b]', '{a: 1}', 'x {b}',
        '&a x', '*a', '!t x', '|', '>', '%x', '@x', '`x', 'x\'y', 'x"y', '\u00a0x', 'x\u00a0', '\u3000x', 'a\u00a0#b', 'a\tb', '\ufeffx', 'x\r',
      ),
      fc.string({ maxLength: 8 }),
    );
    const line = fc.oneof(
      fc.tuple(key, fc.constantFrom(':', ': ', ':  ', ' :'), value).map(([k, colon, v]) => `${k}${colon}${v}`),
      fc.tuple(fc.constantFrom('', ' ', '  ', '   '), fc.constantFrom('- ', '-  ', '-', '- - '), value).map(([indent, dash, v]) => `${indent}${dash}${v}`),
      fc.constantFrom('', ' ', '  ', '# comment', ' # comment', '---', '...', '  continued', '\t', 'key:', 'categories: ', ' - 国际', '- item'),
      fc.string({ maxLength: 10 }),
    );
    // Mostly simple documents (good keys, simple values, lists), with a few odd lines among them.
    const goodKey = fc.constantFrom('title', 'author', 'date', 'categories', 'headimg', 'comments', 'a', 'b_c', 'x-y', 'yes', '_1', 'e1');
    const goodValue = fc.oneof(
      fc.constantFrom('x', 'a b', '标题 ，：x', "'q'", "'it''s'", "''", '"dq"', 'true', 'False', 'null', 'yes', '36kr', '2022-01-10 10:00:00', 'Thu, 14 Oct 2021 10:10:33 GMT', 'a#b', 'a:b', 'x [b]', 'x  '),
      fc.string({ maxLength: 6 }),
    );
    const goodEntry = fc.oneof(
      fc.tuple(goodKey, goodValue).map(([k, v]) => [`${k}: ${v}`]),
      fc.tuple(goodKey, fc.constantFrom('', ' ', '  ', '   '), fc.array(goodValue, { minLength: 1, maxLength: 3 })).map(([k, indent, items]) => [`${k}: `, ...items.map((v) => `${indent}- ${v}`)]),
    );
    const document = fc.array(fc.oneof({ arbitrary: goodEntry, weight: 8 }, { arbitrary: line.map((l) => [l]), weight: 1 }), { maxLength: 7 }).map((entries) => entries.flat());
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(document, fc.array(line, { maxLength: 8 })), fc.constantFrom('', '\n'), (lines, start) => {
        if (assertLikeJsYaml(start + lines.join('\n'))) read++;
      }),
      { numRuns: 20000 },
    );
    assert.ok(read > 1000, `only ${read} generated documents read`);
  });
});
