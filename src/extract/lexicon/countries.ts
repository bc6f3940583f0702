// States, their names, capitals, demonyms and ISO codes, all from the `world-countries` package.
// Only SHORT_FORMS below is ours: common English forms the package lacks. It is a generic table
// (it names no article's strings) and every entry points at an ISO code the package defines.
import worldCountries, { type Country } from 'world-countries';
import { withoutAccents } from '../accents.ts';

// The package ships CommonJS typed as an ES default export; under NodeNext the default import
// is the array at run time but typed as the module, hence the cast.
const countries = worldCountries as unknown as readonly Country[];

export interface CountryInfo {
  iso: string;
  name: string;
  official: string;
  capitals: string[];
  demonym: string;
  /** Its official name says "Kingdom", so "the kingdom" can refer to it. */
  kingdom: boolean;
}

export type CountryForm = 'name' | 'capital' | 'demonym' | 'demonymPlural';

export interface CountryPhrase {
  phrase: string;
  iso: string;
  form: CountryForm;
}

/** Forms in everyday English news that the package does not list. */
const SHORT_FORMS: readonly CountryPhrase[] = [
  { phrase: 'U.S.', iso: 'USA', form: 'name' },
  { phrase: 'U.S.A.', iso: 'USA', form: 'name' },
  { phrase: 'US', iso: 'USA', form: 'name' },
  { phrase: 'America', iso: 'USA', form: 'name' },
  { phrase: 'Washington', iso: 'USA', form: 'capital' },
  { phrase: 'Washington, D.C.', iso: 'USA', form: 'capital' },
  { phrase: 'U.K.', iso: 'GBR', form: 'name' },
  { phrase: 'UK', iso: 'GBR', form: 'name' },
  { phrase: 'Britain', iso: 'GBR', form: 'name' },
  { phrase: 'PRC', iso: 'CHN', form: 'name' },
  { phrase: 'DPRK', iso: 'PRK', form: 'name' },
  // Korean and wire headlines' short forms.
  { phrase: 'ROK', iso: 'KOR', form: 'name' },
  { phrase: 'N. Korea', iso: 'PRK', form: 'name' },
  { phrase: 'S. Korea', iso: 'KOR', form: 'name' },
  { phrase: 'Briton', iso: 'GBR', form: 'demonym' },
  { phrase: 'Britons', iso: 'GBR', form: 'demonymPlural' },
  { phrase: 'Brits', iso: 'GBR', form: 'demonymPlural' },
  // Names in the state media of Iran and its neighbours ("the Islamic Republic of Pakistan" is the package's, and longer).
  { phrase: 'Islamic Republic', iso: 'IRN', form: 'name' },
  { phrase: 'Zionist regime', iso: 'ISR', form: 'name' },
  { phrase: 'Zionist entity', iso: 'ISR', form: 'name' },
  { phrase: 'Zionist', iso: 'ISR', form: 'demonym' },
  { phrase: 'Turkey', iso: 'TUR', form: 'name' },
  { phrase: 'Turks', iso: 'TUR', form: 'demonymPlural' },
  { phrase: 'Kiev', iso: 'UKR', form: 'capital' },
  { phrase: 'Naypyitaw', iso: 'MMR', form: 'capital' },
  { phrase: 'Nay Pyi Taw', iso: 'MMR', form: 'capital' },
  { phrase: 'East Timor', iso: 'TLS', form: 'name' },
  { phrase: 'Swaziland', iso: 'SWZ', form: 'name' },
  { phrase: 'Cape Verde', iso: 'CPV', form: 'name' },
  { phrase: 'Cabo Verde', iso: 'CPV', form: 'name' },
  { phrase: 'Bosnia', iso: 'BIH', form: 'name' },
  { phrase: 'Nur-Sultan', iso: 'KAZ', form: 'capital' },
  { phrase: 'Czech Republic', iso: 'CZE', form: 'name' },
  { phrase: 'Holy See', iso: 'VAT', form: 'name' },
  { phrase: 'Ecuadorian', iso: 'ECU', form: 'demonym' },
  { phrase: 'Belarussian', iso: 'BLR', form: 'demonym' },
  { phrase: 'Saudi', iso: 'SAU', form: 'demonym' },
  { phrase: 'Saudis', iso: 'SAU', form: 'demonymPlural' },
  { phrase: 'Poles', iso: 'POL', form: 'demonymPlural' },
  { phrase: 'Danes', iso: 'DNK', form: 'demonymPlural' },
  { phrase: 'Swedes', iso: 'SWE', form: 'demonymPlural' },
  { phrase: 'Finns', iso: 'FIN', form: 'demonymPlural' },
  { phrase: 'Spaniards', iso: 'ESP', form: 'demonymPlural' },
  { phrase: 'Philippine', iso: 'PHL', form: 'demonym' },
  { phrase: 'Djiboutian', iso: 'DJI', form: 'demonym' },
  { phrase: 'Surinamese', iso: 'SUR', form: 'demonym' },
  { phrase: 'Argentinian', iso: 'ARG', form: 'demonym' },
  { phrase: 'Slovenian', iso: 'SVN', form: 'demonym' },
  { phrase: 'Icelandic', iso: 'ISL', form: 'demonym' },
  { phrase: 'Azeri', iso: 'AZE', form: 'demonym' },
  { phrase: 'Kazakh', iso: 'KAZ', form: 'demonym' },
  { phrase: 'Uzbek', iso: 'UZB', form: 'demonym' },
  { phrase: 'Kyrgyz', iso: 'KGZ', form: 'demonym' },
  { phrase: 'Tajik', iso: 'TJK', form: 'demonym' },
  { phrase: 'Nepali', iso: 'NPL', form: 'demonym' },
  { phrase: 'Bosnian', iso: 'BIH', form: 'demonym' },
  { phrase: 'Burkinabé', iso: 'BFA', form: 'demonym' },
  { phrase: 'Timorese', iso: 'TLS', form: 'demonym' },
  { phrase: 'Emirati', iso: 'ARE', form: 'demonym' },
  { phrase: 'Maldivian', iso: 'MDV', form: 'demonym' },
  { phrase: 'Maldivians', iso: 'MDV', form: 'demonymPlural' },
  // The Democratic Republic is the larger and more often meant "Congo" (the larger state wins a tie).
  { phrase: 'Congo', iso: 'COD', form: 'name' },
  { phrase: 'Democratic Republic of Congo', iso: 'COD', form: 'name' },
  { phrase: 'DRC', iso: 'COD', form: 'name' },
  { phrase: 'Congo-Kinshasa', iso: 'COD', form: 'name' },
  { phrase: 'Congo-Brazzaville', iso: 'COG', form: 'name' },
  // Seats of government that the package does not list as capitals.
  { phrase: 'La Paz', iso: 'BOL', form: 'capital' },
  { phrase: 'The Hague', iso: 'NLD', form: 'capital' },
  { phrase: 'Abidjan', iso: 'CIV', form: 'capital' },
  { phrase: 'Dar es Salaam', iso: 'TZA', form: 'capital' },
  { phrase: 'Colombo', iso: 'LKA', form: 'capital' },
  { phrase: 'Cotonou', iso: 'BEN', form: 'capital' },
];

