// Extension-host test entry (the `extensionTestsPath` module): the same contract as
// @vscode/test-electron, so it runs under desktop VS Code (scripts/test-electron.mjs) and under
// code-server (scripts/test-ui.mjs). Runs every *.test.js next to this file with mocha (BDD).
// When NEWS_CORPUS_TEST_RESULTS names a file, writes the results there as JSON
// ({ passed, failed, pending, output, failures }) because code-server's page stays open after the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Failure { title: string; error: string }

export function run(): Promise<void> {
  const resultFile = process.env.NEWS_CORPUS_TEST_RESULTS;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const lines: string[] = [];
  const failures: Failure[] = [];
  const write = (result: object) => {
    if (!resultFile) return;
    fs.mkdirSync(path.dirname(resultFile), { recursive: true });
    fs.writeFileSync(`${resultFile}.tmp`, JSON.stringify(result, null, 2));
    fs.renameSync(`${resultFile}.tmp`, resultFile); // the harness polls for this file: write it whole
  };

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failed) => {
        const stats = runner.stats ?? { passes: 0, failures: failed, pending: 0 };
        lines.push('', `${stats.passes} passing, ${stats.failures} failing, ${stats.pending} pending`);
        write({ passed: stats.passes, failed: stats.failures, pending: stats.pending, files, failures, output: lines.join('\n') });
        if (failed > 0) reject(new Error(`${failed} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('suite', (s) => { if (s.title) lines.push(`${'  '.repeat(depth(s))}${s.title}`); });
      runner.on('pass', (t) => lines.push(`${'  '.repeat(depth(t))}✓ ${t.title} (${t.duration ?? 0} ms)`));
      runner.on('pending', (t) => lines.push(`${'  '.repeat(depth(t))}- ${t.title} (pending)`));
      runner.on('fail', (t, err: Error) => {
        lines.push(`${'  '.repeat(depth(t))}✗ ${t.title}`);
        failures.push({ title: t.fullTitle(), error: err?.stack ?? String(err) });
        lines.push(`      ${(err?.stack ?? String(err)).split('\n').join('\n      ')}`);
      });
    } catch (err) {
      write({ passed: 0, failed: 1, pending: 0, files, failures: [{ title: 'loading the suite', error: String((err as Error)?.stack ?? err) }], output: String(err) });
      reject(err);
    }
  });
}

function depth(r: Mocha.Runnable | Mocha.Suite): number {
  let d = 0;
  for (let p = r.parent; p && !p.root; p = p.parent) d++;
  return d;
}
