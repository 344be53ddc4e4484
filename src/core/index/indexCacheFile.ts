import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeIndexCache, encodeIndexCache, type DecodedIndexCache } from './indexCacheFormat';
import type { IndexSnapshot } from './indexSnapshot';

/**
 * Where the persistent index of a set of corpus folders lives inside a storage folder (the
 * extension's storage, or the CLI's `--cache DIR`); never inside a corpus folder.
 */
export function indexCachePath(storageDir: string, roots: readonly string[]): string {
  const key = createHash('sha1').update(JSON.stringify([...roots].sort())).digest('hex').slice(0, 16);
  return path.join(storageDir, `corpus-index-${key}.ncix`);
}

/** Reads and decodes a cache file; a missing, old or damaged file gives the reason it was not used. */
export async function readIndexCache(file: string): Promise<DecodedIndexCache> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const missing = error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT';
    return { ok: false, reason: missing ? 'no index saved yet' : `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  return decodeIndexCache(bytes);
}

/** Encodes and writes a snapshot (to a temporary file first, then renamed, so a crash never leaves half a file); returns the byte count. */
export async function writeIndexCache(file: string, snapshot: IndexSnapshot): Promise<number> {
  const bytes = encodeIndexCache(snapshot);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, file);
  return bytes.byteLength;
}
