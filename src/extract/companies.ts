// Companies named by one word ("Apple", "OpenAI"): a lone capitalised word reads as a possible
// person, so it becomes a company (an Agency) only where the article says it is one.
import type { SentenceMentions } from './entities.ts';
import { COMPANY_NOUNS } from './lexicon/words.ts';
import type { Mention, Token } from './types.ts';

/** What only a company has after its possessive: "Apple's chief executive", "Nvidia's shares". */
const COMPANY_POSSESSIONS = new Set(['shares', 'stock', 'ceo', 'founder', 'co-founder', 'shareholders', 'investors', 'headquarters', 'subsidiary', 'revenue', 'profits', 'earnings', 'app', 'platform', 'chatbot', 'products']);

/** "Apple, the tech giant," / "OpenAI, a startup,": an apposition that names a company. */
function companyApposition(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last]?.text !== ',') return false;
  const article = tokens[m.last + 1]?.lower;
  if (article !== 'the' && article !== 'a' && article !== 'an') return false;
  // At most two modifiers: "the U.S. tech giant", "a San Francisco-based startup".
  for (let k = m.last + 2; k < tokens.length && k <= m.last + 4; k++) {
    if (COMPANY_NOUNS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.shape === 'punct') return false;
  }
  return false;
}

/** "telecoms company Ericsson", "the chipmaker Nvidia": a company noun right before the name. */
function companyNounBefore(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.first - 1];
  return before !== undefined && !before.upper && COMPANY_NOUNS.has(before.lower);
}

function companyPossession(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last]?.lower !== "'s") return false;
  const next = tokens[m.last + 1]?.lower ?? '';
  return COMPANY_POSSESSIONS.has(next) || (next === 'chief' && tokens[m.last + 2]?.lower === 'executive');
}

/** Lone capitalised words (not people named in full) that the article shows to be companies. */
export function companyWords(sentences: readonly SentenceMentions[]): Set<string> {
  const found = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.key.startsWith('single:') || found.has(m.name)) continue;
      if (companyApposition(s.tokens, m) || companyPossession(s.tokens, m) || companyNounBefore(s.tokens, m)) found.add(m.name);
    }
  }
  return found;
}
