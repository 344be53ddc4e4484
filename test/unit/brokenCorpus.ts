import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * Builds the broken corpus in a temporary folder: the committed text files of `test/fixtures/broken/`
 * plus the cases that are better generated than committed (binary, invalid UTF-8, oversized, deep
 * nesting, symbolic links, an unreadable file). Returns where it is and what each entry must give.
 */

export const BROKEN_FIXTURES_DIR = path.resolve(__dirname, '../fixtures/broken');

/**
 * What loading an entry must give: an `article` (nothing to report), an article with a `warning`
 * problem, an `error` problem (not an article), or a `skipped` warning from the scan (never read).
 */
export type Outcome = 'article' | 'warning' | 'error' | 'skipped';

export interface ExpectedEntry {
  /** Corpus-relative path of the file (or link). A skipped folder's problem names an ancestor of it. */
  path: string;
  outcome: Outcome;
  /** What the problem's reason must say (every outcome but `article`). */
  reason?: RegExp;
}

export interface BrokenCorpus {
  root: string;
  /** A folder beside the corpus that a symbolic link points into. */
  outside: string;
  expected: ExpectedEntry[];
  /** Whether the chmod 000 file really cannot be read (it can when the tests run as root). */
  unreadableIsEnforced: boolean;
  remove(): void;
}

export const UNDATED_REASON = /no usable publication date/;
export const NESTING_LEVELS = 40;

/** The committed fixtures and what each must give. */
const COMMITTED: readonly ExpectedEntry[] = [
  { path: 'good-front-matter.md', outcome: 'article' },
  { path: 'good-feed-dump.txt', outcome: 'article' },
  { path: 'empty.md', outcome: 'error', reason: /^empty file$/ },
  { path: 'whitespace-only.md', outcome: 'error', reason: /^empty file$/ },
  { path: 'no-header.txt', outcome: 'error', reason: /no front matter or feed header found/ },
  { path: 'invalid-yaml.md', outcome: 'error', reason: /^invalid YAML front matter: / },
  { path: 'front-matter-not-closed.md', outcome: 'error', reason: /front matter is not closed/ },
  { path: 'missing-date.md', outcome: 'warning', reason: UNDATED_REASON },
  { path: 'impossible-date-month-13.txt', outcome: 'warning', reason: UNDATED_REASON },
  { path: 'impossible-date-year-3000.md', outcome: 'warning', reason: UNDATED_REASON },
];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Builds the corpus. `maxFileBytes` is the size cap the test will load it with: the oversized file is
 * written just above it (so a small cap keeps the test small).
 */
export function buildBrokenCorpus(maxFileBytes: number): BrokenCorpus {
  const root = fs.mkdtempSync(path.join(tmpdir(), 'nc-broken-'));
  const outside = fs.mkdtempSync(path.join(tmpdir(), 'nc-broken-outside-'));
  const expected: ExpectedEntry[] = [...COMMITTED];
  for (const entry of COMMITTED) fs.copyFileSync(path.join(BROKEN_FIXTURES_DIR, entry.path), path.join(root, entry.path));
  const goodArticle = fs.readFileSync(path.join(BROKEN_FIXTURES_DIR, 'good-front-matter.md'));
  const write = (relative: string, bytes: Uint8Array | string) => {
    const file = path.join(root, ...relative.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
    return file;
  };

  write('binary.txt', Buffer.from([...PNG_SIGNATURE, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]));
  expected.push({ path: 'binary.txt', outcome: 'error', reason: /binary file/ });

  write('invalid-utf8.md', Buffer.concat([goodArticle.subarray(0, goodArticle.length - 10), Buffer.from([0xff, 0xfe, 0xc3]), goodArticle.subarray(goodArticle.length - 10)]));
  expected.push({ path: 'invalid-utf8.md', outcome: 'warning', reason: /invalid UTF-8/ });

  write('oversized.md', Buffer.concat([goodArticle, Buffer.alloc(maxFileBytes + 1024 - goodArticle.length, ' ')]));
  expected.push({ path: 'oversized.md', outcome: 'skipped', reason: /above the .* limit/ });

  const deep = [...Array.from({ length: NESTING_LEVELS }, (_, i) => `d${String(i + 1).padStart(2, '0')}`), 'deep.md'].join('/');
  write(deep, goodArticle);
  expected.push({ path: deep, outcome: 'skipped', reason: /nested deeper than \d+ levels/ });

  fs.mkdirSync(path.join(root, 'loop'));
  fs.symlinkSync('..', path.join(root, 'loop', 'again'));
  expected.push({ path: 'loop/again', outcome: 'skipped', reason: /symbolic link loop/ });

  fs.writeFileSync(path.join(outside, 'outside.md'), goodArticle);
  fs.symlinkSync(outside, path.join(root, 'escape'));
  expected.push({ path: 'escape', outcome: 'skipped', reason: /points outside the corpus folder/ });

  fs.symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'dangling.md'));
  expected.push({ path: 'dangling.md', outcome: 'skipped', reason: /broken symbolic link/ });

  const unreadable = write('unreadable.md', goodArticle);
  fs.chmodSync(unreadable, 0o000);
  const unreadableIsEnforced = !canRead(unreadable);
  expected.push(
    unreadableIsEnforced ? { path: 'unreadable.md', outcome: 'error', reason: /cannot be read: permission denied/ } : { path: 'unreadable.md', outcome: 'article' },
  );

  const remove = () => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  };
  return { root, outside, expected, unreadableIsEnforced, remove };
}

function canRead(file: string): boolean {
  try {
    fs.closeSync(fs.openSync(file, 'r'));
    return true;
  } catch {
    return false;
  }
}
