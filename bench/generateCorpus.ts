/**
 * Synthetic corpus generator for search benchmarks.
 *
 *   npx tsx bench/generateCorpus.ts --count 10000 --out bench/out/corpus-10k [--seed 1]
 *
 * Articles are built from the paragraphs of ../shared/seeds and ../shared/corpus: paragraphs
 * are shuffled across articles, names and numbers swapped, about one article in eight turned
 * into Traditional characters. ~20 outlets, half written as front matter + HTML, half as feed
 * dumps; publication days spread over two years. Same seed → same files.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { readCrudeArticle } from './crudeArticleReader';
import { random } from './random';

const SOURCE_DIRS = ['../shared/seeds', '../shared/corpus'];
const FRONT_MATTER_OUTLETS = ['Aljazeera 半岛网', '观察者网', 'IT 之家', 'cnBeta', '36kr', 'Phoronix', '快科技（原驱动之家）', '澎湃新闻', '联合早报', '新华网'];
const FEED_HOSTS = ['www.voachinese.com', 'www.dw.com', 'www.rfi.fr', 'www.bbc.com', 'cn.nytimes.com', 'www.rfa.org', 'www.ftchinese.com', 'www.zaobao.com', 'news.un.org', 'www.abc.net.au'];
const NAMES = ['斯托尔滕贝格', '谢尔曼', '温迪·谢尔曼', '里亚布科夫', '格鲁什科', '布林肯', '拉夫罗夫', '马克龙', '朔尔茨', '泽连斯基', '约翰逊', '肖尔茨', '冯德莱恩', '博雷利', '古特雷斯'];
const START = Date.UTC(2021, 0, 1);
const TWO_YEARS = 730 * 86_400_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function generateCorpus(count: number, outDir: string, seed = 1): void {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const paragraphs: string[] = [];
  const titles: string[] = [];
  for (const file of SOURCE_DIRS.flatMap(filesUnder)) {
    const article = readCrudeArticle(file, readFileSync(file, 'utf8'));
    if (!article) continue;
    titles.push(article.title);
    paragraphs.push(...article.text.split('\n').filter((line) => line.length >= 20));
  }
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const traditionalParagraphs = paragraphs.map((paragraph) => toTraditional(paragraph));
  const namePattern = new RegExp(NAMES.sort((a, b) => b.length - a.length).join('|'), 'g');
  const mutate = (text: string): string =>
    text
      .replace(namePattern, (name) => (next() < 0.3 ? pick(NAMES) : name))
      .replace(/\d+/g, (digits) => (next() < 0.3 ? String(Math.floor(next() * 10 ** digits.length)) : digits));

  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const traditional = next() < 0.125;
    const pool = traditional ? traditionalParagraphs : paragraphs;
    const body: string[] = [];
    for (let n = 18 + Math.floor(next() * 26); n > 0; n--) body.push(mutate(pick(pool)));
    const title = mutate(`${pick(titles).slice(0, 30)} ${i}`);
    const published = START + Math.floor(next() * TWO_YEARS);
    const html = body.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
    const useFeed = next() < 0.5;
    if (useFeed) {
      const host = pick(FEED_HOSTS);
      const dir = join(outDir, host);
      mkdirSync(dir, { recursive: true });
      const source = `<!--${published}-->\n[${title}](https://${host}/a/${i}.html)\n------\n\n<div><i>${new Date(published).toUTCString()}</i></div>${html}`;
      writeFileSync(join(dir, `${i}.txt`), source);
    } else {
      const outlet = pick(FRONT_MATTER_OUTLETS);
      const dir = join(outDir, outlet);
      mkdirSync(dir, { recursive: true });
      const header = `---\ntitle: '${title.replace(/'/g, "''")}'\ncategories: \n - 新媒体\n - ${outlet}\nauthor: ${outlet}\ncomments: false\ndate: ${new Date(published).toUTCString()}\n---\n\n`;
      writeFileSync(join(dir, `${i}.md`), `${header}<div>\n${html}\n</div>\n`);
    }
  }
}

if (require.main === module) {
  const count = Number(argument('count', '1000'));
  const out = argument('out', `bench/out/corpus-${count}`);
  const started = performance.now();
  generateCorpus(count, out, Number(argument('seed', '1')));
  console.log(`wrote ${count} articles to ${out} in ${Math.round(performance.now() - started)} ms`);
}
