// Stage 4a: mentions -> entities. One entity per real-world referent: surname-only mentions join
// the full name, acronyms join the name they abbreviate, "Foreign Ministry" joins the one
// qualified ministry of that field, capitals and demonyms join their state.
import { scopedToArticle, slug } from '../graph/ids.ts';
import { countryName, demonymOf, SHARED_DEMONYMS } from './lexicon/countries.ts';
import { companyWords } from './companies.ts';
import { withoutAccents } from './accents.ts';
import { stateSpelled } from './lexicon/index.ts';
import { KNOWN_ORGANISATIONS } from './lexicon/organisations.ts';
import { datelineEnd } from './mentions.ts';
import { PERSON_ROLE_NOUNS, POSSESSIVE_DETERMINERS, SPOKESPERSON_WORDS, TITLE_WORDS } from './lexicon/words.ts';
import { mapPacked } from './packedArrays.ts';
import { isUpper } from './tokens.ts';
import type { Entity, Mention, Token } from './types.ts';
import type { EntityKind } from '../ontology.ts';

export interface SentenceMentions {
  tokens: readonly Token[];
  mentions: Mention[];
}

/** Verbs whose object is a person when it is a bare capitalised word: "calling Putin". */
const ADDRESS_VERBS = new Set([
  'call', 'called', 'calling', 'calls', 'phone', 'phoned', 'phoning', 'phones', 'telephone', 'telephoned',
  'telephoning', 'congratulate', 'congratulated', 'congratulating', 'congratulates', 'confront', 'confronted',
  'meet', 'met', 'meeting', 'meets', 'urged', 'urge', 'urges', 'thanked', 'thank', 'told', 'tell', 'tells', 'visited',
  'accused', 'blamed', 'praised', 'criticised', 'criticized', 'sacked', 'fired', 'replaced', 'succeeded',
]);
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'stressed', 'insisted', 'warned', 'tweeted']);
const ORG_NAMES = new Map(KNOWN_ORGANISATIONS.map((org) => [org.name.toLowerCase(), org]));

// Node keys repeat across articles ("russia", "united-states"): remember them, within bounds.
const slugs = new Map<string, string>();
function slugOf(name: string): string {
  let key = slugs.get(name);
  if (key === undefined) {
    if (slugs.size > 50_000) slugs.clear();
    key = slug(name);
    slugs.set(name, key);
  }
  return key;
}

export class EntityTable {
  readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();

  get(id: number): Entity {
    return this.entities[id]!;
  }

  find(key: string): Entity | undefined {
    return this.byKey.get(key);
  }

  create(key: string, name: string, kind: EntityKind, extra: Pick<Entity, 'iso' | 'affiliation'> = {}): Entity {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    // Every field present from the start, in one order: entities then share one hidden class and
    // the optimised code that reads them is not thrown away when a later one differs.
    const entity: Entity = {
      id: this.entities.length,
      key: slugOf(name),
      name,
      kind,
      aliases: new Set([name]),
      title: undefined,
      iso: extra.iso,
      affiliation: extra.affiliation,
      gender: undefined,
      mentions: 0,
      keys: new Set([key]),
    };
    this.entities.push(entity);
    this.byKey.set(key, entity);
    return entity;
  }

  /** The state an entity acts for, as an ISO code: itself, its affiliation, or its agency's state. */
  sideOf(e: Entity): string | undefined {
    if (e.kind === 'State') return e.iso;
    const aff = e.affiliation;
    if (!aff) return undefined;
    if (aff.startsWith('state:')) return aff.slice(6);
    const agency = this.find(aff);
    return agency?.affiliation?.startsWith('state:') ? agency.affiliation.slice(6) : undefined;
  }

  /** The state with this ISO code, made on first use. */
  state(iso: string): Entity {
    return this.create(`state:${iso}`, countryName(iso), 'State', { iso });
  }

  alias(key: string, entity: Entity): void {
    entity.keys.add(key);
    this.byKey.set(key, entity);
  }

  attach(mention: Mention, entity: Entity, alias = true): void {
    mention.entity = entity.id;
    entity.mentions++;
    if (alias && mention.form !== 'pronoun' && mention.form !== 'nominal') entity.aliases.add(mention.surface);
  }
}

