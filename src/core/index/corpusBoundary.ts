import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { errorMessage, formatBytes } from './scanCorpus';

/**
 * Whether a path reached through the file watcher may be read as part of a corpus: its real location
 * (symbolic links resolved) lies inside the corpus folder's real location, and a file is within the size
 * limit. Returns undefined when it may (or when it no longer exists), else the reason — the same rules
 * `scanCorpus` applies to a full scan.
 */
export async function outsideCorpusReason(target: string, root: string, maxFileBytes?: number): Promise<string | undefined> {
  let realRoot: string;
  let realTarget: string;
  try {
    [realRoot, realTarget] = await Promise.all([fs.realpath(root), fs.realpath(target)]);
  } catch (error) {
    // Gone already (deleted right after the event): nothing to refuse; the reader forgets it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `cannot be read: ${errorMessage(error)}`;
  }
  if (realTarget !== realRoot && !realTarget.startsWith(realRoot + path.sep)) return 'symbolic link points outside the corpus folder; not followed';
  if (maxFileBytes !== undefined) {
    const stat = await fs.stat(realTarget);
    if (stat.isFile() && stat.size > maxFileBytes) {
      return `file is ${formatBytes(stat.size)}, above the ${formatBytes(maxFileBytes)} limit (newsCorpus.maxFileSizeMB); skipped`;
    }
  }
  return undefined;
}
