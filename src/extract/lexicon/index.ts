// One trie over every phrase lexicon (states, organisations, regions), built once at load.
import { PhraseTrie } from '../phraseTrie.ts';
import type { Token } from '../types.ts';
import { COUNTRY_PHRASES, TERRITORY_NAMES, type CountryForm } from './countries.ts';
import { KNOWN_ORGANISATIONS, type KnownOrganisation } from './organisations.ts';
import { REGION_PHRASES } from './words.ts';

export type LexiconEntry =
  | { type: 'country'; iso: string; form: CountryForm }
  | { type: 'org'; org: KnownOrganisation }
  | { type: 'region'; name: string };

const ACRONYM = /^[A-Z]{2,5}$/;
/** Acronyms with a vowel after the first letters, long enough to be said as words. */
const SAID_AS_WORD = /^[A-Z](?=[A-Z]*[AEIOU])[A-Z]{3,6}$/;

function build(): PhraseTrie<LexiconEntry> {
  const trie = new PhraseTrie<LexiconEntry>();
  // Organisations first: where a phrase is both ("Brussels" for the EU), the organisation wins.
  for (const org of KNOWN_ORGANISATIONS) {
    for (const name of [org.name, ...org.aliases]) {
      trie.add(name, { type: 'org', org });
      // "F.B.I.", "C.I.A.": the New York Times' spelling of an acronym.
      if (ACRONYM.test(name)) trie.add(`${name.split('').join('.')}.`, { type: 'org', org });
      // "Nato", "Asean", "Ecowas": British style writes an acronym said as a word in title case.
      if (SAID_AS_WORD.test(name)) trie.add(name[0] + name.slice(1).toLowerCase(), { type: 'org', org });
    }
  }
  for (const p of COUNTRY_PHRASES) trie.add(p.phrase, { type: 'country', iso: p.iso, form: p.form });
  for (const name of REGION_PHRASES) trie.add(name, { type: 'region', name });
  for (const name of TERRITORY_NAMES) trie.add(name, { type: 'region', name });
  return trie;
}

export const LEXICON: PhraseTrie<LexiconEntry> = build();

let statePlaces: PhraseTrie<string> | undefined;

/**
 * The state whose name or capital tokens [from, end) spell, in any case ("ISLAMABAD", "NEW
 * DELHI" in a dateline), if any. A caseless trie of its own: LEXICON matches case as written.
 */
export function stateSpelled(tokens: readonly Token[], from: number, end: number): string | undefined {
  if (!statePlaces) {
    statePlaces = new PhraseTrie<string>(true);
    for (const p of COUNTRY_PHRASES) if (p.form === 'name' || p.form === 'capital') statePlaces.add(p.phrase, p.iso);
  }
  const match = statePlaces.longest(tokens, from);
  return match?.end === end ? match.values[0] : undefined;
}