function nameWords(name: string): string[] {
  return name.split(/\s+/);
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const PARTICLE_PREFIX = /^(?:al|el|ad|as|at|ar|an|ash|az)-(?=\p{Lu})/u;

/** A name word as it identifies a person: "al-Karbouli" -> Karbouli, "Orbán" -> Orban. */
function identifyingWord(word: string): string {
  return withoutAccents(word.replace(PARTICLE_PREFIX, ''));
}

/** Words that identify a person: "Ferdinand Marcos Jr." -> Ferdinand, Marcos. */
function personWords(name: string): string[] {
  return mapPacked(
    nameWords(name).filter((w) => !SUFFIX.test(w)),
    identifyingWord,
  );
}

const MALE_TITLES = /\b(?:king|prince|emir|sultan|mr\.?|sir|lord|spokesman|chairman|congressman|emperor|archbishop|pope)\b/i;
const FEMALE_TITLES = /\b(?:queen|princess|mrs\.?|ms\.?|lady|dame|madam|spokeswoman|chairwoman|congresswoman|empress)\b/i;

function genderOfTitle(title: string | undefined): 'm' | 'f' | undefined {
  if (!title) return undefined;
  if (FEMALE_TITLES.test(title)) return 'f';
  if (MALE_TITLES.test(title)) return 'm';
  return undefined;
}

const OFFICE_NOUNS = new Set(['president', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'leader', 'minister', 'monarch', 'ruler', 'head', 'ambassador', 'envoy']);

/**
 * "The Kremlin rejected the accusations. Spokesman Dmitry Peskov said ...": a bare spokesperson
 * title opening the sentence speaks for the body the sentence before opened with.
 */
function spokespersonOfPrevious(m: Mention, previous: SentenceMentions): string | undefined {
  if (m.first !== 0 || !SPOKESPERSON_WORDS.has((m.title ?? '').toLowerCase())) return undefined;
  const first = previous.mentions.find((x) => !x.modifier && !x.locative && !x.possessive && x.form !== 'pronoun' && x.form !== 'nominal');
  // A body, not a state: "Ecuador accused Mexico ... Spokesman Juan Perez dismissed the report"
  // is more likely the other side's spokesman.
  return first && first.first <= 1 && first.kind === 'Agency' ? first.key : undefined;
}

/**
 * "Hamid al-Karbouli, who was elected president of Iraq", "on her election as Thailand's prime
 * minister", "X, Iraq's president,": the state whose office the person holds, or undefined.
 */
function officeState(s: SentenceMentions, m: Mention, starting: ReadonlyMap<number, Mention>): string | undefined {
  const tokens = s.tokens;
  // "China's premier, Li Qiang,", "the Iraqi president, X,"
  if (tokens[m.first - 1]?.text === ',' && OFFICE_NOUNS.has(tokens[m.first - 2]?.lower ?? '')) {
    // ("Burkina Faso's leader, Captain X,": the state and its office read as one mention.)
    const office = s.mentions.find((x) => x.kind === 'State' && x.iso && x.form === 'nationals' && x.last === m.first - 1);
    if (office) return `state:${office.iso}`;
    for (const other of s.mentions) {
      if (other.kind !== 'State' || !other.iso || other.last > m.first - 2 || other.last < m.first - 5) continue;
      let k = other.last;
      if (tokens[k]?.lower === "'s") k++;
      while (k < m.first - 2 && tokens[k]!.shape === 'word' && !tokens[k]!.upper) k++;
      if (k === m.first - 2) return `state:${other.iso}`;
    }
  }
  for (let k = m.last; k < tokens.length && k < m.last + 10; k++) {
    const w = tokens[k]!.lower;
    if (w === '.' || w === ';' || w === 'said' || w === 'told') return undefined;
    const here = starting.get(k);
    if (here === m) continue;
    if (here && here.kind === 'Person' && here.form === 'name') return undefined;
    if (OFFICE_NOUNS.has(w) && tokens[k + 1]?.lower === 'of') {
      const of = starting.get(tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2);
      if (of && of.kind === 'State' && of.iso && of.form !== 'nationals') return `state:${of.iso}`;
    }
    if (here && here.kind === 'State' && here.iso && (here.form === 'nationals' || here.possessive)) {
      const role = (here.object ?? tokens[here.last + 1]?.lower ?? '').toLowerCase().split(/\s+/).pop() ?? '';
      const before = tokens[k - 1]?.lower ?? '';
      const apposition = k === m.last + 1 && before === ',';
      if (OFFICE_NOUNS.has(role) && (before === 'as' || apposition || (before === 'the' && tokens[k - 2]?.text === ','))) return `state:${here.iso}`;
    }
  }
  return undefined;
}

const APPOSITION_ARTICLES = new Set(['the', 'a', 'an']);

/**
 * "Kim Song-il, the North's vice foreign minister in charge of ...,", "Yevgeny Korsakov, Russia's
 * ambassador,": the office apposed to a name, so that "the vice minister" later finds its holder.
 */
function apposedOffice(s: SentenceMentions, m: Mention): string | undefined {
  const tokens = s.tokens;
  if (tokens[m.last]?.text !== ',') return undefined;
  let k = m.last + 1;
  // (A state mention may hold its article: "the North".)
  const state = s.mentions.find((x) => (x.first === k || (x.first === k + 1 && APPOSITION_ARTICLES.has(tokens[k]!.lower))) && x.kind === 'State');
  if (!state && APPOSITION_ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  if (state) {
    // (Past the state and its "'s", which a "Russia's ambassador" mention holds with the office.)
    while (k < state.last && tokens[k]!.lower !== "'s") k++;
    if (k === state.last && tokens[k]?.lower !== "'s") return undefined;
    k++;
  }
  const words: string[] = [];
  while (k < tokens.length && words.length < 5 && tokens[k]!.shape === 'word' && TITLE_WORDS.has(tokens[k]!.lower)) words.push(tokens[k++]!.lower);
  const role = words[words.length - 1];
  if (role === undefined || !PERSON_ROLE_NOUNS.has(role)) return undefined;
  // ("X, chief spokesman of the Taliban government,": whose spokesperson is for officeState to
  // tell; a spokesperson of no known side would be read as speaking for whoever the quote names.)
  if (SPOKESPERSON_WORDS.has(role) && (tokens[k]?.lower === 'of' || tokens[k]?.lower === 'for')) return undefined;
  return words.join(' ');
}

/** The acronym of "Alternative for Germany (AfD)", read by mentions.ts as another name of that body. */
function isAcronymDefinition(m: Mention): boolean {
  return m.kind === 'Agency' && m.form === 'name' && m.key.startsWith('agency:name:') && m.last === m.first + 1 && m.surface !== m.name;
}

/** Initials of the capitalised words: "Democratic National Committee" -> "DNC". */
function initials(name: string): string {
  return nameWords(name)
    .filter(isUpper)
    .map((w) => w[0])
    .join('');
}

/**
 * "Irish Taoiseach Simon Harris ... Harris said": after a nationality, the first of three or more
 * capitalised words is an office the lexicon lacks when the article uses the surname alone and
 * never that first word; the name is the rest.
 */
function splitUnknownTitles(people: readonly Mention[], mentions: readonly Mention[]): void {
  let singles: Set<string> | undefined;
  for (const m of people) {
    if (m.title || !m.affiliation?.startsWith('state:') || m.form !== 'name') continue;
    const words = m.name.split(' ');
    if (words.length < 3 || !isUpper(words[1]!)) continue;
    singles ??= new Set(mentions.filter((x) => x.key.startsWith('single:')).map((x) => x.name));
    if (!singles.has(words[words.length - 1]!) || singles.has(words[0]!)) continue;
    const name = words.slice(1).join(' ');
    m.title = words[0]!;
    m.name = name;
    m.key = `person:${name}`;
  }
}

function allMentions(sentences: readonly SentenceMentions[]): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) for (const m of s.mentions) out.push(m);
  return out;
}

// ---- states named by a demonym two of them share ----------------------------------------

/** Replaces the ISO code `from` by `to` where it stands as a segment of a key ("state:COD"). */
function rekey(key: string, from: string, to: string): string {
  return key.split(':').map((part) => (part === from ? to : part)).join(':');
}

/**
 * "Congolese" and "Dominican" read as the larger of the two states that share them, unless the
 * article names only the other by name or capital ("Republic of the Congo ... the Congolese
 * Foreign Ministry"): then every mention of the larger one (there is no other source of it) is
 * the named one.
 */
