/** Intersection of increasing Int32Arrays (posting lists). */

/** Positions `i` in `small` and `j` in `large` with `small[i] === large[j]`, as two aligned arrays. */
export interface Intersection {
  inSmall: Int32Array;
  inLarge: Int32Array;
}

/** Intersects two increasing arrays; gallops through `large` when it is much longer. */
export function intersectSorted(small: Int32Array, large: Int32Array): Intersection {
  const capacity = Math.min(small.length, large.length);
  const inSmall = new Int32Array(capacity);
  const inLarge = new Int32Array(capacity);
  let count = 0;
  if (small.length * 16 < large.length) {
    let low = 0;
    for (let i = 0; i < small.length; i++) {
      const value = small[i];
      let high = large.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (large[middle] < value) low = middle + 1;
        else high = middle;
      }
      if (low < large.length && large[low] === value) {
        inSmall[count] = i;
        inLarge[count++] = low;
      }
    }
  } else {
    let j = 0;
    for (let i = 0; i < small.length && j < large.length; i++) {
      const value = small[i];
      while (j < large.length && large[j] < value) j++;
      if (j < large.length && large[j] === value) {
        inSmall[count] = i;
        inLarge[count++] = j;
      }
    }
  }
  return { inSmall: inSmall.subarray(0, count), inLarge: inLarge.subarray(0, count) };
}
