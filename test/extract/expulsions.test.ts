// Expulsions told through who carries them out (src/extract/relations/expulsionFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"ordered police to expel him"', () => {
  it('reads the one who orders the enforcers as the expeller', () => {
    expect(scored('Niger ordered police to expel the French ambassador.')).toEqual(['Niger -EXPELLED-> France']);
    expect(scored('Niger stripped French ambassador Sylvain Itte of his immunity and ordered the security forces to expel him.')).toEqual(['Niger -EXPELLED-> Sylvain Itte']);
  });
  it('reads no expulsion when the order is negated or only possible', () => {
    expect(scored('Niger did not order police to expel the ambassador.')).toEqual([]);
    expect(scored('Niger may order police to expel the ambassador.')).toEqual([]);
  });
});
