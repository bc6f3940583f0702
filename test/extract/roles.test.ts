import { describe, expect, it } from 'vitest';
import { edgesOf } from './helpers.ts';

function roles(body: string): string[] {
  return edgesOf(body)
    .filter((e) => ['LEADS', 'HOLDS_OFFICE', 'SPOKESPERSON_FOR', 'PART_OF'].includes(e.relation))
    .map((e) => `${e.source} -${e.relation}-> ${e.target}`)
    .sort();
}

describe('supporting relations', () => {
  it('derives offices, spokespeople and agencies’ states from titles and modifiers', () => {
    expect(roles('Chilean President Gabriel Boric met Bolivian Foreign Minister Celinda Sosa. Kremlin spokesman Dmitry Peskov said Russia agreed.')).toEqual([
      'Celinda Sosa -HOLDS_OFFICE-> Bolivia',
      'Dmitry Peskov -SPOKESPERSON_FOR-> Kremlin',
      'Gabriel Boric -LEADS-> Chile',
      'Kremlin -PART_OF-> Russia',
    ]);
  });

  it('never adds a node for structure alone', () => {
    const edges = edgesOf('A Kremlin spokesman was quoted.');
    expect(edges.filter((e) => e.relation === 'PART_OF')).toEqual([]);
  });
});
