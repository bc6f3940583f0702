// Stage 3: one sentence's tokens -> mentions of people, states, agencies, groups and places.
// Patterns are tried at each token, longest first; every lookup is a Set/Map/trie probe.
import { countryName, demonymOf } from './lexicon/countries.ts';
import { LEXICON, type LexiconEntry } from './lexicon/index.ts';
import { GENERIC_BODY_NAMES, KNOWN_ORGANISATIONS, type KnownOrganisation } from './lexicon/organisations.ts';
import { HEADLINE_VERBS } from './lexicon/verbs.ts';
import { mapPacked } from './packedArrays.ts';
import { CLOSING_QUOTES, OPENING_QUOTES } from './quoteMarks.ts';
import {
  AGENCY_NOMINALS,
  BODY_PAIR_NOUNS,
  COMPANY_NOUNS,
  COMPANY_SUFFIXES,
  FUNCTION_WORDS,
  GEO_HEADS,
  GOVERNMENT_MODIFIERS,
  GOVERNMENT_NOUNS,
  GROUP_NOUNS,
  GROUP_QUANTIFIERS,
  LOCATIVE_PREPOSITIONS,
  MINISTRY_FIELDS,
  MONTHS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NATIONALS_NOUNS,
  NUMBER_WORDS,
  ORG_HEADS,
  PERSON_ROLE_NOUNS,
  PLACE_WORDS,
  POST_HEADS,
  PRONOUNS,
  STATE_NOMINALS,
  TITLE_WORDS,
  WEEKDAYS,
} from './lexicon/words.ts';
import type { Mention, Token } from './types.ts';

export interface SentenceInput {
  index: number;
  tokens: readonly Token[];
  isTitle: boolean;
}

// ("M23", "G20": one capital and two digits is a group's name too; "MH17" is a flight.)
const ACRONYM = /^(?:\p{Lu}{2,6}\d?|\p{Lu}{1,4}\d|\p{Lu}\d{2})$/u;
// Wire-service slugs ("(LEAD)", "(END)", "(URGENT)") are in capitals too.
const NOT_ACRONYMS = new Set(['READ', 'WATCH', 'LISTEN', 'CC', 'LEAD', 'END', 'URGENT', 'UPDATE', 'REFILE', 'CORRECTED', 'CEO', 'TV', 'AM', 'PM', 'GMT', 'UTC', 'OK', 'II', 'III', 'IV', 'VI', 'COVID', 'GDP', 'ID', 'PDF', 'USB', 'AI', 'BC', 'AD', 'CCTV', 'DNA', 'HIV', 'AIDS', 'VIP', 'PR', 'IT', 'LNG', 'SUV', 'NGO', 'NGOS', 'DC', 'GPS', 'SMS', 'VPN', 'SIM', 'ATM', 'LED', 'CO2', 'UAV', 'UAVS', 'IP', 'URL', 'DNS']);
/** Particles of Arabic names written capitalised and apart: "Al Sabah", "Bin Rashid". */
const CAPITAL_NAME_PARTICLES = new Set(['Al', 'El', 'Bin', 'Ibn', 'Bint', 'Abu', 'Abd']);
const ARABIC_PARTICLE = /^(?:al|el|ad|as|at|ar|an|ash|az|bin|ibn|abu|abd|ben)-\p{Lu}/u;
const DESCRIPTIVE = new Set(['military', 'foreign', 'counterintelligence', 'counter-intelligence', 'intelligence', 'security', 'domestic', 'spy', 'news', 'state', 'federal', 'secret', 'internal', 'external']);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'since', 'until', 'by', 'last', 'next', 'early', 'late', 'mid', 'of', 'during', 'from', 'through', 'before', 'after', 'this', 'in-', 'mid-', 'till', 'between', 'and']);
const IZAFE_NAME = /^\p{Lu}\p{Ll}+-e-\p{Lu}\p{Ll}+$/u;
const COMPOUND_ADJECTIVE = /-(?:backed|based|led|controlled|owned|run|allied|aligned|affiliated|appointed|installed|dominated|supported|sponsored|linked|born|made|funded|friendly|leaning|style|era|flagged|registered)$/;
const GROUP_OPENERS = new Set(['at', 'more']);
/** Nouns for a place by its kind, before "of" and its name: "the town of Bani Walid". */
const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'hamlet', 'province', 'region', 'district', 'county', 'port', 'municipality', 'governorate', 'oasis', 'suburb', 'neighbourhood', 'neighborhood', 'township', 'prefecture']);
/** "member states (countries, nations)": a body's members. */
export const MEMBER_KINDS = new Set(['states', 'countries', 'nations']);
/** Offices that, right after an organisation's head, open its leader's title: "Authority President". */
const LEADER_TITLES = new Set(['president', 'prime', 'chairman', 'chairwoman', 'chair', 'leader', 'head', 'chief', 'director', 'secretary', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'governor', 'speaker', 'commander', 'ambassador', 'envoy', 'premier', 'chancellor', 'president-elect', 'deputy', 'vice']);
/** Plural counts that open a sentence like a name would: "Hundreds of Nigerians ...". */
const QUANTITY_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'tens', 'each', 'every', 'either', 'neither', 'none', 'several', 'many', 'some', 'most', 'all', 'both', 'few', 'numerous', 'various']);
/** Lower-case words at which some pattern can start. */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  ...PRONOUNS.keys(), 'the', 'this', 'these', 'at', 'more', ...TITLE_WORDS, ...GROUP_NOUNS, ...GROUP_QUANTIFIERS, ...NUMBER_WORDS.keys(),
]);
/** "the Central African country": nouns after which a demonym describes a region. */
const REGION_DESCRIBED = new Set(['country', 'nation']);
/** The anaphor of "Maduro's government": the state its owner belongs to (see coreference.ts). */
export const LEADER_GOVERNMENT = 'leader-government';
/** The anaphor of "the Biden administration": the United States unless its leader is placed elsewhere. */
export const LEADER_ADMINISTRATION = 'leader-administration';
/** First words of a state's guard services: "coast guard", "border guard". */
const GUARD_SERVICES = new Set(['coast', 'border']);
/** A state's legislature known by its own name ("Knesset"), by the state's iso. */
const NAMED_LEGISLATURES = new Map(KNOWN_ORGANISATIONS.filter((org) => org.category === 'legislature' && org.iso).map((org) => [org.iso!, org]));
/** Legislatures that news writes in lower case after their state: "Bahrain's parliament". */
const LOWER_CASE_LEGISLATURES: ReadonlyMap<string, KnownOrganisation> = new Map(
  KNOWN_ORGANISATIONS.filter((org) => org.category === 'legislature' && !org.iso && !org.name.includes(' ')).map((org) => [org.name.toLowerCase(), org]),
);
/** The capitals that start a name's words and hyphenated parts: "Tehrik-e-Taliban Pakistan" -> "TTP". */
function capitalInitials(name: string): string {
  return (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
}
/** Lower-case words inside a name that an acronym in brackets defines: "Alternative for Germany (AfD)". */
const ACRONYM_CONNECTORS = new Set(['for', 'of', 'and']);
/** An acronym as parties write theirs: two to seven letters, two or more of them capitals ("AfD", "PiS", "ANC"). */
const DEFINED_ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Lu}\p{L}{1,6}$/u;
/** Words by which an organisation's name goes on after its head: "Court of Human Rights". */
const CONNECTORS_AFTER_HEAD = new Set(['of', 'for']);
/** Last words of names that name a thing, never a person: "Digital Markets Act", "Abraham Accords", "Second World War". */
const THING_TAILS = new Set(['consensus', 'day', 'states', 'nations', 'plan', 'programme', 'program', 'strategy', 'policy', 'act', 'acts', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'law', 'bill', 'doctrine', 'initiative', 'summit', 'cup', 'prize', 'award', 'games', 'war', 'wars', 'revolution', 'uprising', 'olympics', 'crisis', 'agreements', 'conventions', 'treaties', 'protocols', 'code', 'codes', 'road', 'street', 'avenue', 'boulevard', 'highway', 'square', 'bridge', 'port']);
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
/** The heads of a political body's name: "Labour Party", "National Front". */
const PARTY_NAME_HEADS = new Set(['party', 'movement', 'front', 'alliance', 'coalition', 'bloc', 'congress']);
/** What a person's name before it makes theirs: "the Joe Biden administration", "the Kim Jong Un regime". */
const PERSONAL_HOLDINGS = new Set(['administration', 'government', 'regime', 'era', 'campaign', 'family', 'presidency', 'cabinet', 'years', 'doctrine', 'foundation', 'camp', 'team', 'dynasty', 'clan', 'estate', 'trial', 'case', 'affair', 'scandal', 'plan', 'deal', 'visit', 'interview', 'speech']);
/** Ships named after them: "the tanker Eagle S". */
const VESSEL_NOUNS = new Set(['tanker', 'vessel', 'ship', 'carrier', 'freighter', 'frigate', 'destroyer', 'submarine', 'trawler', 'yacht', 'ferry', 'warship', 'corvette', 'cutter']);
/** Words of the styles that take "the" before a person: "the Dalai Lama", "the Aga Khan", "the Prophet Muhammad". */
const STYLES_WITH_THE = new Set(['lama', 'khan', 'prophet', 'ayatollah', 'mufti', 'imam', 'pope', 'patriarch', 'mahatma', 'caliph', 'rebbe', 'maharaja', 'nawab']);
/** Prepositions of place before a named thing: "sent ships to the Sierra Madre". */
const TO_A_PLACE = new Set(['to', 'at', 'near', 'in', 'on', 'off', 'from', 'aboard', 'onto', 'into', 'toward', 'towards', 'outside', 'inside', 'around']);
/** Nouns after which news names an organisation: "a hacking group known as APT40", "the criminal gang Black Axe". */
const NAMED_GROUP_HEADS = new Set(['group', 'gang', 'network', 'collective', 'outfit', 'syndicate', 'cartel']);
/** "known as", "called", "dubbed": the words that give such a group its name. */
const NAMING_WORDS = new Set(['known', 'called', 'dubbed', 'named', 'nicknamed']);
/** What a code like "S8" or "J20" names when one of these follows: a road or a weapon, not a body. */
const CODED_THING_NOUNS = new Set(['expressway', 'expressways', 'motorway', 'motorways', 'highway', 'highways', 'road', 'roads', 'route', 'routes', 'corridor', 'jet', 'jets', 'fighter', 'fighters', 'missile', 'missiles', 'drone', 'drones', 'tank', 'tanks', 'rifle', 'rifles', 'aircraft', 'helicopter', 'helicopters', 'flight', 'variant', 'summit']);
/** Buildings named by the words before them: "the Adass Israel synagogue" is a place, not a person. */
const BUILDING_NOUNS = new Set(['synagogue', 'mosque', 'church', 'cathedral', 'temple', 'shrine', 'hospital', 'airport', 'stadium', 'cafe', 'café', 'restaurant', 'hotel', 'prison', 'refinery', 'factory']);
/** "Estonian Orthodox Church": before "Church" these make a body of it; "Frank Church" stays a person. */
const DENOMINATIONS = new Set(['orthodox', 'catholic', 'anglican', 'evangelical', 'lutheran', 'methodist', 'baptist', 'coptic', 'apostolic', 'presbyterian', 'reformed', 'pentecostal', 'episcopal', 'protestant', 'christian', 'adventist', 'mennonite', 'moravian']);
/** Words before "to <capital>" that relate to the state rather than go to the place. */
const RELATED_TO = new Set(['subordinate', 'loyal', 'allied', 'hostile', 'opposed', 'ties', 'links', 'linked', 'tied', 'beholden', 'answerable', 'submission', 'allegiance', 'threat', 'threats']);
/** "Europol, the EU's police agency,": what opens a description of a body in apposition. */
const ARTICLES_BEFORE_DESCRIPTION = new Set(['the', 'a', 'an']);
/** Heads of such a description: only bodies, never people ("X, the bloc's top diplomat," is a person); companies are companies.ts's. */
const DESCRIBED_BODIES = new Set(['agency', 'organisation', 'organization', 'body', 'watchdog', 'regulator', 'group', 'broadcaster', 'network', 'newspaper', 'bloc', 'alliance', 'institution', 'authority', 'service', 'court', 'tribunal', 'union', 'movement', 'militia', 'charity', 'ngo', 'outlet', 'channel', 'daily', 'tabloid']);
/** The anaphor of "the Baltic state": a state told of before by its region (see coreference.ts). */
export const REGION_STATE = 'region-state';
/** "the North", "the South": a state named "North ..." or "South ..." in the article. */
export const HALF_STATE = 'half-state';
/** The anaphor of "the world body". */
export const WORLD_BODY = 'world-body';
/** Nouns after a region's name that make "the Baltic state" a state told of before. */
const STATE_BY_REGION = new Set(['state', 'nation', 'country', 'kingdom', 'emirate', 'republic']);
/** Bodies named in short by a modifier and their head: "the electoral commission", "the constitutional court". */
const MODIFIED_BODY_NOUNS = new Set(['commission', 'committee', 'council', 'court']);
/** Lower-case offices after a body's name and before its holder's: "Likud leader Benjamin Netanyahu". */
const BODY_LEADERS = new Set(['leader', 'chairman', 'chairwoman', 'founder', 'co-founder']);
/** "<Name> militant group": lower-case words that, before a group noun, make the name an armed group's. */
const ARMED_DESCRIPTORS = new Set(['militant', 'rebel', 'armed', 'extremist', 'jihadist', 'insurgent', 'paramilitary', 'terrorist', 'separatist', 'guerrilla', 'islamist']);
const ARMED_HEADS = new Set(['group', 'movement', 'militia', 'faction', 'organisation', 'organization', 'network']);
const LEADER_CUE = 1;
const BODY_HEAD_CUE = 2;
const DESCRIBED_CUE = 4;
const SPOKES_CUE = 8;
const SPOKESPEOPLE = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
/** Bodies a spokesperson may be named after: "an embassy spokesman". */
export const POST_OR_BODY: ReadonlySet<string> = new Set(['embassy', 'ministry', 'government', 'kremlin', 'army', 'military', 'police', 'party', 'company', 'consulate']);
/** The anaphor of "a spokesperson" with no name: the body told of just before speaks. */
export const UNNAMED_SPOKESPERSON = 'spokesperson';
/** The anaphor of a bare "Officials" opening a sentence: the officials of the side told of just before. */
export const UNNAMED_OFFICIALS = 'officials:unnamed';
/** Regions whose states a group names ("the Baltic states", "the Nordic countries"), with their members. */
export const REGION_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['baltic', ['EST', 'LVA', 'LTU']],
  ['nordic', ['DNK', 'FIN', 'ISL', 'NOR', 'SWE']],
]);
const REGION_GROUP_NOUNS = new Set(['states', 'countries', 'nations']);
/** People named after the capital they work in: "the Moscow correspondent". */
const BASED_IN = new Set(['correspondent', 'correspondents', 'reporter', 'reporters', 'journalist', 'journalists']);
/** "65-year-old", "41-year-old": the word after the number and its hyphen. */
const AGE_WORDS = new Set(['year-old', 'years-old']);
/** Verbs that end a described person's phrase ("the 72-year-old said"). */
const REPORTING_WORDS = new Set(['said', 'says', 'told', 'tells', 'wrote', 'added', 'has', 'had', 'is', 'was', 'will', 'would', 'who']);
/** The anaphor of a person described by age ("the 65-year-old former diplomat"). */
export const AGED = 'aged';
/** Ranks that, as the head of "the general", stand for an officer told of before. */
const MILITARY_RANKS = new Set(['general', 'colonel', 'admiral', 'marshal']);
/** Words after "the general" that show it is the head: a verb or a relative. */
const RANK_FOLLOWERS = new Set(['said', 'says', 'who', 'whose', 'has', 'had', 'is', 'was', 'will', 'would', 'also', 'told', 'warned', 'insisted', 'wrote', 'added', 'of', 'to', 'for', 'and', 'on', 'in', 'at', 'with', 'from', 'over']);
/** Lower-case heads after a party's name: "the Morena party", "the GroenLinks-PvdA alliance". */
const PARTY_HEADS = ['party', 'alliance', 'coalition', 'movement'];
/** Rare words that some patterns need in the sentence, each with its cue bit. */
const CUE_WORDS: ReadonlyMap<string, number> = (() => {
  const cues = new Map<string, number>();
  const add = (words: Iterable<string>, cue: number) => {
    for (const w of words) cues.set(w, (cues.get(w) ?? 0) | cue);
  };
  add(BODY_LEADERS, LEADER_CUE);
  add([...PARTY_HEADS, ...ARMED_DESCRIPTORS], BODY_HEAD_CUE);
  add(DESCRIBED_BODIES, DESCRIBED_CUE);
  add(SPOKESPEOPLE, SPOKES_CUE);
  return cues;
})();
/** Owners before "<Name> party" that make it one: "whose National People's Power alliance". */
const PARTY_OWNERS = new Set(['his', 'her', 'their', 'whose']);
/** Words before "<Name> party" that make it a political party: "the ruling Morena party". */
const POLITICAL_PLACERS = new Set(['ruling', 'governing', 'opposition', 'far-right', 'far-left', 'right-wing', 'left-wing', 'nationalist', 'ultranationalist', 'centrist', 'populist', 'conservative', 'liberal', 'socialist', 'communist', 'islamist', 'separatist', 'pro-government', 'pro-russian', 'pro-western', 'junior', 'main']);
/** First words of a storm's name: "Storm Ciaran", "Hurricane Milton". */
const STORM_HEADS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical']);
/** Heads that open a body's name in Spanish, Portuguese, French or Italian: "Partido ...", "Unión ...". */
const ROMANCE_ORG_HEADS = new Set(['partido', 'partito', 'parti', 'unión', 'união', 'unione', 'frente', 'movimiento', 'movimento', 'mouvement', 'alianza', 'aliança', 'alleanza', 'rassemblement', 'congrès', 'coalición', 'coligação', 'convergencia', 'fuerza', 'força', 'renovación', 'acción', 'ação', 'poder', 'unidad', 'concertación', 'confederación', 'confederação', 'federación', 'asociación', 'associação']);
/** The small words inside such names: "por la", "de la", "dos", "pour la". */
const ROMANCE_CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'por', 'para', 'y', 'e', 'do', 'da', 'dos', 'das', 'des', 'du', 'pour', 'le', 'les', 'et', 'della', 'delle', 'dei', 'per']);
/** Malay honorifics that open a titled name ("Tan Sri" and "Puan Sri" are read in honorificEnd). */
const MALAY_HONORIFICS = new Set(['datuk', 'dato', "dato'", 'datin', 'tun', 'toh']);
const CUSTODIAN_STYLE = ['of', 'the', 'two', 'holy', 'mosques'];
/** Heads of a body named with where it serves: "Mission in South Sudan". */
const PLACED_HEADS = new Set(['mission', 'delegation']);
/** Words between "its" and "neighbour" that leave it the same neighbour. */
const NEIGHBOUR_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'larger', 'bigger', 'smaller', 'powerful', 'giant', 'tiny']);
/** Title words that only qualify an office ("Presidential candidate", "Acting President"). */
const TITLE_QUALIFIERS = new Set(['presidential', 'national', 'former', 'acting', 'interim', 'supreme', 'top', 'senior', 'junior', 'special', 'parliamentary', 'permanent', 'principal', 'executive', 'military', 'first', 'of']);
/** Adverbs that may also open a name ("Second"), so they are no name only before their comma (FUNCTION_WORDS holds those that never are). */
const DISCOURSE_ADVERBS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'firstly', 'secondly', 'thirdly', 'finally', 'lastly', 'additionally']);
/** "the Central Asian country": a continent's or region's adjective is no name. */
const REGION_ADJECTIVES = new Set(['asian', 'african', 'european', 'american', 'arab', 'arabian', 'caribbean', 'scandinavian', 'nordic', 'balkan', 'slavic', 'eurasian', 'latin']);
/** "Annex C", "Article 5", "Chapter VII": a part of a document is nobody. */
const DOCUMENT_PARTS = new Set(['annex', 'article', 'section', 'chapter', 'clause', 'paragraph', 'appendix', 'schedule', 'protocol']);
/** Legal forms that are company suffixes only in capitals ("Nestlé SA", "Siemens AG"): "Si Sa Ket" is a province. */
const CAPITALS_ONLY_SUFFIXES = new Set(['sa', 'ag', 'nv', 'plc', 'llc']);
const INNER_HONORIFICS = new Set(['sheikh', 'shaikh', 'sheik']);
/** "His Highness", "Her Majesty", "His Royal Highness": a style of address before a name, no office and no name. */
const STYLE_POSSESSIVES = new Set(['his', 'her', 'their']);
const STYLE_QUALIFIERS = new Set(['royal', 'serene', 'imperial']);
const STYLES = new Set(['highness', 'highnesses', 'majesty', 'majesties', 'excellency', 'excellencies', 'holiness', 'eminence', 'beatitude', 'grace']);
/** "the Saudi foreign minister, Prince Faisal": a royal title before a name starts a name. */
const ROYAL_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'emir', 'sultan']);
/** Lower-case words inside a city's name: "Rio de Janeiro", "Sao Paulo do Sul". */
const CITY_PARTICLES = new Set(['de', 'do', 'da', 'del', 'di', 'la', 'el', 'al', 'am', 'an', 'upon', 'sur']);
const PLACE_PREFIXES = new Set(['New', 'San', 'Santa', 'Los', 'Las', 'Saint', 'St.', 'St', 'Port', 'Fort', 'Mount', 'Lake', 'Cape', 'Puerto', 'Porto', 'Rio', 'Sao', 'São', 'Bad', 'Nizhny', 'Novo', 'Tel']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'across', 'around', 'throughout', 'toward', 'towards']);
/** "the man", "the woman" read as the pronouns they stand for, as a subject and as an object. */
const GENDERED_NOUNS: ReadonlyMap<string, { subject: string; object: string }> = new Map([
  ['man', { subject: 'he', object: 'him' }],
  ['woman', { subject: 'she', object: 'her' }],
]);
/** Words after a bare "Officials" that say whose they are, or who they are not: "Officials in Kabul", "Officials familiar with ...". */
const OFFICIALS_PLACED_BY = new Set(['of', 'from', 'in', 'at', 'with', 'and', 'or', 'who', 'familiar', 'close', 'briefed', 'speaking', 'involved', 'there', 'here']);
/** Words after "the pair", "the two", "the three" that leave them standing alone (not "the two countries"). */
const PAIR_FOLLOWERS = new Set(['.', ',', ';', 'of', 'for', 'from', 'to', 'in', 'on', 'at', 'with', 'and', 'had', 'have', 'has', 'were', 'was', 'are', 'is', 'would', 'will', 'said', 'denied', 'who']);
/** Words after "the man" that make it a new person described, not one told of before. */
const DESCRIBING_NEXT = new Set(['who', 'whom', 'whose', 'that', 'named', 'called', 'identified', 'known', 'in', 'at', 'from', 'behind', 'accused', 'suspected', 'arrested', 'responsible', 'believed']);
const LEADER_NOUNS = new Set(['leader', 'president', 'premier', 'chancellor', 'king', 'queen', 'emir', 'monarch', 'strongman', 'dictator', 'counterpart']);
const STATE_LOCATIVES = new Set(['in', 'into', 'inside', 'within', 'throughout', 'across']);
const DESCRIPTIVE_HEADS = new Set(['agency', 'service', 'directorate']);
const AIMING_WORDS = new Set(['finger', 'fingers', 'aimed', 'directed', 'out', 'swipe', 'jab', 'barb', 'barbs', 'criticism', 'anger']);
/** "an angry response from La Paz": what a capital sends is its state's, not a place's. */
/** Heads (of ORG_HEADS) that make a body's name of a state's name alone: "Iran Broadcasting", "Russia Television". */
const STATE_NAMED_HEADS = new Set(['broadcasting', 'television', 'radio', 'news', 'press']);
/** Last words of a known body's branch named after it: "Islamic State Sahel Province". */
const BRANCH_HEADS = new Set(['province', 'branch', 'affiliate']);
/** The first word of "chargé d'affaires", with and without its accent. */
const CHARGE = new Set(['charge', 'chargé']);
/** Names threat-intelligence firms give hacking groups: "APT31", "UNC2452", "TA505", "FIN7". */
const THREAT_DESIGNATION = /^(?:APT|UNC|TA|FIN|TAG)\d{1,4}$/;
/** Verbs that put a harm on someone: "blamed the attack on X", "pinned it on X". */
const BLAME_FORMS = new Set(['blame', 'blames', 'blamed', 'blaming', 'pinned', 'pins', 'pin']);
/** What may follow "the Latvian" when it stands for one person: a comma, the sentence's end, "who". */
const LONE_NATIONAL_ENDS = new Set([',', '.', ';', 'who']);
/** How words reach the public through a medium: "read on", "carried by", "published in". */
const CARRYING_VERBS = new Set(['read', 'carried', 'aired', 'broadcast', 'published', 'posted', 'quoted', 'reported', 'televised']);
const CARRYING_PREPOSITIONS = new Set(['on', 'by', 'in']);
/** What messages do when many arrive: "poured in from", "flooded in from". */
const POURING_VERBS = new Set(['poured', 'pouring', 'flowed', 'flooded', 'streamed', 'rolled']);
const SENT_FROM = new Set(['response', 'responses', 'reaction', 'reactions', 'reply', 'retort', 'rebuke', 'rebuttal', 'protest', 'protests', 'backlash', 'condemnation', 'denial', 'denials', 'complaint', 'complaints', 'objection', 'objections', 'congratulations', 'warning', 'warnings', 'demand', 'demands', 'pushback']);

