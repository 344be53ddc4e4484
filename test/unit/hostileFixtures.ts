import * as fs from 'node:fs';
import * as path from 'node:path';

/** The hostile article files of `test/fixtures/hostile/` (see its README.md). */
export const HOSTILE_DIR = path.resolve(__dirname, '../fixtures/hostile');

/** Every fixture carries one of these paragraphs, which must come through as text. */
export const READABLE_PARAGRAPHS: readonly string[] = ['这是一段可读的正文，必须完整显示。', 'This readable paragraph must be shown in full.'];

/**
 * Fixtures that may be refused, with what the refusal's reason must name. Every other fixture must be
 * read as an article.
 */
export const REFUSAL_REASONS: Readonly<Record<string, RegExp>> = {
  'yaml-js-function.md': /invalid YAML front matter: .*js\/function/,
  'yaml-js-undefined.md': /invalid YAML front matter: .*js\/undefined/,
  'yaml-js-regexp.md': /invalid YAML front matter: .*js\/regexp/,
  'yaml-python-object.md': /invalid YAML front matter: .*python\/object/,
  'yaml-billion-laughs.md': /YAML|alias|anchor/i,
  'front-matter-js-engine.md': /"js".*not supported.*YAML/,
};

export interface HostileFixture {
  name: string;
  file: string;
  source: string;
  /** The readable paragraph this fixture carries. */
  readable: string;
}

/** Every fixture file (the README excepted), by name. */
export function hostileFixtures(): HostileFixture[] {
  return fs
    .readdirSync(HOSTILE_DIR)
    .filter((name) => name !== 'README.md')
    .sort()
    .map((name) => {
      const file = path.join(HOSTILE_DIR, name);
      const source = fs.readFileSync(file, 'utf8');
      const readable = READABLE_PARAGRAPHS.find((paragraph) => source.includes(paragraph));
      if (!readable) throw new Error(`hostile fixture ${name} has no readable paragraph`);
      return { name, file, source, readable };
    });
}
