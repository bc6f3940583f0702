// Stage 2a: text -> tokens with offsets. One sticky regex pass, no backtracking-prone patterns.
import type { Token } from './types.ts';

/** Words that keep their full stop: titles, months, company suffixes. Lower case, no dot. */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'jr', 'sr', 'prof', 'adm',
  'capt', 'sgt', 'maj', 'brig', 'rev', 'hon', 'pres', 'ft', 'mt', 'approx', 'dept', 'univ', 'cmdr', 'supt', 'insp',
]);

// Alternatives, in order: dotted initials ("U.S.", "D.C."), numbers ("1,000", "2.5"), words with
// inner hyphens or apostrophes ("al-Jubeir", "O'Brien"), then any single other character.
const TOKEN = /(\p{L}(?:\.\p{L})+\.?)|(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(\S)/uy;
const UPPER = /^\p{Lu}/u;

/** The first character is an upper-case letter (\p{Lu}); ASCII without a regex. */
export function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(text);
}

function push(tokens: Token[], text: string, start: number, shape: Token['shape']): void {
  tokens.push({ text, lower: text.toLowerCase(), start, end: start + text.length, shape, upper: isUpper(text) });
}

function isLetterOrDigit(code: number): boolean {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code >= 128 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Tokens of `text.slice(from, to)`, offsets relative to `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // An apostrophe after a word ending in "s" is possessive ("the Emirates' president") unless a
  // single quotation is open; its token keeps the text but reads "'s" in lower case.
  let singleQuoteOpen = false;
  TOKEN.lastIndex = from;
  while (TOKEN.lastIndex < to) {
    const at = TOKEN.lastIndex;
    const ch = text.charCodeAt(at);
    // Skip white space quickly.
    if (ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 0xa0) {
      TOKEN.lastIndex = at + 1;
      continue;
    }
    const m = TOKEN.exec(text);
    if (!m) {
      TOKEN.lastIndex = at + 1;
      continue;
    }
    if (m.index + m[0].length > to) break;
    if (m[1] !== undefined) push(tokens, m[1], at, 'word');
    else if (m[2] !== undefined) push(tokens, m[2], at, 'number');
    else if (m[3] !== undefined) {
      let word = m[3];
      let end = at + word.length;
      // "Russia's" -> "Russia" + "'s"; "didn't" -> "did" + "n't".
      // Char codes, not slices and regexes: this runs for every word of every article.
      const n = word.length;
      const last = word.charCodeAt(n - 1) | 32;
      if (n > 2 && last === 115 && isApostrophe(word.charCodeAt(n - 2))) {
        push(tokens, word.slice(0, -2), at, 'word');
        push(tokens, word.slice(-2), end - 2, 'punct');
        continue;
      }
      if (n > 3 && last === 116 && isApostrophe(word.charCodeAt(n - 2)) && (word.charCodeAt(n - 3) | 32) === 110) {
        push(tokens, word.slice(0, -3), at, 'word');
        push(tokens, word.slice(-3), end - 3, 'word');
        continue;
      }
      if (isApostrophe(text.charCodeAt(end)) && !singleQuoteOpen && last === 115 && !isLetterOrDigit(text.charCodeAt(end + 1))) {
        push(tokens, word, at, 'word');
        tokens.push({ text: text[end]!, lower: "'s", start: end, end: end + 1, shape: 'punct', upper: false });
        TOKEN.lastIndex = end + 1;
        continue;
      }
      if (text.charCodeAt(end) === 46 && (DOTTED_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isUpper(word)))) {
        word += '.';
        end += 1;
        TOKEN.lastIndex = end;
      }
      const first = word.charCodeAt(0);
      push(tokens, word, at, first >= 48 && first <= 57 ? 'number' : 'word');
    } else {
      const c = m[4]!.charCodeAt(0);
      if (c === 0x2018 || (c === 39 && (at === 0 || !isLetterOrDigit(text.charCodeAt(at - 1))))) singleQuoteOpen = true;
      else if (c === 0x2019 || c === 39) singleQuoteOpen = false;
      push(tokens, m[4]!, at, 'punct');
    }
  }
  return tokens;
}
