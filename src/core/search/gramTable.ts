/**
 * Helpers shared by the indexes that map gram keys to lists in an open-addressing table over an
 * Int32Array (slot `s` at `2s`: the key, then its list): {@link InvertedIndex} and the batch index.
 */

/** Mixes the key's bits so that neighbouring bigrams spread over the table. */
export function hashOf(key: number): number {
  const mixed = Math.imul(key, 0x9e3779b1);
  return mixed ^ (mixed >>> 15);
}

/** A copy of `array` at least `atLeast` long (twice as long at least). */
export function growInt32(array: Int32Array, atLeast: number): Int32Array {
  const grown = new Int32Array(Math.max(array.length * 2, atLeast));
  grown.set(array);
  return grown;
}
