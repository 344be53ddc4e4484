/**
 * Many growable lists of increasing document numbers, stored compactly.
 *
 * In memory, each list is a chain of blocks in one byte pool; a block holds, per document, the
 * varint-encoded gap from the previous document number (first gap from -1) and a one-byte
 * frequency (saturating at 255), followed by a 4-byte pointer to the next block. Block payloads
 * grow 4, 12, 28, … up to 4092 bytes, so a rare gram costs 8 bytes and a frequent one about two
 * bytes per document. Appending never moves existing data, so adding a document is cheap. The pool
 * is made of slabs that no block straddles, 64 KB, then 32 MB each: it grows a slab at a time, never
 * copying. (Slabs of 32 MB are what the C allocator maps and unmaps on its own: when the pool is
 * dropped, that memory goes back to the system. Freeing mid-sized slabs, 4–16 MB, would instead raise
 * glibc's mmap threshold, so that later buffers land in, and fragment, its resident heap. Untouched
 * pages of a fresh slab cost no memory.)
 *
 * Persisted ({@link PersistedLists}), each list is one contiguous run of the same (gap,
 * frequency) entries, which a restored pool does not load: it reads a list's run from its
 * {@link ByteSource} when a query decodes the list. Documents added after restoring go to
 * in-memory chains that continue the runs (their first gap counts from the run's last document).
 */
import type { ByteSource } from './byteSource';

const MAX_LEVEL = 9;
/** A block's offset is `slab << SLAB_SHIFT | offset in the slab`; slabs hold at most 32 MB. */
const SLAB_SHIFT = 25;
const SLAB_MASK = (1 << SLAB_SHIFT) - 1;
/** Bytes of the first slab; each next one is twice as large, up to `1 << SLAB_SHIFT`. */
const FIRST_SLAB_BYTES = 1 << 16;
/** Payload bytes of a block at each level (block size minus the 4-byte next pointer). */
const PAYLOAD = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => (8 << level) - 4);

/** A decoded list: increasing documents and their frequencies. */
export interface Postings {
  documents: Int32Array;
  frequencies: Uint8Array;
}

/** Highest stored frequency; 255 means "255 or more". */
export const MAX_FREQUENCY = 255;

/**
 * Lists as persisted: per list, its document count, last document (-1 when empty) and where its
 * run of (varint gap, frequency byte) entries lies in `source`.
 */
export interface PersistedLists {
  counts: Int32Array;
  lastDocs: Int32Array;
  positions: Float64Array;
  byteLengths: Int32Array;
  source: ByteSource;
}

/** One list's run, as {@link PostingPool.exportLists} gives it. */
export interface ListRun {
  count: number;
  lastDoc: number;
  bytes: Uint8Array;
}

/** Per-list record in {@link PostingPool}'s `lists` array: four int32 fields, one cache line. */
const STRIDE = 4;
const TAIL = 0;
const TAIL_END = 1;
const LAST_DOC = 2;
const COUNT = 3;

export class PostingPool {
  private readonly slabs: Uint8Array[] = [];
  /** Offset of the first free byte (in the last slab). */
  private used: number;
  /** Number of lists. */
  private listCount: number;
  /**
   * What appending touches, per list, side by side (tail, tailEnd, lastDoc, count at
   * `STRIDE × list`): appending a document to a few thousand lists then costs one cache miss per
   * list instead of four. Count and lastDoc cover the persisted run and the chain together.
   */
  private lists: Int32Array;
  /** Per list: first block of its in-memory chain, -1 while it has none. */
  private head: Int32Array;
  private level: Uint8Array;
  /** The persisted runs of the first `persisted.counts.length` lists, if restored. */
  private readonly persisted: PersistedLists | undefined;

  constructor(persisted?: PersistedLists) {
    const n = persisted?.counts.length ?? 0;
    const capacity = Math.max(1024, n);
    this.used = 0;
    this.listCount = n;
    this.lists = new Int32Array(capacity * STRIDE);
    this.head = new Int32Array(capacity).fill(-1);
    this.level = new Uint8Array(capacity);
    this.persisted = persisted;
    if (!persisted) return;
    const { counts, lastDocs, positions, byteLengths } = persisted;
    if (lastDocs.length !== n || positions.length !== n || byteLengths.length !== n) throw new Error('persisted posting lists do not match their sizes');
    for (let list = 0; list < n; list++) {
      const at = list * STRIDE;
      this.lists[at + LAST_DOC] = lastDocs[list];
      this.lists[at + COUNT] = counts[list];
    }
  }

