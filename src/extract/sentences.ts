// Stage 2b: the normalised article -> sentences with offsets (title first) and their tokens.
import { tokenize, DOTTED_ABBREVIATIONS } from './tokens.ts';
import type { NormalisedArticle, Sentence, Token } from './types.ts';

export interface SentenceWithTokens extends Sentence {
  tokens: Token[];
}

const SOFT_MAX_TOKENS = 150;
const MAX_TOKENS = 250;
const SOFT_BREAKS = new Set([',', ';', ':', '—', '–']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
// After "U.S." a sentence only ends when the next word plainly opens one.
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'these',
  'those', 'there', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when', 'while', 'last', 'earlier',
  'later', 'meanwhile', 'however', 'officials', 'according',
]);

const NAME_SUFFIXES = new Set(['jr', 'sr']);
/** Words before a one-letter name that is a platform ("on X"), never a person's initial. */
const PLATFORM_PREPOSITIONS = new Set(['on', 'via']);

function endsSentence(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const t = token.text;
  if (t === '!' || t === '?') return true;
  if (t === '.') return true;
  if (t.endsWith('.') && t.length > 1) {
    const bare = t.slice(0, -1).toLowerCase();
    // "U.S." closes a sentence only before a word that opens one; "Mr." or "J." never does.
    if (bare.includes('.')) {
      const next = tokens[i + 1];
      return next !== undefined && next.upper && STARTERS.has(next.lower);
    }
    // "Marcos Jr." ends a sentence only where "U.S." would.
    if (NAME_SUFFIXES.has(bare)) {
      const next = tokens[i + 1];
      return next !== undefined && next.upper && STARTERS.has(next.lower);
    }
    // "in a post on X. Malaysian Prime Minister ...": the platform X, not an initial of a name.
    if (bare.length === 1 && PLATFORM_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return tokens[i + 1] !== undefined && tokens[i + 1]!.upper;
    if (DOTTED_ABBREVIATIONS.has(bare) || bare.length === 1) return false;
    return true;
  }
  return false;
}

function newlineBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function makeSentence(text: string, tokens: Token[], index: number, isTitle: boolean): SentenceWithTokens {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  return { index, start, end, text: text.slice(start, end), isTitle, tokens };
}

function splitRange(text: string, from: number, to: number, out: SentenceWithTokens[]): void {
  const tokens = tokenize(text, from, to);
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) out.push(makeSentence(text, current, out.length, false));
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A paragraph or line break always ends a sentence.
    if (current.length > 0 && newlineBetween(text, current[current.length - 1]!.end, token.start)) flush();
    current.push(token);
    // A run-on "sentence" (lists, tables, missing full stops) is cut at a comma past 150 tokens
    // and anywhere past 250, so that per-sentence work stays bounded.
    if (current.length >= MAX_TOKENS || (current.length >= SOFT_MAX_TOKENS && SOFT_BREAKS.has(token.text))) {
      flush();
      continue;
    }
    if (!endsSentence(tokens, i)) continue;
    // Closing quotes and brackets written right after the stop stay with the sentence they close.
    while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1]!.text) && tokens[i + 1]!.start === tokens[i]!.end) current.push(tokens[++i]!);
    const next = tokens[i + 1];
    if (!next) break;
    if (next.upper || next.shape === 'number' || OPENERS.has(next.text) || newlineBetween(text, tokens[i]!.end, next.start)) flush();
  }
  flush();
}

/** Title (sentence 0) and body sentences; a repeated headline paragraph is skipped. */
export function splitSentences(article: NormalisedArticle): SentenceWithTokens[] {
  const out: SentenceWithTokens[] = [];
  if (article.title) {
    const tokens = tokenize(article.text, article.titleStart, article.titleEnd);
    if (tokens.length > 0) out.push(makeSentence(article.text, tokens, 0, true));
  }
  splitRange(article.text, article.bodyStart, article.text.length, out);
  return out;
}
