/**
 * Little-endian byte writing and reading for the persistent index: unsigned 32-bit integers,
 * doubles, strings and byte blocks, each string and block prefixed with its length. Strings are
 * UTF-16LE: for Chinese text that is smaller than UTF-8 (2 bytes a character instead of 3) and
 * decodes by copying, several times faster than UTF-8.
 */

/** Appends values to a growing buffer. */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;

  constructor(initialBytes = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.length;
  }

  u8(value: number): void {
    this.reserve(1);
    this.buffer[this.length++] = value;
  }

  u32(value: number): void {
    this.reserve(4);
    this.buffer.writeUInt32LE(value >>> 0, this.length);
    this.length += 4;
  }

  f64(value: number): void {
    this.reserve(8);
    this.buffer.writeDoubleLE(value, this.length);
    this.length += 8;
  }

  /** A UTF-16LE string, prefixed with its byte length. */
  string(value: string): void {
    const bytes = value.length * 2;
    this.reserve(4 + bytes);
    this.buffer.writeUInt32LE(bytes, this.length);
    this.buffer.write(value, this.length + 4, bytes, 'utf16le');
    this.length += 4 + bytes;
  }

  /** A block of bytes, prefixed with its length. */
  bytes(value: Uint8Array): void {
    this.reserve(4 + value.byteLength);
    this.buffer.writeUInt32LE(value.byteLength, this.length);
    this.buffer.set(value, this.length + 4);
    this.length += 4 + value.byteLength;
  }

  /** Overwrites a u32 written earlier at `offset` (for section lengths known afterwards). */
  patchU32(offset: number, value: number): void {
    this.buffer.writeUInt32LE(value >>> 0, offset);
  }

  /** The bytes written (a view, not a copy). */
  finish(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(next, 0, 0, this.length);
    this.buffer = next;
  }
}

/**
 * Many strings stored as two pools (one of strings whose characters all fit in Latin-1, one byte
 * a character; one UTF-16LE) and referred to by (start, length) pairs, so that reading makes two
 * strings and each value is a slice of one of them instead of a decoded string of its own.
 * A start ≥ 0 is in the UTF-16 pool, a start < 0 at `~start` in the Latin-1 pool.
 */
export class StringPoolWriter {
  private readonly latin1: string[] = [];
  private latin1Length = 0;
  private readonly utf16: string[] = [];
  private utf16Length = 0;

  /** Adds `value`; returns its start (see the class comment); its length is `value.length`. */
  add(value: string): number {
    if (LATIN1.test(value)) {
      const start = this.latin1Length;
      this.latin1.push(value);
      this.latin1Length += value.length;
      return ~start;
    }
    const start = this.utf16Length;
    this.utf16.push(value);
    this.utf16Length += value.length;
    return start;
  }

  /** Writes both pools (Latin-1 bytes, then UTF-16LE bytes). */
  writeTo(writer: ByteWriter): void {
    writer.bytes(Buffer.from(this.latin1.join(''), 'latin1'));
    writer.bytes(Buffer.from(this.utf16.join(''), 'utf16le'));
  }
}

/** Strings made only of U+0000…U+00FF. */
const LATIN1 = /^[\u0000-\u00ff]*$/;

/** The strings a {@link StringPoolWriter} wrote: each one a slice of one of two pool strings. */
export class StringPoolReader {
  private readonly latin1: string;
  private readonly utf16: string;

  /** Reads the pools written by {@link StringPoolWriter.writeTo}. */
  constructor(reader: ByteReader) {
    const latin1 = reader.bytes();
    const utf16 = reader.bytes();
    if (utf16.byteLength % 2 !== 0) throw new CorruptDataError('a string pool has an odd byte length');
    this.latin1 = Buffer.from(latin1.buffer, latin1.byteOffset, latin1.byteLength).toString('latin1');
    this.utf16 = Buffer.from(utf16.buffer, utf16.byteOffset, utf16.byteLength).toString('utf16le');
  }

  /** True when (start, length) is inside its pool. */
  holds(start: number, length: number): boolean {
    const end = start >= 0 ? start + length : ~start + length;
    return length >= 0 && end <= (start >= 0 ? this.utf16.length : this.latin1.length);
  }

  /** The string at (start, length), which {@link holds} must have accepted. */
  get(start: number, length: number): string {
    return start >= 0 ? this.utf16.slice(start, start + length) : this.latin1.slice(~start, ~start + length);
  }
}

/** Thrown when the bytes end early or a value is out of range: the data is corrupt. */
export class CorruptDataError extends Error {}

/** Reads what {@link ByteWriter} wrote, checking every length against the data. */
export class ByteReader {
  private readonly buffer: Buffer;
  private position = 0;

  constructor(bytes: Uint8Array) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get offset(): number {
    return this.position;
  }

  get remaining(): number {
    return this.buffer.length - this.position;
  }

  u8(): number {
    this.need(1);
    return this.buffer[this.position++];
  }

  u32(): number {
    this.need(4);
    const value = this.buffer.readUInt32LE(this.position);
    this.position += 4;
    return value;
  }

  f64(): number {
    this.need(8);
    const value = this.buffer.readDoubleLE(this.position);
    this.position += 8;
    return value;
  }

  string(): string {
    const length = this.u32();
    if (length % 2 !== 0) throw new CorruptDataError('a string has an odd byte length');
    this.need(length);
    const value = this.buffer.toString('utf16le', this.position, this.position + length);
    this.position += length;
    return value;
  }

  /** A block of bytes (a view into the data, not a copy). */
  bytes(): Uint8Array {
    const length = this.u32();
    this.need(length);
    const value = this.buffer.subarray(this.position, this.position + length);
    this.position += length;
    return value;
  }

  /** A block of bytes copied into a fresh, aligned Int32Array. */
  int32Array(): Int32Array {
    return new Int32Array(this.alignedBlock(4, 'an integer block').buffer);
  }

  /** A block of bytes copied into a fresh, aligned Float64Array. */
  float64Array(): Float64Array {
    return new Float64Array(this.alignedBlock(8, 'a number block').buffer);
  }

  /** The next block copied into a fresh buffer (so typed arrays of `unit`-byte elements can view it). */
  private alignedBlock(unit: number, what: string): Uint8Array {
    const bytes = this.bytes();
    if (bytes.byteLength % unit !== 0) throw new CorruptDataError(`${what} has a length that is not a multiple of ${unit}`);
    return new Uint8Array(bytes);
  }

  private need(count: number): void {
    if (count < 0 || this.position + count > this.buffer.length) throw new CorruptDataError(`data ends early (needed ${count} bytes at ${this.position} of ${this.buffer.length})`);
  }
}
