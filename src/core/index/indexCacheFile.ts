import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MemoryByteSource } from '../search';
import { Checksum } from './checksum';
import { blobRange, decodeIndexCache, HEADER_BYTES, VERIFY_CHUNK, writeIndexCacheTo, type DecodedIndexCache } from './indexCacheFormat';
import type { IndexSnapshotToSave } from './indexSnapshot';

/**
 * Where the persistent index of a set of corpus folders lives inside a storage folder (the
 * extension's storage, or the CLI's `--cache DIR`); never inside a corpus folder.
 */
export function indexCachePath(storageDir: string, roots: readonly string[]): string {
  const key = createHash('sha1').update(JSON.stringify([...roots].sort())).digest('hex').slice(0, 16);
  return path.join(storageDir, `corpus-index-${key}.ncix`);
}

/** Reads up to this many bytes go to a buffer the source reuses (see `ByteSource.read`); longer ones to a fresh buffer. */
const REUSED_READ_MAX = 1 << 20;

/**
 * An open index file read at positions. Reads are synchronous (queries are); the file stays open
 * until {@link close}, or until nothing refers to the source any more. Reads give a view of one
 * buffer reused by the next read (as `ByteSource.read` allows), unless large: reading every text
 * and posting list (saving the index again) allocates nothing per read.
 */
class IndexFileSource {
  private fd: number | undefined;
  private scratch: Buffer | undefined;

  constructor(fd: number) {
    this.fd = fd;
    openFiles.register(this, fd, this);
  }

  read(position: number, length: number): Uint8Array {
    if (this.fd === undefined) throw new Error('the index file was closed');
    const out = length > REUSED_READ_MAX ? Buffer.allocUnsafe(length) : this.reusable(length);
    let done = 0;
    while (done < length) {
      const got = fs.readSync(this.fd, out, done, length - done, position + done);
      if (got === 0) throw new Error(`the index file ends before byte ${position + length}`);
      done += got;
    }
    return out;
  }

  /** The first `length` bytes of the reused buffer (grown when too small). */
  private reusable(length: number): Buffer {
    let scratch = this.scratch;
    if (!scratch || scratch.length < length) {
      let size = scratch ? scratch.length : 1 << 16;
      while (size < length) size *= 2;
      this.scratch = scratch = Buffer.allocUnsafe(size);
    }
    return scratch.subarray(0, length);
  }

  close(): void {
    if (this.fd === undefined) return;
    openFiles.unregister(this);
    fs.closeSync(this.fd);
    this.fd = undefined;
    this.scratch = undefined;
  }
}

/** Closes the files of sources nobody closed. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Opens and decodes an index file, reading only its header and metadata: the restored search
 * engine reads texts and postings from the file, which stays open until the engine is closed (or
 * `closeSnapshot` is called). A missing, old or damaged file gives the reason it was not used.
 */
export async function readIndexCache(file: string): Promise<DecodedIndexCache> {
  let source: IndexFileSource;
  let size: number;
  try {
    const fd = fs.openSync(file, 'r'); // synchronous reads: queries read synchronously
    source = new IndexFileSource(fd);
    size = fs.fstatSync(fd).size;
  } catch (error) {
    const missing = error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT';
    return { ok: false, reason: missing ? 'no index saved yet' : `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const decoded = decodeIndexCache(source, size);
  if (!decoded.ok) source.close();
  return decoded;
}

/**
 * Reads the whole index file and checks its blobs' checksum, a chunk at a time without blocking
 * (run after starting: it reads everything). False when damaged or unreadable.
 */
export async function verifyIndexCache(file: string): Promise<boolean> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(file, 'r');
    const { size } = await handle.stat();
    const header = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await handle.read(header, 0, header.length, 0);
    const range = blobRange(new MemoryByteSource(header), size);
    if (typeof range === 'string') return false;
    const sum = new Checksum();
    const chunk = Buffer.allocUnsafe(VERIFY_CHUNK);
    for (let at = range.start; at < range.end; ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(VERIFY_CHUNK, range.end - at), at);
      if (bytesRead === 0) return false;
      sum.update(chunk.subarray(0, bytesRead));
      at += bytesRead;
    }
    return sum.value() === range.checksum;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Writes all of `bytes` (at `position`, else where the file is). */
async function writeAll(handle: fs.promises.FileHandle, bytes: Uint8Array, position?: number): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position === undefined ? undefined : position + done);
    if (bytesWritten <= 0) throw new Error('the index file could not be written');
    done += bytesWritten;
  }
}

/**
 * Writes a snapshot, streaming its large parts (to a temporary file first, then renamed, so a
 * crash never leaves half a file, and an engine still reading the old file keeps reading it);
 * returns the byte count.
 */
export async function writeIndexCache(file: string, snapshot: IndexSnapshotToSave): Promise<number> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temporary, 'w');
  let bytes: number;
  try {
    bytes = await writeIndexCacheTo(
      {
        append: (chunk) => writeAll(handle, chunk),
        overwrite: (position, chunk) => writeAll(handle, chunk, position),
      },
      snapshot,
    );
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  await fs.promises.rename(temporary, file);
  return bytes;
}
