/**
 * Lazily visits positions in order of decreasing value: a binary max-heap built in O(n),
 * then O(log n) per position taken. Used to verify the best-bounded candidates first
 * without sorting them all.
 */
export function* descendingOrder(values: Float64Array): Generator<number> {
  const heap = new Int32Array(values.length);
  for (let i = 0; i < heap.length; i++) heap[i] = i;
  let size = heap.length;
  const siftDown = (start: number): void => {
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
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i);
  while (size > 0) {
    const top = heap[0];
    heap[0] = heap[--size];
    siftDown(0);
    yield top;
  }
}
