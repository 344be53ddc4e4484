/**
 * Little-endian byte writing and reading for the persistent index: unsigned 32-bit integers,
 * doubles, strings and byte blocks, each string and block prefixed with its length. Strings are
 * UTF-16LE: for Chinese text that is smaller than UTF-8 (2 bytes a character instead of 3) and
 * decodes by copying, several times faster than UTF-8.
 */
import type { ByteSource } from '../search';

/** Strings whose bytes (in `encoding`, `byteLength` of them) follow one another: a part of a writer's output encoded only when written. */
export interface TextPart {
  readonly strings: readonly string[];
  readonly encoding: 'latin1' | 'utf16le';
  readonly byteLength: number;
}

/** A part of a writer's output: bytes, or strings to encode. */
export type WriterPart = Uint8Array | TextPart;

/**
 * Appends values to a growing buffer; blocks given to {@link block} and {@link texts} are kept as
 * they are, between the buffer's parts, instead of copied (see {@link parts}).
 */
export class ByteWriter {
  private buffer: Buffer;
  private length = 0;
  /** What comes before `buffer`: parts of earlier buffers and blocks kept by reference. */
  private readonly done: WriterPart[] = [];
  private doneBytes = 0;

  constructor(initialBytes = 1 << 16) {
    this.buffer = Buffer.allocUnsafe(initialBytes);
  }

  /** Bytes written so far. */
  get size(): number {
    return this.doneBytes + this.length;
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

  /**
   * A block of bytes, prefixed with its length, as {@link bytes} writes it, but kept by reference
   * rather than copied: it must not change until the writer's bytes are used.
   */
  block(value: Uint8Array): void {
    this.u32(value.byteLength);
    this.cut();
    this.done.push(value);
    this.doneBytes += value.byteLength;
  }

  /**
   * A block of the strings' bytes in `encoding` (`byteLength` of them: Latin-1 strings must have
   * no character above U+00FF), prefixed with its length, as {@link bytes} writes it; the strings
   * are encoded only when the writer's output is (see {@link parts}).
   */
  texts(strings: readonly string[], encoding: 'latin1' | 'utf16le', byteLength: number): void {
    this.u32(byteLength);
    this.cut();
    this.done.push({ strings, encoding, byteLength });
    this.doneBytes += byteLength;
  }

  /** The bytes written, as parts to use one after another (views, not copies; strings not encoded yet). */
  parts(): WriterPart[] {
    this.cut();
    return [...this.done];
  }

  /** The bytes written (a view when nothing was kept by reference, else a copy of the parts). */
  finish(): Uint8Array {
    if (this.done.length === 0) return this.buffer.subarray(0, this.length);
    return Buffer.concat(
      this.parts().map((part) => (part instanceof Uint8Array ? part : Buffer.from(part.strings.join(''), part.encoding))),
      this.doneBytes,
    );
  }

  /** Ends the buffer's current part (later values go after it in the same buffer). */
  private cut(): void {
    if (this.length === 0) return;
    this.done.push(this.buffer.subarray(0, this.length));
    this.doneBytes += this.length;
    this.buffer = this.buffer.subarray(this.length);
    this.length = 0;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra, 256));
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

  /** Writes both pools (Latin-1 bytes, then UTF-16LE bytes; encoded when the writer's output is). */
  writeTo(writer: ByteWriter): void {
    writer.texts(this.latin1, 'latin1', this.latin1Length);
    writer.texts(this.utf16, 'utf16le', this.utf16Length * 2);
  }
}

/** Strings made only of U+0000…U+00FF. */
const LATIN1 = /^[\u0000-\u00ff]*$/;

/** The strings a {@link StringPoolWriter} wrote: each one a slice of one of two pool strings. */
export class StringPoolReader {
  private readonly latin1: string;
  private readonly utf16: string;

