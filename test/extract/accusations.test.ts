// Accusations stated by linking, tracing or reporting (src/extract/relations/accusationFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"linked X to Y"', () => {
  it('accuses X when Y is a harm or an actor', () => {
    expect(scored('Britain linked two GRU officers to the poisoning.')).toEqual(['United Kingdom -ACCUSED-> GRU']);
    expect(scored('Britain linked Russia to the explosions.')).toEqual(['United Kingdom -ACCUSED-> Russia']);
  });
  it('accuses no one when what is linked is a condition, not a harm', () => {
    expect(scored("Croatia has said it will link Serbia's progress towards membership to the treatment of the Croat minority.")).toEqual([]);
  });
});
