/**
 * Many growable lists of increasing document numbers, stored compactly in ONE byte pool.
 *
 * Each list is a chain of blocks in `bytes`; a block holds, per document, the varint-encoded
 * gap from the previous document number (first gap from -1) and a one-byte frequency
 * (saturating at 255), followed by a 4-byte pointer to the next block. Block payloads grow 4, 12, 28, … up to 4092 bytes, so a rare gram costs 8 bytes and
 * a frequent one about two bytes per document. Appending never moves existing data, so adding
 * a document is cheap; lists are read by decoding the chain (see {@link PostingPool.decode}).
 *
 * All state lives in typed arrays so it can be persisted as-is ({@link PostingPoolState}).
 */

const MAX_LEVEL = 9;
/** Payload bytes of a block at each level (block size minus the 4-byte next pointer). */
const PAYLOAD = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => (8 << level) - 4);

/** A decoded list: increasing documents and their frequencies. */
export interface Postings {
  documents: Int32Array;
  frequencies: Uint8Array;
}

/** Highest stored frequency; 255 means "255 or more". */
export const MAX_FREQUENCY = 255;

/** The typed arrays that make up a pool, for persistence. */
export interface PostingPoolState {
  bytes: Uint8Array;
  /** Per list: first block offset, write offset, end of the current block's payload. */
  head: Int32Array;
  tail: Int32Array;
  tailEnd: Int32Array;
  /** Per list: number of documents and the last document number appended. */
  count: Int32Array;
  lastDoc: Int32Array;
  /** Per list: level of the current (last) block. */
  level: Uint8Array;
  /** Number of lists in use. */
  lists: number;
  /** Bytes of `bytes` in use. */
  used: number;
}

/** Per-list record in {@link PostingPool}'s `lists` array: four int32 fields, one cache line. */
const STRIDE = 4;
const TAIL = 0;
const TAIL_END = 1;
const LAST_DOC = 2;
const COUNT = 3;

export class PostingPool {
  private bytes: Uint8Array;
  /** Bytes of `bytes` in use. */
  private used: number;
  /** Number of lists. */
  private listCount: number;
  /**
   * What appending touches, per list, side by side (tail, tailEnd, lastDoc, count at
   * `STRIDE × list`): appending a document to a few thousand lists then costs one cache miss per
   * list instead of four. Persisted as separate arrays ({@link PostingPoolState}).
   */
  private lists: Int32Array;
  private head: Int32Array;
  private level: Uint8Array;

  constructor(state?: PostingPoolState) {
    if (!state) {
      this.bytes = new Uint8Array(1 << 16);
      this.used = 0;
      this.listCount = 0;
      this.lists = new Int32Array(1024 * STRIDE);
      this.head = new Int32Array(1024);
      this.level = new Uint8Array(1024);
      return;
    }
    this.bytes = state.bytes;
    this.used = state.used;
    this.listCount = state.lists;
    this.head = state.head;
    this.level = state.level;
    const lists = new Int32Array(state.lists * STRIDE);
    for (let list = 0; list < state.lists; list++) {
      const at = list * STRIDE;
      lists[at + TAIL] = state.tail[list];
      lists[at + TAIL_END] = state.tailEnd[list];
      lists[at + LAST_DOC] = state.lastDoc[list];
      lists[at + COUNT] = state.count[list];
    }
    this.lists = lists;
  }

  /** Number of lists. */
  get size(): number {
    return this.listCount;
  }

  /** Bytes used by postings (for memory reports). */
  get byteLength(): number {
    return this.used;
  }

  /** The pool's arrays trimmed to what is in use (shares no memory with the pool). */
  exportState(): PostingPoolState {
    const n = this.listCount;
    const field = (offset: number): Int32Array => {
      const column = new Int32Array(n);
      for (let list = 0; list < n; list++) column[list] = this.lists[list * STRIDE + offset];
      return column;
    };
    return {
      bytes: this.bytes.slice(0, this.used),
      head: this.head.slice(0, n),
      tail: field(TAIL),
      tailEnd: field(TAIL_END),
      count: field(COUNT),
      lastDoc: field(LAST_DOC),
      level: this.level.slice(0, n),
      lists: n,
      used: this.used,
    };
  }

