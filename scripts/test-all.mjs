// The one test command (`npm test`, also what .ci/run calls): installs what is missing, builds, then runs
// type checks, lint, unit tests, the extension-host suite and the UI scenarios in a real VS Code.
// Prints each step's time and a closing line "tests: N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const skipUi = process.argv.includes('--no-ui');

/** Runs a command, echoing its output, and returns the output and exit code. */
function run(label, command, args) {
  return new Promise((resolve) => {
    const started = Date.now();
    process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`=== ${label}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${seconds} s\n`);
      resolve({ code: code ?? 1, out, seconds });
    });
  });
}

/** Reads "N passing / N failing" (mocha) or "N passed, N failed" (our runners) from a step's output. */
function counts(out) {
  const last = (re) => { const all = [...out.matchAll(re)]; return all.length ? Number(all[all.length - 1][1]) : 0; };
  const sum = (re) => [...out.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  // Our own runners print "name: N passed, N failed" lines (summed); otherwise mocha's closing lines count.
  if (/^[\w-]+: \d+ passed, \d+ failed/m.test(out)) {
    return { passed: sum(/^[\w-]+: (\d+) passed, \d+ failed/gm), failed: sum(/^[\w-]+: \d+ passed, (\d+) failed/gm) };
  }
  return { passed: last(/^\s*(\d+) passing/gm), failed: last(/^\s*(\d+) failing/gm) };
}

const started = Date.now();
const steps = [];
if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) steps.push(['install', npm, ['ci', '--no-audit', '--no-fund']]);
steps.push(['build', npm, ['run', 'build']]);
steps.push(['typecheck', npm, ['run', 'typecheck']]);
steps.push(['lint', npm, ['run', 'lint']]);
steps.push(['unit', npm, ['run', 'test:unit']]);
if (!skipUi) steps.push(['ui', npm, ['run', 'test:ui']]);

let passed = 0;
let failed = 0;
const summary = [];
for (const [label, command, args] of steps) {
  const result = await run(label, command, args);
  const c = counts(result.out);
  passed += c.passed;
  failed += c.failed;
  if (result.code !== 0 && c.failed === 0) failed += 1; // a step that failed without failing a test still fails the run
  summary.push(`${label.padEnd(10)} ${result.code === 0 ? 'ok    ' : 'FAILED'} ${result.seconds.padStart(6)} s${c.passed || c.failed ? `  (${c.passed} passed, ${c.failed} failed)` : ''}`);
  if (result.code !== 0 && (label === 'install' || label === 'build')) break;
}
process.stdout.write(`\n${summary.join('\n')}\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 && summary.every((s) => !s.includes('FAILED')) ? 0 : 1;
