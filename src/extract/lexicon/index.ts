// One trie over every phrase lexicon (states, organisations, regions), built once at load.
import { PhraseTrie } from '../phraseTrie.ts';
import { COUNTRY_PHRASES, TERRITORY_NAMES, type CountryForm } from './countries.ts';
import { KNOWN_ORGANISATIONS, type KnownOrganisation } from './organisations.ts';
import { REGION_PHRASES } from './words.ts';

export type LexiconEntry =
  | { type: 'country'; iso: string; form: CountryForm }
  | { type: 'org'; org: KnownOrganisation }
  | { type: 'region'; name: string };

function build(): PhraseTrie<LexiconEntry> {
  const trie = new PhraseTrie<LexiconEntry>();
  // Organisations first: where a phrase is both ("Brussels" for the EU), the organisation wins.
  for (const org of KNOWN_ORGANISATIONS) for (const name of [org.name, ...org.aliases]) trie.add(name, { type: 'org', org });
  for (const p of COUNTRY_PHRASES) trie.add(p.phrase, { type: 'country', iso: p.iso, form: p.form });
  for (const name of REGION_PHRASES) trie.add(name, { type: 'region', name });
  for (const name of TERRITORY_NAMES) trie.add(name, { type: 'region', name });
  return trie;
}

export const LEXICON: PhraseTrie<LexiconEntry> = build();
