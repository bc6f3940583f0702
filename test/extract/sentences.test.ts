import { describe, expect, it } from 'vitest';
import { normaliseArticle } from '../../src/extract/normalise.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { tokenize } from '../../src/extract/tokens.ts';

function sentences(text: string): string[] {
  return splitSentences(normaliseArticle(text)).map((s) => s.text);
}

describe('tokenize', () => {
  it('keeps dotted abbreviations, splits possessives and contractions, records offsets', () => {
    const text = "Mr. Ruto's U.S. trip didn't end, Gen. Odhiambo said.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Ruto', "'s", 'U.S.', 'trip', 'did', "n't", 'end', ',', 'Gen.', 'Odhiambo', 'said', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads numbers and hyphenated names as one token', () => {
    expect(tokenize('1,200 troops and al-Sisi left').map((t) => t.text)).toEqual(['1,200', 'troops', 'and', 'al-Sisi', 'left']);
  });
});

describe('splitSentences', () => {
  it('does not split after U.S., Mr., Jan. or an initial', () => {
    const s = sentences('Title\n\nThe U.S. embassy and Mr. Kamau met on Jan. 5 with John F. Kennedy Jr. officials. Nairobi agreed.');
    expect(s).toEqual(['Title', 'The U.S. embassy and Mr. Kamau met on Jan. 5 with John F. Kennedy Jr. officials.', 'Nairobi agreed.']);
  });

  it('splits after "on X." (the platform, not an initial)', () => {
    expect(sentences('T\n\nModi posted his congratulations on X. Malaysian Prime Minister Anwar called.')).toEqual([
      'T',
      'Modi posted his congratulations on X.',
      'Malaysian Prime Minister Anwar called.',
    ]);
  });

  it('splits after U.S. when the next word opens a sentence', () => {
    expect(sentences('T\n\nKenya expelled envoys of the U.S. The move surprised many.')).toEqual(['T', 'Kenya expelled envoys of the U.S.', 'The move surprised many.']);
  });

  it('keeps a closing quote with its sentence and splits at line breaks', () => {
    expect(sentences('T\n\n"Leave now." He said it twice\nNext line')).toEqual(['T', '"Leave now."', 'He said it twice', 'Next line']);
  });

  it('gives offsets into the normalised text', () => {
    const n = normaliseArticle('Head\r\n\r\nA b. C d.');
    for (const s of splitSentences(n)) expect(n.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences on run-on input', () => {
  it('cuts a sentence without full stops into bounded pieces', () => {
    const text = `T\n\n${'Kenya expelled Ugandan diplomats, '.repeat(200)}end`;
    const pieces = splitSentences(normaliseArticle(text)).slice(1);
    expect(pieces.length).toBeGreaterThan(1);
    for (const s of pieces) expect(s.tokens.length).toBeLessThanOrEqual(250);
  });
});
