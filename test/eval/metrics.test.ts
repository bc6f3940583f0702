import { describe, expect, it } from 'vitest';
import { addCounts, figures } from '../../src/eval/metrics.ts';

describe('figures', () => {
  it('computes precision, recall and their harmonic mean', () => {
    const f = figures({ right: 3, wrong: 1, found: 2, required: 4 });
    expect(f.precision).toBe(0.75);
    expect(f.recall).toBe(0.5);
    expect(f.f1).toBeCloseTo(0.6, 10);
  });
  it('leaves precision undefined when nothing was emitted, and F1 is then 0', () => {
    expect(figures({ right: 0, wrong: 0, found: 0, required: 5 })).toEqual({ precision: null, recall: 0, f1: 0 });
  });
  it('leaves recall and F1 undefined when there was nothing to find', () => {
    expect(figures({ right: 0, wrong: 2, found: 0, required: 0 })).toEqual({ precision: 0, recall: null, f1: null });
  });
  it('adds counts field by field', () => {
    expect(addCounts({ right: 1, wrong: 2, found: 3, required: 4 }, { right: 10, wrong: 20, found: 30, required: 40 })).toEqual({ right: 11, wrong: 22, found: 33, required: 44 });
  });
});
