/**
 * Breadth-first search from several starts, following `next` from each node. Returns every node reached,
 * starts included, in the order they were first reached. Cycles are safe: each node is visited once.
 * @example reachable(["a"], (id) => edges.get(id) ?? [])
 */
export function reachable(starts: Iterable<string>, next: (id: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const visit = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      queue.push(id);
    }
  };
  for (const id of starts) visit(id);
  for (let i = 0; i < queue.length; i++) {
    for (const id of next(queue[i]!)) visit(id);
  }
  return seen;
}
