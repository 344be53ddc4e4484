/**
 * Lazily visits positions in order of decreasing value. Used to verify the best-bounded
 * candidates first without sorting them all: usually only the first hundred or so are taken.
 *
 * The positions are taken in groups by value: the first group holds the values at or above a
 * threshold estimated (from an evenly spread sample) to let a few times the number of positions
 * wanted through, gathered in one pass and ordered by a binary max-heap; when a group runs out,
 * the next one holds the values below it, down to a lower threshold, and so on. Every value of a
 * group is greater than every value of a later one, so the order is by decreasing value
 * throughout (equal values in any order).
 */

/** Below this many values, one heap over all of them. */
const SMALL = 512;
/** Values sampled to estimate thresholds. */
const SAMPLES = 256;

/** Positions of `values` by decreasing value, one at a time: `wanted`: about how many will be taken. */
export class DescendingOrder {
  private readonly sample: Float64Array;
  /** `sample[0…sampled)` are below `upper`. */
  private sampled: number;
  /** The positions whose value is at least this are in the groups taken so far (none at first). */
  private upper = Infinity;
  private groupSize: number;
  /** The current group, a max-heap of its first `size` positions. */
  private heap: Int32Array = new Int32Array(0);
  private size = 0;
  private done = false;

  constructor(
    private readonly values: Float64Array,
    wanted = 64,
  ) {
    const n = values.length;
    // An evenly spread sample, ascending: thresholds are taken from it, highest first.
    this.sample = new Float64Array(n <= SMALL ? 0 : SAMPLES);
    const stride = n / SAMPLES;
    for (let s = 0; s < this.sample.length; s++) this.sample[s] = values[Math.floor(s * stride)];
    this.sample.sort();
    // No sample (few values), or one that cannot be compared: a single group.
    this.sampled = Number.isNaN(this.sample[this.sample.length - 1]) ? 0 : this.sample.length;
    this.groupSize = Math.max(64, 2 * wanted);
  }

  /** The next position (of a value no greater than any before it), or -1 when all were taken. */
  next(): number {
    while (this.size === 0) {
      if (this.done) return -1;
      this.takeGroup();
    }
    const heap = this.heap;
    const top = heap[0];
    heap[0] = heap[--this.size];
    siftDown(this.values, heap, this.size, 0);
    return top;
  }

  /**
   * Gathers the next group: the values below the previous groups' and at or above a threshold
   * that about `groupSize` of them reach (all of them once the sample is used up; values equal
   * to it are all in the group), and builds its heap.
   */
  private takeGroup(): void {
    const share = Math.ceil((this.groupSize / this.values.length) * SAMPLES) + 1;
    let lower = this.sampled > share ? this.sample[this.sampled - share] : -Infinity;
    while (this.sampled > 0 && this.sample[this.sampled - 1] >= lower) this.sampled--;
    if (this.sampled === 0) {
      lower = -Infinity;
      this.done = true;
    }
    this.heap = gather(this.values, lower, this.upper);
    this.size = this.heap.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) siftDown(this.values, this.heap, this.size, i);
    this.upper = lower;
    this.groupSize *= 4;
  }
}

/** Reused storage for groups (one order is in use at a time: a query's verification). */
let groupScratch = new Int32Array(1 << 12);

/**
 * The positions whose value is at least `lower` (any, when -Infinity) and not at least `upper`
 * (any, when Infinity): successive groups cover every position once, whatever the values. The
 * result is in storage reused by the next call.
 */
function gather(values: Float64Array, lower: number, upper: number): Int32Array {
  if (groupScratch.length < values.length) groupScratch = new Int32Array(Math.max(values.length, groupScratch.length * 2));
  const group = groupScratch;
  let count = 0;
  if (lower === -Infinity && upper === Infinity) {
    for (let i = 0; i < values.length; i++) group[count++] = i;
  } else if (upper === Infinity) {
    for (let i = 0; i < values.length; i++) {
      group[count] = i;
      if (values[i] >= lower) count++;
    }
  } else if (lower === -Infinity) {
    for (let i = 0; i < values.length; i++) {
      group[count] = i;
      if (!(values[i] >= upper)) count++;
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      group[count] = i;
      if (value >= lower && !(value >= upper)) count++;
    }
  }
  return group.subarray(0, count);
}

/** Moves `heap[start]` down to its place among the first `size` positions. */
function siftDown(values: Float64Array, heap: Int32Array, size: number, start: number): void {
  let parent = start;
  const item = heap[parent];
  for (;;) {
    let child = parent * 2 + 1;
    if (child >= size) break;
    if (child + 1 < size && values[heap[child + 1]] > values[heap[child]]) child++;
    if (values[heap[child]] <= values[item]) break;
    heap[parent] = heap[child];
    parent = child;
  }
  heap[parent] = item;
}
