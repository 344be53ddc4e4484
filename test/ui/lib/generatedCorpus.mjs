// A synthetic corpus for the UI scenarios (bench/generateCorpus.ts), and what the product's own CLI
// makes of it, so a scenario compares the UI with the product's parsing instead of parsing files itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs a Node script from the repository root; throws with its output when it fails. */
function node(repoRoot, args, what) {
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`.slice(0, 4000));
  return r.stdout;
}

/**
 * Writes `count` generated articles (both source formats, ~20 outlets) into `out`, which must not be a
 * checked-in folder. Runs the generator from the repository root: it reads its paragraphs from
 * ../shared (read only). Same seed, same files.
 */
export function generateCorpus({ repoRoot, count, out, seed = 1 }) {
  const rel = path.relative(repoRoot, path.resolve(out));
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) throw new Error(`refusing to generate a corpus inside the repository (${out})`);
  node(repoRoot, ['--import', 'tsx', path.join('bench', 'generateCorpus.ts'), '--count', String(count), '--out', out, '--seed', String(seed)], 'bench/generateCorpus.ts');
  return fs.readdirSync(out, { recursive: true }).filter((f) => fs.statSync(path.join(out, f)).isFile()).length;
}

/**
 * `node dist/cli.js index --corpus DIR --json` (the built CLI, the extension's own core):
 * { articles, problems, outlets: { outlet: article count } }.
 */
export function indexWithCli({ repoRoot, corpus }) {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: build first (npm run build)');
  const result = JSON.parse(node(repoRoot, [cli, 'index', '--corpus', corpus, '--json'], 'news-corpus index'));
  const outlets = {};
  for (const a of result.articles) outlets[a.outlet] = (outlets[a.outlet] ?? 0) + 1;
  return { ...result, outlets };
}

/** `node dist/cli.js entities --corpus DIR --json`: how many people and organizations the core finds. */
export function entitiesWithCli({ repoRoot, corpus }) {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  const { entities } = JSON.parse(node(repoRoot, [cli, 'entities', '--corpus', corpus, '--json'], 'news-corpus entities'));
  return { people: entities.filter((e) => e.type === 'person').length, orgs: entities.filter((e) => e.type === 'org').length };
}