  /** Number of lists. */
  get size(): number {
    return this.listCount;
  }

  /** Bytes used by in-memory postings (for memory reports). */
  get byteLength(): number {
    return this.used;
  }

  /** Releases the persisted runs' source (a file handle). */
  close(): void {
    this.persisted?.source.close?.();
  }

  /** Creates an empty list and returns its number. */
  createList(): number {
    if (this.listCount === this.head.length) this.growLists();
    const list = this.listCount++;
    const at = list * STRIDE;
    this.head[list] = -1;
    this.level[list] = 0;
    this.lists[at + TAIL] = 0;
    this.lists[at + TAIL_END] = 0; // full: the first append starts the chain
    this.lists[at + LAST_DOC] = -1;
    this.lists[at + COUNT] = 0;
    return list;
  }

  /** Number of documents in `list`. */
  count(list: number): number {
    return this.lists[list * STRIDE + COUNT];
  }

  /** Last document appended to `list` (-1 when empty). */
  lastDoc(list: number): number {
    return this.lists[list * STRIDE + LAST_DOC];
  }

  /** Appends `doc` (greater than the list's last document) with its frequency. */
  append(list: number, doc: number, frequency: number): void {
    const lists = this.lists;
    const at = list * STRIDE;
    let gap = doc - lists[at + LAST_DOC];
    lists[at + LAST_DOC] = doc;
    lists[at + COUNT]++;
    const stored = frequency > MAX_FREQUENCY ? MAX_FREQUENCY : frequency;
    const tail = lists[at + TAIL];
    if (gap < 0x80 && tail + 2 <= lists[at + TAIL_END]) {
      // Fast path (most appends): a one-byte gap and the frequency fit in the current block.
      const slab = this.slabs[tail >>> SLAB_SHIFT];
      slab[tail & SLAB_MASK] = gap;
      slab[(tail & SLAB_MASK) + 1] = stored;
      lists[at + TAIL] = tail + 2;
      return;
    }
    while (gap >= 0x80) {
      this.writeByte(list, (gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    this.writeByte(list, gap);
    this.writeByte(list, stored);
  }

  /**
   * Appends to `list` the postings `packed[from…to)`, each `document << 8 | frequency` with
   * increasing documents (all greater than the list's last one). The same as {@link append}
   * for each, with the list's state held in locals: this is the indexing hot loop.
   */
  appendRun(list: number, packed: Int32Array, from: number, to: number): void {
    const lists = this.lists;
    const at = list * STRIDE;
    let tail = lists[at + TAIL];
    let slab = this.slabAt(tail);
    let tailEnd = lists[at + TAIL_END];
    let lastDoc = lists[at + LAST_DOC];
    for (let i = from; i < to; i++) {
      const doc = packed[i] >>> 8;
      const gap = doc - lastDoc;
      if (gap < 0x80 && tail + 2 <= tailEnd) {
        const local = tail & SLAB_MASK;
        slab[local] = gap;
        slab[local + 1] = packed[i] & 0xff;
        tail += 2;
        lastDoc = doc;
        continue;
      }
      lists[at + TAIL] = tail;
      lists[at + LAST_DOC] = lastDoc;
      this.append(list, doc, packed[i] & 0xff); // a new block or a long gap; may grow the byte pool
      lists[at + COUNT]--; // counted with the others below
      tail = lists[at + TAIL];
      slab = this.slabAt(tail);
      tailEnd = lists[at + TAIL_END];
      lastDoc = doc;
    }
    lists[at + TAIL] = tail;
    lists[at + LAST_DOC] = lastDoc;
    lists[at + COUNT] += to - from;
  }

  /**
   * Appends to `list` a run encoded as this pool encodes lists (varint gap from the previous
   * document, first gap from -1, then the frequency byte), over documents numbered from 0: a list
   * of a {@link PreparedPostings} batch whose documents are numbered here from `base`. Only the
   * first gap is re-encoded (from the list's last document); the rest is copied as it is.
   * `count` entries, the last of them `lastDoc` (in the batch's numbering).
   */
  appendEncodedRun(list: number, run: Uint8Array, from: number, to: number, count: number, lastDoc: number, base: number): void {
    if (count <= 0) return;
    let gap = 0;
    let shift = 0;
    let position = from;
    let byte: number;
    do {
      if (position >= to) throw new RangeError('an encoded posting run ends early');
      byte = run[position++];
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    const at = list * STRIDE;
    const lists = this.lists;
    const firstDoc = base + gap - 1;
    let rebased = firstDoc - lists[at + LAST_DOC];
    if (rebased <= 0) throw new RangeError(`posting run starts at document ${firstDoc}, not after ${lists[at + LAST_DOC]}`);
    const tail = lists[at + TAIL];
    if (rebased < 0x80 && tail + 1 + (to - position) <= lists[at + TAIL_END]) {
      // Fast path (most runs: a few entries): a one-byte first gap and the rest fit in the current block.
      const slab = this.slabs[tail >>> SLAB_SHIFT];
      let j = tail & SLAB_MASK;
      slab[j++] = rebased;
      for (let i = position; i < to; i++) slab[j++] = run[i];
      lists[at + TAIL] = tail + 1 + (to - position);
    } else {
      while (rebased >= 0x80) {
        this.writeByte(list, (rebased & 0x7f) | 0x80);
        rebased >>>= 7;
      }
      this.writeByte(list, rebased);
      this.writeBytes(list, run, position, to);
    }
    lists[at + LAST_DOC] = base + lastDoc;
    lists[at + COUNT] += count;
  }

  /** Decodes `list`: its persisted run (read from the source), then its in-memory chain. */
  decode(list: number): Postings {
    const total = this.count(list);
    const documents = new Int32Array(total);
    const frequencies = new Uint8Array(total);
    let n = 0;
    let doc = -1;
    const persisted = this.persisted;
    if (persisted && list < persisted.counts.length && persisted.counts[list] > 0) {
      const run = persisted.source.read(persisted.positions[list], persisted.byteLengths[list]);
      const count = persisted.counts[list];
      let position = 0;
      for (; n < count; n++) {
        let gap = 0;
        let shift = 0;
        let byte: number;
        do {
          if (position >= run.length) throw new RangeError(`posting list ${list} ends early`);
          byte = run[position++];
          gap |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte & 0x80);
        if (position >= run.length) throw new RangeError(`posting list ${list} ends early`);
        frequencies[n] = run[position++];
        doc += gap;
        documents[n] = doc;
      }
    }
    if (n === total) return { documents, frequencies };
    const slabs = this.slabs;
    let position = this.head[list];
    let slab = slabs[position >>> SLAB_SHIFT];
    let level = 0;
    let end = position + PAYLOAD[0];
    for (; n < total; n++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        if (position === end) {
          position = readInt32(slab, end & SLAB_MASK);
          slab = slabs[position >>> SLAB_SHIFT];
          if (level < MAX_LEVEL) level++;
          end = position + PAYLOAD[level];
        }
        byte = slab[position++ & SLAB_MASK];
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (position === end) {
        position = readInt32(slab, end & SLAB_MASK);
        slab = slabs[position >>> SLAB_SHIFT];
        if (level < MAX_LEVEL) level++;
        end = position + PAYLOAD[level];
      }
      frequencies[n] = slab[position++ & SLAB_MASK];
      doc += gap;
      documents[n] = doc;
    }
    return { documents, frequencies };
  }

  /**
   * Each list as one contiguous run (persisted run, then the chain's payload: its gaps already
   * count from the run's last document), in list order, for persisting. A run's bytes are valid
   * until the next run is asked for (copy them to keep them).
   */
  *exportLists(): Generator<ListRun> {
    let scratch = new Uint8Array(1 << 16);
    for (let list = 0; list < this.listCount; list++) {
      const at = list * STRIDE;
      const persisted = this.persisted;
      const hasRun = persisted !== undefined && list < persisted.counts.length && persisted.counts[list] > 0;
      const run = hasRun ? persisted.source.read(persisted.positions[list], persisted.byteLengths[list]) : new Uint8Array(0);
      if (this.head[list] < 0) {
        yield { count: this.lists[at + COUNT], lastDoc: this.lists[at + LAST_DOC], bytes: run };
        continue;
      }
      // Joined in one buffer reused from list to list (one allocation per list fragmented the C
      // heap by tens of MB at a save): the run yielded is valid until the next is asked for.
      let total = run.length;
      let block = this.head[list];
      let level = 0;
      const tail = this.lists[at + TAIL];
      for (;;) {
        const end = block + PAYLOAD[level];
        if (tail >= block && tail <= end) {
          total += tail - block;
          break;
        }
        total += end - block;
        block = readInt32(this.slabs[block >>> SLAB_SHIFT], end & SLAB_MASK);
        if (level < MAX_LEVEL) level++;
      }
      if (scratch.length < total) scratch = new Uint8Array(Math.max(total, scratch.length * 2));
      scratch.set(run, 0);
      let offset = run.length;
      block = this.head[list];
      level = 0;
      for (;;) {
        const end = block + PAYLOAD[level];
        const slab = this.slabs[block >>> SLAB_SHIFT];
        const stop = tail >= block && tail <= end ? tail : end;
        scratch.set(slab.subarray(block & SLAB_MASK, (block & SLAB_MASK) + (stop - block)), offset);
        offset += stop - block;
        if (stop === tail) break;
        block = readInt32(slab, end & SLAB_MASK);
        if (level < MAX_LEVEL) level++;
      }
      const bytes = scratch.subarray(0, total);
      yield { count: this.lists[at + COUNT], lastDoc: this.lists[at + LAST_DOC], bytes };
    }
  }

  /** Writes `source[from…to)` at the end of `list`'s chain, a block at a time. */
  private writeBytes(list: number, source: Uint8Array, from: number, to: number): void {
    const at = list * STRIDE;
    while (from < to) {
      const tail = this.lists[at + TAIL];
      const room = this.lists[at + TAIL_END] - tail;
      if (room === 0) {
        this.writeByte(list, source[from++]); // starts the next block
        continue;
      }
      const end = Math.min(to, from + room);
      const slab = this.slabs[tail >>> SLAB_SHIFT];
      const local = tail & SLAB_MASK;
      if (end - from < 32) {
        for (let i = from, j = local; i < end; i++, j++) slab[j] = source[i];
      } else {
        slab.set(source.subarray(from, end), local);
      }
      this.lists[at + TAIL] = tail + (end - from);
      from = end;
    }
  }

  /** The slab holding `offset` (an empty array when there is none: nothing is written there then). */
  private slabAt(offset: number): Uint8Array {
    return this.slabs[offset >>> SLAB_SHIFT] ?? EMPTY_BYTES;
  }

  private writeByte(list: number, byte: number): void {
    const at = list * STRIDE;
    const tail = this.lists[at + TAIL];
    if (tail !== this.lists[at + TAIL_END]) {
      this.slabs[tail >>> SLAB_SHIFT][tail & SLAB_MASK] = byte;
      this.lists[at + TAIL] = tail + 1;
      return;
    }
    const first = this.head[list] < 0;
    const level = first ? 0 : Math.min(this.level[list] + 1, MAX_LEVEL);
    const block = this.allocate(level);
    if (first) this.head[list] = block;
    else {
      const pointer = this.lists[at + TAIL_END];
      writeInt32(this.slabs[pointer >>> SLAB_SHIFT], pointer & SLAB_MASK, block);
    }
    this.level[list] = level;
    this.lists[at + TAIL_END] = block + PAYLOAD[level];
    this.slabs[block >>> SLAB_SHIFT][block & SLAB_MASK] = byte;
    this.lists[at + TAIL] = block + 1;
  }

  /** Reserves a block of `level` and returns its offset. */
  private allocate(level: number): number {
    const size = PAYLOAD[level] + 4;
    const slabs = this.slabs;
    if (slabs.length === 0 || (this.used & SLAB_MASK) + size > slabs[slabs.length - 1].length) {
      // A new slab (the rest of the last one stays unused: less than one largest block).
      if (slabs.length === 1 << (31 - SLAB_SHIFT)) throw new RangeError('posting pool full');
      this.used = slabs.length << SLAB_SHIFT;
      slabs.push(new Uint8Array(slabs.length === 0 ? FIRST_SLAB_BYTES : 1 << SLAB_SHIFT));
    }
    const offset = this.used;
    this.used += size;
    return offset;
  }

  private growLists(): void {
    const capacity = Math.max(1024, this.head.length * 2);
    const head = new Int32Array(capacity).fill(-1);
    head.set(this.head);
    this.head = head;
    this.lists = resizeInt32(this.lists, capacity * STRIDE);
    const level = new Uint8Array(capacity);
    level.set(this.level);
    this.level = level;
  }
}

const EMPTY_BYTES = new Uint8Array(0);

function resizeInt32(array: Int32Array, capacity: number): Int32Array {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

function readInt32(bytes: Uint8Array, offset: number): number {
  return bytes[offset] | (bytes[offset + 1] << 8) | (bytes[offset + 2] << 16) | (bytes[offset + 3] << 24);
}

function writeInt32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value & 0xff;
  bytes[offset + 1] = (value >>> 8) & 0xff;
  bytes[offset + 2] = (value >>> 16) & 0xff;
  bytes[offset + 3] = (value >>> 24) & 0xff;
}