function readSharedDemonymsAsNamedState(sentences: readonly SentenceMentions[]): void {
  let shared = false;
  for (const s of sentences) for (const m of s.mentions) if (m.iso !== undefined && SHARED_DEMONYMS.has(m.iso)) shared = true;
  if (!shared) return;
  // Named: by name or capital, or "the government of Congo" (but not "the Congolese government").
  const named = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) if (m.iso && (m.form === 'name' || m.form === 'capital' || (m.form === 'government' && m.surface.includes(' of ')))) named.add(m.iso);
  }
  for (const [usual, others] of SHARED_DEMONYMS) {
    const meant = others.filter((iso) => named.has(iso));
    if (named.has(usual) || meant.length !== 1) continue;
    const to = meant[0]!;
    for (const s of sentences) {
      for (const m of s.mentions) {
        if (m.iso === usual) m.iso = to;
        if (m.affiliation) m.affiliation = rekey(m.affiliation, usual, to);
        const key = rekey(m.key, usual, to);
        if (key === m.key) continue;
        m.key = key;
        if (m.kind === 'State' && key === `state:${to}`) m.name = countryName(to);
      }
    }
  }
}

// ---- ministries named before the other side's --------------------------------------------

const SUBJECT_STATE_FORMS = new Set(['name', 'capital', 'government', 'demonym']);

/** The state a sentence opens with as its subject: "Ukraine on Nov. 18 accused ...", "Moscow rejected ...". */
function openingState(s: SentenceMentions): string | undefined {
  const m = s.mentions[0];
  return m && m.first === 0 && m.kind === 'State' && m.iso && !m.locative && SUBJECT_STATE_FORMS.has(m.form) ? m.iso : undefined;
}

/** Words that open a sentence's phrase of place: "In Paris,", "At a briefing in Beijing,". */
const PLACE_PHRASE_OPENERS = new Set(['in', 'at', 'during', 'speaking']);

/** The state whose capital a sentence opens in: "In Paris, the foreign ministry ...", "At a regular briefing in Beijing, ...". */
function openingPlace(s: SentenceMentions): string | undefined {
  if (!PLACE_PHRASE_OPENERS.has(s.tokens[0]?.lower ?? '')) return undefined;
  // The place that ends the opening phrase, right before its comma, with no other comma before.
  const m = s.mentions.find((x) => s.tokens[x.last]?.text === ',');
  if (m === undefined || m.kind !== 'Place' || !m.iso || s.tokens[m.first - 1]?.lower !== 'in' || m.first > 8) return undefined;
  for (let k = 1; k < m.first; k++) if (s.tokens[k]!.shape === 'punct') return undefined;
  return m.iso;
}

/**
 * "Ukraine on Nov. 18 accused Belarus ... The Foreign Ministry summoned Belarus' chargé ...
 * Belarus' Foreign Ministry denied": a ministry the article names without a state, before it
 * names another state's, is the ministry of the state the last sentence that opened with one
 * was about, when that is not the other state ("Moscow rejected the accusations. Foreign Ministry
 * spokeswoman Maria Zakharova ..." stays Russia's).
 */
function placeMinistriesBeforeTheOtherSides(sentences: readonly SentenceMentions[]): void {
  placeMinistriesWhereTheSentenceOpens(sentences);
  const firstPlaced = new Map<string, { sentence: number; iso: string | undefined }>();
  // ("South Block" later names India's: the ministry of the state the sentence is about, whoever else's is named.)
  const placedStates = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const key = ministryKey(m);
      if (key === undefined || key.endsWith(':?')) continue;
      placedStates.add(key);
      const field = key.slice(0, key.lastIndexOf(':'));
      const seen = firstPlaced.get(field);
      const iso = key.slice(field.length + 1);
      if (!seen) firstPlaced.set(field, { sentence: m.sentence, iso });
      else if (seen.iso !== iso) seen.iso = undefined; // two states' ministries: no single other side
    }
  }
  if (firstPlaced.size === 0) return;
  let side: string | undefined;
  let sideFrom = -1;
  for (const s of sentences) {
    const opening = openingState(s);
    if (opening !== undefined && opening !== side) [side, sideFrom] = [opening, s.mentions[0]?.sentence ?? sideFrom];
    for (const m of s.mentions) {
      const unplaced = unplacedMinistry(m);
      if (unplaced === undefined || side === undefined) continue;
      const other = firstPlaced.get(unplaced.slice(0, -2));
      const placed = `${unplaced.slice(0, -1)}${side}`;
      const before = other !== undefined && other.iso !== undefined && other.iso !== side && m.sentence < other.sentence;
      // ("Germany's Federal Foreign Office expelled ... Moscow dismissed the findings. Foreign Ministry
      // spokeswoman Maria Zakharova ...": a person titled by the ministry after the other state's
      // ministry, once the article has turned to another state, is that state's.)
      // (Only for a person titled by the ministry: "the Foreign Office said" may still be the home one.)
      const turned = other !== undefined && other.iso !== undefined && other.iso !== side && m.sentence > other.sentence && sideFrom > other.sentence && unplaced === m.affiliation && m.kind === 'Person';
      if (!before && !turned && (ownedHere(s, m) || !placedStates.has(placed))) continue;
      placeMinistry(m, unplaced, side);
      // (And the ministry named in the person's title, that the person's office points to.)
      if (turned) for (const body of s.mentions) if (body !== m && body.key === unplaced && (body.last === m.first || (body.first >= m.first && body.last <= m.last))) placeMinistry(body, unplaced, side);
    }
  }
}