/** Entities the package lists as not independent but that news treats as states. */
const ALSO_STATES = new Set(['PSE', 'TWN', 'UNK']);

function plural(demonym: string): string | undefined {
  // "Chinese", "Swiss", "British", "Dutch", "French" have no -s plural.
  if (/(?:ese|ss|sh|ch|s|x|z)$/i.test(demonym)) return undefined;
  return `${demonym}s`;
}

// Alternative spellings that are codes ("GB", "RU") or not in Latin script are left out:
// two-letter codes collide with English words ("IN", "IT", "NO").
function usableAlt(alt: string): boolean {
  return /^[\p{Script=Latin}\s.'’-]+$/u.test(alt) && alt.length > 2 && !/^\p{Lu}{2}$/u.test(alt);
}

function area(iso: string): number {
  return countries.find((c) => c.cca3 === iso)?.area ?? 0;
}

function build(): { byIso: Map<string, CountryInfo>; phrases: CountryPhrase[]; shared: Map<string, string[]> } {
  const byIso = new Map<string, CountryInfo>();
  const phrases: CountryPhrase[] = [];
  const seen = new Map<string, CountryPhrase>();
  const shared = new Map<string, string[]>();
  const share = (usual: string, other: string) => {
    if (usual === other) return;
    const others = shared.get(usual) ?? [];
    if (!others.includes(other)) shared.set(usual, [...others, other]);
  };
  const add = (phrase: string, iso: string, form: CountryForm) => {
    const clean = phrase.replace(/^The\s+/, '').trim();
    if (!clean) return;
    const plain = withoutAccents(clean);
    if (plain !== clean) add(plain, iso, form);
    const previous = seen.get(clean);
    if (previous) {
      // One phrase, two states ("Dominican", "Congolese"): the larger state is the usual referent;
      // a name always beats a demonym or capital of another state.
      const rank = (f: CountryForm) => (f === 'name' ? 0 : 1);
      if (rank(form) > rank(previous.form)) return;
      if (rank(form) === rank(previous.form) && area(previous.iso) >= area(iso)) {
        if (form === 'demonym' && previous.form === 'demonym') share(previous.iso, iso);
        return;
      }
      if (form === 'demonym' && previous.form === 'demonym') share(iso, previous.iso);
      previous.iso = iso;
      previous.form = form;
      return;
    }
    const entry = { phrase: clean, iso, form };
    seen.set(clean, entry);
    phrases.push(entry);
  };
  for (const c of countries) {
    if (!c.independent && !ALSO_STATES.has(c.cca3)) continue;
    const demonym = c.demonyms?.eng?.m ?? '';
    byIso.set(c.cca3, {
      iso: c.cca3,
      name: c.name.common,
      official: c.name.official,
      capitals: [...c.capital],
      demonym,
      kingdom: /\bKingdom\b/.test(c.name.official),
    });
  }
  for (const c of countries) {
    if (!byIso.has(c.cca3)) continue;
    add(c.name.common, c.cca3, 'name');
    add(c.name.official, c.cca3, 'name');
    for (const alt of c.altSpellings) if (usableAlt(alt) && !alt.includes(',')) add(alt, c.cca3, 'name');
    // "St. Lucia", "St Kitts and Nevis": news abbreviates the package's "Saint".
    if (c.name.common.startsWith('Saint ')) for (const st of ['St. ', 'St ']) add(c.name.common.replace(/^Saint /, st), c.cca3, 'name');
  }
  for (const short of SHORT_FORMS) add(short.phrase, short.iso, short.form);
  for (const c of countries) {
    if (!byIso.has(c.cca3)) continue;
    for (const capital of c.capital) add(capital, c.cca3, 'capital');
    for (const demonym of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (!demonym) continue;
      add(demonym, c.cca3, 'demonym');
      const many = plural(demonym);
      if (many) add(many, c.cca3, 'demonymPlural');
    }
  }
  return { byIso, phrases, shared };
}

const built = build();

export const COUNTRIES: ReadonlyMap<string, CountryInfo> = built.byIso;

/** Territories the package lists that are not states ("Hong Kong", "Greenland"): places. */
export const TERRITORY_NAMES: readonly string[] = countries
  .filter((c) => !built.byIso.has(c.cca3))
  .flatMap((c) => [c.name.common, ...c.capital])
  .filter((name) => /^[\p{Script=Latin}\s.'’-]+$/u.test(name));
export const COUNTRY_PHRASES: readonly CountryPhrase[] = built.phrases;

/** A demonym two states share ("Congolese", "Dominican"): the state it reads as -> the others. */
export const SHARED_DEMONYMS: ReadonlyMap<string, readonly string[]> = built.shared;

export function countryName(iso: string): string {
  return COUNTRIES.get(iso)?.name ?? iso;
}

/**
 * Where the package's demonym is not the one English news writes ("Kirghiz", "Maldivan"): the
 * form a state's bodies are named with ("the Kyrgyz Migration Service").
 */
const NEWS_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['KGZ', 'Kyrgyz'],
  ['MDV', 'Maldivian'],
  ['TJK', 'Tajik'],
  ['KAZ', 'Kazakh'],
  ['UZB', 'Uzbek'],
  ['ECU', 'Ecuadorian'],
  ['DJI', 'Djiboutian'],
  ['SUR', 'Surinamese'],
  // The package gives a noun for the person ("New Zealander"); before an office news writes the adjective.
  ['NZL', 'New Zealand'],
  ['SLB', 'Solomon Islands'],
  ['ISL', 'Icelandic'],
  ['LUX', 'Luxembourg'],
  ['LIE', 'Liechtenstein'],
]);

/** "Russian", or the country name when the package has no demonym. */
export function demonymOf(iso: string): string {
  if (iso === 'USA') return 'U.S.';
  return NEWS_DEMONYMS.get(iso) ?? (COUNTRIES.get(iso)?.demonym || countryName(iso));
}
