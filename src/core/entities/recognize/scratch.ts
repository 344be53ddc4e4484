/**
 * Reusable zeroed typed arrays for per-document scans. Recognition is synchronous and not re-entrant, so each
 * slot is used by one caller at a time; reusing buffers avoids allocating (and collecting) fresh backing stores
 * for every document.
 */

const bytes: Uint8Array[] = [];
const ints: Int32Array[] = [];

/** A zero-filled Uint8Array of `length`, backed by the shared buffer of `slot` (valid until that slot's next use). */
export function scratchBytes(slot: number, length: number): Uint8Array {
  let buffer = bytes[slot];
  if (!buffer || buffer.length < length) buffer = bytes[slot] = new Uint8Array(Math.max(length, 4096) * 2);
  const view = buffer.subarray(0, length);
  view.fill(0);
  return view;
}

/** An Int32Array of `length` filled with `value`, backed by the shared buffer of `slot`. */
export function scratchInts(slot: number, length: number, value: number): Int32Array {
  let buffer = ints[slot];
  if (!buffer || buffer.length < length) buffer = ints[slot] = new Int32Array(Math.max(length, 4096) * 2);
  const view = buffer.subarray(0, length);
  view.fill(value);
  return view;
}

const floats: Float64Array[] = [];

/** A Float64Array of `length` (contents unspecified), backed by the shared buffer of `slot`. */
export function scratchFloats(slot: number, length: number): Float64Array {
  let buffer = floats[slot];
  if (!buffer || buffer.length < length) buffer = floats[slot] = new Float64Array(Math.max(length, 1024) * 2);
  return buffer.subarray(0, length);
}