  /** Reads the pools written by {@link StringPoolWriter.writeTo}. */
  constructor(reader: BlockReader) {
    this.latin1 = reader.text('latin1');
    this.utf16 = reader.text('utf16le');
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

/** The bytes of a typed array (a view, not a copy). */
export function raw(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Thrown when the bytes end early or a value is out of range: the data is corrupt. */
export class CorruptDataError extends Error {}

/** Bytes decoded into a string at a time: below Node's size for external strings (kept outside the JS heap, by the C allocator). */
const TEXT_PIECE = 1 << 19;

/** `bytes` (Latin-1 or UTF-16LE) as one string, decoded a piece at a time so that it is made on the JS heap however long. */
function decodeText(read: (at: number, length: number) => Uint8Array, length: number, encoding: 'latin1' | 'utf16le'): string {
  if (encoding === 'utf16le' && length % 2 !== 0) throw new CorruptDataError('a UTF-16 block has an odd byte length');
  const pieces: string[] = [];
  for (let at = 0; at < length; at += TEXT_PIECE) {
    const piece = read(at, Math.min(TEXT_PIECE, length - at));
    pieces.push(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString(encoding));
  }
  return pieces.length === 1 ? pieces[0] : pieces.join('');
}

/**
 * What the persistent index's decoders read from: values as {@link ByteWriter} wrote them, each
 * length checked against the data (a {@link ByteReader} over bytes in memory, a {@link SourceReader}
 * over a range of a file).
 */
export interface BlockReader {
  /** Bytes left. */
  readonly remaining: number;
  u8(): number;
  u32(): number;
  f64(): number;
  string(): string;
  /** A block of bytes: a view, valid until the next read. */
  bytes(): Uint8Array;
  /** A block of bytes copied into a fresh Uint8Array. */
  uint8Array(): Uint8Array;
  /** A block of bytes copied into a fresh, aligned Int32Array. */
  int32Array(): Int32Array;
  /** A block of bytes copied into a fresh, aligned Float64Array. */
  float64Array(): Float64Array;
  /** A block of Latin-1 or UTF-16LE bytes as one string (made on the JS heap, however long). */
  text(encoding: 'latin1' | 'utf16le'): string;
  /** The next block, read by a reader of its own; this one goes on after it. */
  block(): BlockReader;
}

/** Reads what {@link ByteWriter} wrote, checking every length against the data. */
export class ByteReader implements BlockReader {
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

  uint8Array(): Uint8Array {
    return new Uint8Array(this.bytes());
  }

  text(encoding: 'latin1' | 'utf16le'): string {
    const bytes = this.bytes();
    return decodeText((at, length) => bytes.subarray(at, at + length), bytes.byteLength, encoding);
  }

  block(): ByteReader {
    return new ByteReader(this.bytes());
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

/** Bytes of a {@link SourceReader}'s window: what small values are read from. */
const WINDOW = 1 << 16;
/** Bytes read from the source at a time into a block's array (within what the source reads into a buffer it reuses). */
const READ_PIECE = 1 << 20;

/**
 * Reads what {@link ByteWriter} wrote from bytes `start`…`end` of a source (a file), without
 * holding them all in memory: small values through a small window, each block straight into the
 * array made for it. Every length is checked against `end`.
 */
export class SourceReader implements BlockReader {
  private window: Buffer | undefined;
  /** Where the window's bytes are in the source, and how many it has. */
  private windowAt = 0;
  private windowLength = 0;
  private position: number;

  constructor(
    private readonly source: ByteSource,
    start: number,
    private readonly end: number,
  ) {
    this.position = start;
  }

  get remaining(): number {
    return this.end - this.position;
  }

  u8(): number {
    const at = this.take(1);
    return (this.window as Buffer)[at];
  }

  u32(): number {
    const at = this.take(4);
    return (this.window as Buffer).readUInt32LE(at);
  }

  f64(): number {
    const at = this.take(8);
    return (this.window as Buffer).readDoubleLE(at);
  }

  string(): string {
    const length = this.u32();
    if (length % 2 !== 0) throw new CorruptDataError('a string has an odd byte length');
    if (length > WINDOW) return this.textOf(length, 'utf16le');
    const at = this.take(length);
    return (this.window as Buffer).toString('utf16le', at, at + length);
  }

  bytes(): Uint8Array {
    const length = this.u32();
    if (length > WINDOW) return this.copy(new Uint8Array(length));
    const at = this.take(length);
    return (this.window as Buffer).subarray(at, at + length);
  }

  uint8Array(): Uint8Array {
    return this.copy(new Uint8Array(this.u32()));
  }

  int32Array(): Int32Array {
    const length = this.blockLength(4, 'an integer block');
    const ints = new Int32Array(length / 4);
    this.copy(new Uint8Array(ints.buffer));
    return ints;
  }

  float64Array(): Float64Array {
    const length = this.blockLength(8, 'a number block');
    const numbers = new Float64Array(length / 8);
    this.copy(new Uint8Array(numbers.buffer));
    return numbers;
  }

  text(encoding: 'latin1' | 'utf16le'): string {
    return this.textOf(this.u32(), encoding);
  }

  block(): SourceReader {
    const length = this.u32();
    this.need(length);
    const reader = new SourceReader(this.source, this.position, this.position + length);
    this.position += length;
    return reader;
  }

  /** The next `length` bytes as a string. */
  private textOf(length: number, encoding: 'latin1' | 'utf16le'): string {
    this.need(length);
    const from = this.position;
    const text = decodeText((at, count) => this.source.read(from + at, count), length, encoding);
    this.position += length;
    return text;
  }

  /** A block's length, checked to be whole `unit`s. */
  private blockLength(unit: number, what: string): number {
    const length = this.u32();
    if (length % unit !== 0) throw new CorruptDataError(`${what} has a length that is not a multiple of ${unit}`);
    return length;
  }

  /** Fills `target` with the next bytes. */
  private copy(target: Uint8Array): Uint8Array {
    const length = target.byteLength;
    this.need(length);
    for (let done = 0; done < length; done += READ_PIECE) target.set(this.source.read(this.position + done, Math.min(READ_PIECE, length - done)), done);
    this.position += length;
    return target;
  }

  /** Moves past the next `count` bytes (at most a window's), which are then in the window: returns where. */
  private take(count: number): number {
    this.need(count);
    const position = this.position;
    if (this.window === undefined || position < this.windowAt || position + count > this.windowAt + this.windowLength) {
      const length = Math.min(WINDOW, this.end - position);
      const window = (this.window ??= Buffer.allocUnsafe(WINDOW));
      window.set(this.source.read(position, length));
      this.windowAt = position;
      this.windowLength = length;
    }
    this.position += count;
    return position - this.windowAt;
  }

  private need(count: number): void {
    if (count < 0 || this.position + count > this.end) throw new CorruptDataError(`data ends early (needed ${count} bytes at ${this.position} of ${this.end})`);
  }
}
