/**
 * Milliseconds per article for reading + cleaning (+ text extraction) the 17 real files of `../shared`,
 * repeated: the full clean (`cleanArticleHtml`, `articleFromSource`: opening an article) and the text
 * only (`cleanArticleText`, `articleForIndex`: indexing). Run: `npx tsx bench/clean-speed.ts [rounds]`.
 * For the generated corpus, see `bench/parse-speed.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleForIndex, articleFromSource } from '../src/core/articleFromSource';
import { cleanArticleHtml, cleanArticleText } from '../src/core/clean/cleanArticleHtml';
import { readRawArticle } from '../src/core/formats/readRawArticle';

const SHARED_DIR = path.resolve(__dirname, '../../shared');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const files = ['seeds', 'corpus'].flatMap((folder) => filesUnder(path.join(SHARED_DIR, folder)).map((file) => ({ file, root: SHARED_DIR, path: path.relative(SHARED_DIR, file), source: fs.readFileSync(file, 'utf8') })));
const rounds = Number(process.argv[2] ?? 300);

function measure(label: string, work: (f: (typeof files)[number]) => unknown): void {
  for (const f of files) work(f); // warm up
  const started = performance.now();
  for (let i = 0; i < rounds; i++) for (const f of files) work(f);
  const msPerArticle = (performance.now() - started) / (rounds * files.length);
  console.log(`${label.padEnd(28)} ${msPerArticle.toFixed(3)} ms/article  (${files.length} files × ${rounds})`);
}

const bodies = new Map(files.map((f) => [f.file, readRawArticle(f.source).bodyHtml]));
measure('readRawArticle', (f) => readRawArticle(f.source));
measure('cleanArticleHtml', (f) => cleanArticleHtml(bodies.get(f.file) ?? ''));
measure('articleFromSource (all)', (f) => articleFromSource(f.source, f));
measure('cleanArticleText', (f) => cleanArticleText(bodies.get(f.file) ?? ''));
measure('articleForIndex (all)', (f) => articleForIndex(f.source, f));
