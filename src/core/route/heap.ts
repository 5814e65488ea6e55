/**
 * A binary min-heap of integer ids ordered by a number stored with each entry, with a caller-supplied
 * comparison for exact ties. Searches here rank lexicographic cost vectors: the first slot decides almost
 * every comparison, so keeping it in the heap spares a call and two array lookups per comparison.
 */
export class IntHeap {
  private ids: Int32Array;
  private keys: Float64Array;
  private count = 0;
  private readonly tieLess: (a: number, b: number) => boolean;

  /**
   * @example
   * const heap = new IntHeap((a, b) => a < b);
   * heap.push(7, 2.5);
   * heap.push(3, 1);
   * heap.pop(); // 3
   */
  constructor(tieLess: (a: number, b: number) => boolean, capacity = 64) {
    this.tieLess = tieLess;
    this.ids = new Int32Array(Math.max(4, capacity));
    this.keys = new Float64Array(Math.max(4, capacity));
  }

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  /** Adds an id with its primary key (the first slot of its cost vector). */
  push(id: number, key: number): void {
    if (this.count === this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    const { ids, keys } = this;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && !this.tieLess(id, ids[parent]!))) break;
      ids[i] = ids[parent]!;
      keys[i] = pk;
      i = parent;
    }
    ids[i] = id;
    keys[i] = key;
  }

  /** Removes and returns the smallest id; -1 when empty. */
  pop(): number {
    if (this.count === 0) return -1;
    const { ids, keys } = this;
    const top = ids[0]!;
    const n = --this.count;
    const lastId = ids[n]!;
    const lastKey = keys[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (keys[right]! < keys[child]! ||
          (keys[right] === keys[child] && this.tieLess(ids[right]!, ids[child]!)))
      ) {
        child = right;
      }
      const ck = keys[child]!;
      if (ck > lastKey || (ck === lastKey && !this.tieLess(ids[child]!, lastId))) break;
      ids[i] = ids[child]!;
      keys[i] = ck;
      i = child;
    }
    if (n > 0) {
      ids[i] = lastId;
      keys[i] = lastKey;
    }
    return top;
  }

  /** The smallest id without removing it; -1 when empty. */
  peek(): number {
    return this.count === 0 ? -1 : this.ids[0]!;
  }
}
