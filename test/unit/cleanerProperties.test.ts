import * as assert from 'node:assert/strict';
import { type ChildNode, isTag } from 'domhandler';
import fc from 'fast-check';
import { ALLOWED_TAGS } from '../../src/core/clean/allowlist';
import { cleanArticleHtml } from '../../src/core/clean/cleanArticleHtml';
import { parseHtml } from '../../src/core/clean/dom';
import { extractText } from '../../src/core/clean/text';
import { readRawArticle } from '../../src/core/formats/readRawArticle';
import { hostileFixtures } from './hostileFixtures';
import { applyMutations, htmlMutation } from './htmlMutations';
import { safetyViolations } from './htmlSafety';
import { sharedArticleFiles } from './sharedCorpus';

/** Bodies of the real articles (shared seeds and corpus). */
const realBodies = sharedArticleFiles().map((f) => readRawArticle(f.source).bodyHtml);
/** The hostile fixtures, whole (front matter and feed headers are just more text to the cleaner). */
const hostileSources = hostileFixtures().map((f) => f.source);
/** Hostile snippets to splice in: every fixture line carrying markup. */
const hostileSnippets = hostileSources.flatMap((source) => source.split('\n').filter((line) => line.includes('<')));

const allowedTags = new Set(ALLOWED_TAGS);

/** Tags in clean HTML that the allowlist does not name. */
function tagsOutsideAllowlist(html: string): string[] {
  const found: string[] = [];
  const visit = (node: ChildNode): void => {
    if (!isTag(node)) return;
    if (!allowedTags.has(node.name)) found.push(node.name);
    node.children.forEach(visit);
  };
  parseHtml(html).children.forEach(visit);
  return found;
}

/** Cleans `html` and checks what every cleaned body must satisfy. */
function assertCleanIsSafe(html: string): void {
  const clean = cleanArticleHtml(html);
  // Tracking pixels are recognised by what the source declares; mutations can cut that off (see SafetyOptions).
  assert.deepEqual(safetyViolations(clean.html, { trackers: false }), []);
  assert.deepEqual(tagsOutsideAllowlist(clean.html), []);
  assert.equal(extractText(clean.html).text, clean.text);
}

function mutatedFrom(sources: readonly string[], maxMutations: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...sources), fc.array(htmlMutation(hostileSnippets), { minLength: 1, maxLength: maxMutations }))
    .map(([source, mutations]) => applyMutations(source, mutations));
}

describe('cleanArticleHtml properties', () => {
  it('cleans mutated real articles safely, and its text is the text of its HTML', () => {
    fc.assert(fc.property(mutatedFrom(realBodies, 6), assertCleanIsSafe), { numRuns: 400 });
  });

  it('cleans mutated hostile fixtures safely, and its text is the text of its HTML', () => {
    fc.assert(fc.property(mutatedFrom(hostileSources, 8), assertCleanIsSafe), { numRuns: 1500 });
  });

  it('cleans any concatenation of hostile snippets safely', () => {
    const snippetSoup = fc.array(fc.constantFrom(...hostileSnippets), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(snippetSoup, assertCleanIsSafe), { numRuns: 1000 });
  });
});