/** "In Paris, the foreign ministry rejected ...", "In Moscow, Foreign Ministry spokeswoman X": the ministry of the place the sentence opens in. */
function placeMinistriesWhereTheSentenceOpens(sentences: readonly SentenceMentions[]): void {
  for (const s of sentences) {
    const local = openingPlace(s);
    if (local === undefined) continue;
    for (const m of s.mentions) {
      const unplaced = unplacedMinistry(m);
      if (unplaced !== undefined && !ownedHere(s, m)) placeMinistry(m, unplaced, local);
      // ("In Bangkok, Foreign Minister Chaiwat Srisombat rejected": an office of no stated state is the place's.)
      // (Only after a bare "In Bangkok,": "Speaking in Washington, President X" is as often a visitor.)
      // (And only the one who opens the sentence after it: "In Moscow, Peskov said President Zelensky ..." is no Russian.)
      else if (s.tokens[0]!.lower === 'in' && opensAfterPlace(s, m) && m.kind === 'Person' && m.form === 'name' && m.title !== undefined && m.affiliation === undefined && STATE_OFFICE.test(m.title)) m.affiliation = `state:${local}`;
    }
  }
}
/** The mention opens the sentence right after its "In X," (past "the" and a describing word). */
function opensAfterPlace(s: SentenceMentions, m: Mention): boolean {
  const comma = s.tokens.findIndex((t) => t.text === ',');
  return comma > 0 && m.first > comma && m.first <= comma + 3;
}
/** Offices a state fills, that a person named with no state holds in the capital a sentence opens in. */
const STATE_OFFICE = /\b(?:minister|president|prime minister|premier|chancellor|spokes(?:man|woman|person))\b/i;

/** The state whose name or capital opens the article's dateline ("ISLAMABAD:", "NEW DELHI, Apr 24 (PTI)"), if any. */
export function datelineState(sentences: readonly SentenceMentions[]): string | undefined {
  for (let n = 0; n < Math.min(2, sentences.length); n++) {
    const tokens = sentences[n]!.tokens;
    const end = datelineEnd(tokens);
    if (end === 0) continue;
    let words = 0;
    while (words < end && tokens[words]!.shape === 'word') words++;
    return stateSpelled(tokens, 0, words);
  }
  return undefined;
}

/** Names several states' bodies share ("Foreign Office"), lower case, to the state they usually mean. */
const SHARED_NAMES: ReadonlyMap<string, string> = new Map(
  KNOWN_ORGANISATIONS.filter((org) => org.sharedName && org.iso).flatMap((org) => [org.name, ...org.aliases].map((name) => [name.toLowerCase(), org.iso!] as const)),
);

/**
 * "The Foreign Office said" with no state: Britain's where the article names Britain or is datelined
 * there, and another state's dateline does not say otherwise ("ISLAMABAD — The Foreign Office" is
 * Pakistan's, "Germany ordered ... The Foreign Office said" Germany's: those stay unplaced).
 */
function placeSharedNameMinistries(sentences: readonly SentenceMentions[], dateline: string | undefined): void {
  const named = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (m.kind === 'State' && m.iso) named.add(m.iso);
  for (const s of sentences) {
    for (const m of s.mentions) {
      const unplaced = unplacedMinistry(m);
      const usual = unplaced === m.key ? SHARED_NAMES.get((m.surface ?? m.name).replace(/^the /i, '').toLowerCase()) : undefined;
      if (unplaced === undefined || usual === undefined) continue;
      if (dateline === usual || (dateline === undefined && named.has(usual))) placeMinistry(m, unplaced, usual);
    }
  }
}

/**
 * "MOSCOW (Reuters) - The Defence Ministry said ...": a ministry of no stated state in a datelined
 * article is the dateline state's, unless the article names some state's ministry of that field
 * (then which one it means is not clear, and it stays unplaced).
 */
function placeMinistriesByDateline(sentences: readonly SentenceMentions[], dateline: string | undefined): void {
  if (dateline === undefined) return;
  const placedFields = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      const key = ministryKey(m);
      if (key !== undefined && !key.endsWith(':?')) placedFields.add(key.slice(0, key.lastIndexOf(':')));
    }
  }
  for (const s of sentences) {
    for (const m of s.mentions) {
      const unplaced = unplacedMinistry(m);
      if (unplaced !== undefined && !ownedHere(s, m) && !placedFields.has(unplaced.slice(0, -2)) && !titlesSpokesperson(s, m)) placeMinistry(m, unplaced, dateline);
    }
  }
}

/**
 * A ministry named only in a spokesperson's title ("foreign ministry spokesperson Lin Jian"), or
 * that spokesperson: a voice the article quotes, as often the other side's as the dateline's.
 */
function titlesSpokesperson(s: SentenceMentions, m: Mention): boolean {
  const spokesperson = (x: Mention): boolean => x.kind === 'Person' && SPOKESPERSON_WORDS.has((x.title ?? '').toLowerCase());
  return m.kind === 'Person' ? spokesperson(m) : s.mentions.some((x) => x.first === m.last && spokesperson(x) && x.affiliation === m.key);
}

/** The ministry a mention is, or the one its person's office is in: "agency:ministry:foreign:RUS", or "...:?" unplaced. */
function ministryKey(m: Mention): string | undefined {
  return m.key.startsWith('agency:ministry:') ? m.key : m.affiliation?.startsWith('agency:ministry:') ? m.affiliation : undefined;
}

function unplacedMinistry(m: Mention): string | undefined {
  return m.key.startsWith('agency:ministry:') && m.key.endsWith(':?') ? m.key : m.affiliation?.startsWith('agency:ministry:') && m.affiliation.endsWith(':?') ? m.affiliation : undefined;
}

/** "Its Foreign Ministry": whose, coreference tells. */
function ownedHere(s: SentenceMentions, m: Mention): boolean {
  return POSSESSIVE_DETERMINERS.has(s.tokens[m.first - 1]?.lower ?? '') || POSSESSIVE_DETERMINERS.has(s.tokens[m.first]?.lower ?? '');
}

function placeMinistry(m: Mention, unplaced: string, iso: string): void {
  const placed = `${unplaced.slice(0, -1)}${iso}`;
  if (m.key === unplaced) {
    m.key = placed;
    m.name = `${demonymOf(iso)} ${m.name}`;
    m.affiliation = `state:${iso}`;
  } else m.affiliation = placed;
}

// ---- short names defined in brackets ------------------------------------------------------

/**
 * "the Department of International Relations and Cooperation (Dirco) ... Dirco spokesperson X":
 * one word in brackets right after a body's name, starting with its letter, is that body's short
 * name wherever the article uses it (an all-capitals acronym is read so by the mention finder).
 */
