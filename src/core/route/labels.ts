/**
 * A growable pool of search labels in typed arrays. A label is one partial route: the node it ends at, the
 * label before it and the step taken, the gap clock and held-rules mask after it, its cost so far (g) and its
 * priority (f = g + lower bound). Labels are never changed once made, so a chain of parents is always valid.
 */
import { SLOTS } from "./context";

/**
 * @example
 * const pool = new LabelPool();
 * const root = pool.add(startNode, -1, -1, 0, 0, 0);
 * const next = pool.add(nextNode, root, edge, 0, 0, 0);
 * pool.edgesTo(next); // [edge]
 */
export class LabelPool {
  size = 0;
  node = new Int32Array(256);
  parent = new Int32Array(256);
  edge = new Int32Array(256);
  eMin = new Int32Array(256);
  eMax = new Int32Array(256);
  mask = new Int32Array(256);
  key = new Float64Array(256);
  popped = new Uint8Array(256);
  g = new Float64Array(256 * SLOTS);
  f = new Float64Array(256 * SLOTS);

  reset(): void {
    this.size = 0;
  }

  /** Adds a label and returns its id; g and f are left for the caller to fill. */
  add(node: number, parent: number, edge: number, eMin: number, eMax: number, mask: number): number {
    if (this.size === this.node.length) this.grow();
    const id = this.size++;
    this.node[id] = node;
    this.parent[id] = parent;
    this.edge[id] = edge;
    this.eMin[id] = eMin;
    this.eMax[id] = eMax;
    this.mask[id] = mask;
    this.popped[id] = 0;
    return id;
  }

  /** The steps from the first label to this one, in order. */
  edgesTo(id: number): number[] {
    const edges: number[] = [];
    for (let l = id; this.parent[l]! >= 0; l = this.parent[l]!) edges.push(this.edge[l]!);
    return edges.reverse();
  }

  /** The label at the start of this label's chain. */
  rootOf(id: number): number {
    let l = id;
    while (this.parent[l]! >= 0) l = this.parent[l]!;
    return l;
  }

  private grow(): void {
    const size = this.node.length * 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const grow64 = (a: Float64Array, stride: number) => {
      const b = new Float64Array(size * stride);
      b.set(a);
      return b;
    };
    this.node = grow32(this.node);
    this.parent = grow32(this.parent);
    this.edge = grow32(this.edge);
    this.eMin = grow32(this.eMin);
    this.eMax = grow32(this.eMax);
    this.mask = grow32(this.mask);
    this.key = grow64(this.key, 1);
    const popped = new Uint8Array(size);
    popped.set(this.popped);
    this.popped = popped;
    this.g = grow64(this.g, SLOTS);
    this.f = grow64(this.f, SLOTS);
  }
}

/**
 * Lexicographic comparison of two cost vectors stored SLOTS apart in typed arrays: negative, 0 or positive.
 * @example compareCost(new Float64Array([1, 5, 0, 0]), 0, new Float64Array([1, 4, 9, 0]), 0) // 1
 */
export function compareCost(a: Float64Array, ai: number, b: Float64Array, bi: number): number {
  for (let k = 0; k < SLOTS; k++) {
    const d = a[ai + k]! - b[bi + k]!;
    if (d !== 0) return d;
  }
  return 0;
}
