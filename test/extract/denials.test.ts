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

describe('\'said Côte d\'Ivoire had "never interfered"\'', () => {
  it('is a denial by the speaker of their side, past the quotation mark', () => {
    const body = 'Mali accused Ivory Coast of backing the plotters. Ivorian Foreign Minister Ibrahim Kouassi Bamba said Ivory Coast had "never interfered and will never interfere" in Mali\'s internal affairs.';
    expect(scored(body)).toContain('Ibrahim Kouassi Bamba -DENIED-> Mali');
  });
});

describe('\'"We have never interfered," the minister said\'', () => {
  it('is a denial by the speaker, answering the accusation against their side', () => {
    const body = 'Mali accused Ivory Coast of backing the plotters. "We have never interfered in Mali\'s affairs," Ivorian Foreign Minister Ibrahim Kouassi Bamba said.';
    expect(scored(body)).toContain('Ibrahim Kouassi Bamba -DENIED-> Mali');
  });
  it('is nothing when no one accused the speaker\'s side', () => {
    expect(scored('"We have never interfered in Mali\'s affairs," Ivorian Foreign Minister Ibrahim Kouassi Bamba said.')).toEqual([]);
  });
});

describe('"a spy mania", "absurd and unsupported"', () => {
  const opening = 'The Netherlands accused Russia of spying. ';
  it('are dismissals of the accusation', () => {
    expect(scored(`${opening}Russian Foreign Ministry spokeswoman Maria Zakharova called them "a spy mania staged to order".`)).toContain('Maria Zakharova -DENIED-> Netherlands');
    expect(scored(`${opening}Russia's ambassador Nikolai Orlov said the accusations were "unsupported by a single fact."`)).toContain('Nikolai Orlov -DENIED-> Netherlands');
  });
});
