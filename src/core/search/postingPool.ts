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

export class PostingPool {
  private state: PostingPoolState;

  constructor(state?: PostingPoolState) {
    this.state = state ?? {
      bytes: new Uint8Array(1 << 16),
      head: new Int32Array(1024),
      tail: new Int32Array(1024),
      tailEnd: new Int32Array(1024),
      count: new Int32Array(1024),
      lastDoc: new Int32Array(1024),
      level: new Uint8Array(1024),
      lists: 0,
      used: 0,
    };
  }

  /** Number of lists. */
  get size(): number {
    return this.state.lists;
  }

  /** Bytes used by postings (for memory reports). */
  get byteLength(): number {
    return this.state.used;
  }

  /** The pool's arrays trimmed to what is in use (shares no memory with the pool). */
  exportState(): PostingPoolState {
    const s = this.state;
    return {
      bytes: s.bytes.slice(0, s.used),
      head: s.head.slice(0, s.lists),
      tail: s.tail.slice(0, s.lists),
      tailEnd: s.tailEnd.slice(0, s.lists),
      count: s.count.slice(0, s.lists),
      lastDoc: s.lastDoc.slice(0, s.lists),
      level: s.level.slice(0, s.lists),
      lists: s.lists,
      used: s.used,
    };
  }

  /** Creates an empty list and returns its number. */
  createList(): number {
    const s = this.state;
    if (s.lists === s.head.length) this.growLists();
    const list = s.lists++;
    const block = this.allocate(0);
    s.head[list] = block;
    s.tail[list] = block;
    s.tailEnd[list] = block + PAYLOAD[0];
    s.count[list] = 0;
    s.lastDoc[list] = -1;
    s.level[list] = 0;
    return list;
  }

  /** Number of documents in `list`. */
  count(list: number): number {
    return this.state.count[list];
  }

  /** Last document appended to `list` (-1 when empty). */
  lastDoc(list: number): number {
    return this.state.lastDoc[list];
  }

  /** Appends `doc` (greater than the list's last document) with its frequency. */
  append(list: number, doc: number, frequency: number): void {
    const s = this.state;
    let gap = doc - s.lastDoc[list];
    s.lastDoc[list] = doc;
    s.count[list]++;
    const tail = s.tail[list];
    if (gap < 0x80 && tail + 2 <= s.tailEnd[list]) {
      // Fast path (most appends): a one-byte gap and the frequency fit in the current block.
      const bytes = s.bytes;
      bytes[tail] = gap;
      bytes[tail + 1] = frequency > MAX_FREQUENCY ? MAX_FREQUENCY : frequency;
      s.tail[list] = tail + 2;
      return;
    }
    while (gap >= 0x80) {
      this.writeByte(list, (gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    this.writeByte(list, gap);
    this.writeByte(list, frequency > MAX_FREQUENCY ? MAX_FREQUENCY : frequency);
  }

  /** Decodes `list`. */
  decode(list: number): Postings {
    const s = this.state;
    const bytes = s.bytes;
    const total = s.count[list];
    const documents = new Int32Array(total);
    const frequencies = new Uint8Array(total);
    let position = s.head[list];
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
    const s = this.state;
    const tail = s.tail[list];
    if (tail !== s.tailEnd[list]) {
      s.bytes[tail] = byte;
      s.tail[list] = tail + 1;
      return;
    }
    const level = Math.min(s.level[list] + 1, MAX_LEVEL);
    const block = this.allocate(level); // may replace s.bytes
    writeInt32(s.bytes, s.tailEnd[list], block);
    s.level[list] = level;
    s.tailEnd[list] = block + PAYLOAD[level];
    s.bytes[block] = byte;
    s.tail[list] = block + 1;
  }

  /** Reserves a block of `level` and returns its offset. */
  private allocate(level: number): number {
    const s = this.state;
    const size = PAYLOAD[level] + 4;
    if (s.used + size > s.bytes.length) {
      const grown = new Uint8Array(Math.max(s.bytes.length * 1.5, s.used + size) | 0);
      grown.set(s.bytes.subarray(0, s.used));
      s.bytes = grown;
    }
    const offset = s.used;
    s.used += size;
    return offset;
  }

  private growLists(): void {
    const s = this.state;
    const capacity = Math.max(1024, s.head.length * 2);
    s.head = resizeInt32(s.head, capacity);
    s.tail = resizeInt32(s.tail, capacity);
    s.tailEnd = resizeInt32(s.tailEnd, capacity);
    s.count = resizeInt32(s.count, capacity);
    s.lastDoc = resizeInt32(s.lastDoc, capacity);
    const level = new Uint8Array(capacity);
    level.set(s.level);
    s.level = level;
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