function readBracketedShortNames(sentences: readonly SentenceMentions[]): void {
  let short: Map<string, Mention> | undefined;
  for (const s of sentences) {
    for (let i = 1; i < s.mentions.length; i++) {
      const m = s.mentions[i]!;
      const body = s.mentions[i - 1]!;
      if (!m.key.startsWith('single:') || m.last !== m.first + 1 || s.tokens[m.first - 1]?.text !== '(' || s.tokens[m.last]?.text !== ')') continue;
      if (body.kind !== 'Agency' || body.form !== 'name' || body.last !== m.first - 1 || body.name[0] !== m.name[0]) continue;
      (short ??= new Map()).set(m.name, body);
      // (The definition itself adds nothing to the body's name before it.)
      s.mentions.splice(i--, 1);
    }
  }
  if (!short) return;
  for (const s of sentences) {
    for (const m of s.mentions) {
      const body = m.key.startsWith('single:') ? short.get(m.name) : undefined;
      if (!body) continue;
      m.kind = 'Agency';
      m.key = body.key;
      m.name = body.name;
      m.title = undefined;
      if (body.affiliation) m.affiliation = body.affiliation;
    }
  }
}

// ---- legislatures addressed by their own members ----------------------------------------

const ADDRESS_VERBS_FOR_BODIES = new Set(['told', 'tells', 'telling', 'addressed', 'addresses', 'addressing', 'briefed', 'briefs', 'briefing', 'informed', 'informs']);

/**
 * "British Prime Minister Theresa May told Parliament": a legislature the article does not place
 * is the one of whoever addresses it, when that speaker's state is known. Else it stays unplaced.
 */
function placeAddressedLegislatures(sentences: readonly SentenceMentions[]): void {
  for (const s of sentences) {
    for (let i = 1; i < s.mentions.length; i++) {
      const m = s.mentions[i]!;
      if (!m.key.startsWith('agency:legislature:') || !m.key.endsWith(':?')) continue;
      if (!ADDRESS_VERBS_FOR_BODIES.has(s.tokens[m.first - 1]?.lower ?? '')) continue;
      const speaker = s.mentions[i - 1]!;
      if (speaker.last !== m.first - 1) continue;
      const iso = speaker.kind === 'State' && !speaker.locative ? speaker.iso : speaker.affiliation?.startsWith('state:') ? speaker.affiliation.slice(6) : undefined;
      if (!iso) continue;
      m.key = `${m.key.slice(0, -1)}${iso}`;
      m.name = `${demonymOf(iso)} ${m.name}`;
      m.affiliation = `state:${iso}`;
    }
  }
}

/**
 * "the Palestinian Islamic Jihad militant group ... Islamic Jihad rejected": a name the article
 * has shown to be a body's is that body wherever it reads like a person's.
 */
function readBodyNamesAsBodies(sentences: readonly SentenceMentions[]): void {
  let bodies: Map<string, string> | undefined;
  for (const s of sentences) for (const m of s.mentions) if (m.kind === 'Agency' && m.form === 'name' && m.key.startsWith('agency:name:')) (bodies ??= new Map()).set(m.name, m.key);
  if (!bodies) return;
  for (const s of sentences) {
    for (const m of s.mentions) {
      const key = m.kind === 'Person' && m.form === 'name' ? bodies.get(m.name) : undefined;
      if (key === undefined || m.title !== undefined) continue;
      m.kind = 'Agency';
      m.key = key;
    }
  }
}

// ---- people ------------------------------------------------------------------------------

/** Capitalised words after a capital that name a thing, not a person: "Oslo Accords", "Beijing Olympics". */
const NAMED_THING_HEADS = new Set([
  'accord', 'accords', 'agreement', 'agreements', 'pact', 'protocol', 'protocols', 'treaty', 'declaration', 'process', 'format', 'summit',
  'talks', 'conference', 'forum', 'charter', 'consensus', 'initiative', 'plan', 'club', 'airport', 'airlines', 'airways', 'exchange',
  'metro', 'olympics', 'games', 'marathon', 'stadium', 'university', 'electric', 'bank', 'group', 'region', 'province', 'district',
]);
const PLACE_GOVERNORS = new Set(['the', 'in', 'to', 'from', 'of', 'at', 'near', 'outside', 'inside', 'via', 'toward', 'towards', 'across', 'around']);

/**
 * "Sofia Holm said", "Victoria Nuland", "Israel Katz told reporters": a capital or a state's
 * name right before a surname is the person's first name, not the place, where the article
 * names that person in full elsewhere ("Prime Minister Sofia Holm") or the pair stands where a
 * person does ('...," Sofia Holm said'; "called Sofia Holm"). A capital (but not a state's name:
 * "Qatar Airways") also does so wherever a place could not stand: with no article or
 * preposition before it, nothing capitalised after the pair, and no word that names a thing
 * ("Oslo Accords"). The surname standing alone elsewhere in the article ("Bardella said") says it
 * too. The two mentions become one.
 */
function joinFirstNamesReadAsPlaces(sentences: readonly SentenceMentions[]): void {
  let fullNames: Set<string> | undefined; // built at the first candidate pair: most articles have none
  let lone: Set<string> | undefined;
  for (const s of sentences) {
    for (let i = 0; i + 1 < s.mentions.length; i++) {
      const place = s.mentions[i]!;
      const surname = s.mentions[i + 1]!;
      if (place.kind !== 'State' || (place.form !== 'capital' && place.form !== 'name') || place.possessive) continue;
      if (surname.first !== place.last || surname.last !== place.last + 1 || !surname.key.startsWith('single:')) continue;
      if (!fullNames) {
        fullNames = new Set();
        for (const other of sentences) for (const m of other.mentions) if (m.kind === 'Person' && m.key.startsWith('person:')) fullNames.add(m.name);
      }
      // "Jordan Bardella ... Bardella said": the surname standing alone elsewhere is evidence too.
      if (!lone) {
        lone = new Set();
        for (const other of sentences) {
          for (let k = 0; k < other.mentions.length; k++) {
            const m = other.mentions[k]!;
            const before = other.mentions[k - 1];
            if (m.key.startsWith('single:') && !(before && before.last === m.first && before.kind === 'State')) lone.add(m.name);
          }
        }
      }
      const name = `${s.tokens.slice(place.first, place.last).map((t) => t.text).join(' ')} ${surname.name}`;
      const joined: Mention = { ...surname, first: place.first, key: `person:${name}`, name, surface: name, anaphor: undefined };
      const after = s.tokens[surname.last];
      const personSlot =
        place.form === 'capital' &&
        !PLACE_GOVERNORS.has(s.tokens[place.first - 1]?.lower ?? '') &&
        !(after && after.shape === 'word' && after.upper) &&
        !NAMED_THING_HEADS.has(surname.name.toLowerCase());
      if (!fullNames.has(name) && !lone.has(surname.name) && !personSlot && !isPersonContext(s.tokens, joined)) continue;
      s.mentions.splice(i, 2, joined);
    }
  }
}

