// Denials of harms and of accusations (src/extract/relations/denialFrames.ts).
import { describe, expect, it } from 'vitest';
import { scored } from './helpers.ts';

describe('"denied that any civilians had been hit"', () => {
  it('is a denial of the harm people suffered', () => {
    expect(scored('Turkey denied that any civilians had been hit.')).toEqual(['Türkiye -DENIED-> @Event']);
  });
  it('is no denial when what was hit is no one', () => {
    expect(scored('Turkey denied that the talks had been hit by delays.')).toEqual([]);
  });
});
