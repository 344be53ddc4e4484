/** Seeds + corpus as search documents (read with the crude bench reader), and a brute-force oracle. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCrudeArticle } from '../../bench/crudeArticleReader';
import { fold, type SearchDocument } from '../../src/core/search';

const SHARED = resolve(__dirname, '../../../shared');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let cached: SearchDocument[] | undefined;

/** The 5 seeds and 12 corpus articles; ids are paths relative to ../shared. */
export function sharedDocuments(): SearchDocument[] {
  cached ??= ['seeds', 'corpus']
    .flatMap((dir) => filesUnder(join(SHARED, dir)))
    .sort()
    .map((file) => readCrudeArticle(file.slice(SHARED.length + 1), readFileSync(file, 'utf8')))
    .filter((document): document is SearchDocument => document !== undefined);
  return cached;
}

/** Ids of documents whose folded title or text contains every folded term (no phrases). */
export function bruteForce(documents: readonly SearchDocument[], terms: readonly string[]): string[] {
  const folded = terms.map(fold);
  return documents
    .filter((document) => {
      const title = fold(document.title);
      const text = fold(document.text);
      return folded.every((term) => title.includes(term) || text.includes(term));
    })
    .map((document) => document.id)
    .sort();
}
