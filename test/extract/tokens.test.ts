import { describe, expect, it } from 'vitest';
import { tokenize, tokenMatchers } from '../../src/extract/tokens.ts';

// Characters that make tokenising interesting: every class the token pattern tells apart.
const PIECES = [
  'a', 'Z', 'k', '7', '0', '.', ',', ':', '-', "'", '’', '‘', '"', '“', '”', '—', '–', '…', ' ', '\n', '\t', '\u000b', '\u000c', '\u00a0',
  'é', 'Ü', 'ß', 'ł', 'Ж', 'д', 'ا', '中', '\u0301', '٣', '½', '😀', '$', '(', ')', '/', '?', '!', 'U.S.', "n't", "'s",
];

/** A deterministic jumble of those pieces (a small linear congruential generator). */
function jumble(seed: number, length: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

describe('tokenize', () => {
  it('matches by hand exactly what the token pattern matches, at every position of varied text', () => {
    const texts = [
      "U.S. envoy's talks in Zürich—again—at 10:30, 1,000.5 km; al-Sudani’s O'Brien didn't.",
      'Straße café naïve Ukraïne – “quoted” ‘single’ … 3rd 2018-style e.g. a.m.',
      ...Array.from({ length: 300 }, (_, seed) => jumble(seed + 1, 60)),
    ];
    let compared = 0;
    for (const text of texts) {
      for (let at = 0; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0) continue; // skipped before matching
        expect(tokenMatchers.handWritten(text, at), `${JSON.stringify(text)} at ${at}`).toEqual(tokenMatchers.regex(text, at));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('splits words, numbers, possessives, contractions and abbreviations', () => {
    const tokens = tokenize("Mr. O'Neill's U.S. team didn't pay $1,250.50 to Zürich’s al-Sudani.");
    expect(tokens.map((t) => t.text)).toEqual([
      'Mr.', "O'Neill", "'s", 'U.S.', 'team', 'did', "n't", 'pay', '$', '1,250.50', 'to', 'Zürich', '’s', 'al-Sudani', '.',
    ]);
    expect(tokens.map((t) => t.shape)).toEqual([
      'word', 'word', 'punct', 'word', 'word', 'word', 'word', 'word', 'punct', 'number', 'word', 'word', 'punct', 'word', 'punct',
    ]);
    // A possessive reads "'s" in lower case whichever apostrophe was typed.
    expect(tokens.filter((t) => t.shape === 'punct' && t.text.endsWith('s')).map((t) => t.lower)).toEqual(["'s", "'s"]);
  });
});
