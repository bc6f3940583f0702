import { describe, expect, it } from 'vitest';
import { slug } from '../../src/graph/ids.ts';

describe('slug (node ids)', () => {
  it('drops accents as before', () => {
    expect(slug('Viktor Orbán')).toBe('viktor-orban');
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
  });

  it('folds letters that have no decomposition, so both spellings share one id', () => {
    expect(slug('Radosław Sikorski')).toBe(slug('Radoslaw Sikorski'));
    expect(slug('Søren Kjærgaard')).toBe('soren-kjaergaard');
    expect(slug('Đorđe Dimitrović')).toBe('dorde-dimitrovic');
    expect(slug('Straße')).toBe('strasse');
  });

  it('keeps a name in another script as letters rather than an empty id', () => {
    expect(slug('Путин')).toBe('putin');
  });

  it('turns ampersands and punctuation into single hyphens', () => {
    expect(slug('  Trade & Industry — Ministry! ')).toBe('trade-and-industry-ministry');
  });
});
