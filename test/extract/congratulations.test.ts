// Congratulations told again in other words (src/extract/relations/congratulationFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"A similar message was sent by X" after a congratulation', () => {
  const opening = 'Chilean President Gabriel Boric congratulated Rodrigo Paz on his victory. ';
  it('reads the sender of the similar message as congratulating the same winner', () => {
    expect(scored(`${opening}A similar message was sent by Peruvian President Jose Jeri.`)).toContain('Jose Jeri -CONGRATULATED-> Rodrigo Paz');
    expect(scored(`${opening}Similar messages were also sent by Jose Jeri and Javier Milei.`)).toEqual([
      'Gabriel Boric -CONGRATULATED-> Rodrigo Paz',
      'Javier Milei -CONGRATULATED-> Rodrigo Paz',
      'Jose Jeri -CONGRATULATED-> Rodrigo Paz',
    ]);
  });
  it('reads nothing into a similar message with no congratulation before it, or one not sent', () => {
    expect(scored('A similar message was sent by Peruvian President Jose Jeri.')).toEqual([]);
    expect(scored(`${opening}A similar message was not sent by Peruvian President Jose Jeri.`)).toEqual(['Gabriel Boric -CONGRATULATED-> Rodrigo Paz']);
  });
});