/** "President", "president-elect", "vice-president", "prime-minister-designate". */
function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower)) return true;
  // "Co-president Murillo", "co-leader Alice Weidel": an office shared is an office.
  if (lower.startsWith('co-') && TITLE_WORDS.has(lower.slice(3))) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && TITLE_WORDS.has(lower.slice(0, dash)) && /-(?:elect|designate|in-waiting|president|minister|general|gen|col|chief)$/.test(lower);
}

/** "High Commission" at k, in any case: what Commonwealth states call an embassy in one another. */
function isHighCommission(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'high' && tokens[k + 1]?.lower === 'commission';
}

const ELECT = /-(?:elect|designate)$/;

/** An office that stands for its holder: "the president", "the prime minister-elect". */
function isRoleNoun(lower: string): boolean {
  return PERSON_ROLE_NOUNS.has(lower.replace(ELECT, ''));
}

/** "al-Jubeir", "bin-Salman": a lower-case particle joined to a capitalised name. */
function mayBeParticle(text: string): boolean {
  return text.length > 3 && text.charCodeAt(0) >= 97 && text.includes('-') && ARABIC_PARTICLE.test(text);
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.shape === 'word';
}

/** Faiths and churches written capitalised ("Christian" and "Shia" are also names: Mohammed Shia al-Sudani). */
/** Words written in capitals in headings and credits that are no acronyms ("ROMANIA BREATHES OUT", "CC BY"). */
const PLAIN_CAPS_WORDS = new Set(['out', 'up', 'down', 'off']);
/** Words that carry a body's name on: "the Movement for ...", "the Court of ...", "the Council on ...". */
const PREPOSITIONS_IN_NAMES = new Set(['of', 'for', 'on', 'and', 'in', 'to', 'against']);
/** Party members: "a fellow Christian Democrat" names no one. */
const PARTY_MEMBERS = new Set(['democrat', 'democrats', 'republican', 'republicans']);
const FAITHS = new Set(['catholic', 'orthodox', 'anglican', 'evangelical', 'lutheran', 'methodist', 'coptic', 'presbyterian', 'pentecostal', 'protestant', 'adventist', 'mennonite', 'sunni', 'shiite', 'muslim', 'jewish', 'hindu', 'buddhist']);

const CONTRACTION = /['’](?:m|ve|ll|re|d)$/;

/** Ranks that British style writes without a full stop ("Gen Aoun"), also given names ("Nakatani Gen"). */
const DOTLESS_RANKS = new Set(['gen', 'col', 'adm', 'lt', 'brig', 'maj']);

/** What follows a ministry's field in its name: "Ministry of Foreign Affairs", "Ministry of Foreign Relations". */
const FIELD_TAILS = new Set(['Affairs', 'Relations']);

const HEADING_PUNCTUATION = new Set([',', '—', '–', '-', "'s", '…', '...']);

/**
 * "DRIVING THE DAY — BALTIC PING-PONG:", "WHO'S NEXT?": a newsletter's heading in capitals, up to
 * its colon or question mark, names no one (its words are no acronyms). Where it ends, or `from`.
 */
function shoutedHeadingEnd(tokens: readonly Token[], from: number, stopEnds = false): number {
  let words = 0;
  let long = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (After one heading, a second may end in a full stop: "DRIVING THE DAY: ROMANIA BREATHES OUT.")
    if (t.text === ':' || t.text === '?' || t.text === '!' || (stopEnds && t.text === '.')) return words >= 2 && long ? k + 1 : from;
    if (t.shape === 'punct') {
      if (HEADING_PUNCTUATION.has(t.lower)) continue;
      return from;
    }
    if (t.shape === 'number') continue;
    if (t.text === t.text.toLowerCase() || t.text !== t.text.toUpperCase()) return from;
    words++;
    if (t.text.length >= 4) long = true;
  }
  return from;
}

function isAcronym(t: Token): boolean {
  // ("… AND THE SILENCES:", "CC BY 2.0": a function word in capitals is no acronym.)
  return ACRONYM.test(t.text) && !NOT_ACRONYMS.has(t.text) && !FUNCTION_WORDS.has(t.lower) && !PLAIN_CAPS_WORDS.has(t.lower);
}

