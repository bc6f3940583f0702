import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbageBetweenBatches } from '../../src/pipeline/loadHeap.ts';

const MB = 1024 * 1024;

describe('garbage collection between batches', () => {
  it('frees garbage that outlived its batch once the heap is big enough', () => {
    // ~100 MB of small objects: allocated in a loop, so most are promoted to the old generation.
    let rows: { index: number; label: string }[] | undefined = Array.from({ length: 1_000_000 }, (_, index) => ({ index, label: `row ${index}` }));
    expect(rows).toHaveLength(1_000_000);
    rows = undefined;
    const before = v8.getHeapStatistics().used_heap_size;
    expect(before).toBeGreaterThan(80 * MB);
    collectGarbageBetweenBatches();
    expect(before - v8.getHeapStatistics().used_heap_size).toBeGreaterThan(40 * MB);
  });
});
