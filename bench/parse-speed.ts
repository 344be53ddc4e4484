/**
 * Milliseconds per article of the per-file CPU of indexing, single-threaded, over files already read
 * into memory (no I/O is timed). Stages: reading the format, the full clean (`articleFromSource`, what
 * opening an article costs) and the indexing entry point (`articleForIndex`, what the indexer needs).
 * Wall time and the process's CPU time are both given: on a busy machine the CPU time is the steadier
 * of the two (it also counts the garbage collector's helper threads).
 *
 *   npx tsx bench/parse-speed.ts [corpus folder = bench/out/corpus-10000] [rounds = 3] [max files]
 *
 * Make the default corpus first if missing: `npx tsx bench/generateCorpus.ts --count 10000 --out bench/out/corpus-10000`.
 * Profile: `node --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx bench/parse-speed.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { articleForIndex, articleFromSource } from '../src/core/articleFromSource';
import { readRawArticle } from '../src/core/formats/readRawArticle';

const dir = path.resolve(process.argv[2] ?? path.join(__dirname, 'out/corpus-10000'));
const rounds = Number(process.argv[3] ?? 3);
const maxFiles = Number(process.argv[4] ?? Infinity);
const only = process.env.PARSE_SPEED_ONLY?.split(',');

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(folder, e.name)) : [path.join(folder, e.name)]));
}

const files = filesUnder(dir)
  .slice(0, maxFiles)
  .map((file) => ({ file, root: dir, path: path.relative(dir, file).split(path.sep).join('/'), source: fs.readFileSync(file, 'utf8') }));

function measure(label: string, work: (f: (typeof files)[number]) => unknown): void {
  if (only && !only.some((name) => label.startsWith(name))) return;
  const attempt = (f: (typeof files)[number]) => {
    try {
      work(f);
    } catch {
      // refused files cost what they cost
    }
  };
  for (const f of files.slice(0, 500)) attempt(f); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    for (const f of files) attempt(f);
    const usedCpu = process.cpuUsage(startedCpu);
    wall.push((performance.now() - started) / files.length);
    cpu.push((usedCpu.user + usedCpu.system) / 1000 / files.length);
  }
  const summary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `best ${sorted[0].toFixed(3)}  median ${sorted[Math.floor(sorted.length / 2)].toFixed(3)}`;
  };
  console.log(`${label.padEnd(18)} wall ${summary(wall)}  | process CPU ${summary(cpu)}  ms/article  (${files.length} files × ${rounds})`);
}

console.log(`${dir}`);
measure('readRawArticle', (f) => readRawArticle(f.source));
measure('articleFromSource', (f) => articleFromSource(f.source, f));
measure('articleForIndex', (f) => articleForIndex(f.source, f));
