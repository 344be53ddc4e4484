/**
 * Random access to the large blocks of a persisted search engine (folded texts, posting lists),
 * so that they can stay on disk and be read when a query needs them. The engine does not know
 * where the bytes live: the persistent index gives it a source over its file, tests and
 * `loadJSON` one over memory.
 */
export interface ByteSource {
  /**
   * The `length` bytes at `position`. Throws when the range is outside the source. The result
   * may be a fresh buffer or a view: callers only read it, and only until their next call.
   */
  read(position: number, length: number): Uint8Array;
  /** Releases what the source holds (a file handle); later reads throw. Idempotent. */
  close?(): void;
}

/** A source over bytes in memory. */
export class MemoryByteSource implements ByteSource {
  constructor(private readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.byteLength;
  }

  read(position: number, length: number): Uint8Array {
    if (position < 0 || length < 0 || position + length > this.bytes.byteLength) {
      throw new RangeError(`bytes ${position}…${position + length} are outside the source (${this.bytes.byteLength} bytes)`);
    }
    return this.bytes.subarray(position, position + length);
  }
}
