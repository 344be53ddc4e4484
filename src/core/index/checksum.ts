import { createHash, type Hash } from 'node:crypto';
import * as zlib from 'node:zlib';

type Crc32 = (data: Uint8Array, value?: number) => number;
/** zlib's CRC-32 (Node 20.15 and later). */
const crc32 = (zlib as { crc32?: Crc32 }).crc32;

/** A running checksum of bytes given in pieces: CRC-32, or the first 4 bytes of a SHA-1 where Node has no `zlib.crc32`. */
export class Checksum {
  private crc = 0;
  private readonly hash: Hash | undefined = crc32 ? undefined : createHash('sha1');

  update(bytes: Uint8Array): void {
    if (this.hash) this.hash.update(bytes);
    else this.crc = (crc32 as Crc32)(bytes, this.crc);
  }

  /** The checksum so far (call once, at the end). */
  value(): number {
    return this.hash ? this.hash.digest().readUInt32LE(0) : this.crc >>> 0;
  }
}

/** The checksum of one block of bytes. */
export function checksumOf(bytes: Uint8Array): number {
  const sum = new Checksum();
  sum.update(bytes);
  return sum.value();
}
