/**
 * A binary min-heap of integer ids, ordered by a comparison the caller supplies (ids index the caller's own
 * typed arrays, so the heap itself never allocates per item).
 */
export class IntHeap {
  private items: Int32Array;
  private count = 0;
  private readonly less: (a: number, b: number) => boolean;

  /**
   * @example
   * const cost = [5, 1, 3];
   * const heap = new IntHeap((a, b) => cost[a]! < cost[b]!);
   * [0, 1, 2].forEach((i) => heap.push(i));
   * heap.pop(); // 1
   */
  constructor(less: (a: number, b: number) => boolean, capacity = 64) {
    this.less = less;
    this.items = new Int32Array(Math.max(4, capacity));
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  push(id: number): void {
    if (this.count === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    const items = this.items;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (!this.less(id, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = id;
  }

  /** Removes and returns the smallest id; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.count]!;
    const n = this.count;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(items[right]!, items[child]!)) child = right;
      const c = items[child]!;
      if (!this.less(c, last)) break;
      items[i] = c;
      i = child;
    }
    if (n > 0) items[i] = last;
    return top;
  }
}