/**
 * "Paraguayan President Santiago Peña" (Santiago read as a capital at first), "UAE President
 * Sheikh Mohamed bin Zayed" (a second title): the scanner read the office on its own. Its title
 * goes to the person named right after it; the nationality stays the state.
 */
function givePeopleTheirOffices(sentences: readonly SentenceMentions[]): void {
  for (const s of sentences) {
    for (let i = 0; i + 1 < s.mentions.length; i++) {
      const office = s.mentions[i]!;
      const person = s.mentions[i + 1]!;
      if (office.form === 'nominal' && office.kind === 'Person' && office.title && person.form === 'name' && person.kind === 'Person' && person.first === office.last && !person.key.startsWith('single:')) takeOffice(s, i, person);
    }
  }
}

function takeOffice(s: SentenceMentions, at: number, person: Mention): void {
  const office = s.mentions[at]!;
  let titleStart = office.last;
  while (titleStart > office.first && s.tokens[titleStart - 1]!.upper && TITLE_WORDS.has(s.tokens[titleStart - 1]!.lower)) titleStart--;
  person.first = titleStart;
  person.title ??= office.title;
  person.affiliation ??= office.affiliation;
  const iso = office.iso;
  if (titleStart > office.first && iso) {
    s.mentions[at] = { first: office.first, last: titleStart, sentence: office.sentence, kind: 'State', form: 'demonym', surface: s.tokens.slice(office.first, titleStart).map((t) => t.text).join(' '), key: `state:${iso}`, name: countryName(iso), iso, modifier: true };
  } else s.mentions.splice(at, 1);
}

/** Patronymic particles: the name after one is the father's ("Mohammed bin Salman"; "King Salman" is another man). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti']);
/** The name at k follows a patronymic particle: it is a forefather's. */
const forefathers = (words: readonly string[], k: number): boolean => k > 0 && PATRONYMIC.has(words[k - 1]!.toLowerCase());

/** The words of a full name that the article may use alone for the person: not a father's name. */
function wordsStandingAlone(name: string): string[] {
  const raw = name.split(/\s+/);
  const fathers = new Set<string>();
  for (let i = 1; i < raw.length; i++) if (forefathers(raw, i)) fathers.add(identifyingWord(raw[i]!));
  return personWords(name).filter((word) => !fathers.has(word));
}

/** Words after which a name is a family's or a forefather's: "Tamim bin Hamad Al Thani". */
const FAMILY_PARTICLES = new Set([...PATRONYMIC, 'al']);

/** "Mohamed bin Zayed" for "Mohamed bin Zayed Al Nahyan": an Arabic name given without its family's or forefathers' names. */
function familyNamesLeftOff(short: readonly string[], long: readonly string[]): boolean {
  return short.length >= 2 && long.length > short.length && short.every((w, k) => long[k] === w) && FAMILY_PARTICLES.has(long[short.length]!.toLowerCase());
}

function samePerson(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (familyNamesLeftOff(short, long)) return true;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  // "King Salman bin Abdulaziz" is not "Mohammed bin Salman bin Abdulaziz": a name after "bin" is his father's.
  return short.every((w, k) => long.some((x, j) => x === w && forefathers(long, j) === forefathers(short, k)));
}

function resolvePeople(sentences: readonly SentenceMentions[], table: EntityTable): Map<string, Entity> {
  // Full names first, longest first, so "Sarah Huckabee Sanders" absorbs "Sarah Sanders".
  const mentions = allMentions(sentences);
  const full = mentions.filter((m) => m.key.startsWith('person:'));
  splitUnknownTitles(full, mentions);
  const names = [...new Set(full.map((m) => m.name))].sort((x, y) => nameWords(y).length - nameWords(x).length);
  const people: { words: string[]; alone: string[]; entity: Entity }[] = [];
  for (const name of names) {
    const words = personWords(name);
    const same = people.find((p) => samePerson(p.words, words));
    if (same) table.alias(`person:${name}`, same.entity);
    else people.push({ words, alone: wordsStandingAlone(name), entity: table.create(`person:${name}`, name, 'Person') });
  }
  const startingIn = (s: SentenceMentions) => {
    const starting = new Map<number, Mention>();
    for (const other of s.mentions) if (!starting.has(other.first)) starting.set(other.first, other);
    return starting;
  };
  sentences.forEach((s, index) => {
    let starting: Map<number, Mention> | undefined;
    for (const m of s.mentions) {
      if (!m.key.startsWith('person:')) continue;
      const entity = table.find(m.key)!;
      table.attach(m, entity);
      if (m.title && !entity.title) entity.title = m.title;
      entity.title ??= apposedOffice(s, m);
      if (m.affiliation && !entity.affiliation) entity.affiliation = m.affiliation;
      if (!entity.affiliation) entity.affiliation = officeState(s, m, (starting ??= startingIn(s)));
      if (!entity.affiliation && index > 0) entity.affiliation = spokespersonOfPrevious(m, sentences[index - 1]!);
      entity.gender ??= genderOfTitle(m.title);
    }
  });

  // Single words: the person named in full whose surname (else other name) it is; the most
  // recently mentioned one when two share it. A word named nowhere in full becomes a person of
  // its own only where a title or a verb of address says it is one ("President Trump").
  const singlePeople = new Map<string, Entity>();
  const companies = companyWords(sentences);
  // "Alternative for Germany (AfD) ... The AfD came second": an acronym the article defined.
  const acronyms = new Map<string, Mention>();
  for (const m of mentions) if (isAcronymDefinition(m)) acronyms.set(m.surface, m);
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!m.key.startsWith('single:') || m.anaphor === 'month') continue;
      const word = identifyingWord(m.name);
      if (singlePeople.has(word)) continue;
      const acronym = acronyms.get(m.name);
      if (acronym) {
        singlePeople.set(word, table.create(acronym.key, acronym.name, 'Agency'));
        continue;
      }
      if (people.some((p) => p.alone.includes(word))) continue;
      // "Apple said": a company the article calls one is no person, whatever verb it takes.
      if (companies.has(m.name)) {
        const company = table.create(`agency:name:${m.name.toLowerCase()}`, m.name, 'Agency');
        table.alias(`company:${m.name.toLowerCase()}`, company);
        singlePeople.set(word, company);
      } else if (isPersonContext(s.tokens, m)) {
        // "told POLITICO": one word all in capitals where a person would stand is an outlet or a body.
        singlePeople.set(word, allCapitals(m.name) ? table.create(`agency:name:${m.name.toLowerCase()}`, m.name, 'Agency') : table.create(`person:${m.name}`, m.name, 'Person'));
      }
    }
  }
  let order = 0;
  const lastSeen = new Map<number, number>();
  for (const s of sentences) {
    let starting: Map<number, Mention> | undefined;
    for (const m of s.mentions) {
      order++;
      if (m.entity !== undefined && m.kind === 'Person') lastSeen.set(m.entity, order);
      if (!m.key.startsWith('single:')) continue;
      const word = identifyingWord(m.name);
      const bySurname = people.filter((p) => p.words[p.words.length - 1] === word && p.alone.includes(word));
      const byAny = bySurname.length > 0 ? bySurname : people.filter((p) => p.alone.includes(word));
      let entity: Entity | undefined;
      if (byAny.length > 0) entity = byAny.reduce((best, p) => ((lastSeen.get(p.entity.id) ?? 0) > (lastSeen.get(best.entity.id) ?? 0) ? p : best)).entity;
      else entity = singlePeople.get(word);
      if (!entity) continue;
      table.attach(m, entity);
      lastSeen.set(entity.id, order);
      if (m.title && !entity.title) entity.title = m.title;
      entity.title ??= apposedOffice(s, m);
      if (m.affiliation && !entity.affiliation) entity.affiliation = m.affiliation;
      if (!entity.affiliation) entity.affiliation = officeState(s, m, (starting ??= startingIn(s)));
      entity.gender ??= genderOfTitle(m.title);
    }
  }
  // Surnames of people named in full, for "Montenegro" meaning Luis Montenegro, not the state.
  const surnames = new Map<string, Entity>();
  const shared = new Set<string>();
  for (const p of people) {
    if (p.words.length < 2) continue;
    const last = p.words[p.words.length - 1]!;
    if (surnames.has(last) && surnames.get(last) !== p.entity) shared.add(last);
    surnames.set(last, p.entity);
  }
  for (const word of shared) surnames.delete(word);
  return surnames;
}

