import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import matter from 'gray-matter';
import { ArticleFormatError } from '../../src/core/formats/articleFormatError';
import { parseYamlMapping, readFrontMatter, splitFrontMatter } from '../../src/core/formats/frontMatter';
import { prepareSource } from '../../src/core/formats/sourceText';
import { HOSTILE_DIR } from './hostileFixtures';
import { sharedArticleFiles } from './sharedCorpus';

/** The gray-matter call `readFrontMatter` made before `splitFrontMatter` replaced it (the reference). */
const GRAY_MATTER_OPTIONS = {
  language: 'yaml',
  excerpt: false,
  engines: {
    yaml: parseYamlMapping,
    js: refuseLanguage,
    javascript: refuseLanguage,
  },
};

function refuseLanguage(): object {
  throw new Error('only YAML front matter is supported');
}

type Outcome = { data: unknown; content: string } | { error: string };

function outcome(split: () => { data: unknown; content: string }): Outcome {
  try {
    const { data, content } = split();
    return { data, content };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

/**
 * Deep equality for YAML data, where aliases make one object appear at many places (the "billion
 * laughs" fixture: a plain deep comparison would walk billions of paths). Each pair is compared once.
 */
function sameData(a: unknown, b: unknown, seen = new Map<object, Set<object>>()): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (seen.get(a)?.has(b)) return true;
  if (!seen.has(a)) seen.set(a, new Set());
  seen.get(a)?.add(b);
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length || keysA.some((k, i) => k !== keysB[i])) return false;
  return keysA.every((k) => sameData((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], seen));
}

function assertSameOutcome(actual: Outcome, expected: Outcome, message: string): void {
  if ('error' in actual || 'error' in expected) return assert.deepEqual(actual, expected, message);
  assert.equal(actual.content, expected.content, message);
  assert.ok(sameData(actual.data, expected.data), `${message}: data differs`);
}

/** Whether `readFrontMatter` hands this prepared text to the front matter parser (its checks before it pass). */
function reachesParser(prepared: string): boolean {
  try {
    readFrontMatter(prepared);
    return true;
  } catch (error) {
    return error instanceof ArticleFormatError && error.message.startsWith('invalid YAML front matter: ');
  }
}

/** Asserts that `splitFrontMatter` gives what gray-matter gives; false when `readFrontMatter` would not call either. */
function assertLikeGrayMatter(source: string): boolean {
  const prepared = prepareSource(source);
  if (!reachesParser(prepared)) return false;
  assertSameOutcome(outcome(() => splitFrontMatter(prepared)), outcome(() => matter(prepared, GRAY_MATTER_OPTIONS)), JSON.stringify(prepared.slice(0, 300)));
  return true;
}

describe('splitFrontMatter gives what gray-matter gives', () => {
  it('on every front matter source of the shared corpus, the seeds and the fixtures', () => {
    const fixtures = [HOSTILE_DIR, path.resolve(__dirname, '../fixtures/broken')].flatMap((dir) => fs.readdirSync(dir).map((name) => fs.readFileSync(path.join(dir, name), 'utf8')));
    const sources = [...sharedArticleFiles().map((f) => f.source), ...fixtures];
    const compared = sources.filter(assertLikeGrayMatter).length;
    assert.ok(compared >= 10, `only ${compared} front matter sources compared`);
  });

  it('on edge cases: languages, comments only, empty blocks, separators, dashes and blank lines', () => {
    const cases = [
      '---\n---\n<p>x</p>',
      '---\n---',
      '---\n\n---\n\n\n<p>x</p>',
      '---\n# only a comment\n---\n<p>x</p>',
      '---\n  # indented comment\n\t\n---\nbody',
      '---yaml\ntitle: a\n---\nbody',
      '---yml\ntitle: a\n---\nbody',
      '--- YAML \ntitle: a\n---\nbody',
      '---\t\ntitle: a\n---\nbody',
      '---Yml\ntitle: a\n---\n',
      '---\ntitle: a\n----\nstill front matter\n---\nbody',
      '---\ntitle: a\n---x\nmore\n---\nbody',
      '---\ntitle: a\n--- \nbody',
      '---\ntitle: a\n---',
      '---\ntitle: a\n---\n\nbody',
      '---\ntitle: a\n---\n---\nbody',
      '---\nexcerpt_separator: <!-- more -->\n---\nintro<!-- more -->rest',
      '---\nexcerpt_separator: 0\n---\nbody',
      '---\nexcerpt_separator: [a, b]\n---\na,b',
      '---\nexcerpt_separator: {toString: 1}\n---\nbody',
      '---\nexcerpt_separator: {a: 1}\n---\nbody',
      '---\n- a list\n---\nbody',
      '---\njust a string\n---\nbody',
      '---\ntitle: [unclosed\n---\nbody',
      '---\ntitle: 标题\ncategories: [观察者网, 国际]\ndate: 2022-01-10 10:00:00\n---\n<p>正文</p>',
      '\uFEFF---\ntitle: a\n---\nbody',
    ];
    let compared = 0;
    for (const source of cases) if (assertLikeGrayMatter(source)) compared++;
    assert.ok(compared >= cases.length - 2, `only ${compared} of ${cases.length} compared`);
  });

  it('on generated front matter', () => {
    const opening = fc.constantFrom('---', '---yaml', '---yml', '--- yaml ', '---YAML', '---\t', '---  ');
    const line = fc.oneof(
      fc.constantFrom(
        'title: 标题', 'author: 观察者网', 'date: 2022-01-10', '# comment', '  # comment', '', ' ', '\t', 'categories:', '  - 国际', '- item',
        'excerpt_separator: x', 'excerpt_separator: ""', 'excerpt_separator: {toString: 1}', 'excerpt_separator: [1]', 'a: [unclosed', 'a: "unclosed',
        '---', '----', '--- ', '---x', ' ---', 'key: |', '  block text', 'x: &a 1', 'y: *a', 'z: *missing', '\u00a0', '\u3000title: x',
      ),
      fc.string({ maxLength: 12 }),
    );
    const source = fc
      .tuple(opening, fc.array(line, { maxLength: 8 }), fc.constantFrom('---', '--- ', '---\t'), fc.array(line, { maxLength: 4 }), fc.constantFrom('', '\n', '\r\n'))
      .map(([open, head, close, body, end]) => [open, ...head, close, ...body].join(end === '\r\n' ? '\r\n' : '\n') + end);
    let compared = 0;
    fc.assert(
      fc.property(source, (text) => {
        if (assertLikeGrayMatter(text)) compared++;
      }),
      { numRuns: 3000 },
    );
    assert.ok(compared > 1000, `only ${compared} generated sources compared`);
  });
});
