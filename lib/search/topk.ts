/**
 * The `k` best of many candidates without sorting them all: a min-heap of the best so far, so a
 * common word's tens of thousands of matches cost one comparison each. Higher key first; equal keys
 * keep the lower document number first, so results are deterministic.
 */
export function topK(
  docs: ArrayLike<number>,
  count: number,
  key: (doc: number) => number,
  k: number,
): number[] {
  const heap: number[] = [];
  const keys: number[] = [];
  // a ranks below b
  const worse = (i: number, j: number) => keys[i]! < keys[j]! || (keys[i] === keys[j] && heap[i]! > heap[j]!);
  const swap = (i: number, j: number) => {
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  if (k <= 0) return [];
  for (let n = 0; n < count; n++) {
    const doc = docs[n]!;
    const v = key(doc);
    if (heap.length < k) {
      heap.push(doc);
      keys.push(v);
      for (let i = heap.length - 1; i > 0;) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        swap(i, p);
        i = p;
      }
    } else if (v > keys[0]! || (v === keys[0] && doc < heap[0]!)) {
      heap[0] = doc;
      keys[0] = v;
      down(0);
    }
  }
  const order = heap.map((_, i) => i).sort((a, b) => keys[b]! - keys[a]! || heap[a]! - heap[b]!);
  return order.map((i) => heap[i]!);
}
