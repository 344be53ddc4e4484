import * as fs from 'node:fs';
import * as path from 'node:path';

/** The read-only shared data folder, beside the repository (`../shared`). */
export const SHARED_DIR = path.resolve(__dirname, '../../../shared');

/** A real article file from the shared seeds or corpus. */
export interface SharedFile {
  root: string;
  /** Relative to `root`, `/` separated. */
  path: string;
  file: string;
  source: string;
}

/** Every file under `seeds/` and `corpus/` of the shared folder. */
export function sharedArticleFiles(): SharedFile[] {
  return ['seeds', 'corpus'].flatMap((folder) => {
    const root = path.join(SHARED_DIR, folder);
    return filesUnder(root).map((file) => ({
      root,
      path: path.relative(root, file).split(path.sep).join('/'),
      file,
      source: fs.readFileSync(file, 'utf8'),
    }));
  });
}

/** One shared file by its path relative to the shared folder, e.g. `seeds/000_67a2099cef571f01.txt`. */
export function sharedFile(relative: string): SharedFile {
  const [folder, ...rest] = relative.split('/');
  const root = path.join(SHARED_DIR, folder);
  const file = path.join(root, ...rest);
  return { root, path: rest.join('/'), file, source: fs.readFileSync(file, 'utf8') };
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    });
}
