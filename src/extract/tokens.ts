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

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlnum(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Hoisted: a bundler may turn a \p{...} literal into a `new RegExp` call each time it runs.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(code: number): boolean {
  if (isAsciiAlnum(code)) return true;
  return code >= 128 && LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

// The match at a position, set by matchAt: which alternative of TOKEN (1-4) and where it ends.
let matchKind = 0;
let matchEnd = 0;

/** Characters past 127 that end a word for certain (no letter, mark or digit, and not ’). */
const WORD_BOUNDARIES = new Set([0xa0, 0x2013, 0x2014, 0x2018, 0x201c, 0x201d, 0x2026]);

/** TOKEN's match at `at` through the regex (the general case). */
function regexMatchAt(text: string, at: number): boolean {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  if (!m) return false;
  matchKind = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : 4;
  matchEnd = at + m[0].length;
  return true;
}

/**
 * TOKEN's match at `at`, found by hand where the text is plain ASCII (most of it) and by the
 * regex otherwise. Why by hand: the regex allocates a match array per token, and tokenising was
 * the extractor's costliest step.
 */
function matchAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 128) return regexMatchAt(text, at);
  if (isAsciiDigit(c)) {
    // Numbers: digits, and more digits after each . , or :
    let k = at + 1;
    for (;;) {
      while (isAsciiDigit(text.charCodeAt(k))) k++;
      const sep = text.charCodeAt(k);
      if ((sep === 46 || sep === 44 || sep === 58) && isAsciiDigit(text.charCodeAt(k + 1))) k += 2;
      else break;
    }
    matchKind = 2;
    matchEnd = k;
    return true;
  }
  if (c === 11 || c === 12) return false; // white space the caller does not skip itself
  if (!isAsciiAlnum(c)) {
    matchKind = 4;
    matchEnd = at + 1;
    return true;
  }
  // A letter: dotted initials ("U.S.") go to the regex, as does any word that meets a
  // character outside ASCII (it may go on: "Zürich", "al-Sudani’s").
  if (text.charCodeAt(at + 1) === 46) return regexMatchAt(text, at);
  let k = at + 1;
  for (;;) {
    let next = text.charCodeAt(k);
    while (isAsciiAlnum(next)) next = text.charCodeAt(++k);
    if (next >= 128 && !WORD_BOUNDARIES.has(next)) return regexMatchAt(text, at);
    if (next === 45 || next === 39) {
      const after = text.charCodeAt(k + 1);
      if (isAsciiAlnum(after)) {
        k += 2;
        continue;
      }
      if (after >= 128) return regexMatchAt(text, at);
    }
    break;
  }
  matchKind = 3;
  matchEnd = k;
  return true;
}

/** Both matchers, as [alternative, end] or undefined, so tests can hold one to the other. */
export const tokenMatchers = {
  handWritten: (text: string, at: number): [number, number] | undefined => (matchAt(text, at) ? [matchKind, matchEnd] : undefined),
  regex: (text: string, at: number): [number, number] | undefined => (regexMatchAt(text, at) ? [matchKind, matchEnd] : undefined),
};

/** Tokens of `text.slice(from, to)`, offsets relative to `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // An apostrophe after a word ending in "s" is possessive ("the Emirates' president") unless a
  // single quotation is open; its token keeps the text but reads "'s" in lower case.
  let singleQuoteOpen = false;
  let position = from;
  while (position < to) {
    const at = position;
    const ch = text.charCodeAt(at);
    // Skip white space quickly.
    if (ch === 32 || ch === 10 || ch === 9 || ch === 13 || ch === 0xa0) {
      position = at + 1;
      continue;
    }
    if (!matchAt(text, at)) {
      position = at + 1;
      continue;
    }
    if (matchEnd > to) break;
    position = matchEnd;
    const matched = text.slice(at, matchEnd);
    if (matchKind === 1) push(tokens, matched, at, 'word');
    else if (matchKind === 2) push(tokens, matched, at, 'number');
    else if (matchKind === 3) {
      let word = matched;
      let end = at + word.length;
      // "Russia's" -> "Russia" + "'s"; "didn't" -> "did" + "n't".
      // Char codes, not slices and regexes: this runs for every word of every article.
      const n = word.length;
      const last = word.charCodeAt(n - 1) | 32;
      if (n > 2 && last === 115 && isApostrophe(word.charCodeAt(n - 2))) {
        push(tokens, word.slice(0, -2), at, 'word');
        // Its lower case is "'s" whichever apostrophe was typed, so one comparison finds both.
        tokens.push({ text: word.slice(-2), lower: "'s", start: end - 2, end, shape: 'punct', upper: false });
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
        position = end + 1;
        continue;
      }
      if (text.charCodeAt(end) === 46 && (DOTTED_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isUpper(word)))) {
        word += '.';
        end += 1;
        position = end;
      }
      const first = word.charCodeAt(0);
      push(tokens, word, at, first >= 48 && first <= 57 ? 'number' : 'word');
    } else {
      const c = matched.charCodeAt(0);
      if (c === 0x2018 || (c === 39 && (at === 0 || !isLetterOrDigit(text.charCodeAt(at - 1))))) singleQuoteOpen = true;
      else if (c === 0x2019 || c === 39) singleQuoteOpen = false;
      push(tokens, matched, at, 'punct');
    }
  }
  return tokens;
}