function allCapitals(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isPersonContext(tokens: readonly Token[], m: Mention): boolean {
  if (m.anaphor === 'titled') return true;
  const before = tokens[m.first - 1];
  const after = tokens[m.last];
  // "Mahama, the Ghanaian president, said": an apposition that names an office.
  if (after?.text === ',' && (tokens[m.last + 1]?.lower === 'the' || tokens[m.last + 1]?.lower === 'a')) {
    for (let k = m.last + 2; k < tokens.length && k < m.last + 6; k++) {
      if (PERSON_ROLE_NOUNS.has(tokens[k]!.lower)) return true;
      if (tokens[k]!.shape === 'punct') break;
    }
  }
  if (m.anaphor === 'initial') return false;
  if (before && ADDRESS_VERBS.has(before.lower)) return true;
  // "Putin said", "..., Putin told reporters": speech verbs follow people (agencies are listed).
  if (after && SPEECH_AFTER.has(after.lower) && before && (before.text === ',' || before.text === '”' || before.text === '"')) return true;
  return false;
}

// ---- agencies ----------------------------------------------------------------------------

/**
 * The article's agencies named in full, as [key, " lower-case name"]. A loop into an array literal,
 * not filter and map: their results change hidden class with their length, which deoptimised the caller.
 */
function agencyNamesInFull(keys: ReadonlySet<string>, firstByKey: ReadonlyMap<string, Mention>): [string, string][] {
  const out: [string, string][] = [];
  for (const k of keys) if (k.startsWith('agency:name:')) out.push([k, ` ${firstByKey.get(k)!.name.toLowerCase()}`]);
  return out;
}

function resolveAgencies(sentences: readonly SentenceMentions[], table: EntityTable): void {
  const agencyMentions = allMentions(sentences).filter((m) => m.kind === 'Agency' && m.form === 'name');
  const keys = new Set(agencyMentions.map((m) => m.key));
  const firstByKey = new Map<string, Mention>();
  for (const m of agencyMentions) if (!firstByKey.has(m.key)) firstByKey.set(m.key, m);
  const target = new Map<string, string>();
  // "the Swedish Security Service (SAPO)": an acronym in brackets after a name is that body's.
  const defined = new Map<string, string>();
  for (const acronym of agencyMentions) {
    // "Tehrik-e-Taliban Pakistan (TTP)" read as one definition (mentions.ts): later "TTP" joins it.
    if (isAcronymDefinition(acronym)) defined.set(`agency:acronym:${acronym.surface}`, acronym.key);
    if (!acronym.key.startsWith('agency:acronym:')) continue;
    const s = sentences[acronym.sentence]!;
    if (s.tokens[acronym.first - 1]?.text !== '(' || s.tokens[acronym.last]?.text !== ')') continue;
    const named = s.mentions.find((m) => m.kind === 'Agency' && m.form === 'name' && m.last === acronym.first - 1 && !m.key.startsWith('agency:acronym:'));
    if (named) defined.set(acronym.key, named.key);
  }
  // "the Security Service" after "the Swedish Security Service": the short form of a body the
  // article named in full, not a known body of another state that goes by those words.
  let fullNames: [string, string][] | undefined;
  for (const key of keys) {
    if (!key.startsWith('agency:org:')) continue;
    fullNames ??= agencyNamesInFull(keys, firstByKey);
    if (fullNames.length === 0) break;
    const short = ` ${firstByKey.get(key)!.surface.toLowerCase()}`;
    let longer: string | undefined;
    let count = 0;
    for (const [full, name] of fullNames) if (name.endsWith(short) && name.length > short.length && count++ === 0) longer = full;
    if (count === 1) target.set(key, longer!);
  }
  for (const key of keys) {
    const parts = key.split(':');
    if ((parts[1] === 'ministry' || parts[1] === 'office') && parts[3] === '?') {
      const qualified = [...keys].filter((k) => k.startsWith(`agency:${parts[1]}:${parts[2]}:`) && !k.endsWith(':?'));
      if (qualified.length === 1) target.set(key, qualified[0]!);
    } else if (parts[1] === 'post' && parts[4] === '?') {
      const qualified = [...keys].filter((k) => k.startsWith(`agency:post:${parts[2]}:${parts[3]}:`) && !k.endsWith(':?'));
      if (qualified.length === 1) target.set(key, qualified[0]!);
    } else if (parts[1] === 'legislature' && parts[3] === '?') {
      const qualified = [...keys].filter((k) => k.startsWith(`agency:legislature:${parts[2]}:`) && !k.endsWith(':?'));
      if (qualified.length === 1) target.set(key, qualified[0]!);
    } else if (parts[1] === 'acronym') {
      const full = defined.get(key) ?? [...keys].find((k) => k.startsWith('agency:name:') && initials(firstByKey.get(k)!.name) === parts[2]);
      if (full) target.set(key, full);
    }
  }
  // Canonical names: the most complete form of the key the mentions resolve to.
  for (const m of agencyMentions) {
    const key = target.get(m.key) ?? m.key;
    let entity = table.find(key);
    if (!entity) {
      const source = firstByKey.get(key) ?? m;
      const org = key.startsWith('agency:org:') ? ORG_NAMES.get(key.slice('agency:org:'.length)) : undefined;
      const iso = source.affiliation?.startsWith('state:') ? source.affiliation.slice(6) : undefined;
      entity = table.create(key, org?.name ?? source.name, 'Agency', iso ? { affiliation: `state:${iso}` } : {});
    }
    if (m.key !== key) table.alias(m.key, entity);
    table.attach(m, entity);
  }
}

// ---- states, groups, places --------------------------------------------------------------

const ALIAS_FORMS = new Set(['name', 'capital', 'government']);

/**
 * A one-word name that is the surname of a person the article names in full is that person:
 * "Michael Jordan ... Jordan said" (no state), "Thérèse Kayikwamba Wagner ... Wagner told" (no
 * Wagner Group; a body's acronym is never a surname).
 */
function readSurnamesAsPeople(sentences: readonly SentenceMentions[], table: EntityTable, surnames: ReadonlyMap<string, Entity>): void {
  if (surnames.size === 0) return;
  let toldOtherwise: Set<string> | undefined;
  for (const m of allMentions(sentences)) {
    if (m.entity !== undefined || m.form !== 'name' || m.last - m.first !== 1) continue;
    if (m.kind !== 'State' && !(m.kind === 'Agency' && m.surface !== m.surface.toUpperCase())) continue;
    const person = surnames.get(withoutAccents(m.surface));
    if (!person) continue;
    // "Azerbaijan expels ... the Sputnik Azerbaijan news agency": not when the article tells of the
    // state by its capital or its people too ("Baku", "Azerbaijani"); an article about Michael Jordan does not.
    toldOtherwise ??= statesToldOtherwise(sentences);
    if (m.iso !== undefined && toldOtherwise.has(m.iso)) continue;
    m.kind = 'Person';
    m.iso = undefined;
    table.attach(m, person);
  }
}

/** The states an article names by their capital or their people, not only by a name. */
function statesToldOtherwise(sentences: readonly SentenceMentions[]): Set<string> {
  const isos = new Set<string>();
  for (const m of allMentions(sentences)) if (m.kind === 'State' && m.iso !== undefined && m.form !== 'name') isos.add(m.iso);
  return isos;
}

function resolveStatesGroupsPlaces(sentences: readonly SentenceMentions[], table: EntityTable): void {
  for (const m of allMentions(sentences)) {
    if (m.entity !== undefined || m.form === 'pronoun' || m.form === 'nominal') continue;
    if (m.kind === 'State' && m.iso) {
      const entity = table.create(m.key, countryName(m.iso), 'State', { iso: m.iso });
      table.attach(m, entity, ALIAS_FORMS.has(m.form));
    } else if (m.kind === 'Group') {
      table.attach(m, table.create(m.key, m.name, 'Group'));
    } else if (m.kind === 'Place') {
      table.attach(m, table.create(m.key, m.name, 'Place'));
    }
  }
}

/**
 * An agency whose state or city the article never gives ("Parliament", "the Foreign Ministry",
 * "the Russian embassy") is only known to be this article's: across a corpus, two of them may
 * be different bodies, so the node key carries the article, as an incident's does.
 */
export function scopeUnplacedAgencies(table: EntityTable, articleId: string): void {
  for (const entity of table.entities) {
    if (entity.kind !== 'Agency') continue;
    let unplaced = true;
    for (const key of entity.keys) if (!key.endsWith(':?')) unplaced = false;
    if (unplaced) entity.key = scopedToArticle(entity.key, articleId);
  }
}

/**
 * A person the article names by one word only ("Speaker Johnson", "President Putin") keys on that
 * word and the state they act for (`johnson-usa`): two articles' "Johnson" of two states are two
 * nodes, and the load folds each into a full name where the store holds one (src/graph/personMerges.ts).
 */
export function keySurnameOnlyPeopleByState(table: EntityTable): void {
  for (const entity of table.entities) {
    if (entity.kind !== 'Person' || entity.name.includes(' ')) continue;
    const side = table.sideOf(entity);
    if (side !== undefined) entity.key = `${entity.key}-${side.toLowerCase()}`;
  }
}

/** Resolves every named mention (not pronouns or nominals) to an entity. */
export function resolveEntities(sentences: readonly SentenceMentions[]): EntityTable {
  readSharedDemonymsAsNamedState(sentences);
  placeMinistriesBeforeTheOtherSides(sentences);
  const dateline = datelineState(sentences);
  placeSharedNameMinistries(sentences, dateline);
  placeMinistriesByDateline(sentences, dateline);
  readBracketedShortNames(sentences);
  joinFirstNamesReadAsPlaces(sentences);
  givePeopleTheirOffices(sentences);
  placeAddressedLegislatures(sentences);
  readBodyNamesAsBodies(sentences);
  const table = new EntityTable();
  const surnames = resolvePeople(sentences, table);
  readSurnamesAsPeople(sentences, table, surnames);
  resolveAgencies(sentences, table);
  resolveStatesGroupsPlaces(sentences, table);
  return table;
}
