import { describe, expect, it } from 'vitest';
import { maximumMatching } from '../../src/eval/match.ts';

describe('maximumMatching', () => {
  it('takes preferred free candidates when nothing conflicts', () => {
    expect(maximumMatching([[1, 0], [2]], 3)).toEqual([1, 2]);
  });
  it('re-routes an earlier item so that a later one with a single option is matched too', () => {
    // Greedy would give item 0 its first choice (0) and leave item 1 without anything.
    expect(maximumMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });
  it('never uses a taken right-hand item and leaves -1 when nothing is left', () => {
    expect(maximumMatching([[0], [0], [1]], 2, new Set([1]))).toEqual([0, -1, -1]);
  });
});