/** Sentence-case heuristics break in Title Case headlines: there only lexicons and known names count. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of tokens) {
    if (t.shape !== 'word' || t.text.length < 4) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= 3 && upper / words > 0.7;
}

class SentenceScanner {
  readonly mentions: Mention[] = [];
  /** The sentence holds a "(": asked once, so sentences without brackets skip definedByAcronym. */
  private bracket: boolean | undefined = undefined;
  /** Which rare cue words the sentence holds (CUE_WORDS), found in one pass when first asked; -1 before. */
  private cues = -1;
  /** Where the sentence's own words start, after a dateline ("MOSCOW, May 4 —", "09:40 —"); 0 without one. */
  private opening = 0;
  private readonly lexicon: (ReturnType<typeof LEXICON.longest> | null)[];
  private readonly lexEntries: ({ end: number; entry: LexiconEntry } | undefined)[];

  constructor(
    private readonly s: SentenceInput,
    private readonly titleCase: boolean,
  ) {
    this.lexicon = new Array(s.tokens.length).fill(null);
    this.lexEntries = new Array(s.tokens.length).fill(undefined);
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      if (t.shape !== 'punct' && t.upper) {
        const m = LEXICON.longest(s.tokens, i) ?? null;
        this.lexicon[i] = m;
        if (m) this.lexEntries[i] = { end: m.end, entry: m.values[0]! };
      }
    }
  }

  /**
   * The cues of CUE_WORDS the sentence holds: the patterns that need "leader", "party",
   * "militant" or "agency" are skipped, at every capitalised word, in the many sentences without.
   */
  private cueWords(): number {
    if (this.cues < 0) {
      let cues = 0;
      for (const t of this.s.tokens) cues |= CUE_WORDS.get(t.text) ?? 0;
      this.cues = cues;
    }
    return this.cues;
  }

  private tok(i: number): Token | undefined {
    return this.s.tokens[i];
  }

  // Built once per sentence: lex() is asked about the same token many times.
  private lex(i: number): { end: number; entry: LexiconEntry } | undefined {
    return this.lexEntries[i];
  }

  private surface(first: number, last: number): string {
    const tokens = this.s.tokens;
    let out = tokens[first]!.text;
    for (let i = first + 1; i < last; i++) {
      const t = tokens[i]!;
      out += (t.start === tokens[i - 1]!.end ? '' : ' ') + t.text;
    }
    return out;
  }

  private add(m: Omit<Mention, 'sentence' | 'surface'> & { surface?: string }): Mention {
    // Every field present, in one order (see EntityTable.create): one hidden class for all mentions.
    const mention: Mention = {
      first: m.first,
      last: m.last,
      sentence: this.s.index,
      kind: m.kind,
      form: m.form,
      surface: m.surface ?? this.surface(m.first, m.last),
      key: m.key,
      name: m.name,
      iso: m.iso,
      title: m.title,
      affiliation: m.affiliation,
      count: m.count,
      object: m.object,
      possessive: this.tok(m.last)?.lower === "'s" ? true : m.possessive,
      plural: m.plural,
      locative: m.locative,
      modifier: m.modifier,
      anaphor: m.anaphor,
      entity: m.entity,
    };
    this.mentions.push(mention);
    return mention;
  }

  /** A capitalised word that can be part of a person's name. */
  private nameToken(i: number, afterName: boolean): boolean {
    const t = this.tok(i);
    if (!isWord(t)) return false;
    if (mayBeParticle(t.text)) return true;
    if (!t.upper) return false;
    // ("a Hong Kong-flagged carrier": a compound adjective ends no name.)
    if (t.lower.includes('-') && COMPOUND_ADJECTIVE.test(t.lower)) return false;
    // "Kenya Expels Three Ugandan Diplomats": in a Title Case headline a verb is no name.
    if (this.titleCase && HEADLINE_VERBS.has(t.lower)) return false;
    if (afterName && MONTHS.has(t.lower)) return true; // "Theresa May"
    // "Nakatani Gen told": a rank written without its full stop is a given name where no name follows it.
    if (afterName && DOTLESS_RANKS.has(t.lower) && !this.tok(i + 1)?.upper) return true;
    if (FUNCTION_WORDS.has(t.lower) || isTitleWord(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return false;
    // "George W. Bush", "Hao W." (a surname cut to its initial, as German courts have it): an initial after a given name.
    if (afterName && t.text.length === 2 && t.text.charCodeAt(1) === 46) return true;
    if (ORG_HEADS.has(t.lower) || isAcronym(t) || t.text.includes('.')) return false;
    // "a Roman Catholic bishop", "a Sunni Muslim cleric": a faith is no name; nor is a party's member.
    if (FAITHS.has(t.lower) || PARTY_MEMBERS.has(t.lower)) return false;
    // "a strong, European Romania": a region's adjective is no first name.
    if (REGION_ADJECTIVES.has(t.lower)) return false;
    // "The two Vice Presidents", "the World War II-era ship": a plural title or a compound adjective.
    if ((t.lower.endsWith('s') && isTitleWord(t.lower.slice(0, -1))) || (t.lower.includes('-') && COMPOUND_ADJECTIVE.test(t.lower))) return false;
    // "Second, the Secretary spoke ...": an adverb that orders what is said, before its comma.
    if (DISCOURSE_ADVERBS.has(t.lower) && this.tok(i + 1)?.text === ',') return false;
    // "I'm Clothilde Geraerts": a contraction is no name.
    if (CONTRACTION.test(t.lower)) return false;
    // "Gen Z", "Plan B": a lone letter opens no name (after one it may end it: "Malcolm X").
    if (t.text.length === 1 && !afterName) return false;
    if (this.lexicon[i]) {
      // "Michael Jordan": a country's name right after a first name is a surname.
      const lex = this.lex(i)!;
      // ("Neighboring Latvia" is no person: a participle is no first name.)
      return afterName && lex.entry.type === 'country' && lex.entry.form === 'name' && lex.end === i + 1 && !/ing$/.test(this.tok(i - 1)?.lower ?? '');
    }
    return true;
  }

  /** A name starts at i: "Katz", or "Israel Katz" (a first name that is also a country's). */
  private startsName(i: number): boolean {
    if (this.nameToken(i, false)) return true;
    // "Gen. Assimi Goïta", "Dr. Tedros": a short title, then the name.
    const t = this.tok(i);
    if (t !== undefined && t.upper && (t.text.endsWith('.') || DOTLESS_RANKS.has(t.lower)) && isTitleWord(t.lower) && this.nameToken(i + 1, false)) return true;
    // "Bangladeshi Prime Minister Sheikh Hasina": an honorific that is part of the name.
    if (t !== undefined && t.upper && (INNER_HONORIFICS.has(t.lower) || ROYAL_TITLES.has(t.lower)) && this.nameToken(i + 1, false)) return true;
    const lex = this.lex(i);
    return lex !== undefined && lex.entry.type === 'country' && lex.end === i + 1 && this.nameToken(i + 1, true) && !this.lex(i + 1);
  }

  /** "von der Leyen", "bin Salman", "de la Cruz": the particles before a name word, or 0. */
  private particles(i: number): number {
    let j = i;
    while (j - i < 3 && isWord(this.tok(j)) && !this.tok(j)!.upper && NAME_PARTICLES.has(this.tok(j)!.lower)) j++;
    return j > i && this.nameToken(j, true) ? j - i : 0;
  }

  scan(): Mention[] {
    const tokens = this.s.tokens;
    // "PTI AB ZMN": a wire's sign-off (its tag and its editors' initials) names no one.
    if (!this.s.isTitle && isSignOff(tokens)) return this.mentions;
    let i = datelineEnd(tokens);
    if (!this.s.isTitle) {
      // (A heading with its colon may read as a dateline: "DRIVING THE DAY:".)
      const heading = shoutedHeadingEnd(tokens, i);
      i = heading > i || i > 0 ? shoutedHeadingEnd(tokens, heading, true) : i;
    }
    this.opening = i;
    while (i < tokens.length) {
      const next = this.at(i);
      i = next > i ? next : i + 1;
    }
    this.thingsNamedAsPeople();
    this.regionalPortfolios();
    this.mentions.sort((a, b) => a.first - b.first || b.last - a.last);
    this.officesOfBodies();
    this.markCarriers();
    this.linkAffiliations();
    this.objectsAndCounts();
    return this.mentions;
  }

  /** Tries the patterns at token i; returns the index after what it consumed. */
  private at(i: number): number {
    const t = this.tok(i)!;
    if (t.shape === 'punct') return i + 1;
    const lower = t.lower;
    // "Kremlin-backed", "Moscow-based": adjectives, not names.
    if (lower.includes('-') && COMPOUND_ADJECTIVE.test(lower)) return i + 1;
    // '"...," a spokesperson said': an unnamed spokesperson of the body told of just before.
    if ((lower === 'a' || lower === 'an') && !t.upper) {
      const named = this.namedGroup(i);
      if (named > i) return named;
      return this.cueWords() & SPOKES_CUE ? Math.max(i + 1, this.unnamedSpokesperson(i)) : i + 1;
    }
    // Most words are lower-case and open nothing: one probe and move on.
    // (But "Erdogan's regime": a leader's government, read below.)
    if (lower === 'ministry') {
      const ministry = this.lowerCaseMinistry(i);
      if (ministry > i) return ministry;
    }
    if (!t.upper && t.shape === 'word' && !OPENING_WORDS.has(lower) && !mayBeParticle(t.text) && !(this.tok(i - 1)?.lower === "'s" && STATE_NOMINALS.has(lower))) return i + 1;

    // "His Highness Sheikh Tamim": a style of address opens a name, it is no possessive.
    if (STYLE_POSSESSIVES.has(lower) && this.styleEnd(i) > i) {
      const styled = this.person(i, undefined);
      if (styled > i) return styled;
    }
    const pronoun = PRONOUNS.get(lower);
    // "accusing its neighbour of ...": the other state, found by coreference.
    if (lower === 'its' || lower === 'their') {
      const neighbour = this.neighbourAt(i + 1);
      if (neighbour > i + 1) return neighbour;
    }
    if (pronoun) {
      this.add({ first: i, last: i + 1, kind: pronoun.person ? 'Person' : 'State', form: 'pronoun', key: `pronoun:${lower}`, name: t.text, anaphor: lower, plural: pronoun.plural });
      return lower === 'its' || lower === 'their' ? this.ownedMinistry(i + 1) : i + 1;
    }
    if (lower === 'the' || lower === 'this' || lower === 'these') {
      const named = lower === 'the' ? this.namedGroup(i) : i;
      if (named > i) return named;
      const end = this.nominal(i);
      if (end > i) return end;
      return i + 1;
    }

    // "Prosecutors have accused X", "the prosecutors said": the prosecution told of before (coreference.ts finds it).
    if (lower === 'prosecutors' && (i === this.opening || this.tok(i - 1)?.lower === 'the')) {
      this.add({ first: i, last: i + 1, kind: 'Agency', form: 'nominal', key: 'nominal:prosecutors', name: t.text, anaphor: 'prosecutors' });
      return i + 1;
    }
    // "Officials accused Naypyitaw ...", "Officials also said": unnamed officials opening a sentence
    // speak for the side told of just before (coreference.ts finds it); "Officials in Dhaka" are placed.
    if (lower === 'officials' && i === this.opening && this.tok(i + 1)?.shape === 'word' && !this.tok(i + 1)!.upper && !OFFICIALS_PLACED_BY.has(this.tok(i + 1)!.lower)) {
      this.add({ first: i, last: i + 1, kind: 'State', form: 'nominal', key: 'nominal:officials', name: t.text, anaphor: UNNAMED_OFFICIALS });
      return i + 1;
    }
    // Only numbers, quantifiers and group nouns can open a group: skip the probe otherwise.
    if (t.shape === 'number' || GROUP_OPENERS.has(lower) || GROUP_NOUNS.has(lower) || GROUP_QUANTIFIERS.has(lower) || NUMBER_WORDS.has(lower)) {
      const group = this.group(i);
      if (group > i) return group;
    }
    // "Twelve Togolese diplomats", "Dozens of ...": counts and quantifiers are never names.
    if (t.upper && (NUMBER_WORDS.has(lower) || QUANTITY_WORDS.has(lower))) return i + 1;

    // "US$5 billion", "HK$39": a currency's prefix names no state or body.
    if (t.upper && this.tok(i + 1)?.text === '$' && this.tok(i + 1)!.start === t.end) return i + 2;

    const lex = this.lex(i);
    if (t.upper && !this.titleCase) {
      const led = this.bodyBeforeLeader(i);
      if (led > i) return led;
    }
    if (lex) return this.lexiconMention(i, lex.end, lex.entry);
    // "Maduro's government": a person's government stands for the state they lead (coreference
    // finds it); a state's own ("Spain's government") is read with the state.
    if (!t.upper && this.tok(i - 1)?.lower === "'s" && STATE_NOMINALS.has(lower)) {
      const owner = this.mentions[this.mentions.length - 1];
      if (owner && owner.kind === 'Person' && owner.form === 'name' && owner.last === i - 1) {
        this.add({ first: i, last: i + 1, kind: 'State', form: 'nominal', key: `nominal:${lower}`, name: t.text, anaphor: LEADER_GOVERNMENT });
        return i + 1;
      }
    }
    if (!t.upper && TITLE_WORDS.has(lower)) return this.person(i, undefined);
    if (!t.upper && !mayBeParticle(t.text)) return i + 1;
    // "MP Raphael Wanjala", "CEO Jane Fraser": a title written in capitals, not an organisation.
    if (isAcronym(t) && TITLE_WORDS.has(lower) && this.startsName(i + 1)) return this.person(i, undefined);
    // "APT31", "UNC2452", "FIN7": a threat-intelligence designation names a hacking group.
    if (THREAT_DESIGNATION.test(t.text)) {
      this.add({ first: i, last: i + 1, kind: 'Agency', form: 'name', key: `agency:name:${lower}`, name: t.text });
      return i + 1;
    }
    if (isAcronym(t)) return this.acronym(i);

    // "the Ministry of External Affairs": a ministry of a field, whose state entities.ts settles, not a name of its own.
    if (t.text === 'Ministry' && this.tok(i + 1)?.lower === 'of') {
      const ministry = this.ministry(i, undefined);
      if (ministry > i) return ministry;
    }
    if (!this.titleCase) {
      const defined = this.definedByAcronym(i);
      if (defined > i) return defined;
      // "Jamaat-e-Islami", "Lashkar-e-Taiba": an izafe joins the words of a body's name, never a person's.
      if (IZAFE_NAME.test(t.text)) {
        this.add({ first: i, last: i + 1, kind: 'Agency', form: 'name', key: `agency:name:${lower}`, name: t.text });
        return i + 1;
      }
      const org = this.orgRun(i, undefined);
      if (org > i) return org;
      const party = this.bodyBeforeLowerHead(i);
      if (party > i) return party;
      const romance = this.romanceOrg(i);
      if (romance > i) return romance;
    }
    const ministry = this.ministry(i, undefined);
    if (ministry > i) return ministry;
    if (MONTHS.has(lower)) return this.month(i);
    const geo = this.geographicOf(i);
    if (geo > i) return geo;
    const described = this.bodyDescribedAfter(i);
    if (described > i) return described;
    return this.person(i, undefined);
  }

  /**
   * "Europol, the EU's police agency,": a name no lexicon knows, described right after it as a
   * body, is that body (an organisation), not a person.
   */
  private bodyDescribedAfter(i: number): number {
    const tokens = this.s.tokens;
    if (!(this.cueWords() & DESCRIBED_CUE)) return i;
    let j = i;
    while (j - i < 3 && isWord(tokens[j]) && tokens[j]!.upper && !this.lex(j) && !isTitleWord(tokens[j]!.lower)) j++;
    if (j === i || tokens[j]?.text !== ',' || !ARTICLES_BEFORE_DESCRIPTION.has(tokens[j + 1]?.lower ?? '')) return i;
    // The description's head: its last word, or the word before "of"/"for" ("the head of the agency" is a person).
    let head = -1;
    for (let k = j + 2; k < tokens.length && k - j < 9; k++) {
      const t = tokens[k]!;
      // "Tondar, an armed monarchist group that ...": a relative clause ends the description too.
      if (t.lower === 'of' || t.lower === 'for' || t.lower === 'that' || t.lower === 'which' || t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')') {
        head = k - 1;
        break;
      }
      if (t.shape !== 'word' && t.lower !== "'s" && t.text !== '-') return i;
    }
    if (head < 0 || !DESCRIBED_BODIES.has(tokens[head]!.lower)) return i;
    const name = this.surface(i, j);
    this.add({ first: i, last: j, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name });
    return j;
  }

  /** "Gulf of Mexico", "Sea of Japan", "Strait of Hormuz": one place, whatever state it names. */
  private geographicOf(i: number): number {
    const tokens = this.s.tokens;
    if (!GEO_HEADS.has(tokens[i]!.lower) || tokens[i + 1]?.lower !== 'of') return i;
    let j = i + 2;
    if (tokens[j]?.lower === 'the') j++;
    const start = j;
    while (isWord(tokens[j]) && tokens[j]!.upper && j - start < 4) j = this.lexicon[j]?.end ?? j + 1;
    if (j === start) return i;
    return this.addPlace(i, j);
  }

  private addPlace(first: number, last: number): number {
    const name = this.surface(first, last);
    this.add({ first, last, kind: 'Place', form: 'name', key: `place:${name.toLowerCase()}`, name });
    return last;
  }

  // ---- organisations ---------------------------------------------------------------------

  /** "GRU military intelligence agency": the descriptive tail belongs to the name. */
  private descriptiveTail(end: number): number {
    let j = end;
    while (isWord(this.tok(j)) && DESCRIPTIVE.has(this.tok(j)!.lower)) j++;
    if (j > end || DESCRIPTIVE_HEADS.has(this.tok(j)?.lower ?? '')) {
      if (DESCRIPTIVE_HEADS.has(this.tok(j)?.lower ?? '')) return j + 1;
    }
    return end;
  }

  /**
   * Where a body of a known organisation is named after it ("African Union Commission", "NATO
   * Parliamentary Assembly"): the end of that name (capitalised words up to the last head), else
   * -1. Only up to a head: in "African Union Commission Chairman Moussa Faki" the title and the
   * name after it are the person's.
   */
  private bodyNameEnd(end: number): number {
    if (this.titleCase) return -1;
    let headEnd = -1;
    for (let j = end; j < end + 4; j++) {
      const t = this.tok(j);
      if (!isWord(t) || !t.upper || this.lex(j)) break;
      // ("Islamic State Sahel Province", "Islamic State West Africa Province": a branch of a known body.)
      if (ORG_HEADS.has(t.lower) || BRANCH_HEADS.has(t.lower)) headEnd = j + 1;
    }
    // "UN Group of Experts", "UN Panel of Experts": a head that goes on through "of" into words no lexicon knows.
    if (headEnd > 0 && this.tok(headEnd)?.lower === 'of') {
      let j = headEnd + 1;
      while (j < headEnd + 4 && isWord(this.tok(j)) && this.tok(j)!.upper && !this.lex(j) && !isTitleWord(this.tok(j)!.lower)) j++;
      if (j > headEnd + 1) headEnd = j;
    }
    // "U.N. Mission in South Sudan": a mission named with where it serves.
    if (headEnd > 0) headEnd = Math.max(headEnd, this.servedPlaceEnd(headEnd, false));
    return headEnd;
  }

  private knownOrg(first: number, end: number, entry: Extract<LexiconEntry, { type: 'org' }>, iso?: string): number {
    const org = entry.org;
    const orgIso = org.iso ?? iso;
    const bodyEnd = this.bodyNameEnd(end);
    if (bodyEnd > end) {
      const name = this.surface(first, bodyEnd);
      this.add({ first, last: bodyEnd, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name, ...(orgIso ? { affiliation: `state:${orgIso}` } : {}) });
      return bodyEnd;
    }
    const last = this.descriptiveTail(end);
    // "The Foreign Office" alone: a foreign ministry whose state the article must tell (entities.ts).
    if (org.category === 'foreign-ministry' && org.sharedName && iso === undefined) {
      this.add({ first, last, kind: 'Agency', form: 'name', key: 'agency:ministry:foreign:?', name: 'Foreign Ministry', surface: this.surface(first, last) });
      return last;
    }
    if (org.category === 'foreign-ministry' && org.iso) {
      this.add({ first, last, kind: 'Agency', form: 'name', key: `agency:ministry:foreign:${org.iso}`, name: `${demonymOf(org.iso)} Foreign Ministry`, affiliation: `state:${org.iso}`, surface: this.surface(first, last) });
      return last;
    }
    const prefix = iso && org.category === 'legislature' && !org.iso ? `${demonymOf(iso)} ` : '';
    this.add({
      first,
      last,
      kind: 'Agency',
      form: 'name',
      key: org.category === 'legislature' && !org.iso ? `agency:legislature:${org.name.toLowerCase()}:${iso ?? '?'}` : `agency:org:${org.name.toLowerCase()}`,
      name: prefix + org.name,
      ...(orgIso ? { affiliation: `state:${orgIso}` } : {}),
      surface: this.surface(first, last),
    });
    // A person named right after ("Kremlin spokesman Dmitry Peskov") is found from `last` on.
    return last;
  }

  private acronym(i: number): number {
    // "CK Hutchison Holdings Ltd.", "SK Hynix Inc.": an acronym that opens a company's name;
    // "AK Party": one that opens a party's or a body's.
    if (!this.titleCase && !this.lex(i + 1) && this.headAhead(i + 1, ORG_HEADS)) {
      const company = this.orgRun(i, undefined);
      if (company > i + 1) return company;
    }
    const t = this.tok(i)!;
    // "RFE/RL": two acronyms joined by a slash with no space are one name (two known places, as
    // in a "TOKYO/SEOUL" dateline, never get here).
    const slash = this.tok(i + 1);
    const second = this.tok(i + 2);
    if (slash?.text === '/' && second && isAcronym(second) && slash.start === t.end && second.start === slash.end && !this.lex(i + 2)) {
      const name = `${t.text}/${second.text}`;
      this.add({ first: i, last: i + 3, kind: 'Agency', form: 'name', key: `agency:acronym:${name}`, name });
      return i + 3;
    }
    // "the S8 and S19 expressways", "J20 fighter jets": a code with a digit names a thing before its noun.
    if (/\d/.test(t.text)) {
      let k = i + 1;
      while ((this.tok(k)?.lower === 'and' || this.tok(k)?.text === ',') && this.tok(k + 1) && isAcronym(this.tok(k + 1)!)) k += 2;
      if (CODED_THING_NOUNS.has(this.tok(k)?.lower ?? '') || CODED_THING_NOUNS.has(this.tok(k + 1)?.lower ?? '')) return k;
    }
    const last = this.descriptiveTail(i + 1);
    this.add({ first: i, last, kind: 'Agency', form: 'name', key: `agency:acronym:${t.text}`, name: t.text });
    return last;
  }

  /** "(the) government of (the) Canada" with the noun at j: adds the state and returns where it ends, or j. */
  private governmentOf(i: number, j: number): number {
    const tokens = this.s.tokens;
    if (tokens[j + 1]?.lower !== 'of') return j;
    const state = this.stateAt(j + 2);
    if (!state) return j;
    const { iso, end } = state;
    this.add({ first: i, last: end, kind: 'State', form: 'government', key: `state:${iso}`, name: countryName(iso), iso, surface: this.surface(j, end) });
    return end;
  }

  /** Where "presidential office" or a capitalised "Presidency" at j ends, or j ("at the presidential palace" is a place). */
  private presidencyEnd(j: number): number {
    const tokens = this.s.tokens;
    const w = tokens[j]!.lower;
    if (w === 'presidential' && tokens[j + 1]?.lower === 'office' && !tokens[j + 2]?.upper) return j + 2;
    if (tokens[j]!.text === 'Presidency' && tokens[j + 1]?.lower !== 'of' && !this.titleCase) return j + 1;
    return j;
  }

  /** "(the) Foreign Affairs of <state>" from `i`: only known fields, then "of". */
  private ministryOfState(i: number): boolean {
    const tokens = this.s.tokens;
    let k = tokens[i]?.lower === 'the' ? i + 1 : i;
    const start = k;
    while (isWord(tokens[k]) && tokens[k]!.upper && (MINISTRY_FIELDS.has(tokens[k]!.lower) || FIELD_TAILS.has(tokens[k]!.text))) k++;
    return k > start && tokens[k]?.lower === 'of';
  }

  /** A run of capitalised words from `i` that holds one of `heads` (an organisation's head, a company's legal form). */
  private headAhead(i: number, heads: ReadonlySet<string>): boolean {
    const tokens = this.s.tokens;
    for (let j = i; j < i + 5 && isWord(tokens[j]) && tokens[j]!.upper; j++) if (heads.has(tokens[j]!.lower)) return true;
    return false;
  }

  /**
   * At a lower-case "ministry" (i): "Kulubaev's ministry", the ministry of the minister named
   * (coreference.ts finds which); "foreign ministry spokeswoman Mao Ning", a ministry that titles
   * a person. Returns where the scan goes on, or i.
   */
  private lowerCaseMinistry(i: number): number {
    const owner = this.mentions.at(-1);
    if (this.tok(i - 1)?.lower === "'s" && owner?.kind === 'Person' && owner.last === i - 1) {
      // (Spanning the owner, as "Iran's foreign ministry" does: the subject is the ministry.)
      owner.modifier = true;
      this.add({ first: owner.first, last: i + 1, kind: 'Agency', form: 'nominal', key: 'nominal:ministry', name: this.tok(i)!.text, surface: this.surface(owner.first, i + 1), anaphor: 'ministry' });
      return i + 1;
    }
    const field = this.tok(i - 1)?.lower === 'affairs' ? i - 2 : i - 1;
    if (!isTitleWord(this.tok(i + 1)?.lower ?? '') || this.mentions.some((m) => m.last > field)) return i;
    const end = this.ownedMinistry(field);
    return end > i ? end : i;
  }

  /**
   * "its foreign ministry", "the North's foreign ministry": a ministry in lower case from k (its
   * field) after an owner the coreference settles, unplaced until then (coreference.ts places it).
   * Returns where the scan goes on: past the ministry, or at k.
   */
  private ownedMinistry(k: number): number {
    const tok = this.tok(k);
    if (!isWord(tok) || tok.upper || !MINISTRY_FIELDS.has(tok.lower)) return k;
    const end = this.ministry(k, undefined, k, true);
    return end > k ? end : k;
  }

  /** "Foreign Ministry", "Defence Ministry", "Ministry of Foreign Affairs (of Russia)". */
  private ministry(i: number, iso: string | undefined, first = i, afterArticle = false): number {
    const tokens = this.s.tokens;
    let j = i;
    let field: string | undefined;
    let fieldText = '';
    // After a nationality or "the" the field may be lower case: "the Chinese foreign ministry".
    const lowerOk = first < i || afterArticle;
    while (isWord(tokens[j]) && (tokens[j]!.upper || lowerOk) && MINISTRY_FIELDS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'state') {
      field ??= MINISTRY_FIELDS.get(tokens[j]!.lower);
      fieldText = fieldText ? `${fieldText} ${tokens[j]!.text}` : tokens[j]!.text;
      j++;
      // ("India's external affairs ministry" in lower case, after its state.)
      if (tokens[j]?.text === 'Affairs' || (lowerOk && tokens[j]?.text === 'affairs')) {
        // "External Affairs Ministry" keeps its name; "Foreign Affairs Ministry" is the foreign ministry.
        if (tokens[j - 1]!.lower !== 'foreign') fieldText += ` ${tokens[j]!.text}`;
        j++;
      }
    }
    // "Pakistan's foreign office" is its foreign ministry, as "the Chinese foreign ministry" is.
    const foreignOffice = lowerOk && field === 'foreign' && fieldText.toLowerCase() === 'foreign' && tokens[j]?.lower === 'office';
    if (field && (tokens[j]?.text === 'Ministry' || (lowerOk && tokens[j]?.text === 'ministry') || foreignOffice)) {
      // "the Foreign Ministry of North Macedonia": its state after "of".
      const of = iso === undefined && tokens[j + 1]?.lower === 'of' ? this.stateAt(j + 2, true) : undefined;
      if (of) return this.addMinistry(first, of.end, field, fieldText, of.iso);
      return this.addMinistry(first, j + 1, field, fieldText, iso);
    }
    if (tokens[i]?.text === 'Ministry' && tokens[i + 1]?.lower === 'of' && tokens[i + 1]?.lower !== undefined) {
      let k = i + 2;
      if (tokens[k]?.lower === 'the') k++;
      let f: string | undefined;
      let ft = '';
      while (isWord(tokens[k]) && tokens[k]!.upper && (MINISTRY_FIELDS.has(tokens[k]!.lower) || FIELD_TAILS.has(tokens[k]!.text))) {
        if (MINISTRY_FIELDS.has(tokens[k]!.lower)) {
          f ??= MINISTRY_FIELDS.get(tokens[k]!.lower);
          ft = ft ? `${ft} ${tokens[k]!.text}` : tokens[k]!.text;
        } else if (ft !== 'Foreign') ft += ` ${tokens[k]!.text}`; // ("External Affairs" keeps its name, as above.)
        k++;
      }
      if (!f) return i;
      // "Ministry of Foreign Affairs and International Cooperation", "of Foreign and Diaspora Affairs":
      // one ministry, named as written.
      let written: string | undefined;
      if (tokens[k]?.lower === 'and' && isWord(tokens[k + 1]) && tokens[k + 1]!.upper && !this.lex(k + 1)) {
        let end = k + 1;
        while (end < k + 5 && isWord(tokens[end]) && tokens[end]!.upper && !this.lex(end) && tokens[end]!.text !== 'Ministry') end++;
        written = this.surface(i, end);
        k = end;
      }
      let stateIso = iso;
      const of = tokens[k]?.lower === 'of' ? this.stateAt(k + 1, true) : undefined;
      if (of) {
        stateIso = of.iso;
        k = of.end;
      }
      return this.addMinistry(first, k, f, ft, stateIso, written);
    }
    return i;
  }

  /**
   * A state at k, past a "the" ("of (the) Republic of Belarus"), named in any form or, with
   * `nameOnly`, by its name alone: its ISO code and where it ends.
   */
  private stateAt(k: number, nameOnly = false): { iso: string; end: number } | undefined {
    if (this.s.tokens[k]?.lower === 'the') k++;
    const lex = this.lex(k);
    return lex && lex.entry.type === 'country' && (!nameOnly || lex.entry.form === 'name') ? { iso: lex.entry.iso, end: lex.end } : undefined;
  }

  private addMinistry(first: number, last: number, field: string, fieldText: string, iso: string | undefined, written?: string): number {
    // "The Foreign Ministry in Astana": a ministry placed by its state's capital (or name).
    if (iso === undefined && this.tok(last)?.lower === 'in') {
      const lex = this.lex(last + 1);
      if (lex !== undefined && lex.entry.type === 'country' && (lex.entry.form === 'capital' || lex.entry.form === 'name')) {
        iso = lex.entry.iso;
        last = lex.end;
      }
    }
    const shown = fieldText.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    this.add({
      first,
      last,
      kind: 'Agency',
      form: 'name',
      key: `agency:ministry:${field}:${iso ?? '?'}`,
      name: written ?? (iso ? `${demonymOf(iso)} ${shown} Ministry` : `${shown} Ministry`),
      ...(iso ? { affiliation: `state:${iso}` } : {}),
    });
    return last;
  }

  /** "Russian Embassy in Berlin", "the Czech mission in Moscow", "Embassy of Russia". */
  private post(first: number, headAt: number, iso: string | undefined): number {
    const tokens = this.s.tokens;
    // "the Moroccan Consulate General in Oran": one post, its title two words.
    const general = tokens[headAt]!.lower === 'consulate' && tokens[headAt + 1]?.text === 'General';
    // "the Pakistan High Commission in New Delhi": a Commonwealth state's embassy in another.
    const high = isHighCommission(tokens, headAt);
    let j = general || high ? headAt + 2 : headAt + 1;
    let stateIso = iso;
    let stateFirst = -1;
    if (!stateIso && tokens[j]?.lower === 'of') {
      const state = this.stateAt(j + 1);
      if (!state) return headAt;
      stateIso = state.iso;
      stateFirst = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      j = state.end;
    }
    if (!stateIso) return headAt;
    // "Iran's mission to the United Nations": a state's mission to an international body, no embassy.
    let body: string | undefined;
    if (tokens[headAt]!.lower === 'mission' && tokens[j]?.lower === 'to') {
      const at = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
      const lex = this.lex(at);
      if (lex?.entry.type === 'org' && lex.entry.org.category === 'international') {
        body = lex.entry.org.name;
        j = lex.end;
      }
    }
    let city: string | undefined;
    if (tokens[j]?.lower === 'in' && isWord(tokens[j + 1]) && tokens[j + 1]!.upper) {
      const lex = this.lex(j + 1);
      if (lex && lex.entry.type === 'country' && lex.entry.form === 'capital') {
        // ("in New Delhi", "in Washington, D.C.": the city's whole name, without the district after a comma.)
        city = this.surface(j + 1, lex.end).split(',')[0]!;
        j = lex.end;
      } else if (!lex && !FUNCTION_WORDS.has(tokens[j + 1]!.lower)) {
        // The whole name of a city that is no capital: "Tel Aviv", "Rio de Janeiro".
        let end = j + 2;
        for (;;) {
          const particle = CITY_PARTICLES.has(tokens[end]?.lower ?? '') && isWord(tokens[end + 1]) && tokens[end + 1]!.upper ? 1 : 0;
          const next = tokens[end + particle];
          if (end - j > 4 || !isWord(next) || !next!.upper || this.lex(end + particle) || FUNCTION_WORDS.has(next!.lower) || isTitleWord(next!.lower)) break;
          end += particle + 1;
        }
        city = this.surface(j + 1, end);
        j = end;
      }
    }
    if (body) {
      this.add({ first, last: j, kind: 'Agency', form: 'name', key: `agency:mission:${stateIso}:${body.toLowerCase()}`, name: `${demonymOf(stateIso)} Mission to the ${body}`, affiliation: `state:${stateIso}` });
      return j;
    }
    const kind = tokens[headAt]!.lower === 'consulate' ? 'Consulate' : 'Embassy';
    // ("the Consulate of Belarus": the state named inside, a modifier as "Belarusian" is in "the Belarusian Consulate".)
    const named = stateFirst >= 0 ? this.lex(stateFirst) : undefined;
    if (named !== undefined && named.entry.type === 'country') this.addState(stateFirst, named.end, stateIso, named.entry.form, { modifier: true });
    this.add({
      first,
      last: j,
      kind: 'Agency',
      form: 'name',
      key: `agency:post:${kind.toLowerCase()}:${stateIso}:${(city ?? '?').toLowerCase()}`,
      name: `${demonymOf(stateIso)} ${high ? 'High Commission' : kind}${general ? ' General' : ''}${city ? ` in ${city}` : ''}`,
      affiliation: `state:${stateIso}`,
    });
    return j;
  }

  /** "Swedish Security Service": the whole capitalised run as one agency named as written. */
  private orgRunFrom(first: number, end: number, iso: string): number {
    const name = this.surface(first, end);
    this.add({ first, last: end, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name, affiliation: `state:${iso}` });
    return end;
  }

  /**
   * "Alternative for Germany (AfD)", "Tehrik-e-Taliban Pakistan (TTP)": a name defined by the acronym
   * in brackets right after it (which starts with the name's first letter, and, where the name has
   * no connector, spells its capitals) is an organisation even without a head word; the acronym
   * names it too (later mentions of it are resolved in entities.ts).
   */
  private definedByAcronym(i: number): number {
    const tokens = this.s.tokens;
    this.bracket ??= tokens.some((t) => t.text === '(');
    if (!this.bracket) return i;
    let j = i;
    let words = 0;
    let connector = false;
    while (j < tokens.length && j - i < 8) {
      const t = tokens[j]!;
      if (isWord(t) && t.upper && !isAcronym(t)) {
        words++;
        j++;
      } else if (words > 0 && ACRONYM_CONNECTORS.has(t.text) && isWord(tokens[j + 1]) && tokens[j + 1]!.upper) {
        connector = true;
        j++;
      } else break;
    }
    const acronym = tokens[j + 1];
    if (words < 2 || tokens[j]?.text !== '(' || tokens[j + 2]?.text !== ')' || !acronym || !DEFINED_ACRONYM.test(acronym.text)) return i;
    if (acronym.text[0] !== tokens[i]!.text[0]) return i;
    const name = this.surface(i, j);
    // Without a connector only an exact match of the capitals: "Tehrik-e-Taliban Pakistan (TTP)",
    // never "Friedrich Merz (CDU)".
    if (!connector && capitalInitials(name) !== acronym.text.toUpperCase()) return i;
    const key = `agency:name:${name.toLowerCase()}`;
    this.add({ first: i, last: j, kind: 'Agency', form: 'name', key, name });
    this.add({ first: j + 1, last: j + 2, kind: 'Agency', form: 'name', key, name, surface: acronym.text });
    return j + 3;
  }

  /**
   * "Likud leader Benjamin Netanyahu", "Reform UK leader Nigel Farage": capitalised words no lexicon
   * opens, right before "leader" (or chairman, founder) and a name, are the body led.
   */
  private bodyBeforeLeader(i: number): number {
    const tokens = this.s.tokens;
    if (!(this.cueWords() & LEADER_CUE) || this.lex(i) || FUNCTION_WORDS.has(tokens[i]!.lower) || isTitleWord(tokens[i]!.lower) || MONTHS.has(tokens[i]!.lower) || WEEKDAYS.has(tokens[i]!.lower)) return i;
    let j = i;
    while (j - i < 3 && isWord(tokens[j]) && tokens[j]!.upper && !isTitleWord(tokens[j]!.lower)) j = this.lex(j)?.end ?? j + 1;
    if (j === i || !BODY_LEADERS.has(tokens[j]?.text ?? '') || !isWord(tokens[j + 1]) || !tokens[j + 1]!.upper) return i;
    // "Gang leader Jimmy Cherizier": one capitalised word opening the sentence may be a common noun.
    if (j === i + 1 && i <= datelineEnd(tokens)) return i;
    const name = this.surface(i, j);
    this.add({ first: i, last: j, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name });
    return j;
  }

  /**
   * "the ruling Morena party", "the opposition Likud party": a party's name before a lower-case
   * "party", after a word that places it in politics; "the Islamic Jihad militant group": an armed
   * group's name before what it is. The name alone names it ("Morena").
   */
  private bodyBeforeLowerHead(i: number, demonymFirst = false): number {
    const tokens = this.s.tokens;
    if (!(this.cueWords() & BODY_HEAD_CUE)) return i;
    let j = i;
    while (j - i < 4 && isWord(tokens[j]) && tokens[j]!.upper && (!this.lex(j) || (demonymFirst && j === i)) && !FUNCTION_WORDS.has(tokens[j]!.lower)) {
      j++;
      // "National People's Power": a possessive inside the name, between capitalised words.
      if (tokens[j]?.lower === "'s" && tokens[j + 1]?.upper && isWord(tokens[j + 1])) j++;
    }
    if (j === i || tokens[j - 1]!.lower === "'s") return i;
    let end = -1;
    let before = tokens[i - 1]?.lower ?? '';
    // "whose anti-graft Semilla movement": a compound adjective between the owner and the name.
    if (before.includes('-') && !POLITICAL_PLACERS.has(before)) before = tokens[i - 2]?.lower ?? '';
    if (PARTY_HEADS.includes(tokens[j]?.text ?? '') && (POLITICAL_PLACERS.has(before) || PARTY_OWNERS.has(before))) end = j + 1;
    // "the Palestinian Islamic Jihad militant group", "the Allied Democratic Forces rebel group"
    // (its demonym only qualifies it: the group is "Islamic Jihad").
    else if (!demonymFirst && ARMED_DESCRIPTORS.has(tokens[j]?.text ?? '') && ARMED_HEADS.has(tokens[j + 1]?.text ?? '')) end = j + 2;
    if (end < 0) return i;
    const name = this.surface(i, j);
    this.add({ first: i, last: end, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name });
    return end;
  }

  /**
   * "Unión por la Patria", "Partido dos Trabalhadores", "Rassemblement pour la République": a
   * Spanish, Portuguese, French or Italian body, its head first, named after its connectors.
   */
  private romanceOrg(i: number): number {
    const tokens = this.s.tokens;
    if (!ROMANCE_ORG_HEADS.has(tokens[i]!.lower)) return i;
    let j = i + 1;
    let end = i;
    for (let connectors = 0; j < tokens.length && j - i < 9; j++) {
      const t = tokens[j]!;
      if (isWord(t) && t.upper && !FUNCTION_WORDS.has(t.lower)) {
        end = j + 1;
        connectors = 0;
      } else if (isWord(t) && !t.upper && ROMANCE_CONNECTORS.has(t.lower) && connectors < 2) connectors++;
      else break;
    }
    // A connector and a name after the head: "Frente Amplio" alone reads as any two capitalised words.
    if (end <= i + 1 || !ROMANCE_CONNECTORS.has(tokens[i + 1]!.lower)) return i;
    const name = this.surface(i, end);
    this.add({ first: i, last: end, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name });
    return end;
  }

  /** Where a Malay honorific at j ends ("Datuk Seri", "Dato' Sri", "Tan Sri", "Tun"), before a name; else j. */
  /** Where a style of address ("His Royal Highness") that starts at j ends, or j. */
  private styleEnd(j: number): number {
    const tokens = this.s.tokens;
    if (!STYLE_POSSESSIVES.has(tokens[j]?.lower ?? '')) return j;
    const k = tokens[j + 1]?.upper && STYLE_QUALIFIERS.has(tokens[j + 1]!.lower) ? j + 2 : j + 1;
    return tokens[k]?.upper && STYLES.has(tokens[k]!.lower) ? k + 1 : j;
  }

  private honorificEnd(j: number): number {
    const tokens = this.s.tokens;
    const t = tokens[j];
    if (!t || !t.upper || t.shape !== 'word') return j;
    let k = j;
    // "Custodian of the Two Holy Mosques King Salman": the Saudi king's style, before his title.
    if (t.lower === 'custodian' && CUSTODIAN_STYLE.every((w, n) => tokens[j + 1 + n]?.lower === w)) {
      k = j + 1 + CUSTODIAN_STYLE.length;
      return isWord(tokens[k]) && tokens[k]!.upper && (isTitleWord(tokens[k]!.lower) || this.nameToken(k, true)) ? k : j;
    }
    if ((t.lower === 'tan' || t.lower === 'puan' || t.lower === 'toh') && tokens[j + 1]?.lower === 'sri' && tokens[j + 1]!.upper) k = j + 2;
    else if (MALAY_HONORIFICS.has(t.lower)) {
      k = j + 1;
      if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
      if ((tokens[k]?.lower === 'seri' || tokens[k]?.lower === 'sri') && tokens[k]!.upper) k++;
    }
    return k > j && this.nameToken(k, true) ? k : j;
  }

  /**
   * At `inAt`, "in <place>" after a mission's head ("Mission in South Sudan"): where the place
   * ends, a known one, or with `anyName` any run of capitalised words; else -1.
   */
  private servedPlaceEnd(inAt: number, anyName: boolean): number {
    const tokens = this.s.tokens;
    if (tokens[inAt]?.lower !== 'in' || !PLACED_HEADS.has(tokens[inAt - 1]?.lower ?? '') || !isWord(tokens[inAt + 1]) || !tokens[inAt + 1]!.upper) return -1;
    const place = this.lex(inAt + 1);
    if (place) return place.end;
    if (!anyName) return -1;
    let j = inAt + 1;
    while (isWord(tokens[j]) && tokens[j]!.upper) j++;
    return j;
  }

  /** A run of capitalised words ending in an organisation head: "Democratic National Committee". */
  private orgRun(i: number, iso: string | undefined, first = i): number {
    const tokens = this.s.tokens;
    // "Ministry of Foreign Affairs of Lithuania": a ministry of a known field named with its state is ministry()'s.
    if (tokens[i]!.text === 'Ministry' && tokens[i + 1]?.lower === 'of' && this.ministryOfState(i + 2)) return i;
    // "the Chief of Defence Forces, Gen X,": an office of a body is a person's, not the body.
    if (PERSON_ROLE_NOUNS.has(tokens[i]!.lower) && tokens[i + 1]?.lower === 'of') return i;
    let j = i;
    let headEnd = -1;
    let titled = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // "Palestinian Authority President Mahmoud Abbas": an office title right after a head ends
      // the organisation; the title and the person after it are the person's.
      if (j > i && t.upper && ORG_HEADS.has(tokens[j - 1]!.lower) && LEADER_TITLES.has(t.lower) && isWord(tokens[j + 1]) && tokens[j + 1]!.upper) {
        titled = true;
        break;
      }
      if (isWord(t) && t.upper && !(j === i && FUNCTION_WORDS.has(t.lower))) {
        // ("Department of International Relations and Cooperation": "International" before another
        // capitalised word qualifies it; "Amnesty International" ends on it.)
        const qualifier = t.lower === 'international' && isWord(tokens[j + 1]) && tokens[j + 1]!.upper;
        const head = ORG_HEADS.has(t.lower) && !qualifier && !(CAPITALS_ONLY_SUFFIXES.has(t.lower) && t.text !== t.text.toUpperCase());
        // ("Islamic Republic of Iran Broadcasting": after a state's name, one word of a medium's or carrier's name is enough.)
        const named = j === i && first < i && STATE_NAMED_HEADS.has(t.lower);
        if ((head || (t.lower === 'church' && DENOMINATIONS.has(tokens[j - 1]!.lower))) && (j > i || named)) headEnd = j + 1;
        j++;
        continue;
      }
      // "Federal Prosecutor's Office", "Prime Minister's Office": an office named after its holder.
      // "Bishops' Conference", "Workers' Party", "People's Liberation Army": a plural's possessive inside the name.
      const pluralOwner = j > i && (t.text.length === 1 || tokens[j - 1]!.lower === 'people') && tokens[j - 1]!.upper && isWord(tokens[j + 1]) && tokens[j + 1]!.upper;
      if (t.lower === "'s" && j > i && (pluralOwner || (isTitleWord(tokens[j - 1]!.lower) && tokens[j + 1]?.upper && ORG_HEADS.has(tokens[j + 1]!.lower)))) {
        j++;
        continue;
      }
      // "United Nations Assistance Mission in Afghanistan", "Russian Mission in Geneva": a mission
      // named with where it serves.
      const served = headEnd === j ? this.servedPlaceEnd(j, true) : -1;
      if (served > 0) {
        j = headEnd = served;
        break;
      }
      // "Organisation for the Prohibition of ...": connectors only between capitalised words.
      // "Human Rights Watch and Amnesty International" are two: no "and" after a head.
      // ("General Directorate of Migration and Foreign Affairs": past "of", an "and" joins what it is of.)
      if ((t.lower === 'and' || t.lower === '&') && headEnd > 0 && !this.joinsComplement(headEnd, j)) break;
      // "Office of the President": past "the" too, right after a head ("Kim of the People Power Party" is two).
      const theAfterHead = tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.upper && ORG_HEADS.has(tokens[j - 1]?.lower ?? '');
      if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === '&') && j > i && (tokens[j + 1]?.upper || theAfterHead)) {
        let k = j + 1;
        if (tokens[k]?.lower === 'the') k++;
        const entry = this.lexicon[k]?.values[0];
        // "Court of Justice of the European Union" goes on; "Embassy of Russia" stops at the state,
        // but not at a demonym that qualifies the next word ("Union of Russian Journalists").
        if (!tokens[k]?.upper || (entry?.type === 'country' && !(entry.form === 'demonym' && isWord(tokens[k + 1]) && tokens[k + 1]!.upper))) break;
        j = k;
        continue;
      }
      break;
    }
    // "Alliance of Sahel States", "Centre for Strategic Studies": a head first, named after "of" or "for".
    if (headEnd < 0 && ORG_HEADS.has(tokens[i]!.lower) && CONNECTORS_AFTER_HEAD.has(tokens[i + 1]?.lower ?? '') && j > i + 2 && !this.titleCase) headEnd = j;
    // "U.S. Forces Korea": after a state, a head that goes on into more capitalised words.
    if (headEnd < 0 && first < i && ORG_HEADS.has(tokens[i]!.lower) && (j > i + 1 || titled) && !this.titleCase) headEnd = j;
    if (headEnd < 0) return i;
    // "European Court of Human Rights", "Executive Council of Australian Jewry": a head that goes
    // on through "of" names the whole run, unless an office title starts a person's name there.
    if (headEnd < j && CONNECTORS_AFTER_HEAD.has(tokens[headEnd]!.lower) && !this.titleCase) {
      let titleAhead = false;
      // An office's own noun, not a word that may also qualify one ("National Security").
      for (let k = headEnd + 1; k < j && !titleAhead; k++) titleAhead = PERSON_ROLE_NOUNS.has(tokens[k]!.lower);
      if (!titleAhead) headEnd = j;
    }
    // "Chief Cabinet Secretary Yoshimasa Hayashi", "Foreign Affairs Cabinet Secretary ...": a run
    // of title words that goes on into another title word is an office, not an organisation.
    if (isTitleWord(tokens[headEnd]?.lower ?? '') && tokens[headEnd]!.upper) {
      let allTitles = true;
      for (let k = i; k < headEnd && allTitles; k++) allTitles = isTitleWord(tokens[k]!.lower);
      if (allTitles) return i;
    }
    const headWord = tokens[headEnd - 1]!.lower;
    if (POST_HEADS.has(headWord) || headWord === 'ministry') return i;
    // "Foreign Minister Sergei Lavrov" never gets here (no head); a person's title before a head
    // ("President Council") is not an organisation either.
    // A bare head after its state ("Palestinian Authority") is named with the state, as written.
    // A longer name after a state ("the Dutch State Security Committee") is named with the state's
    // demonym: without it every state's committee would be one node across a corpus.
    // "China's Taiwan Affairs Office", "Mainland Affairs Council": a body for a state's affairs is
    // not that state's; it keeps its name as written, and its owner is whoever the text says.
    if (first < i && tokens[i]?.lower === 'affairs') {
      const name = this.surface(first, headEnd);
      this.add({ first, last: headEnd, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name });
      return headEnd;
    }
    // "Panama Ports Co.": a company keeps the name it trades under and is no state's body.
    if (COMPANY_SUFFIXES.has(headWord)) {
      const name = this.surface(tokens[i - 1]?.lower === "'s" ? i : first, headEnd);
      this.add({ first, last: headEnd, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name });
      return headEnd;
    }
    const name = headEnd === i + 1 && first < i ? this.surface(first, headEnd) : iso && first < i ? `${demonymOf(iso)} ${this.surface(i, headEnd)}` : this.surface(i, headEnd);
    this.add({ first, last: headEnd, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name, ...(iso ? { affiliation: `state:${iso}` } : {}) });
    return headEnd;
  }

  // ---- states ----------------------------------------------------------------------------

  private lexiconMention(i: number, end: number, entry: LexiconEntry): number {
    const tokens = this.s.tokens;
    if (entry.type === 'region') {
      this.add({ first: i, last: end, kind: 'Place', form: 'name', key: `place:${entry.name.toLowerCase()}`, name: entry.name });
      return end;
    }
    if (entry.type === 'org') return this.knownOrg(i, end, entry);
    const iso = entry.iso;
    const possessive = tokens[end]?.lower === "'s";
    const after = possessive ? end + 1 : end;
    const nextTok = tokens[after];
    const prev = tokens[i - 1];
    const prepAt = prev?.lower === 'the' ? i - 2 : i - 1;
    const prep = tokens[prepAt]?.lower ?? '';
    // "in Moscow", "a flight to Moscow" are places; a state's own name stays the state even
    // then ("sanctions on Russia"), only marked as a location after "in", "into" and the like.
    // "pointed the finger at Moscow", "a jab aimed at Beijing": the capital is a target, not a place.
    const aimedAt = prep === 'at' && AIMING_WORDS.has(tokens[prepAt - 1]?.lower ?? '');
    // "subordinate to Washington", "loyal to Moscow", "ties to Beijing": a relation to the state, no place.
    const relatedTo = prep === 'to' && RELATED_TO.has(tokens[prepAt - 1]?.lower ?? '');
    // ("Messages of congratulation poured in from Moscow": so after what pours in.)
    const sentFrom = prep === 'from' && (SENT_FROM.has(tokens[prepAt - 1]?.lower ?? '') || (tokens[prepAt - 1]?.lower === 'in' && POURING_VERBS.has(tokens[prepAt - 2]?.lower ?? '')));
    // ("in response to Riga's expulsion of", "in Russia's view": a possessive is never where something is.)
    const locative = !possessive && (entry.form === 'capital' ? LOCATIVE_PREPOSITIONS.has(prep) && !aimedAt && !relatedTo && !sentFrom : STATE_LOCATIVES.has(prep));

    // "the Central African country", "the Gulf nation": after "the", a demonym before "country"
    // describes a region the state is in, not the state of that demonym.
    if (entry.form === 'demonym' && prev?.lower === 'the' && REGION_DESCRIBED.has(nextTok?.lower ?? '') && !nextTok!.upper) return end + 1;
    // "Indian Ocean", "Taiwan Strait", "South China Sea": a place named after a state.
    if (!possessive && nextTok?.upper && GEO_HEADS.has(nextTok.lower)) return this.addPlace(i, end + 1);
    // "the Vienna Convention", "the Paris Agreement", "the Minsk Agreements": a thing named after
    // a place, whose state is no actor in it (the name words after it are nobody either).
    if (!possessive && entry.form !== 'demonym' && nextTok?.upper && THING_TAILS.has(nextTok.lower)) return end + 1;
    if (entry.form === 'capital' && !possessive) {
      // "Washington, Berlin and London sent" acts; "in Moscow" is only where, as is "ARD's Moscow
      // correspondent" (based there, not one of the state's people).
      if (locative || BASED_IN.has(nextTok?.lower ?? '')) {
        // The state is kept on the place: "ordered to leave Accra" still says who ordered.
        this.add({ first: i, last: end, kind: 'Place', form: 'name', key: `place:${this.surface(i, end).toLowerCase()}`, name: this.surface(i, end), iso });
        return end;
      }
    }
    // "Washington Post", "Moscow Times": a capital inside an organisation's name.
    if (entry.form === 'capital' && !possessive && !this.titleCase && nextTok?.upper && !this.lex(after)) {
      const named = this.orgRun(i, undefined);
      if (named > after) return named;
    }
    // Modifier positions: "Russian Foreign Ministry", "Russia's GRU", "British Prime Minister".
    if (nextTok && entry.form !== 'demonymPlural' && !(entry.form === 'capital' && !possessive)) {
      // "North Korea's Lazarus group", "Chinese hacking group APT40": a group named as one.
      if ((possessive || entry.form === 'demonym') && !this.titleCase) {
        const group = this.namedGroupFrom(i, after, iso);
        if (group > after) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          return group;
        }
      }
      const lexNext = this.lex(after);
      // "Swedish Security Service" is not MI5: a listed body of another state is only a name.
      // Nor is "Russia's Security Council" the UN's.
      const generic = lexNext?.entry.type === 'org' && GENERIC_BODY_NAMES.has(this.surface(after, lexNext.end));
      if (lexNext && lexNext.entry.type === 'org' && ((lexNext.entry.org.iso && lexNext.entry.org.iso !== iso && !possessive) || generic)) {
        // "the Pakistani Foreign Office" is Pakistan's foreign ministry, not the listed British one.
        const ministry = this.ministry(after, iso, i);
        if (ministry > after) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          return ministry;
        }
        const org = this.orgRunFrom(i, lexNext.end, iso);
        if (org > after) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          return org;
        }
      }
      if (lexNext && lexNext.entry.type === 'org' && !(lexNext.entry.org.iso && lexNext.entry.org.iso !== iso)) {
        this.addState(i, end, iso, entry.form, { possessive });
        return this.knownOrg(i, lexNext.end, lexNext.entry, iso);
      }
      // "Bahrain's parliament", "the Kenyan senate": a state's legislature written in lower case.
      // "the Chinese coast guard": a state's guard service written in lower case is the same body
      // as "the Chinese Coast Guard" (named with the demonym, as orgRun names it).
      if (!nextTok.upper && GUARD_SERVICES.has(nextTok.lower) && tokens[after + 1]?.lower === 'guard' && (possessive || entry.form === 'demonym')) {
        this.addState(i, end, iso, entry.form, { possessive, modifier: true });
        const name = `${demonymOf(iso)} ${nextTok.lower === 'coast' ? 'Coast' : 'Border'} Guard`;
        this.add({ first: i, last: after + 2, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name, affiliation: `state:${iso}`, surface: this.surface(i, after + 2) });
        return after + 2;
      }
      // "Israel's parliament" is the Knesset where the state's own legislature is known by name.
      const named = nextTok.lower === 'parliament' ? NAMED_LEGISLATURES.get(iso) : undefined;
      const legislature = !nextTok.upper ? (named ?? LOWER_CASE_LEGISLATURES.get(nextTok.lower)) : undefined;
      if (legislature && (possessive || entry.form === 'demonym')) {
        this.addState(i, end, iso, entry.form, { possessive, modifier: true });
        return this.knownOrg(i, after + 1, { type: 'org', org: legislature } as Extract<LexiconEntry, { type: 'org' }>, iso);
      }
      const ministry = this.ministry(after, iso, i);
      if (ministry > after) {
        this.addState(i, end, iso, entry.form, { possessive, modifier: true });
        return ministry;
      }
      if (POST_HEADS.has(nextTok.lower) || isHighCommission(tokens, after)) {
        const post = this.post(i, after, iso);
        if (post > after) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          return post;
        }
      }
      const govAt = this.pastGovernmentModifiers(after);
      if ((GOVERNMENT_NOUNS.has(tokens[govAt]?.lower ?? '') || this.stateAsHead(govAt)) && !tokens[govAt]!.upper) {
        const surface = this.surface(i, govAt + 1);
        this.add({ first: i, last: govAt + 1, kind: 'State', form: 'government', key: `state:${iso}`, name: countryName(iso), iso, surface });
        return govAt + 1;
      }
      // "Georgia's ruling Georgian Dream party": a party whose name opens on a demonym.
      if (!this.titleCase && entry.form === 'demonym' && !possessive && nextTok.upper && !this.lex(after)) {
        const party = this.bodyBeforeLowerHead(i, true);
        if (party > i) return party;
      }
      // "Israel Police", "Kenya Police": a state's police force by its proper name.
      if (!this.titleCase && entry.form === 'name' && !possessive && nextTok.text === 'Police' && !(isWord(tokens[after + 1]) && tokens[after + 1]!.upper)) {
        const org = this.orgRunFrom(i, after + 1, iso);
        this.addState(i, end, iso, entry.form, { possessive, modifier: true });
        return org;
      }
      if (!this.titleCase && nextTok.upper && !this.lex(after)) {
        const org = this.orgRun(after, iso, i);
        if (org > after) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          return org;
        }
      }
      // Nationals: "60 Russian diplomats", "U.S. intelligence agencies", "Canada's ambassador".
      // "Canada's ambassador", "Russian intelligence officers", but "U.S. officials" only next to
      // a bare name: "Peru withdrew its envoy" is a clause.
      let nationals = this.nationalsHead(after, possessive || entry.form === 'demonym' ? 3 : 1);
      // ("Libya's new unity prime minister": an office may sit four words after its state's possessive.)
      if (nationals < 0 && possessive) {
        const far = this.nationalsHead(after, 4);
        if (far > 0 && isRoleNoun(tokens[far - 1]!.lower)) nationals = far;
      }
      if (nationals > 0) {
        const headTok = tokens[nationals - 1]!;
        // "Malaysia's prime minister, Anwar Ibrahim," / "the Iraqi president, X,": the state only
        // qualifies the office; the apposition names the actor.
        // "the Saudi Minister of Foreign Affairs, Prince Faisal,": past the portfolio after "of".
        let comma = nationals;
        if (tokens[comma]?.lower === 'of' && headTok.upper) {
          comma++;
          while (comma < nationals + 5 && isWord(tokens[comma]) && (tokens[comma]!.upper || tokens[comma]!.lower === 'and')) comma++;
        }
        if (isRoleNoun(headTok.lower) && tokens[comma]?.text === ',' && this.startsName(comma + 1)) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          // The holder is the state's: "Sudan's foreign minister, X," speaks for Sudan.
          const holder = this.person(comma + 1, `state:${iso}`);
          return holder > comma + 1 ? holder : after;
        }
        // "the Brazilian leader": a person of that state, named earlier (resolved later).
        const leader = (LEADER_NOUNS.has(headTok.lower) && nationals === after + 1) || (headTok.lower === 'minister' && tokens[nationals - 2]?.lower === 'prime' && nationals === after + 2);
        // "his Rwandan counterpart, Paul Kagame,": the state, with the person in apposition.
        const named = headTok.lower === 'counterpart' && tokens[nationals]?.text === ',' && this.startsName(nationals + 1);
        if (leader && !named && !this.startsName(nationals) && !possessive) {
          this.add({ first: i, last: nationals, kind: 'Person', form: 'nominal', key: `nominal:${headTok.lower}`, name: this.surface(i, nationals), anaphor: headTok.lower, title: this.surface(after, nationals), affiliation: `state:${iso}`, iso });
          return nationals;
        }
        // A named person after the title: "Russian Ambassador Anatoly Antonov".
        if (!(headTok.upper || isRoleNoun(headTok.lower)) || !this.startsName(nationals)) {
          this.add({
            first: i,
            last: nationals,
            kind: 'State',
            form: 'nationals',
            key: `state:${iso}`,
            name: countryName(iso),
            iso,
            object: this.surface(after, nationals),
            plural: !isRoleNoun(headTok.lower) && headTok.lower.endsWith('s'),
            surface: this.surface(i, nationals),
          });
          return nationals;
        }
      }
      // "British Columbia", "French Guiana", "British Airways": a demonym fused with one proper word
      // names a place or a company of its own, not the state (nor a person "Columbia").
      if (entry.form === 'demonym' && !this.titleCase && !TITLE_WORDS.has(nextTok.lower) && this.nameToken(after, false) && !this.nameToken(after + 1, true) && tokens[after + 1]?.lower !== "'s" && !possessive) {
        return after + 1;
      }
      if (TITLE_WORDS.has(nextTok.lower) || (nextTok.upper && this.startsName(after))) {
        const before = this.mentions.length;
        const person = this.person(after, `state:${iso}`);
        if (person > after && this.mentions.length > before) {
          this.addState(i, end, iso, entry.form, { possessive, modifier: true });
          // Keep document order: the state before the person.
          const p = this.mentions.splice(before, 1)[0]!;
          this.mentions.push(p);
          return person;
        }
      }
    }
    if (entry.form === 'demonymPlural') {
      // "60 Russians diplomats": a stray plural before the head.
      if (NATIONALS_NOUNS.has(tokens[end]?.lower ?? '') && tokens[end]!.shape === 'word') {
        this.add({ first: i, last: end + 1, kind: 'State', form: 'nationals', key: `state:${iso}`, name: countryName(iso), iso, object: tokens[end]!.text, plural: true });
        return end + 1;
      }
      this.add({ first: i, last: end, kind: 'State', form: 'nationals', key: `state:${iso}`, name: countryName(iso), iso, object: tokens[i]!.text, plural: true });
      return end;
    }
    // "accused the Latvian, a first secretary, of": a demonym standing alone after "the" is one national.
    if (entry.form === 'demonym' && !possessive && prev?.lower === 'the' && LONE_NATIONAL_ENDS.has(tokens[end]?.lower ?? '')) {
      this.add({ first: i - 1, last: end, kind: 'State', form: 'nationals', key: `state:${iso}`, name: countryName(iso), iso, plural: false, surface: this.surface(i - 1, end) });
      return end;
    }
    this.addState(i, end, iso, entry.form, { possessive, locative, modifier: entry.form === 'demonym' });
    return end;
  }

  /**
   * "a hacking group known as APT40", "the Chinese state-backed group APT40", "the Lazarus group":
   * an organisation the text names as one (hacking groups, gangs, networks), whatever the shape of
   * its name; the state of a nationality before it is its state. `i` is at "a", "an" or "the".
   */
  private namedGroup(i: number): number {
    if (this.titleCase) return i;
    let k = i + 1;
    let iso: string | undefined;
    let stateAt: { first: number; last: number; form: string } | undefined;
    const lex = this.lex(k);
    if (lex && lex.entry.type === 'country' && lex.entry.form === 'demonym') {
      iso = lex.entry.iso;
      stateAt = { first: k, last: lex.end, form: lex.entry.form };
      k = lex.end;
    }
    const end = this.namedGroupFrom(i, k, iso);
    if (end > k && stateAt) this.addState(stateAt.first, stateAt.last, iso!, stateAt.form, { modifier: true });
    return end > k ? end : i;
  }

  /**
   * The group named from k on, opened at `first` ("the", "a", a state's possessive): "Lazarus
   * group", "hacking group known as APT40", "group APT40"; its end, or k.
   */
  private namedGroupFrom(first: number, k: number, iso: string | undefined): number {
    const tokens = this.s.tokens;
    // "the Lazarus group", "North Korea's Lazarus group": the name before the noun.
    const before = this.groupNameEnd(k);
    if (before > k && NAMED_GROUP_HEADS.has(tokens[before]?.lower ?? '') && !tokens[before]!.upper && !this.lex(k)) {
      return this.addNamedGroup(first, before + 1, k, before, iso);
    }
    const described = k;
    while (k < described + 4 && isWord(tokens[k]) && !tokens[k]!.upper && !NAMED_GROUP_HEADS.has(tokens[k]!.lower) && !FUNCTION_WORDS.has(tokens[k]!.lower)) k++;
    if (!NAMED_GROUP_HEADS.has(tokens[k]?.lower ?? '') || tokens[k]!.upper) return described;
    let nameAt = k + 1;
    if (tokens[nameAt]?.text === ',') nameAt++;
    if (NAMING_WORDS.has(tokens[nameAt]?.lower ?? '')) nameAt += tokens[nameAt]!.lower === 'known' && tokens[nameAt + 1]?.lower === 'as' ? 2 : 1;
    else if (nameAt !== k + 1) return described;
    const end = this.groupNameEnd(nameAt);
    if (end === nameAt || this.lex(nameAt)) return described;
    return this.addNamedGroup(first, end, nameAt, end, iso);
  }

  /**
   * Names read as people's that name something else: a ship after its kind ("the tanker Eagle S"),
   * dropped; and a name of two or more words right after "the", with no title ("the Sierra Madre",
   * "the Golden Dawn"), a place where a preposition of place comes before, else a body. (Not "the
   * Joe Biden administration": a person's own government or circle.)
   */
  private thingsNamedAsPeople(): void {
    const tokens = this.s.tokens;
    // "the tanker Eagle S", "the vessel Hai Xing 9": a ship's name is nobody.
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.kind === 'Person' && m.form === 'name' && m.title === undefined && VESSEL_NOUNS.has(tokens[m.first - 1]?.lower ?? '')) this.mentions.splice(k, 1);
    }
    for (const m of this.mentions) {
      if (m.kind !== 'Person' || m.form !== 'name' || m.title !== undefined || !m.key.startsWith('person:') || tokens[m.first - 1]?.lower !== 'the') continue;
      const next = tokens[m.last];
      if (next && !next.upper && PERSONAL_HOLDINGS.has(next.lower)) continue;
      let styled = false;
      for (let k = m.first; k < m.last && !styled; k++) styled = STYLES_WITH_THE.has(tokens[k]!.lower);
      if (styled) continue;
      // (Not "according to the Amiri Diwan": a source is a body; nor "blamed the attack on the
      // Comandos de la Frontera": what a harm is blamed on is someone.)
      const prep = tokens[m.first - 2]?.lower ?? '';
      const blamedOn = prep === 'on' && tokens.slice(Math.max(0, m.first - 9), m.first - 2).some((t) => BLAME_FORMS.has(t.lower));
      const place = TO_A_PLACE.has(prep) && tokens[m.first - 3]?.lower !== 'according' && !blamedOn;
      m.kind = place ? 'Place' : 'Agency';
      m.key = `${place ? 'place' : 'agency:name'}:${m.name.toLowerCase()}`;
    }
  }

  /**
   * "Europe minister Stephen Doughty", "US Middle East envoy Steve Witkoff": a region of no state
   * right before the office of a titled person is the office's portfolio, part of the title, and
   * not a place the sentence is about (it had stood between the person and the verb).
   */
  private regionalPortfolios(): void {
    const tokens = this.s.tokens;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const region = this.mentions[k]!;
      if (region.kind !== 'Place' || region.iso !== undefined || !isTitleWord(tokens[region.last]?.lower ?? '')) continue;
      const holder = this.mentions.find((m) => m.kind === 'Person' && m.first === region.last && m.title !== undefined);
      if (holder === undefined) continue;
      holder.first = region.first;
      holder.title = `${this.surface(region.first, region.last)} ${holder.title}`;
      this.mentions.splice(k, 1);
    }
  }

  /** "read on the state broadcaster RTB", "carried by the official KCNA news agency": the medium, not the speaker. */
  private markCarriers(): void {
    const tokens = this.s.tokens;
    for (const m of this.mentions) {
      if (m.kind !== 'Agency') continue;
      // ("by Islamic Republic of Iran Broadcasting (IRIB)": its bracketed short name too.)
      if (tokens[m.first - 1]?.text === '(' && this.mentions.some((x) => x.carrier && x.last === m.first - 1)) {
        m.carrier = true;
        continue;
      }
      let k = m.first - 1;
      if (tokens[k]?.lower === 'the') k--;
      // (Past "state broadcaster", "official news agency".)
      while (k > m.first - 5 && isWord(tokens[k]) && !tokens[k]!.upper && !CARRYING_PREPOSITIONS.has(tokens[k]!.lower)) k--;
      if (tokens[k]?.lower === 'the') k--;
      if (!CARRYING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) continue;
      // ("broadcast on Friday by IRIB": past the day it was carried.)
      const verb = tokens[k - 2]?.lower === 'on' && (WEEKDAYS.has(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k - 1]?.lower ?? '')) ? k - 3 : k - 1;
      if (CARRYING_VERBS.has(tokens[verb]?.lower ?? '')) m.carrier = true;
    }
  }

  /** After a given name, '"Tuto"' (one or two capitalised words in quotation marks) and then a name word: where the nickname ends, or k. */
  private nicknameEnd(k: number): number {
    const tokens = this.s.tokens;
    if (!OPENING_QUOTES.has(tokens[k]?.text ?? '')) return k;
    let end = k + 1;
    while (end < k + 3 && isWord(tokens[end]) && tokens[end]!.upper) end++;
    if (end === k + 1 || !CLOSING_QUOTES.has(tokens[end]?.text ?? '')) return k;
    // (Or a particle of one: 'Luiz Inácio "Lula" da Silva'.)
    return this.nameToken(end + 1, true) || this.particles(end + 1) > 0 ? end + 1 : k;
  }

  /** End of a group's name from `k`: up to three capitalised words or codes ("APT40", "Fancy Bear"), or `k`. */
  private groupNameEnd(k: number): number {
    const tokens = this.s.tokens;
    let end = k;
    // ("Jaish al-Adl": a particle joined to a name word goes on.)
    while (end < k + 4 && isWord(tokens[end]) && (tokens[end]!.upper || (end > k && mayBeParticle(tokens[end]!.text))) && !FUNCTION_WORDS.has(tokens[end]!.lower) && !isTitleWord(tokens[end]!.lower)) end++;
    return end;
  }

  private addNamedGroup(first: number, last: number, nameFirst: number, nameLast: number, iso: string | undefined): number {
    const name = this.surface(nameFirst, nameLast);
    this.add({ first, last, kind: 'Agency', form: 'name', key: `agency:name:${name.toLowerCase()}`, name, surface: this.surface(first, last), ...(iso ? { affiliation: `state:${iso}` } : {}) });
    return last;
  }

  private addState(first: number, last: number, iso: string, form: string, flags: { possessive?: boolean; locative?: boolean; modifier?: boolean }): void {
    const mention = this.add({
      first,
      last,
      kind: 'State',
      form: form === 'capital' ? 'capital' : form === 'name' ? 'name' : 'demonym',
      key: `state:${iso}`,
      name: countryName(iso),
      iso,
    });
    if (flags.locative) mention.locative = true;
    if (flags.modifier) mention.modifier = true;
  }

  /** End of "[adjectives] diplomats" after a nationality, or -1. */
  private nationalsHead(i: number, reach: number): number {
    const tokens = this.s.tokens;
    let j = i;
    for (let steps = 0; steps < reach && j < tokens.length; steps++, j++) {
      const t = tokens[j]!;
      if (t.shape !== 'word') return -1;
      // ("Peru's chargé d'affaires": an envoy's office in two words; but not when a name is
      // apposed to it, "Nicaragua's chargé d'affaires in San José, Henry Lacayo,": the person is meant.)
      if (CHARGE.has(t.lower) && tokens[j + 1]?.lower === "d'affaires") return this.nameApposedAfter(j + 2) ? -1 : j + 2;
      // ("Ghana's president-elect": an office to come is the office.)
      if (NATIONALS_NOUNS.has(t.lower.replace(ELECT, ''))) {
        // "intelligence officers", "staff members": take the longer head.
        if (NATIONALS_NOUNS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.shape === 'word') return j + 2;
        return j + 1;
      }
      if (t.upper && !TITLE_WORDS.has(t.lower)) return -1;
      if (FUNCTION_WORDS.has(t.lower) || PRONOUNS.has(t.lower)) return -1;
    }
    return -1;
  }

  /** ", Henry Lacayo," right after k, or after a post ("in San José, Henry Lacayo,"). */
  private nameApposedAfter(k: number): boolean {
    const tokens = this.s.tokens;
    if (tokens[k]?.lower === 'in' || tokens[k]?.lower === 'to') {
      k++;
      while (k < tokens.length && isWord(tokens[k]) && tokens[k]!.upper) k++;
    }
    return tokens[k]?.text === ',' && this.startsName(k + 1);
  }

  // ---- people ----------------------------------------------------------------------------

  /**
   * "Foreign Minister Therese Kayikwamba Wagner": a one-word organisation ("Wagner") that ends a
   * titled or two-word name is the surname. Not in a Title Case headline, not an acronym.
   */
  private orgSurname(j: number, count: number, titled: boolean): boolean {
    if (count === 0 || (count === 1 && !titled) || this.titleCase) return false;
    const lex = this.lex(j);
    return lex !== undefined && lex.entry.type === 'org' && lex.end === j + 1 && /^\p{Lu}\p{Ll}/u.test(this.s.tokens[j]!.text) && !this.nameToken(j + 1, true);
  }

  /** Where the name starts in a run of three to five capitalised words at `from` (the field before it), else -1. */
  private fieldBeforeName(from: number): number {
    const tokens = this.s.tokens;
    let k = from;
    while (k - from < 6 && isWord(tokens[k]) && tokens[k]!.upper && !this.lex(k)) k++;
    const run = k - from;
    if (run < 3 || run > 5 || (isWord(tokens[k]) && tokens[k]!.upper)) return -1;
    return k - 2;
  }

  private person(i: number, affiliation: string | undefined): number {
    const tokens = this.s.tokens;
    // ("His Royal Highness Prince X": past the style of address first.)
    let j = this.styleEnd(i);
    const styled = j > i;
    const titleParts: string[] = [];
    let capitalTitle = false;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // "Datuk Seri Anwar Ibrahim", "Tan Sri Azman Rosli": Malay honorifics are titles, not names.
      const honorific = this.honorificEnd(j);
      if (honorific > j) {
        titleParts.push(this.surface(j, honorific));
        capitalTitle = true;
        j = honorific;
        continue;
      }
      // ("the opposition Labour Party": a capitalised title word that opens a party's name is no office.)
      if (t.upper && titleParts.length > 0 && tokens[j + 1]?.upper && PARTY_NAME_HEADS.has(tokens[j + 1]!.lower)) break;
      if (t.shape === 'word' && isTitleWord(t.lower) && !(t.upper && this.nameToken(j, false))) {
        titleParts.push(t.text);
        if (t.upper) capitalTitle = true;
        j++;
        continue;
      }
      // "Crown Prince and Prime Minister Mohammed bin Salman": two capitalised offices of one person.
      if (t.lower === 'and' && capitalTitle && tokens[j - 1]!.upper && isWord(tokens[j + 1]) && tokens[j + 1]!.upper && isTitleWord(tokens[j + 1]!.lower)) {
        let k = j + 1;
        while (isWord(tokens[k]) && tokens[k]!.upper && isTitleWord(tokens[k]!.lower)) k++;
        if (this.startsName(k)) {
          titleParts.push(t.lower);
          j++;
          continue;
        }
      }
      // ("the then minister for foreign affairs Simon Coveney": "for" joins a portfolio as "of" does.)
      if ((t.lower === 'of' || t.lower === 'for') && titleParts.length > 0 && TITLE_WORDS.has(tokens[j + 1]?.lower ?? '')) {
        titleParts.push(t.lower);
        j++;
        continue;
      }
      // "Supervisor of Elections Litia Qionibaravi", "Director of Public Prosecutions Max Hill": a
      // capitalised office's field no lexicon knows; the run's last two words are the name.
      const field = t.lower === 'of' && capitalTitle ? this.fieldBeforeName(j + 1) : -1;
      if (field > 0) {
        titleParts.push(this.surface(j, field));
        j = field;
        break;
      }
      break;
    }
    const nameStart = j;
    // "the opposition Popular Party": a lower-case title word before an organisation's name.
    if (titleParts.length > 0 && !capitalTitle && !this.titleCase && tokens[j]?.upper) {
      const before = this.mentions.length;
      const org = this.orgRun(j, undefined);
      // ("the opposition Maldivian Democratic Party": read again from its demonym on, as without the title word, to place it.)
      if (org > j && this.lex(j)?.entry.type === 'country') {
        this.mentions.length = before;
        return j;
      }
      if (org > j) return org;
      const party = this.bodyBeforeLowerHead(j);
      if (party > j) return party;
    }
    // "the opposition Republican People's Party": a capitalised title word opens a body's name.
    if (capitalTitle && !this.titleCase && tokens[j]?.upper) {
      let k = i;
      while (!tokens[k]!.upper) k++;
      const org = this.orgRun(k, undefined);
      if (org > j) return org;
    }
    let count = 0;
    let nicknameAt: [number, number] | undefined;
    while (j < tokens.length && count < 5) {
      const countryFirstName = count === 0 && titleParts.length > 0 && this.lex(j)?.entry.type === 'country' && this.lex(j)!.end === j + 1 && this.nameToken(j + 1, true) && !this.lex(j + 1);
      // "Hassan Sheikh Mohamud": an honorific between two names is part of the name.
      const innerHonorific = count > 0 && INNER_HONORIFICS.has(tokens[j]!.lower) && tokens[j]!.upper && this.nameToken(j + 1, true);
      // "Prime Minister KP Sharma Oli", "Minister S Jaishankar": initials in capitals open a titled name.
      const initial = tokens[j]!;
      const initials = count === 0 && titleParts.length > 0 && /^\p{Lu}{1,3}$/u.test(initial.text) && !this.lex(j) && this.nameToken(j + 1, true) && (initial.text.length === 1 || this.nameToken(j + 2, true));
      // "Sheikh Mishal Al Ahmad Al Jaber Al Sabah": a capitalised "Al" inside a name is no more name words.
      if (count > 0 && CAPITAL_NAME_PARTICLES.has(tokens[j]!.text) && this.nameToken(j + 1, true)) {
        j++;
        continue;
      }
      if (this.nameToken(j, count > 0) || countryFirstName || innerHonorific || initials || this.orgSurname(j, count, titleParts.length > 0)) {
        // "Andrej Babis and Jan Hamacek": stop at a month only when it ends the run.
        count++;
        j++;
        continue;
      }
      const particles = count > 0 ? this.particles(j) : 0;
      if (particles > 0) {
        j += particles;
        continue;
      }
      // 'Jorge "Tuto" Quiroga': a nickname in quotation marks between given name and surname.
      const nickname = count > 0 && nicknameAt === undefined ? this.nicknameEnd(j) : j;
      if (nickname > j) {
        nicknameAt = [j, nickname];
        j = nickname;
        continue;
      }
      break;
    }
    if (count === 0) return titleParts.length > 0 ? j : i;
    // "the Palestinian Islamic Jihad militant group": what follows makes the name an armed group's.
    if (titleParts.length === 0 && ARMED_DESCRIPTORS.has(tokens[j]?.text ?? '') && ARMED_HEADS.has(tokens[j + 1]?.text ?? '')) return this.bodyBeforeLowerHead(nameStart);
    const nameTokens = mapPacked(tokens.slice(nameStart, j), (t) => t.text);
    if (nicknameAt) nameTokens.splice(nicknameAt[0] - nameStart, nicknameAt[1] - nicknameAt[0]);
    // "Ferdinand Marcos Jr.": the suffix is part of the name (entities compare names without it).
    const suffix = tokens[j] !== undefined && tokens[j]!.shape === 'word' && NAME_SUFFIXES.has(tokens[j]!.lower) && tokens[j]!.upper;
    if (suffix) {
      nameTokens.push(tokens[j]!.text);
      j++;
    }
    // "the Biden administration": in English-language news a leader's "administration" is the
    // U.S. government (other governments are "the X government"), so it names the United States,
    // unless the article places its leader elsewhere ("the Marcos administration": coreference.ts).
    if (tokens[j]?.lower === 'administration' && titleParts.length === 0) {
      this.add({ first: nameStart, last: j + 1, kind: 'State', form: 'government', key: 'state:USA', name: countryName('USA'), iso: 'USA', anaphor: LEADER_ADMINISTRATION });
    }
    // "Public Safety Minister Dominic LeBlanc": words before a title and a name are its portfolio.
    if (titleParts.length === 0 && !suffix && isWord(tokens[j]) && tokens[j]!.upper && isTitleWord(tokens[j]!.lower) && this.startsName(j + 1)) {
      const before = this.mentions.length;
      const end = this.person(j, affiliation);
      const holder = this.mentions[before];
      if (holder && holder.first === j) {
        holder.first = nameStart;
        holder.title = `${nameTokens.join(' ')} ${holder.title ?? ''}`.trim();
      }
      return end;
    }
    const name = nameTokens.join(' ');
    const title = titleParts.length > 0 ? titleParts.join(' ') : undefined;
    // "the Digital Markets Act", "Storm Ciaran": a named law, accord or storm is nobody.
    // ("the Official Secrets Act", "the Security of Information Act": title words before the law's name too.)
    // ("World War II": the numeral after the thing's head is no name suffix.)
    const tail = nameTokens.length > 1 && ROMAN_NUMERAL.test(nameTokens[nameTokens.length - 1]!) ? nameTokens[nameTokens.length - 2]! : nameTokens[nameTokens.length - 1]!;
    if (THING_TAILS.has(tail.toLowerCase())) return j;
    if (titleParts.length === 0 && (STORM_HEADS.has(nameTokens[0]!.toLowerCase()) || DOCUMENT_PARTS.has(nameTokens[0]!.toLowerCase()))) return j;
    // "a Sikh temple" names no building, only its kind.
    const article = tokens[nameStart - 1]?.lower;
    if (titleParts.length === 0 && BUILDING_NOUNS.has(tokens[j]?.text ?? '') && article !== 'a' && article !== 'an') {
      const building = `${name} ${tokens[j]!.text}`;
      this.add({ first: nameStart, last: j + 1, kind: 'Place', form: 'name', key: `place:${building.toLowerCase()}`, name: building });
      return j + 1;
    }
    // A place-word makes it a place: "Middle East", "Red Sea".
    // A prefix alone is no place: "Sri Lanka's New President" (a Title Case headline).
    if (nameTokens.some((w) => PLACE_WORDS.has(w.toLowerCase())) || (PLACE_PREFIXES.has(nameTokens[0]!) && nameTokens.length > 1)) {
      this.add({ first: nameStart, last: j, kind: 'Place', form: 'name', key: `place:${name.toLowerCase()}`, name });
      return j;
    }
    // "the Central Asian country": a region's adjective names no one.
    if (REGION_ADJECTIVES.has(nameTokens[nameTokens.length - 1]!.toLowerCase())) return j;
    // "in Tel Aviv", "near Kharkiv": a run of unknown names where a place goes is a place.
    // ("the town of Bani Walid", "the eastern city of Benghazi": a settlement's name, whatever comes before.)
    const settlement = tokens[nameStart - 1]?.lower === 'of' && SETTLEMENT_NOUNS.has(tokens[nameStart - 2]?.lower ?? '');
    if (titleParts.length === 0 && ((count >= 2 && PLACE_PREPOSITIONS.has(tokens[nameStart - 1]?.lower ?? '')) || settlement)) {
      this.add({ first: nameStart, last: j, kind: 'Place', form: 'name', key: `place:${name.toLowerCase()}`, name });
      return j;
    }
    const sentenceStart = nameStart === this.opening || (nameStart === this.opening + 1 && /^["“‘']$/.test(tokens[this.opening]!.text));
    const single = (count === 1 && !suffix) || this.titleCase;
    if (single) {
      // "its National Publicity Secretary, X": a word between two title words is the office's portfolio, not a name.
      const portfolio = isWord(tokens[j]) && tokens[j]!.upper && isTitleWord(tokens[j]!.lower);
      // "the Presidential Villa": a title of qualifiers alone, with no office in it, titles no one.
      const qualifiersOnly = titleParts.every((part) => TITLE_QUALIFIERS.has(part.toLowerCase()));
      const withTitle = titleParts.length > 0 && !portfolio && !qualifiersOnly && (capitalTitle || PERSON_ROLE_NOUNS.has(titleParts[titleParts.length - 1]!.toLowerCase()));
      // One capitalised word: a person only if the article names them in full elsewhere, or a
      // title or a verb of address says so (decided at resolution).
      for (let k = nameStart; k < j; k++) {
        if (!this.nameToken(k, k > nameStart) || NAME_SUFFIXES.has(tokens[k]!.lower)) continue;
        const word = tokens[k]!.text;
        this.add({
          first: withTitle && k === nameStart ? i : k,
          last: k + 1,
          kind: 'Person',
          form: 'name',
          key: `single:${word}`,
          name: word,
          ...(title && withTitle && k === nameStart ? { title } : {}),
          // "Prime Minister Sheikh Hasina": the honorific is how the name is written ("Sheikh Hasina").
          ...(withTitle && k === nameStart && INNER_HONORIFICS.has(titleParts[titleParts.length - 1]!.toLowerCase()) ? { surface: `${titleParts[titleParts.length - 1]} ${word}` } : {}),
          ...(affiliation ? { affiliation } : {}),
          // A Title Case headline capitalises verbs too ("President Castillo Sentenced"): its words
          // are people only where the article names them, never on the headline's word alone.
          anaphor: this.titleCase ? 'headline' : withTitle ? 'titled' : sentenceStart && k === nameStart ? 'initial' : 'bare',
        });
      }
      return j;
    }
    this.add({
      first: title || styled ? i : nameStart,
      last: j,
      kind: 'Person',
      form: 'name',
      key: `person:${name}`,
      name,
      ...(title ? { title } : {}),
      ...(affiliation ? { affiliation } : {}),
      surface: this.surface(nameStart, j),
    });
    return j;
  }

  /** "May" is a month after "in" or before a day, else possibly a known surname. */
  private month(i: number): number {
    const before = this.tok(i - 1)?.lower ?? '';
    const after = this.tok(i + 1);
    if (DATE_PREPOSITIONS.has(before) || after?.shape === 'number' || i === 0) return i + 1;
    const t = this.tok(i)!;
    this.add({ first: i, last: i + 1, kind: 'Person', form: 'name', key: `single:${t.text}`, name: t.text, anaphor: 'month' });
    return i + 1;
  }

  // ---- groups, nominals ------------------------------------------------------------------

  private group(i: number): number {
    const tokens = this.s.tokens;
    let j = i;
    if (tokens[j]?.lower === 'at' && tokens[j + 1]?.lower === 'least') j += 2;
    else if (tokens[j]?.lower === 'more' && tokens[j + 1]?.lower === 'than') j += 2;
    if (tokens[j] && parseCount(tokens[j]!) !== undefined) {
      j++;
      // "three of its allies"
      if (tokens[j]?.lower === 'of' && ['its', 'their', 'his', 'her', 'the'].includes(tokens[j + 1]?.lower ?? '')) j += 2;
    }
    let k = j;
    // (A body right after a count or a quantifier: "five SADC neighbours", "several NATO allies".)
    while (k < tokens.length && k - j < 3 && tokens[k]!.shape === 'word' && (GROUP_QUANTIFIERS.has(tokens[k]!.lower) || ((k > j || j > i) && this.lexicon[k]?.values[0]?.type === 'org'))) {
      const lex = this.lexicon[k];
      k = lex && lex.values[0]?.type === 'org' ? lex.end : k + 1;
    }
    const head = tokens[k];
    if (!head || head.shape !== 'word' || !(GROUP_NOUNS.has(head.lower) || (BODY_PAIR_NOUNS.has(head.lower) && this.namesAPair(i, k)))) return i;
    // Bare "states" or "countries" with nothing before is too vague to be an actor.
    if (k === i && !['allies', 'partners'].includes(head.lower)) return i;
    // "four members of the Russian Embassy": people of a post, not member states.
    if (head.lower === 'members' && this.staffOfPost(k + 1)) return i;
    let last = k + 1;
    if (tokens[last]?.lower === 'and' && GROUP_NOUNS.has(tokens[last + 1]?.lower ?? '')) last += 2;
    const surface = this.surface(i, last);
    // Mentions of organisations inside ("NATO allies") still count as mentions.
    for (let m = j; m < k; m++) {
      const lex = this.lexicon[m];
      if (lex && lex.values[0]?.type === 'org') this.knownOrg(m, lex.end, lex.values[0] as Extract<LexiconEntry, { type: 'org' }>);
    }
    this.add({ first: i, last, kind: 'Group', form: 'name', key: `group:${surface.toLowerCase().replace(/^(at least|more than) /, '')}`, name: surface, plural: true });
    return last;
  }

  /** "the two agencies", "both services": a pair, right before the noun at `head`. */
  private namesAPair(i: number, head: number): boolean {
    const tokens = this.s.tokens;
    if (head !== i + 1) return false;
    return tokens[i]!.lower === 'both' || (tokens[i - 1]?.lower === 'the' && parseCount(tokens[i]!) === 2);
  }

  /**
   * The "and" at `and` joins two fields after the head's "of" ("Directorate of Migration and
   * Foreign Affairs"), not a second body ("... of Justice and the Interior Ministry").
   */
  private joinsComplement(headEnd: number, and: number): boolean {
    const tokens = this.s.tokens;
    let of = false;
    for (let k = headEnd; k < and; k++) if (tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') of = true;
    if (!of) return false;
    let k = and + 1;
    for (; k < tokens.length && isWord(tokens[k]) && tokens[k]!.upper; k++) if (ORG_HEADS.has(tokens[k]!.lower) || this.lexicon[k]) return false;
    return k > and + 1;
  }

  /** "of the Russian Embassy", "of the embassy staff", "of Russia's diplomatic mission" at `of`. */
  private staffOfPost(of: number): boolean {
    const tokens = this.s.tokens;
    if (tokens[of]?.lower !== 'of') return false;
    for (let k = of + 1; k < tokens.length && k <= of + 5; k++) {
      const word = tokens[k]!;
      if (word.shape === 'punct') return false;
      if (POST_HEADS.has(word.lower) || word.lower === 'staff' || word.lower === 'delegation') return true;
    }
    return false;
  }

  /**
   * "its neighbour", "the neighbouring country": one state standing for another nearby (resolved
   * in coreference). Adds the mention from the determiner at j - 1 and returns its end, else j.
   */
  private neighbourAt(j: number): number {
    const tokens = this.s.tokens;
    // "its northern neighbour", "its larger neighbour": past one word that places or sizes it.
    const at = NEIGHBOUR_ADJECTIVES.has(tokens[j]?.lower ?? '') ? j + 1 : j;
    const word = tokens[at]?.lower;
    let end = j;
    if (word === 'neighbour' || word === 'neighbor') end = at + 1;
    else if ((word === 'neighbouring' || word === 'neighboring') && (tokens[at + 1]?.lower === 'country' || tokens[at + 1]?.lower === 'state')) end = at + 2;
    if (end === j) return j;
    this.add({ first: j - 1, last: end, kind: 'State', form: 'nominal', key: 'nominal:neighbour', name: this.surface(j - 1, end), anaphor: 'neighbour' });
    return end;
  }

  /** "army-led government", "military junta": the index of the word after such modifiers at j. */
  private pastGovernmentModifiers(j: number): number {
    const tokens = this.s.tokens;
    let k = j;
    // ("Libya's Tripoli-based government": a compound may open on a name.)
    // ("the Chinese state is behind": "state" as the head, not as in "state security authorities".)
    while (k < j + 2 && isWord(tokens[k]) && !this.stateAsHead(k) && ((!tokens[k]!.upper && GOVERNMENT_MODIFIERS.has(tokens[k]!.lower)) || (tokens[k]!.lower.includes('-') && COMPOUND_ADJECTIVE.test(tokens[k]!.lower)))) k++;
    return k;
  }

  /** "the ministry", "the president", "the kingdom", "the officers", "the 18". */
  private nominal(i: number): number {
    const tokens = this.s.tokens;
    let j = i + 1;
    let noun = tokens[j];
    if (!noun) return i;
    // "accused the pair of recording footage": "the pair", "the two" stand for the people just told of, as "them" does.
    // ("the three had engaged in ...": so do other small numbers, as the group of that many.)
    const many = noun.lower === 'pair' || noun.lower === 'duo' ? 2 : noun.shape === 'word' ? NUMBER_WORDS.get(noun.lower) : undefined;
    if (tokens[i]!.lower === 'the' && many !== undefined && many >= 2 && PAIR_FOLLOWERS.has(tokens[j + 1]?.lower ?? '.')) {
      this.add({ first: i, last: j + 1, kind: 'State', form: 'pronoun', key: 'pronoun:them', name: this.surface(i, j + 1), anaphor: 'them', plural: true, count: many });
      return j + 1;
    }
    // "Prosecutors accuse the man of passing documents": "the man", "the woman" stand for a person
    // told of before, as he/him and she/her do (not "the man who ...", which describes someone new).
    const gendered = tokens[i]!.lower === 'the' && !noun.upper ? GENDERED_NOUNS.get(noun.lower) : undefined;
    if (gendered && !DESCRIBING_NEXT.has(tokens[j + 1]?.lower ?? '')) {
      const anaphor = isWord(tokens[i - 1]) && !tokens[i - 1]!.upper ? gendered.object : gendered.subject;
      this.add({ first: i, last: j + 1, kind: 'Person', form: 'pronoun', key: `pronoun:${anaphor}`, name: this.surface(i, j + 1), anaphor, plural: false });
      return j + 1;
    }
    // "the presidential office", "the Presidency": the head of state's office, a body of its own
    // (whose state entities.ts settles; "won the presidency" is the office held, no body).
    const office = this.presidencyEnd(j);
    if (office > j) {
      this.add({ first: i, last: office, kind: 'Agency', form: 'name', key: 'agency:office:presidency:?', name: 'Presidency', surface: this.surface(j, office) });
      return office;
    }
    // "the Embassy of India in Kathmandu", "the Consulate of Mexico": a state's post named after it.
    if ((noun.text === 'Embassy' || noun.text === 'Consulate') && tokens[j + 1]?.lower === 'of') {
      const post = this.post(i, j, undefined);
      if (post > j) return post;
    }
    // "the High Commission of Pakistan"; "the High Commission" told of before: a Commonwealth embassy, as "the embassy" is.
    if (isHighCommission(tokens, j)) {
      const post = this.post(i, j, undefined);
      if (post > j) return post;
      if (!tokens[j + 2]?.upper && !PREPOSITIONS_IN_NAMES.has(tokens[j + 2]?.lower ?? '')) {
        this.add({ first: i, last: j + 2, kind: 'Agency', form: 'nominal', key: 'nominal:embassy', name: this.surface(j, j + 2), anaphor: 'embassy' });
        return j + 2;
      }
    }
    if (noun.upper) {
      // "the Government of Panama", "the Government of the Republic of Lithuania": the state.
      // ("The Federal Government of Somalia", "the Transitional Government of Mali": past its modifier.)
      const head = GOVERNMENT_MODIFIERS.has(noun.lower) && tokens[j + 1]?.upper && STATE_NOMINALS.has(tokens[j + 1]!.lower) ? j + 1 : j;
      if (STATE_NOMINALS.has(tokens[head]!.lower)) {
        const end = this.governmentOf(i, head);
        if (end > head) return end;
      }
      // "accused the North of jamming", "the South's military": one half of a divided land, when the
      // article names it (North Korea, South Sudan; coreference.ts). Not "the North of England".
      if ((noun.text === 'North' || noun.text === 'South') && !tokens[j + 1]?.upper && !(tokens[j + 1]?.lower === 'of' && tokens[j + 2]?.upper)) {
        this.add({ first: i, last: j + 1, kind: 'State', form: 'nominal', key: `nominal:${HALF_STATE}`, name: noun.text, anaphor: HALF_STATE });
        return tokens[j + 1]?.lower === "'s" ? this.ownedMinistry(j + 2) : j + 1;
      }
      // "the West"
      if (noun.text === 'West' && !tokens[j + 1]?.upper) {
        this.add({ first: i, last: j + 1, kind: 'Group', form: 'name', key: 'group:west', name: 'the West', plural: true });
        return j + 1;
      }
      // "the Baltic states": a region's states, as a group (its members: coreference.ts).
      const plural = tokens[j + 1];
      if (plural && REGION_GROUP_NOUNS.has(plural.lower) && REGION_MEMBERS.has(noun.lower) && !tokens[j + 2]?.upper) {
        this.add({ first: i, last: j + 2, kind: 'Group', form: 'name', key: `group:${noun.lower} states`, name: this.surface(j, j + 2), plural: true });
        return j + 2;
      }
      // "the Baltic state", "the Gulf nation": a state told of by its region is one told of before
      // (coreference.ts), not a new one; a country's own word is read elsewhere.
      const region = tokens[j + 1];
      if (region && STATE_BY_REGION.has(region.lower) && !region.upper && !tokens[j + 2]?.upper && this.lex(j)?.entry.type !== 'country') {
        this.add({ first: i, last: j + 2, kind: 'State', form: 'nominal', key: `nominal:${REGION_STATE}`, name: this.surface(i, j + 2), anaphor: REGION_STATE });
        return j + 2;
      }
      // "The Commission dismissed the claim": a body's head alone, capitalised, is the body told of
      // before, as in lower case (coreference.ts).
      // (Not "the Movement for the Self-Determination of Kabylie": a name goes on after a preposition.)
      const after = tokens[j + 1];
      const alone = after !== undefined && !after.upper && (after.shape === 'punct' ? after.text !== '(' : !FUNCTION_WORDS.has(after.lower) && !PREPOSITIONS_IN_NAMES.has(after.lower));
      if (AGENCY_NOMINALS.has(noun.lower) && !this.titleCase && !this.lex(j) && alone) {
        this.add({ first: i, last: j + 1, kind: 'Agency', form: 'nominal', key: `nominal:${noun.lower}`, name: noun.text, anaphor: noun.lower });
        return j + 1;
      }
      // "blamed the Prime Minister for": an office capitalised with no name after it reads as "the prime minister".
      let k = j;
      while (isWord(tokens[k]) && tokens[k]!.upper && isTitleWord(tokens[k]!.lower)) k++;
      if (k === j || (isWord(tokens[k]) && tokens[k]!.upper) || tokens[k]?.lower === 'of' || tokens[k]?.lower === "'s" || this.titleCase) return i;
    }
    const neighbour = this.neighbourAt(j);
    if (neighbour > j) return neighbour;
    // "the foreign ministry": a ministry of a field, whose state entities.ts settles.
    if (MINISTRY_FIELDS.has(noun.lower)) {
      const end = this.ministry(j, undefined, j, true);
      if (end > j) return end;
    }
    // "the world body": the United Nations, when the article names it (coreference.ts).
    if (noun.lower === 'world' && tokens[j + 1]?.lower === 'body') {
      this.add({ first: i, last: j + 2, kind: 'Agency', form: 'nominal', key: `nominal:${WORLD_BODY}`, name: this.surface(j, j + 2), anaphor: WORLD_BODY });
      return j + 2;
    }
    if (AGENCY_NOMINALS.has(noun.lower) && !tokens[j + 1]?.upper) {
      this.add({ first: i, last: j + 1, kind: 'Agency', form: 'nominal', key: `nominal:${noun.lower}`, name: noun.text, anaphor: noun.lower });
      return j + 1;
    }
    // "the electoral commission": a body's short form, with one modifier (coreference.ts finds its full name).
    const body = tokens[j + 1];
    if (noun.shape === 'word' && body && MODIFIED_BODY_NOUNS.has(body.lower) && !body.upper && !tokens[j + 2]?.upper && !FUNCTION_WORDS.has(noun.lower)) {
      this.add({ first: i, last: j + 2, kind: 'Agency', form: 'nominal', key: `nominal:${body.lower}`, name: this.surface(j, j + 2), anaphor: body.lower });
      return j + 2;
    }
    // "the company", "the tech giant": a company named before (see companies.ts).
    const companyAt = COMPANY_NOUNS.has(noun.lower) ? j : COMPANY_NOUNS.has(tokens[j + 1]?.lower ?? '') && noun.shape === 'word' ? j + 1 : -1;
    if (companyAt > 0 && !tokens[companyAt + 1]?.upper) {
      this.add({ first: i, last: companyAt + 1, kind: 'Agency', form: 'nominal', key: 'nominal:company', name: this.surface(j, companyAt + 1), anaphor: 'company' });
      return companyAt + 1;
    }
    // "the army-led government of Sudan", "the military regime": the noun after its modifiers.
    const nounAt = this.pastGovernmentModifiers(j);
    if (nounAt > j && STATE_NOMINALS.has(tokens[nounAt]?.lower ?? '')) {
      j = nounAt;
      noun = tokens[j]!;
    }
    if (STATE_NOMINALS.has(noun.lower)) {
      // "the authorities in Kabul", "the junta in Niamey": the government sitting in a state's capital.
      const seat = tokens[j + 1]?.lower === 'in' ? this.lex(j + 2) : undefined;
      if (seat && seat.entry.type === 'country' && seat.entry.form === 'capital') {
        const iso = seat.entry.iso;
        this.add({ first: i, last: seat.end, kind: 'State', form: 'government', key: `state:${iso}`, name: countryName(iso), iso, surface: this.surface(j, seat.end) });
        return seat.end;
      }
      // "the government of Canada"
      if (tokens[j + 1]?.lower === 'of') {
        const end = this.governmentOf(i, j);
        if (end > j) return end;
        const lex = this.lex(j + 2);
        // "the government of Nicolás Maduro" is his government, as "Maduro's government" is: the
        // person named after "of" stands for it, not some state mentioned earlier.
        if (!lex && isWord(tokens[j + 2]) && tokens[j + 2]!.upper && !FUNCTION_WORDS.has(tokens[j + 2]!.lower)) return j + 2;
      }
      this.add({ first: i, last: j + 1, kind: 'State', form: 'nominal', key: `nominal:${noun.lower}`, name: noun.text, anaphor: noun.lower });
      return j + 1;
    }
    // "the president", "the foreign minister" with no name after.
    let k = j;
    while (k < tokens.length && k - j < 3 && tokens[k]!.shape === 'word' && tokens[k]!.upper === noun.upper && isTitleWord(tokens[k]!.lower)) k++;
    if (k > j && (isRoleNoun(tokens[k - 1]!.lower) || this.rankAsHead(k - 1)) && !this.nameToken(k, false)) {
      const role = this.surface(j, k);
      this.add({ first: i, last: k, kind: 'Person', form: 'nominal', key: `nominal:${role.toLowerCase()}`, name: role, anaphor: tokens[k - 1]!.lower, title: role });
      return k;
    }
    // "the 65-year-old former diplomat", "the 72-year-old": a person told of before.
    if (tokens[j]?.shape === 'number' && tokens[j + 1]?.text === '-' && AGE_WORDS.has(tokens[j + 2]?.lower ?? '')) {
      let end = j + 3;
      while (end < j + 6 && isWord(tokens[end]) && !tokens[end]!.upper && !FUNCTION_WORDS.has(tokens[end]!.lower) && !tokens[end]!.lower.endsWith('ed') && !REPORTING_WORDS.has(tokens[end]!.lower)) end++;
      this.add({ first: i, last: end, kind: 'Person', form: 'nominal', key: 'nominal:age', name: this.surface(j, end), anaphor: AGED });
      return end;
    }
    // "the officers", "the 12 men", "the 18"
    let m = j;
    if (tokens[m] && parseCount(tokens[m]!) !== undefined) m++;
    const head = tokens[m];
    if (head && head.shape === 'word' && !head.upper && (NATIONALS_NOUNS.has(head.lower) || head.lower === 'men' || head.lower === 'women')) {
      // "the leaders of Zambia and Malawi": the people of the states named after them, no one told of before.
      if (tokens[m + 1]?.lower === 'of' && this.stateAt(m + 2) !== undefined) return m + 1;
      // "the six member states of the Gulf Cooperation Council": the body's members, no people.
      if (head.lower === 'member' && MEMBER_KINDS.has(tokens[m + 1]?.lower ?? '')) return m + 2;
      // "the official APS news agency": "official" before a name is an adjective.
      if (head.lower === 'official' && isWord(tokens[m + 1]) && tokens[m + 1]!.upper) return m + 1;
      const count = m > j ? parseCount(tokens[j]!) : undefined;
      this.add({ first: i, last: m + 1, kind: 'Group', form: 'nominal', key: `nominal:${head.lower}`, name: this.surface(j, m + 1), anaphor: head.lower, plural: head.lower.endsWith('s') || head.lower.endsWith('men'), ...(count !== undefined ? { count } : {}) });
      return m + 1;
    }
    if (m > j && (!head || head.shape !== 'word' || head.upper === false) && head?.shape !== 'word') {
      this.add({ first: i, last: m, kind: 'Group', form: 'nominal', key: 'nominal:number', name: this.surface(j, m), anaphor: 'number', plural: true });
      return m;
    }
    return i;
  }

  /**
   * "a spokesperson said", "an embassy spokesman said": no name, no "for X" after it; stands
   * for the body told of just before (resolved in coreference.ts).
   */
  private unnamedSpokesperson(i: number): number {
    const tokens = this.s.tokens;
    let j = i + 1;
    if (isWord(tokens[j]) && !tokens[j]!.upper && POST_OR_BODY.has(tokens[j]!.lower)) j++;
    if (!SPOKESPEOPLE.has(tokens[j]?.lower ?? '')) return i;
    const next = tokens[j + 1];
    if (next && (next.upper || next.lower === 'for' || next.lower === 'of' || next.text === ',')) return i;
    this.add({ first: i, last: j + 1, kind: 'Agency', form: 'nominal', key: 'nominal:spokesperson', name: this.surface(i, j + 1), anaphor: UNNAMED_SPOKESPERSON });
    return j + 1;
  }

  /** "the Chinese state is behind ...": "state" heading its phrase (not "state media", "state news agency"). */
  private stateAsHead(k: number): boolean {
    if (this.s.tokens[k]?.lower !== 'state') return false;
    const next = this.s.tokens[k + 1];
    return next === undefined || next.shape === 'punct' || RANK_FOLLOWERS.has(next.lower) || next.lower === 'are' || next.lower.endsWith('ed');
  }

  /**
   * "the general, who ...", "the general accused": a military rank as the head of its phrase;
   * "the general election" or "the general public" is no person.
   */
  private rankAsHead(k: number): boolean {
    if (!MILITARY_RANKS.has(this.s.tokens[k]!.lower)) return false;
    const next = this.s.tokens[k + 1];
    return next === undefined || next.shape === 'punct' || next.lower.endsWith('ed') || RANK_FOLLOWERS.has(next.lower);
  }

  /**
   * "23 Russians" -> count 23; "four officers of Russia's GRU" -> the GRU mention carries
   * object "officers" and count 4: the people meant are that state's or agency's.
   */
  private objectsAndCounts(): void {
    const tokens = this.s.tokens;
    for (const m of this.mentions) {
      if ((m.kind !== 'State' && m.kind !== 'Agency') || m.modifier) continue;
      let j = m.first - 1;
      if (m.form !== 'nationals') {
        if (tokens[j]?.lower === 'the') j--;
        // "four officers of Russia's GRU", "three diplomats from Bolivia".
        if (tokens[j]?.lower !== 'of' && tokens[j]?.lower !== 'from') continue;
        j--;
        let k = j;
        while (k >= 0 && k > j - 2 && tokens[k]!.shape === 'word' && !tokens[k]!.upper && NATIONALS_NOUNS.has(tokens[k]!.lower)) k--;
        if (k === j) continue;
        m.object = this.surface(k + 1, j + 1);
        // ("a staff member of the Russian embassy" is one.)
        m.plural = !SINGULAR_DETERMINERS.has(tokens[k]?.lower ?? '');
        j = k;
      }
      let n = tokens[j] ? parseCount(tokens[j]!) : undefined;
      // "two dozen" is 24.
      const times = tokens[j]?.lower === 'dozen' && tokens[j - 1] ? parseCount(tokens[j - 1]!) : undefined;
      if (n !== undefined && times !== undefined) n *= times;
      if (n !== undefined) m.count = n;
    }
    // "Rwandan and Ugandan diplomats": the people named after a list of demonyms are of every state
    // in it. The count stays on none of the others: "45 Russian and Belarusian diplomats" is a total.
    const ms = this.mentions;
    for (let k = ms.length - 1; k > 0; k--) {
      const nationals = ms[k]!;
      if (nationals.form !== 'nationals' || nationals.object === undefined) continue;
      let edge = nationals.first;
      for (let p = k - 1; p >= 0; p--) {
        const prev = ms[p]!;
        const joiner = tokens[prev.last]?.lower;
        if (prev.kind !== 'State' || prev.form !== 'demonym' || !prev.modifier || prev.last + 1 !== edge || (joiner !== 'and' && joiner !== 'or' && joiner !== ',')) break;
        prev.object = nationals.object;
        prev.plural = nationals.plural;
        edge = prev.first;
      }
    }
  }

  /**
   * "Minister of Foreign Affairs of Belarus Maxim Ryzhenkov", "Premier of the State Council of
   * the People's Republic of China Li Qiang": a capitalised office, then its bodies and states
   * each after "of", then the name. The office is the person's title.
   */
  private officesOfBodies(): void {
    if (this.titleCase) return;
    const ms = this.mentions;
    const tokens = this.s.tokens;
    for (let k = 1; k < ms.length; k++) {
      const m = ms[k]!;
      if (m.kind !== 'Person' || m.form !== 'name' || m.title) continue;
      let at = m.first;
      let bodies = 0;
      for (let guard = 0; guard < 4; guard++) {
        const body = ms.findLast((x) => x.last === at && x !== m && (x.kind === 'State' || x.kind === 'Agency') && x.form === 'name');
        if (!body) break;
        let of = body.first - 1;
        if (tokens[of]?.lower === 'the') of--;
        if (tokens[of]?.lower !== 'of') break;
        bodies++;
        at = of;
      }
      if (bodies === 0) continue;
      // Back over the office's words: "Minister of Foreign Affairs", "Chairperson".
      let start = at;
      const officeWordAt = (j: number): boolean => isWord(tokens[j]) && tokens[j]!.upper && isTitleWord(tokens[j]!.lower);
      while (start > 0 && (officeWordAt(start - 1) || (tokens[start - 1]!.lower === 'of' && officeWordAt(start - 2)))) start--;
      while (start < at && tokens[start]!.lower === 'of') start++;
      if (start === at || ms.some((x) => x.first < at && x.last > start)) continue;
      m.title = this.surface(start, at);
    }
  }

  /** People with a title right after a state or agency: "Kremlin spokesman Dmitry Peskov". */
  private linkAffiliations(): void {
    const ms = this.mentions;
    for (let k = 1; k < ms.length; k++) {
      const m = ms[k]!;
      if (m.kind !== 'Person' || m.form !== 'name' || !m.title || m.affiliation) continue;
      // The mention right before the person: "Russian Foreign Ministry spokeswoman X" has the
      // demonym "Russian" inside the ministry's mention, so it is not always the previous one.
      let prev = ms[k - 1]!;
      for (let j = k - 2; j >= 0 && prev.last !== m.first; j--) if (ms[j]!.last === m.first) prev = ms[j]!;
      if (prev.last === m.first && (prev.kind === 'Agency' || prev.kind === 'State') && prev.form !== 'nationals') {
        m.affiliation = prev.kind === 'State' ? `state:${prev.iso}` : prev.key;
      }
    }
  }
}

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one']);

export function parseCount(t: Token): number | undefined {
  if (t.shape === 'number') {
    const n = Number(t.text.replace(/,/g, ''));
    // Years are not counts.
    if (!Number.isFinite(n) || (n >= 1900 && n <= 2100 && /^\d{4}$/.test(t.text))) return undefined;
    return n;
  }
  return NUMBER_WORDS.get(t.lower);
}

// Hoisted: a bundler may turn a \p{...} literal into a `new RegExp` call each time it runs.
const TWO_LETTERS = /\p{L}{2}/u;
const CLOCK_TIME = /^\d{1,2}:\d{2}$/;
const TIME_ZONES = new Set(['gmt', 'bst', 'utc', 'et', 'edt', 'est', 'cet', 'cest', 'am', 'pm', 'a.m.', 'p.m.', 'local']);
const DASHES = new Set(['-', '—', '–', '--']);

/**
 * "ANKARA (Reuters) - Turkey ordered ...": a dateline (capitals, an optional agency in brackets,
 * a dash) opens the first paragraph; returns the token after it, or 0.
 */
/** A "sentence" of two to four short words in capitals and nothing else: "PTI AB ZMN", "AFP XY". */
function isSignOff(tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  for (const t of tokens) if (!/^\p{Lu}{2,4}$/u.test(t.text)) return false;
  return true;
}

export function datelineEnd(tokens: readonly Token[]): number {
  // "09:40 — Addressing a party congress, Erdogan ...": a live blog's time stamp opens its entry.
  if (tokens[0]?.shape === 'number' && CLOCK_TIME.test(tokens[0].text)) {
    const dash = TIME_ZONES.has(tokens[1]?.lower ?? '') ? 2 : 1;
    return DASHES.has(tokens[dash]?.text ?? '') ? dash + 1 : 0;
  }
  let k = 0;
  let caps = 0;
  while (k < tokens.length && k < 12) {
    const t = tokens[k]!;
    if (t.shape === 'word' && t.text === t.text.toUpperCase() && TWO_LETTERS.test(t.text)) caps++;
    else if (t.text === ',' || (t.shape === 'word' && caps > 0 && t.upper)) {
      // "KYIV, Ukraine" or "WASHINGTON, D.C."
    } else if (caps > 0 && t.text === '/') {
      // "TOKYO/SEOUL -": two cities share one dateline.
    } else if (caps > 0 && t.shape === 'number' && t.text.length <= 4 && ((isWord(tokens[k - 1]) && tokens[k - 1]!.upper) || tokens[k - 1]!.text === ',')) {
      // "OSLO, March 4 -": the day (or year) after the month.
    } else break;
    k++;
  }
  if (caps === 0) return 0;
  // "ANKARA" on a line of its own before the first paragraph: the whole line is the dateline.
  if (k === tokens.length && k <= 4) return k;
  if (tokens[k]?.text === '(') {
    const close = tokens.findIndex((t, n) => n > k && t.text === ')');
    if (close < 0 || close > k + 6) return 0;
    // "NEW DELHI, Apr 24 (PTI) Prime Minister ...": a wire's tag ends the dateline with no dash.
    const next = tokens[close + 1];
    if (close === k + 2 && isWord(tokens[k + 1]) && tokens[k + 1]!.upper && isWord(next) && next.upper && !DASHES.has(next.text)) return close + 1;
    k = close + 1;
  }
  // "NEW DELHI: The Centre ...": a colon after the capitals, in Indian papers' style.
  if (!DASHES.has(tokens[k]?.text ?? '')) return tokens[k]?.text === ':' && k === caps ? k + 1 : 0;
  // ("SEOUL, Nov. 9 (Yonhap) --": a dash typed as two hyphens, read as two tokens.)
  return tokens[k]!.text === '-' && tokens[k + 1]?.text === '-' && tokens[k + 1]!.start === tokens[k]!.end ? k + 2 : k + 1;
}

/** All mentions in one sentence, in token order. */
export function findMentions(sentence: SentenceInput): Mention[] {
  const titleCase = sentence.isTitle && isTitleCase(sentence.tokens);
  return new SentenceScanner(sentence, titleCase).scan();
}