  /** Creates an empty list and returns its number. */
  createList(): number {
    if (this.listCount === this.head.length) this.growLists();
    const list = this.listCount++;
    const block = this.allocate(0);
    const at = list * STRIDE;
    this.head[list] = block;
    this.level[list] = 0;
    this.lists[at + TAIL] = block;
    this.lists[at + TAIL_END] = block + PAYLOAD[0];
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
      this.bytes[tail] = gap;
      this.bytes[tail + 1] = stored;
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
    let bytes = this.bytes;
    let tail = lists[at + TAIL];
    let tailEnd = lists[at + TAIL_END];
    let lastDoc = lists[at + LAST_DOC];
    for (let i = from; i < to; i++) {
      const doc = packed[i] >>> 8;
      const gap = doc - lastDoc;
      if (gap < 0x80 && tail + 2 <= tailEnd) {
        bytes[tail] = gap;
        bytes[tail + 1] = packed[i] & 0xff;
        tail += 2;
        lastDoc = doc;
        continue;
      }
      lists[at + TAIL] = tail;
      lists[at + LAST_DOC] = lastDoc;
      this.append(list, doc, packed[i] & 0xff); // a new block or a long gap; may grow the byte pool
      lists[at + COUNT]--; // counted with the others below
      bytes = this.bytes;
      tail = lists[at + TAIL];
      tailEnd = lists[at + TAIL_END];
      lastDoc = doc;
    }
    lists[at + TAIL] = tail;
    lists[at + LAST_DOC] = lastDoc;
    lists[at + COUNT] += to - from;
  }

  /** Decodes `list`. */
  decode(list: number): Postings {
    const bytes = this.bytes;
    const total = this.count(list);
    const documents = new Int32Array(total);
    const frequencies = new Uint8Array(total);
    let position = this.head[list];
    let level = 0;
    let end = position + PAYLOAD[0];
    let doc = -1;
    for (let n = 0; n < total; n++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        if (position === end) {
          position = readInt32(bytes, end);
          if (level < MAX_LEVEL) level++;
          end = position + PAYLOAD[level];
        }
        byte = bytes[position++];
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      if (position === end) {
        position = readInt32(bytes, end);
        if (level < MAX_LEVEL) level++;
        end = position + PAYLOAD[level];
      }
      frequencies[n] = bytes[position++];
      doc += gap;
      documents[n] = doc;
    }
    return { documents, frequencies };
  }

  private writeByte(list: number, byte: number): void {
    const at = list * STRIDE;
    const tail = this.lists[at + TAIL];
    if (tail !== this.lists[at + TAIL_END]) {
      this.bytes[tail] = byte;
      this.lists[at + TAIL] = tail + 1;
      return;
    }
    const level = Math.min(this.level[list] + 1, MAX_LEVEL);
    const block = this.allocate(level); // may replace this.bytes
    writeInt32(this.bytes, this.lists[at + TAIL_END], block);
    this.level[list] = level;
    this.lists[at + TAIL_END] = block + PAYLOAD[level];
    this.bytes[block] = byte;
    this.lists[at + TAIL] = block + 1;
  }

  /** Reserves a block of `level` and returns its offset. */
  private allocate(level: number): number {
    const size = PAYLOAD[level] + 4;
    if (this.used + size > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 1.5, this.used + size) | 0);
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    const offset = this.used;
    this.used += size;
    return offset;
  }

  private growLists(): void {
    const capacity = Math.max(1024, this.head.length * 2);
    this.head = resizeInt32(this.head, capacity);
    this.lists = resizeInt32(this.lists, capacity * STRIDE);
    const level = new Uint8Array(capacity);
    level.set(this.level);
    this.level = level;
  }
}

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
