// Maximum bipartite matching (Kuhn's augmenting paths). Written by hand: the graphs are tiny
// (tens of items) and no maintained npm package offers plain bipartite matching without a
// graph-library dependency; credit must be maximal, which a greedy first-come pass is not.

/**
 * `candidates[i]` lists, in order of preference, the right-hand items left item `i` may take.
 * `taken` marks right-hand items that are unavailable. Returns, for each left item, the right
 * item it got or -1. Deterministic: left items in order, candidates in order.
 */
export function maximumMatching(candidates: readonly (readonly number[])[], rightCount: number, taken: ReadonlySet<number> = new Set()): number[] {
  const owner = new Array<number>(rightCount).fill(-1);
  const assigned = new Array<number>(candidates.length).fill(-1);

  const augment = (left: number, visited: boolean[]): boolean => {
    for (const right of candidates[left] ?? []) {
      if (taken.has(right) || visited[right]) continue;
      visited[right] = true;
      const current = owner[right] ?? -1;
      if (current === -1 || augment(current, visited)) {
        owner[right] = left;
        assigned[left] = right;
        return true;
      }
    }
    return false;
  };

  for (let left = 0; left < candidates.length; left++) {
    // First pass takes a free candidate directly, so preference order wins when nothing conflicts.
    const free = (candidates[left] ?? []).find((right) => !taken.has(right) && owner[right] === -1);
    if (free !== undefined) {
      owner[free] = left;
      assigned[left] = free;
      continue;
    }
    augment(left, new Array<boolean>(rightCount).fill(false));
  }
  return assigned;
}
