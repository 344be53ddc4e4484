import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';

/** A file found under a corpus folder. */
export interface CorpusFile {
  /** Absolute path. */
  file: string;
  /** The corpus folder it was found under (absolute). */
  root: string;
  /** Path relative to `root`, with `/` separators. */
  path: string;
  size: number;
  mtimeMs: number;
}

/** A file or folder that was passed over while scanning, and why. */
export interface ScanSkip {
  file: string;
  root: string;
  path: string;
  reason: string;
}

export interface ScanOptions {
  /** File endings read as articles. */
  extensions?: readonly string[];
  /** Files larger than this are skipped with a message. */
  maxFileBytes?: number;
  /** Deepest folder level entered below the root. */
  maxDepth?: number;
}

/** File stats asked for ahead of the one being taken (see `scanCorpus`). */
const STATS_AHEAD = 32;

export const DEFAULT_ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Converts an OS path under `root` into the corpus-relative `/` form. */
export function relativeCorpusPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/**
 * Lists the article files under one corpus folder. Hidden entries and `node_modules` are passed over;
 * symbolic links are followed only when they resolve inside the root, and never twice (loops end).
 */
export async function scanCorpus(root: string, options: ScanOptions = {}): Promise<{ files: CorpusFile[]; skipped: ScanSkip[] }> {
  const extensions = new Set((options.extensions ?? DEFAULT_ARTICLE_EXTENSIONS).map((e) => e.toLowerCase()));
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const maxDepth = options.maxDepth ?? 32;
  const absRoot = path.resolve(root);
  const files: CorpusFile[] = [];
  const skipped: ScanSkip[] = [];
  const skip = (file: string, reason: string) => skipped.push({ file, root: absRoot, path: relativeCorpusPath(absRoot, file), reason });

  let realRoot: string;
  try {
    realRoot = await fs.realpath(absRoot);
  } catch (error) {
    skip(absRoot, `corpus folder cannot be read: ${errorMessage(error)}`);
    return { files, skipped };
  }
  const seenDirs = new Set<string>([realRoot]);
  const isArticleName = (name: string) => extensions.has(path.extname(name).toLowerCase());

  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      skip(dir, `folder cannot be read: ${errorMessage(error)}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // The article files' stats are asked for ahead, a window at a time (they are taken in order):
    // one at a time, each waits for a thread-pool round trip, and a large corpus has many.
    const stats = new Array<Promise<Stats | Error> | undefined>(entries.length);
    let asked = 0;
    const askAhead = (from: number) => {
      for (asked = Math.max(asked, from); asked < entries.length && asked < from + STATS_AHEAD; asked++) {
        const entry = entries[asked];
        if (entry.isFile() && !entry.name.startsWith('.') && isArticleName(entry.name)) {
          stats[asked] = fs.stat(path.join(dir, entry.name)).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        }
      }
    };
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = await fs.realpath(full);
        } catch {
          skip(full, 'broken symbolic link');
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          skip(full, 'symbolic link points outside the corpus folder; not followed');
          continue;
        }
        const stat = await fs.stat(target);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
        if (isDir && seenDirs.has(target)) {
          skip(full, 'symbolic link loop; not followed');
          continue;
        }
      }
      if (isDir) {
        if (depth >= maxDepth) {
          skip(full, `folder nested deeper than ${maxDepth} levels; not read`);
          continue;
        }
        try {
          seenDirs.add(await fs.realpath(full));
        } catch {
          /* reported by readdir below */
        }
        await walk(full, depth + 1);
      } else if (isFile) {
        if (!isArticleName(entry.name)) continue;
        try {
          askAhead(index);
          const stat = (await stats[index]) ?? (await fs.stat(full)); // (a symbolic link to a file: not asked ahead)
          stats[index] = undefined;
          if (stat instanceof Error) throw stat;
          if (stat.size > maxBytes) {
            skip(full, `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxBytes)} limit (newsCorpus.maxFileSizeMB); skipped`);
            continue;
          }
          files.push({ file: full, root: absRoot, path: relativeCorpusPath(absRoot, full), size: stat.size, mtimeMs: stat.mtimeMs });
        } catch (error) {
          skip(full, `file cannot be read: ${errorMessage(error)}`);
        }
      }
    }
  };
  await walk(absRoot, 0);
  return { files, skipped };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    const known: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', ENOENT: 'not found', EISDIR: 'is a folder', ELOOP: 'too many symbolic links' };
    if (known[code]) return known[code];
  }
  return error instanceof Error ? error.message : String(error);
}
