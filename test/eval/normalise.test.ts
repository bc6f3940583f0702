import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/eval/normalise.ts';

describe('normaliseName', () => {
  it('lower-cases and deletes punctuation so that U.K. equals UK', () => {
    expect(normaliseName('U.K.')).toBe('uk');
    expect(normaliseName('UK')).toBe('uk');
    expect(normaliseName('Washington, D.C.')).toBe('washington dc');
  });
  it('removes a leading "the" only', () => {
    expect(normaliseName('The Kremlin')).toBe('kremlin');
    expect(normaliseName('the  White House')).toBe('white house');
    expect(normaliseName('Theresa May')).toBe('theresa may');
    expect(normaliseName('Bank of the North')).toBe('bank of the north');
  });
  it('removes "the" after punctuation and spaces are dealt with', () => {
    expect(normaliseName('  "The" Hague Court ')).toBe('hague court');
  });
  it('collapses white space of any kind', () => {
    expect(normaliseName('Sarah\u00a0Huckabee \n  Sanders')).toBe('sarah huckabee sanders');
  });
  it('deletes typographic punctuation and compares accents in either Unicode form', () => {
    expect(normaliseName('Russia’s “Foreign Ministry”')).toBe('russias foreign ministry');
    expect(normaliseName('Andrej Babi\u0161')).toBe(normaliseName('Andrej Babis\u030c'));
  });
});
