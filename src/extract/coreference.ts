// Stage 4b: pronouns ("he", "it", "they") and nominals ("the ministry", "the president",
// "the kingdom", "the officers") -> the entity they refer back to, by recency and agreement.
import { COUNTRIES, demonymOf } from './lexicon/countries.ts';
import { quoteMarksAfter } from './quoteMarks.ts';
import { KNOWN_ORGANISATIONS } from './lexicon/organisations.ts';
import { DENIAL_OBJECTS, DENY_VERBS, REJECT_VERBS } from './lexicon/verbs.ts';
import { BODY_PAIR_NOUNS, MINISTRY_FIELDS, OBJECT_PRONOUNS, PERSON_ROLE_NOUNS, SPOKESPERSON_WORDS, WEEKDAYS } from './lexicon/words.ts';
import { AGED, datelineEnd, HALF_STATE, LEADER_ADMINISTRATION, LEADER_GOVERNMENT, parseCount, POST_OR_BODY, REGION_MEMBERS, REGION_STATE, UNNAMED_OFFICIALS, UNNAMED_SPOKESPERSON, WORLD_BODY } from './mentions.ts';
import { datelineState, type EntityTable, type SentenceMentions } from './entities.ts';
import type { Entity, Mention, Token } from './types.ts';

interface Seen {
  mention: Mention;
  entity: Entity;
  sentence: number;
  /** The mention opens its sentence's main clause (its grammatical subject, roughly). */
  subject: boolean;
  /** A body's one member named right after it: "official" in "a Japanese embassy official". */
  staff: string | undefined;
}

/** "It denied", "It has rejected": a denial verb within the next three words. */
function denialAfter(tokens: SentenceMentions['tokens'], k: number): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) if (DENY_VERBS.has(tokens[j]!.lower) || REJECT_VERBS.has(tokens[j]!.lower)) return true;
  return false;
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his']);
const FEMALE_PRONOUNS = new Set(['she', 'her']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);
/** Words after which "her" is an object, not a determiner: "called her to", "congratulated her." */
const AFTER_OBJECT = new Set(['to', 'on', 'in', 'as', 'and', 'for', 'with', 'at', 'by', 'from', 'that', 'again', 'too', 'personally', 'directly', 'over', 'about', 'during', 'after', 'before', 'but', 'or', 'twice', 'once', 'warmly', 'later', 'last', 'this', 'when', 'while', 'via', 'into', 'of']);
/** Words that end the clause an object pronoun could share with its subject. */
const CLAUSE_BREAKS = new Set(['said', 'says', 'told', 'that', 'when', 'after', 'before', 'because', 'while', 'who', 'which', 'whom', 'since', 'if', 'although', 'though', ';', ':', '"', '“', '”']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'into', 'toward', 'towards', 'against', 'about', 'between', 'among', 'near']);
const KINSHIP: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['father', 'son', 'brother', 'husband', 'uncle', 'nephew', 'grandfather', 'grandson', 'stepfather'].map((w) => [w, 'm'] as const),
  ...['mother', 'daughter', 'sister', 'wife', 'aunt', 'niece', 'grandmother', 'granddaughter', 'stepmother'].map((w) => [w, 'f'] as const),
]);

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 3;
/** Reporting verbs right before a subject pronoun: "said he had", "claimed she was". */
const REPORTED_BEFORE = new Set(['said', 'says', 'claimed', 'claims', 'alleged', 'alleges', 'added']);
/** Words after "its" for what only a state has: "its coast guard", "its territorial waters". */
const STATE_ORGANS = new Set(['coast', 'navy', 'army', 'air', 'armed', 'military', 'government', 'parliament', 'prime', 'foreign', 'territory', 'territorial', 'waters', 'airspace', 'border', 'borders', 'citizens', 'nationals']);
const NOMINAL_REACH = 8;
const MINISTRY_NAME = /\bministry\b|\bdepartment of foreign affairs\b|\bforeign office\b/i;

/** Keys of the international bodies that "the bloc" or "the alliance" can stand for (the EU, NATO, ASEAN ...). */
/** The United Nations' key: what "the world body" stands for. */
const UNITED_NATIONS = 'agency:org:united nations';
const INTERNATIONAL_BODIES = new Set(KNOWN_ORGANISATIONS.filter((org) => org.category === 'international').map((org) => `agency:org:${org.name.toLowerCase()}`));

function actorLike(seen: Seen): boolean {
  const m = seen.mention;
  return !m.locative && !m.modifier && m.form !== 'demonym' && (seen.entity.kind === 'State' || seen.entity.kind === 'Agency');
}

function latest(history: readonly Seen[], sentence: number, reach: number, test: (seen: Seen) => boolean): Entity | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const seen = history[k]!;
    if (sentence - seen.sentence > reach) return undefined;
    if (test(seen)) return seen.entity;
  }
  return undefined;
}

/** "Kulubaev's ministry": the ministry the minister who owns it heads, if known. */
function headedMinistry(s: SentenceMentions, m: Mention, table: EntityTable): Entity | undefined {
  if (m.anaphor !== 'ministry') return undefined;
  const owner = s.mentions.find((x) => x !== m && x.first === m.first && x.possessive && x.kind === 'Person' && x.entity !== undefined);
  return owner === undefined ? undefined : ministryOf(table.get(owner.entity!), table);
}

/** The ministry a minister of a known state heads ("Foreign Minister X" of Kyrgyzstan: the Kyrgyz foreign ministry). */
function ministryOf(minister: Entity, table: EntityTable): Entity | undefined {
  const word = ministerField(minister);
  const field = word === undefined ? undefined : MINISTRY_FIELDS.get(word);
  const iso = minister.affiliation?.startsWith('state:') ? minister.affiliation.slice('state:'.length) : undefined;
  if (field === undefined || iso === undefined) return undefined;
  const key = `agency:ministry:${field}:${iso}`;
  return table.find(key) ?? table.create(key, `${demonymOf(iso)} ${field[0]!.toUpperCase()}${field.slice(1)} Ministry`, 'Agency', { affiliation: `state:${iso}` });
}

/** "Foreign Minister X" -> "foreign": the field of a minister's ministry (none for a prime minister). */
function ministerField(person: Entity | undefined): string | undefined {
  if (person?.kind !== 'Person') return undefined;
  const field = /\b(\w+) minister\b/i.exec(person.title ?? '')?.[1]?.toLowerCase();
  return field === undefined || field === 'prime' || field === 'deputy' ? undefined : field;
}

/** Offices that one named person holds: "Taiwan's president" is no unnamed national. */
const OFFICE_HOLDERS = new Set(['president', 'leader', 'premier', 'chancellor', 'king', 'queen', 'emir', 'monarch', 'ruler', 'minister', 'prime']);
const SINGLE_STAFF = new Set(['employee', 'official', 'diplomat', 'staffer', 'worker', 'attache', 'attaché', 'officer', 'envoy', 'consul']);

/** One member of a body named right after it, past up to two lower-case words: "UN human rights official". */
function staffAfter(tokens: readonly Token[], k: number): boolean {
  return staffWordAfter(tokens, k) !== undefined;
}

/** "an official at the Iranian Embassy": one of a body's people named before it. */
function oneStaffBefore(tokens: readonly Token[], first: number): boolean {
  const staff = staffWordBefore(tokens, first);
  if (!SINGLE_STAFF.has(tokens[staff]?.lower ?? '')) return false;
  // Not "Zhao Wei, a diplomat at the Chinese consulate": one named in apposition is that person.
  let a = staff - 1;
  while (a > staff - 4 && tokens[a]?.shape === 'word' && tokens[a]!.lower !== 'a' && tokens[a]!.lower !== 'an') a--;
  return (tokens[a]?.lower === 'a' || tokens[a]?.lower === 'an') && tokens[a - 1]?.text !== ',';
}

/** "two staffers at the Russian Embassy": a body's people named before it. */
function staffBefore(tokens: readonly Token[], first: number): boolean {
  return PLURAL_STAFF.has(tokens[staffWordBefore(tokens, first)]?.lower ?? '');
}

/** Where the people word of "<people> at/of/from (the) <body>" stands before the body at `first`, or -1. */
function staffWordBefore(tokens: readonly Token[], first: number): number {
  const link = tokens[first - 1]?.lower === 'the' ? first - 2 : first - 1;
  return STAFF_LINKS.has(tokens[link]?.lower ?? '') ? link - 1 : -1;
}
const STAFF_LINKS = new Set(['at', 'of', 'from']);

function staffWordAfter(tokens: readonly Token[], k: number): string | undefined {
  for (let j = k; j < k + 3 && tokens[j]?.shape === 'word' && !tokens[j]!.upper; j++) if (SINGLE_STAFF.has(tokens[j]!.lower)) return tokens[j]!.lower;
  return undefined;
}
const REPORTS_THAT = new Set(['said', 'says', 'adding', 'added', 'adds', 'insisted', 'insists', 'stated', 'announced', 'warned', 'declared', 'confirmed', 'stressing', 'saying']);
/** Adverbs between a reporting verb and what it reports: "said separately that it", "added later". */
const REPORT_ADVERBS = new Set(['also', 'later', 'again', 'then', 'earlier', 'too']);

/** The reporting verb ending at token k ("said", or "said separately"), or -1. */
function reportingVerbAt(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.lower ?? '';
  if (REPORTS_THAT.has(word)) return k;
  const adverb = REPORT_ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly') && !tokens[k]!.upper);
  return adverb && REPORTS_THAT.has(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
}
/** Plural people nouns after a body or state: "Russian embassy officials", "Iranian diplomats". */
const PLURAL_STAFF = new Set(['officials', 'staff', 'staffers', 'diplomats', 'employees', 'officers', 'members', 'personnel', 'agents', 'envoys']);
/** Verbs after a quote and its speaker, besides REPORTS_THAT: '"...," he told reporters'. */
const QUOTE_VERBS = new Set(['told', 'tells', 'wrote', 'writes', 'tweeted', 'posted', 'asked', 'replied', 'says']);
const BLAMING_VERBS = new Set(['accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming', 'criticised', 'criticized', 'criticises', 'criticizes', 'condemned', 'condemns', 'attacked', 'slammed']);

/**
 * The state the article has told most of so far, counting its people with it; undefined when
 * two are level (no clear topic).
 */
function mostTalkedAbout(history: readonly Seen[]): Entity | undefined {
  const count = new Map<string, number>();
  const states = new Map<string, Entity>();
  for (const seen of history) {
    const e = seen.entity;
    const iso = e.kind === 'State' ? e.iso : e.kind === 'Person' && e.affiliation?.startsWith('state:') ? e.affiliation.slice(6) : undefined;
    if (!iso) continue;
    count.set(iso, (count.get(iso) ?? 0) + 1);
    if (e.kind === 'State') states.set(iso, e);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1]![1] === ranked[0]![1])) return undefined;
  return states.get(ranked[0]![0]);
}

/** The person told of most often before this sentence (the latest of those tied), if not `own`. */
function topicPerson(history: readonly Seen[], sentence: number, own: Entity | undefined): Entity | undefined {
  const count = new Map<Entity, number>();
  for (const seen of history) if (seen.sentence < sentence && seen.entity.kind === 'Person' && seen.entity !== own) count.set(seen.entity, (count.get(seen.entity) ?? 0) + 1);
  let best: Entity | undefined;
  let most = 0;
  // History is in document order, so of people told of as often, the later one wins.
  for (const seen of history) {
    const n = count.get(seen.entity) ?? 0;
    if (n >= most && n > 0) {
      best = seen.entity;
      most = n;
    }
  }
  return best;
}

function hasKey(entity: Entity, prefix: string): boolean {
  for (const key of entity.keys) if (key.startsWith(prefix)) return true;
  return false;
}

interface PronounContext {
  tokens: SentenceMentions['tokens'];
  mentions: readonly Mention[];
  /** Entities that are the subject of the pronoun's own clause: an object pronoun is never them. */
  ownSubjects: ReadonlySet<number>;
  table: EntityTable;
  /** The sentence's subject as far as resolved (see subjectMention). */
  subject: Mention | undefined;
  /** Where a quotation still open when the sentence begins was opened (an earlier sentence). */
  quoteOpen: QuoteStart | undefined;
  /** Who the quotation around this sentence's quoted words is attributed to where it closes. */
  quoteSpeaker: () => number | undefined;
}

interface QuoteStart {
  sentence: number;
  token: number;
}

/** Where a quotation still open after `tokens` was opened: in this sentence, else `carried` (open before it). */
function quoteStillOpen(tokens: SentenceMentions['tokens'], sentence: number, carried: QuoteStart | undefined): QuoteStart | undefined {
  const { open, openedAt } = quoteMarksAfter(tokens, carried !== undefined);
  if (!open) return undefined;
  return openedAt >= 0 ? { sentence, token: openedAt } : carried;
}

/** "her" before a noun is a determiner ("her election"), else an object ("called her to"). */
function isObjectPronoun(m: Mention, tokens: SentenceMentions['tokens']): boolean {
  const word = m.anaphor ?? '';
  if (word !== 'her') return OBJECT_PRONOUNS.has(word);
  const next = tokens[m.last];
  return next === undefined || next.shape === 'punct' || AFTER_OBJECT.has(next.lower);
}

const OWNER_PREPOSITIONS = new Set(['on', 'for', 'over', 'after', 'about']);

/** The person named right before "on/for/over <his|her> ...", as the possessive's owner. */
function possessiveOwner(m: Mention, context: PronounContext): Entity | undefined {
  if (!POSSESSIVE_PRONOUNS.has(m.anaphor ?? '') || isObjectPronoun(m, context.tokens)) return undefined;
  // "Theresa May and her Dutch counterpart": the person just before "and".
  const before = context.tokens[m.first - 1]?.lower ?? '';
  if (!OWNER_PREPOSITIONS.has(before) && before !== 'and') return undefined;
  // "congratulated Claudia Sheinbaum on Monday on her election": past the day to the person.
  let end = m.first - 1;
  if (before !== 'and' && context.tokens[end - 2]?.lower === 'on' && WEEKDAYS.has(context.tokens[end - 1]?.lower ?? '')) end -= 2;
  const owner = context.mentions.find((x) => x.last === end && x.kind === 'Person' && x.entity !== undefined);
  return owner ? context.table.get(owner.entity!) : undefined;
}

/** '"...," X said': the person named where a quotation closes, in this sentence or the next two. */
function closingAttribution(sentences: readonly SentenceMentions[], sentence: number): number | undefined {
  for (let n = sentence; n < Math.min(sentences.length, sentence + 3); n++) {
    const { tokens, mentions } = sentences[n]!;
    for (let c = 1; c < tokens.length - 1; c++) {
      if ((tokens[c]!.text !== '"' && tokens[c]!.text !== '”') || tokens[c - 1]!.text !== ',') continue;
      return mentions.find((x) => x.first > c && x.first <= c + 10 && x.kind === 'Person' && x.form === 'name' && x.entity !== undefined)?.entity;
    }
  }
  return undefined;
}

/**
 * Where the quote opens that ends right before pronoun m, which a reporting verb follows ('"...,"
 * he said'): in this sentence, or in an earlier one ('"Congratulations, Merz! ...," he wrote').
 */
function openingQuoteBefore(m: Mention, context: PronounContext, sentence: number): QuoteStart | undefined {
  const tokens = context.tokens;
  const close = tokens[m.first - 1]?.text;
  const verb = tokens[m.last]?.lower ?? '';
  if ((close !== '"' && close !== '”') || !(REPORTS_THAT.has(verb) || QUOTE_VERBS.has(verb))) return undefined;
  for (let k = m.first - 2; k >= 0; k--) if (tokens[k]!.text === '"' || tokens[k]!.text === '“') return { sentence, token: k };
  return context.quoteOpen;
}

/**
 * "Biden congratulated Sheinbaum, saying he looked forward ...", "Galvez conceded but said she
 * would ...": a he/she right after a reporting verb (and "that") is who reports, the person
 * right before the verb or else the sentence's subject, when the pronoun fits them (a person).
 */
function speakerOf(m: Mention, context: PronounContext, fits: (entity: Entity) => boolean): Entity | undefined {
  const verb = reportingVerbAt(context.tokens, context.tokens[m.first - 1]?.lower === 'that' ? m.first - 2 : m.first - 1);
  if (verb < 0) return undefined;
  const before = context.mentions.find((x) => x.last === verb && x.entity !== undefined);
  const reporter = before ?? context.subject;
  if (reporter?.entity === undefined || reporter.first >= verb) return undefined;
  const entity = context.table.get(reporter.entity);
  return fits(entity) ? entity : undefined;
}

/**
 * "Kenya said Uganda had armed the rebels, adding that it would expel ...": "it" right after
 * "<reporting verb> that" is the state or body reporting, not the last one named.
 */
function reporterOf(m: Mention, context: PronounContext): Entity | undefined {
  if (m.anaphor !== 'it' || context.tokens[m.first - 1]?.lower !== 'that') return undefined;
  const verb = reportingVerbAt(context.tokens, m.first - 2);
  if (verb < 0) return undefined;
  // The one right before a finite verb ("Kenya said that it"), else, after a participle, the sentence's subject.
  const before = context.mentions.find((x) => x.last === verb && x.entity !== undefined);
  const first = context.mentions.find((x) => x.entity !== undefined && x.first < verb);
  const reporter = before ?? (context.tokens[verb - 1]?.text === ',' ? first : undefined);
  if (reporter === undefined) return undefined;
  const entity = context.table.get(reporter.entity!);
  return entity.kind === 'State' || entity.kind === 'Agency' ? entity : undefined;
}

/** The entity of the mention a relative pronoun at token `at` follows (", whom"), if any. */
function relativeAntecedent(at: number, context: PronounContext): number | undefined {
  const end = context.tokens[at - 1]?.text === ',' ? at - 1 : at;
  return context.mentions.find((x) => x.last === end && x.entity !== undefined)?.entity;
}

/** Words that open a clause subordinate to the sentence's: "even though", "despite", "after". */
const SUBORDINATE_OPENERS = new Set(['though', 'although', 'despite', 'after', 'before', 'because', 'while', 'when', 'since', 'until', 'unless']);

function subordinatorBetween(tokens: SentenceMentions['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SUBORDINATE_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** The pronoun opens its sentence (quotes and a leading conjunction aside). */
function opensSentence(m: Mention, tokens: SentenceMentions['tokens']): boolean {
  let k = 0;
  while (k < m.first && (tokens[k]!.shape === 'punct' || ['but', 'and', 'yet', 'meanwhile', 'however', 'later'].includes(tokens[k]!.lower))) k++;
  return k === m.first;
}

/** '"...," he said': the pronoun names who speaks the quotation that opens the sentence. */
function speaksOpeningQuote(m: Mention, tokens: SentenceMentions['tokens']): boolean {
  const close = tokens[m.first - 1]?.text;
  return (close === '"' || close === '”') && [',', '?', '!'].includes(tokens[m.first - 2]?.text ?? '') && (tokens[0]?.text === '"' || tokens[0]?.text === '“');
}

/** Words of a phrase of time between "and" and a pronoun: ", and a day later it", ", and on Friday it". */
const TIME_FILLERS = new Set(['a', 'day', 'days', 'week', 'weeks', 'month', 'hours', 'later', 'then', 'soon', 'afterwards', 'on', 'earlier', 'also', 'two', 'few']);
/** Last words of an opening phrase of time: "Two weeks later,", "Hours afterwards,". */
const TIME_INTRO_ENDS = new Set(['later', 'afterwards', 'afterward', 'earlier', 'thereafter']);
/** Prepositions opening a sentence's introductory phrase: "In a statement carried by APS, it accused". */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'after', 'before', 'during', 'following', 'according', 'with', 'through', 'via', 'from']);

/**
 * The comma right before pronoun m that closes a prepositional phrase opening the sentence, or
 * -1: whom the pronoun stands for is not someone that phrase names ("After meeting Putin, he said").
 */
function introBefore(m: Mention, tokens: SentenceMentions['tokens']): number {
  const comma = m.first - 1;
  if (tokens[comma]?.text !== ',') return -1;
  const start = datelineEnd(tokens);
  // ("Speaking at the party's headquarters on Sunday, he accused": a participle's phrase too.)
  const opener = tokens[start]?.lower ?? '';
  // ("Two weeks later, he congratulated": a phrase of time.)
  const timed = TIME_INTRO_ENDS.has(tokens[comma - 1]?.lower ?? '');
  if (!OPENING_PREPOSITIONS.has(opener) && !timed && !(tokens[start]?.shape === 'word' && opener.length > 5 && opener.endsWith('ing'))) return -1;
  for (let k = start + 1; k < comma; k++) if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return -1;
  return comma;
}

function resolvePronoun(m: Mention, history: readonly Seen[], sentence: number, context: PronounContext): Entity | undefined {
  const word = m.anaphor ?? '';
  const intro = introBefore(m, context.tokens);
  const inIntro = (s: Seen): boolean => intro >= 0 && s.sentence === sentence && s.mention.first < intro;
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
    const gender = MALE_PRONOUNS.has(word) ? 'm' : 'f';
    const object = isObjectPronoun(m, context.tokens);
    // "Netanyahu, whom he called ...": the one "whom" stands for is not "he".
    const whomFor = context.tokens[m.first - 1]?.lower === 'whom' ? relativeAntecedent(m.first - 1, context) : undefined;
    // ("the man", "the woman", the only two-word he/she: a private person, such as one arrested; never an office's holder.)
    const privatePerson = m.last - m.first > 1;
    const fitsPerson = (entity: Entity) =>
      entity.kind === 'Person' && entity.id !== whomFor && (entity.gender === undefined || entity.gender === gender) && !(privatePerson && (entity.title !== undefined || entity.affiliation !== undefined));
    // (An object pronoun is never its own clause's subject, wherever else that person was named:
    // "Mahama congratulated him".)
    // ('"My congratulations to him," Arevalo said': inside a quotation, him/her/his is not its speaker, who would say me/my.)
    const quoted = word !== 'he' && word !== 'she' && quoteMarksAfter(context.tokens.slice(0, m.first), context.quoteOpen !== undefined).open ? context.quoteSpeaker() : undefined;
    const fits = (s: Seen) => fitsPerson(s.entity) && !(object && context.ownSubjects.has(s.entity.id)) && !inIntro(s) && s.entity.id !== quoted;
    // "X said the envoy, Y, had been expelled. She accused ...": a sentence-initial he/she
    // continues the previous sentence's subject before its objects and appositions.
    // ('"Yerevan is staging provocations," he wrote on X.': so does the speaker of a quotation opening the sentence.)
    if (!object && (opensSentence(m, context.tokens) || speaksOpeningQuote(m, context.tokens) || intro >= 0)) {
      const topic = latest(history, sentence, 1, (s) => s.sentence === sentence - 1 && s.subject && fits(s));
      if (topic) return topic;
    }
    // "congratulated Y on her election": a possessive right after "<person> on/for" is theirs.
    const owner = possessiveOwner(m, context);
    if (owner !== undefined) return owner;
    if (!object && !POSSESSIVE_PRONOUNS.has(word)) {
      const speaker = speakerOf(m, context, fitsPerson);
      if (speaker) return speaker;
      // '"I congratulate Lee Jae-myung," he told supporters': who speaks is not one the quote names.
      const open = openingQuoteBefore(m, context, sentence);
      if (open) {
        const quoted = (s: Seen): boolean => (s.sentence > open.sentence || (s.sentence === open.sentence && s.mention.first > open.token)) && (s.sentence < sentence || s.mention.first < m.first);
        const outside = latest(history, sentence, PRONOUN_REACH, (s) => fits(s) && !quoted(s));
        if (outside) return outside;
      }
    }
    // "Trump did not confront Putin, even though his aides instructed him": a his/her before a
    // noun in a clause subordinate to the sentence's is first its subject's when that person fits
    // (not in the subject's own apposition: "Hun Sen, a friend of her father, congratulated her").
    const subject = context.subject;
    // "X sent a cable to King Salman in which he expressed ...": a message's sender, the first
    // person the sentence names ("Iran's Ambassador X sent ...": past a possessive state).
    const inWhich = context.tokens[m.first - 1]?.lower === 'which' && context.tokens[m.first - 2]?.lower === 'in';
    const sender = inWhich && !object ? context.mentions.find((x) => x.last <= m.first && x.kind === 'Person' && x.form === 'name' && x.entity !== undefined) : undefined;
    if (sender) {
      const entity = context.table.get(sender.entity!);
      if (fitsPerson(entity)) return entity;
    }
    if (!object && POSSESSIVE_PRONOUNS.has(word) && subject?.entity !== undefined && subject.last < m.first && subject.kind === 'Person' && subordinatorBetween(context.tokens, subject.last, m.first)) {
      const entity = context.table.get(subject.entity);
      if (fitsPerson(entity)) return entity;
    }
    // "expelled one Russian diplomat after accusing him of spying": an unnamed national, told
    // of in this sentence after any person, is the one meant; the state is the party.
    // (And a subject he/she after a report: "ordered a Croatian diplomat to leave, after the BIA said he had recruited ...".)
    const reported = !object && REPORTED_BEFORE.has(context.tokens[m.first - 1]?.lower ?? '');
    // ("declared an official at the Iranian Embassy persona non grata over his alleged role": whose role too.)
    if (object || reported || word === 'his' || word === 'her') {
      for (let k = history.length - 1; k >= 0 && history[k]!.sentence === sentence; k--) {
        const seen = history[k]!;
        if (fits(seen)) break;
        if (seen.mention.first >= m.first) continue;
        // "one Russian diplomat", or a post's one member: "a Russian embassy employee".
        // ("a senior United Nations human rights official": past the words of a field.)
        const member = seen.entity.kind === 'Agency' && (staffAfter(context.tokens, seen.mention.last) || oneStaffBefore(context.tokens, seen.mention.first));
        // Not "as Taiwan's president": an office held by someone named, not an unnamed national.
        const office = OFFICE_HOLDERS.has(context.tokens[seen.mention.last - 1]?.lower ?? '');
        // ("declared the diplomat persona non grata and gave him until Saturday": one told of before, read back.)
        const staffer = seen.mention.form === 'nominal' && seen.entity.kind === 'State' && SINGLE_STAFF.has(seen.mention.anaphor ?? '');
        if ((seen.mention.form === 'nationals' && !seen.mention.plural && !office) || member || staffer) return seen.entity;
      }
    }
    // Most people in the news are not known to be women, so "she" first looks for one who is.
    if (gender === 'f') {
      const known = latest(history, sentence, PRONOUN_REACH, (s) => fits(s) && s.entity.gender === 'f');
      // ("Torres ... received support from abroad. Rubio congratulated her": the one the sentence
      // before was about, when the woman known to be one was last told of further back.)
      const recent = known !== undefined && latest(history, sentence, 1, (s) => s.entity === known && s.sentence >= sentence - 1) !== undefined;
      const topic = known && !recent ? latest(history, sentence, 1, (s) => s.sentence === sentence - 1 && s.subject && fits(s)) : undefined;
      if (topic) return topic;
      if (known) return known;
    }
    return latest(history, sentence, PRONOUN_REACH, fits);
  }
  // "Burkina Faso expelled the UN coordinator Barbara Manzi, whom it accused of ...": the "it" of
  // a relative clause is the sentence's subject when that is a state or a body ("France, which it
  // accused of": so after "which", that stands for the object).
  const subject = context.subject?.entity !== undefined ? context.table.get(context.subject.entity) : undefined;
  // ("Kigali has been accused of ..., findings it has consistently dismissed": so is the "it" that
  // dismisses what the sentence told of it.)
  const before = context.tokens[m.first - 1]?.lower ?? '';
  // ("Norway expelled a Russian diplomat it accuses of ...": and the "it" right after an actor, a
  // relative clause with its "whom" left out, which cannot be that actor.)
  const reducedRelative = history.some((s) => s.sentence === sentence && s.mention.last === m.first && !s.mention.possessive && actorLike(s) && s.entity !== subject);
  if (word === 'it' && (before === 'whom' || before === 'which' || reducedRelative || (DENIAL_OBJECTS.has(before) && context.tokens[m.first - 2]?.text === ',')) && subject && (subject.kind === 'State' || subject.kind === 'Agency') && context.subject!.last < m.first) return subject;
  // "Kuwait declared the Iraqi Embassy's attache persona non grata, a day after its coast guard
  // accused ...": what only a state has belongs to a state, not to the body told of last.
  // (Not the medium that carried the words: "a communique ... read on the state broadcaster RTB. It said".)
  const singleActor = (s: Seen): boolean => actorLike(s) && !s.mention.plural && !inIntro(s) && !s.mention.carrier;
  if (word === 'its' && STATE_ORGANS.has(context.tokens[m.last]?.lower ?? '')) {
    // ("Tajikistan accused Kyrgyzstan of lying. Its foreign ministry said": opening a sentence, the state the sentence before was about.)
    const topic = opensSentence(m, context.tokens) ? latest(history, sentence, 1, (s) => s.sentence === sentence - 1 && s.subject && singleActor(s) && s.entity.kind === 'State') : undefined;
    if (topic) return topic;
    const state = latest(history, sentence, PRONOUN_REACH, (s) => singleActor(s) && s.entity.kind === 'State');
    if (state) return state;
  }
  // "Britain has a long history of tension with Tehran. It expelled ...": an "It" opening its
  // sentence is the subject of the sentence before, when that is one actor. Not when it denies:
  // "Ghana accused Togo of harbouring rebels. It denied the charge" is Togo's denial.
  // "Serbia's foreign ministry summoned Croatia's ambassador, and it hit back with ...": an "it"
  // opening a second clause is the sentence's subject, when that is a state or a body.
  // (", and a day later it hit back with": past a phrase of time.)
  let and = m.first - 1;
  while (and > m.first - 5 && (TIME_FILLERS.has(context.tokens[and]?.lower ?? '') || WEEKDAYS.has(context.tokens[and]?.lower ?? ''))) and--;
  const joined = context.tokens[and]?.lower;
  if (word === 'it' && (joined === 'and' || joined === 'but') && context.tokens[and - 1]?.text === ',' && subject && (subject.kind === 'State' || subject.kind === 'Agency') && context.subject!.last < m.first && !denialAfter(context.tokens, m.last)) return subject;
  if (word === 'it' && opensSentence(m, context.tokens) && !denialAfter(context.tokens, m.last)) {
    const subject = latest(history, sentence, 1, (s) => s.sentence === sentence - 1 && s.subject && singleActor(s));
    if (subject) return reporterOf(m, context) ?? subject;
  }
  if (word === 'it' || word === 'its') return reporterOf(m, context) ?? latest(history, sentence, PRONOUN_REACH, singleActor);
  // they / them / their: a plural mention nearby, else a state or agency. "declares 15 Russian
  // embassy officials persona non grata, accusing them": a body's people told of in this sentence.
  const people = history.findLast((s) => s.sentence === sentence && s.mention.last < m.first && s.entity.kind !== 'Place' && (PLURAL_STAFF.has(context.tokens[s.mention.last]?.lower ?? '') || staffBefore(context.tokens, s.mention.first)));
  if (people) return people.entity;
  // "The service accused the two diplomats ... said the pair had been declared persona non grata": a group of two.
  const pair = m.count === undefined ? undefined : latest(history, sentence, PRONOUN_REACH, (s) => s.mention.count === m.count && s.entity.kind !== 'Place' && s.entity.kind !== 'Person');
  if (pair) return pair;
  return (
    latest(history, sentence, 1, (s) => Boolean(s.mention.plural) && s.entity.kind !== 'Place') ??
    latest(history, sentence, PRONOUN_REACH, (s) => actorLike(s))
  );
}

/**
 * "Bolivia rejected ... Its Foreign Ministry said": a ministry named without its state, owned by
 * a pronoun that stands for a state, is that state's ministry.
 */
function placeOwnedMinistry(mentions: readonly Mention[], tokens: readonly Token[], owner: Mention, iso: string, table: EntityTable): void {
  // ("Its Foreign Ministry", "the North's foreign ministry".)
  const after = tokens[owner.last]?.lower === "'s" ? owner.last + 1 : owner.last;
  const ministry = mentions.find((x) => x.first === after && x.kind === 'Agency' && x.form === 'name' && x.key.startsWith('agency:ministry:') && x.key.endsWith(':?'));
  if (ministry?.entity === undefined) return;
  const unplaced = table.get(ministry.entity);
  if (![...unplaced.keys].every((key) => key.endsWith(':?'))) return;
  const key = ministry.key.replace(/\?$/, iso);
  const placed = table.find(key) ?? table.create(key, `${demonymOf(iso)} ${unplaced.name}`, 'Agency', { affiliation: `state:${iso}` });
  unplaced.mentions--;
  table.attach(ministry, placed);
}

/** "the federal government", "the central government": the government of the state the article is written from. */
const HOME_GOVERNMENT = /^the (?:federal|central|union) government$/i;
/** Names of police forces, for "the police". */
const POLICE_NAME = /\b(?:police|gendarmerie|carabinieri|RCMP)\b/i;

/**
 * With no dateline, the state of "the Irish Government", "the Government of Ghana": the first
 * government the article names with a capital G, the style of papers that so write their own.
 */
function ownGovernmentState(sentences: readonly SentenceMentions[]): string | undefined {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== 'State' || m.iso === undefined) continue;
      if ((m.form === 'government' && OWN_GOVERNMENT.test(m.surface)) || (m.form === 'demonym' && s.tokens[m.last]?.text === 'Government')) return m.iso;
    }
  }
  return undefined;
}
const OWN_GOVERNMENT = /\bGovernment\b/;

/** A party of a state, or a person its opposition: "the government" they blame is their own state's. */
const PARTY_NAME = /\b(?:party|movement|alliance|front|league|congress)\b/i;
function inOpposition(e: Entity): boolean {
  if (!e.affiliation?.startsWith('state:')) return false;
  return e.kind === 'Agency' ? PARTY_NAME.test(e.name) : e.kind === 'Person' && /\bopposition\b/i.test(e.title ?? '');
}

function resolveNominal(m: Mention, history: readonly Seen[], sentence: number, table: EntityTable, own?: Entity, before?: string, home?: string, isSubject = false): Entity | undefined {
  const word = m.anaphor ?? '';
  const homeState = (): Entity | undefined => (home ? table.state(home) : undefined);
  // "Chief Minister X accused the federal government": at home, the article's own state.
  if (word === 'government' && HOME_GOVERNMENT.test(m.surface)) return homeState();
  // "NAIROBI, Kenya (AP) - The government expelled ...": before any state is told of, the
  // government or junta of a datelined article is the dateline's.
  const firstState = (): Entity | undefined => (history.some((s) => s.entity.kind === 'State' && !s.mention.locative) ? undefined : homeState());
  // "The Government has expelled a diplomat ..." opening the body, where the headline named only
  // the other side's people ("Russian diplomat expelled"): the article's own government (see ownGovernmentState).
  const toldOf = (s: Seen): boolean => s.entity.kind === 'State' && !s.mention.locative && (s.sentence > 0 || (s.subject && s.mention.form !== 'demonym' && s.mention.form !== 'nationals'));
  if (word === 'government' && m.surface.endsWith('Government') && !history.some(toldOf)) {
    const own = homeState();
    if (own) return own;
  }
  // "the interim government" again: a description with a modifier, said twice, means the same.
  if (m.form === 'nominal' && m.kind === 'State' && m.last - m.first >= 3) {
    const surface = m.surface.toLowerCase();
    const same = history.findLast((s) => s.mention.form === 'nominal' && s.mention.surface.toLowerCase() === surface);
    if (same) return same.entity;
  }
  switch (word) {
    case LEADER_GOVERNMENT: {
      // "Maduro's government": the state its owner leads or belongs to, when the article says which.
      const owner = history.findLast((s) => s.sentence === sentence && s.mention.last === m.first - 1);
      const state = owner?.entity.kind === 'Person' && owner.entity.affiliation?.startsWith('state:') ? table.find(owner.entity.affiliation) : undefined;
      return state?.kind === 'State' ? state : undefined;
    }
    case UNNAMED_SPOKESPERSON: {
      // '"...," a spokesperson said': the body (or government) told of in this sentence or the one before.
      const body = (s: Seen): boolean => (s.entity.kind === 'Agency' || (s.entity.kind === 'State' && s.mention.form === 'government')) && !s.mention.locative;
      // ("an embassy spokesperson": an embassy, before "the Chadian authorities" its quotation names.)
      const head = m.surface.toLowerCase().split(' ').find((w) => POST_OR_BODY.has(w));
      const named = head ? latest(history, sentence, 3, (s) => body(s) && s.entity.name.toLowerCase().includes(head)) : undefined;
      return named ?? latest(history, sentence, 1, body);
    }
    case AGED: {
      // "Guaido, the 35-year-old head of the assembly,": the person it is apposed to.
      const apposed = before === ',' ? history.findLast((s) => s.sentence === sentence && s.mention.last === m.first - 1 && s.entity.kind === 'Person') : undefined;
      // "Quiroga refused to concede. Speaking in Santa Cruz, the 65-year-old accused ...": as the
      // subject, the person the sentence before was about.
      const previous = isSubject && !apposed ? history.findLast((s) => s.sentence === sentence - 1 && s.subject && s.entity.kind === 'Person') : undefined;
      if (previous) return previous.entity;
      // "congratulated the 65-year-old former diplomat": else the person the article has been
      // about (in its own sentence, the people named are its actors).
      return apposed?.entity ?? topicPerson(history, sentence, own);
    }
    case HALF_STATE: {
      const half = `${m.surface.split(' ').pop()!.toLowerCase()} `;
      return history.findLast((s) => s.entity.kind === 'State' && s.entity.name.toLowerCase().startsWith(half))?.entity;
    }
    case REGION_STATE:
      // "The Gulf state said": as a subject, the state the text was about (the last state subject);
      // elsewhere ("demanded that the Baltic state withdraw") the other state, as 'neighbour'.
      if (own === undefined) return latest(history, sentence, PRONOUN_REACH, (s) => s.entity.kind === 'State' && s.subject && actorLike(s)) ?? latest(history, sentence, PRONOUN_REACH, (s) => s.entity.kind === 'State' && actorLike(s));
    // falls through
    case 'neighbour': {
      // "Algeria cut ties with Morocco, accusing its neighbour": the last state that is not the
      // clause's own (its subject, or the subject's state).
      const isOwn = (entity: Entity) => entity === own || (own?.affiliation !== undefined && entity.keys.has(own.affiliation));
      return latest(history, sentence, PRONOUN_REACH, (s) => s.entity.kind === 'State' && actorLike(s) && !isOwn(s.entity));
    }
    case 'ministry': {
      // Also a ministry known by its acronym: "the MSS" ("China's Ministry of State Security").
      // And a foreign ministry by another name: "the Department of Foreign Affairs", "the Foreign Office".
      const ministry = (s: Seen): boolean => hasKey(s.entity, 'agency:ministry') || (s.entity.kind === 'Agency' && [...s.entity.aliases].some((alias) => MINISTRY_NAME.test(alias)));
      // "Foreign Minister X accused Iran's Ministry of Intelligence ... The ministry also accused
      // Tehran": as its sentence's subject, the ministry of the minister who spoke before.
      const speaker = isSubject ? history.findLast((s) => s.sentence === sentence - 1 && s.subject)?.entity : undefined;
      const field = ministerField(speaker);
      const own = field === undefined ? undefined : latest(history, sentence, NOMINAL_REACH, (s) => ministry(s) && ` ${s.entity.name.toLowerCase()} `.includes(` ${field} `));
      // ("Kyrgyz Foreign Minister X spoke. The ministry accused ...": the one that minister heads, though never named.)
      return own ?? latest(history, sentence, NOMINAL_REACH, ministry) ?? (speaker === undefined ? undefined : ministryOf(speaker, table));
    }
    case 'embassy':
    case 'mission':
    case 'consulate':
      // (A state's mission to an international body is a mission too.)
      return latest(history, sentence, NOMINAL_REACH, (s) => hasKey(s.entity, 'agency:post') || (word === 'mission' && hasKey(s.entity, 'agency:mission')));
    case 'agency':
    case 'service':
      // "the GRU military intelligence agency ... accused the agency": an agency named without the word.
      return (
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && s.entity.name.toLowerCase().includes(word)) ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && [...s.entity.keys].some((key) => key.startsWith('agency:org:')))
      );
    case 'company':
      return latest(history, sentence, NOMINAL_REACH, (s) => hasKey(s.entity, 'company:'));
    case WORLD_BODY:
      return latest(history, sentence, PRONOUN_REACH * 4, (s) => s.entity.keys.has(UNITED_NATIONS));
    case 'bloc':
    case 'alliance':
      return latest(history, sentence, NOMINAL_REACH, (s) => [...s.entity.keys].some((key) => INTERNATIONAL_BODIES.has(key)));
    case 'committee':
    case 'council':
    case 'commission':
    case 'court':
      // "the electoral commission" before or after "the Independent National Electoral Commission".
      if (m.name.includes(' ')) {
        const short = ` ${m.name.toLowerCase()}`;
        const named = table.entities.filter((e) => e.kind === 'Agency' && ` ${e.name.toLowerCase()}`.endsWith(short));
        if (named.length === 1) return named[0];
      }
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && s.entity.name.toLowerCase().includes(word));
    case 'department':
    case 'office':
    case 'center':
    case 'centre':
    case 'institute':
    case 'foundation':
    case 'party':
    case 'movement':
    case 'organisation':
    case 'organization':
    case 'authority':
    case 'bureau':
    case 'directorate':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && s.entity.name.toLowerCase().includes(word));
    case 'junta': {
      // Of the states the article says a junta or the military runs, the one told of last
      // ("Relations between Ouagadougou and Paris ... the junta expelled": Burkina's, though Mali's junta leader came after it).
      const ruled = new Set(history.filter((s) => s.entity.kind === 'State' && /\b(?:junta|military)\b/i.test(`${s.mention.surface} ${s.mention.object ?? ''}`)).map((s) => s.entity));
      return (
        latest(history, sentence, NOMINAL_REACH, (s) => ruled.has(s.entity) && !s.mention.locative) ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && s.mention.form === 'government') ??
        firstState()
      );
    }
    case 'government':
    // "the coalition" in power: its government.
    case 'coalition':
    case 'regime':
    case 'authorities':
      return (
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && s.mention.form === 'government') ??
        // "Opposition candidate X accused the government": a person of no known state blaming "the
        // government" blames the state the article is about (as its subject, the government is
        // more often the speaker's own, which the rules below find).
        // "U.N. officials have accused the government": an international body too.
        ((own?.kind === 'Person' || own?.kind === 'Agency') && own.affiliation === undefined && BLAMING_VERBS.has(before ?? '') ? mostTalkedAbout(history) : undefined) ??
        // "The opposition Maldivian Democratic Party accused the government": a party blames its own state's.
        (own !== undefined && BLAMING_VERBS.has(before ?? '') && inOpposition(own) ? table.find(own.affiliation!) : undefined) ??
        // ("Finland's border crossings have been closed since 2023, after the government accused Russia": the state the sentence opens with.)
        history.findLast((s) => s.sentence === sentence && s.mention.first === 0 && s.mention.possessive && s.entity.kind === 'State')?.entity ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && s.subject && actorLike(s)) ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && actorLike(s)) ??
        firstState()
      );
    case UNNAMED_OFFICIALS: {
      // '"The evidence is clear," he said. Officials accused Naypyitaw of ...': the state of whoever
      // spoke or acted in the sentence before.
      const side = (e: Entity): Entity | undefined => {
        const iso = table.sideOf(e);
        return iso === undefined ? undefined : table.find(`state:${iso}`);
      };
      // (A person first: a quotation's "we" or "it" may stand as its sentence's subject, and the speaker after it does not.)
      const before = history.filter((s) => s.sentence === sentence - 1 && side(s.entity) !== undefined);
      const speaker = before.findLast((s) => s.entity.kind === 'Person');
      if (speaker) return side(speaker.entity);
      // ("Foreign Secretary X said ...", a person of no stated state: the officials of the state
      // the article is about: its dateline's, else the state its first sentence opens with.)
      if (history.some((s) => s.sentence === sentence - 1 && s.entity.kind === 'Person')) return homeState() ?? history.find((s) => s.sentence > 0 && s.subject && s.entity.kind === 'State')?.entity;
      const subject = before.findLast((s) => s.subject);
      return subject ? side(subject.entity) : undefined;
    }
    case 'prosecutors':
      // "the Anti-Corruption Prosecutor's Office said ... Prosecutors have accused X": that office, if told.
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && /prosecut/i.test(s.entity.name));
    case 'police':
      // "The Royal Canadian Mounted Police arrested X ... The police accused him": the force named
      // before, else the dateline's state; never another state whose people were told of.
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Agency' && POLICE_NAME.test(s.entity.name)) ?? homeState();
    case 'administration':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && s.mention.form === 'government' && /administration/i.test(s.mention.surface)) ?? firstState();
    case 'army':
    case 'military': {
      // "the army" alone: the state whose army or military the article named ("Sudan's army-aligned
      // government"), else the dateline's; not the last group of people told of (another state's envoys).
      const armed = latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && !s.mention.locative && /\b(?:army|military)\b/i.test(`${s.mention.surface} ${s.mention.object ?? ''}`));
      const state = armed ?? homeState();
      if (state) return state;
      break;
    }
    case 'kingdom':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && Boolean(COUNTRIES.get(s.entity.iso ?? '')?.kingdom));
    case 'republic':
      return latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'State' && /Republic/.test(COUNTRIES.get(s.entity.iso ?? '')?.official ?? ''));
    default:
      break;
  }
  if (m.kind === 'Person') {
    // "the Brazilian leader": the last person of that state, else the last one mentioned there.
    if (m.iso) {
      return (
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Person' && s.entity.affiliation === `state:${m.iso}`) ??
        latest(history, sentence, NOMINAL_REACH, (s) => s.entity.kind === 'Person' && s.mention.first >= 0 && isNear(history, s, m.iso!))
      );
    }
    const words = officeWords(m.title ?? word).split(' ');
    const titled = (s: Seen): boolean => s.entity.kind === 'Person' && words.every((w) => officeWords(s.entity.title ?? '').includes(w));
    // "Minister X sent a message to Minister Y. In it, the minister congratulated ...": as its
    // sentence's subject, the last sentence's subject when that one holds the office.
    const continued = isSubject ? latest(history, sentence, 1, (s) => s.sentence === sentence - 1 && s.subject && titled(s)) : undefined;
    if (continued) return continued;
    const person = latest(history, sentence, NOMINAL_REACH, titled);
    // "the king" in a story led by King Salman, King Hamad last named two sentences back: the
    // holder the lede named, unless the other was told of in this sentence or the one before.
    const lede = person ? history.find((s) => s.sentence <= 1 && titled(s))?.entity : undefined;
    if (lede && lede !== person && !history.some((s) => s.entity === person && s.sentence >= sentence - 1)) return lede;
    if (person) return person;
  }
  // "the officers", "the envoys", "the 18": the last group of people named with that noun, else
  // the last group of a state's or agency's people.
  if (m.kind === 'Group' || m.kind === 'Person') {
    const named = (s: Seen): boolean => (s.mention.object ?? '').toLowerCase().includes(word) && s.entity.kind !== 'Place';
    return (
      // ("two Iranian diplomats ... the homes of Israeli diplomats ... the two diplomats": the two.)
      (m.count === undefined ? undefined : latest(history, sentence, NOMINAL_REACH, (s) => named(s) && s.mention.count === m.count)) ??
      latest(history, sentence, NOMINAL_REACH, named) ??
      // ("two employees of the Russian Embassy ... the two men": the group of that many.)
      (m.count === undefined ? undefined : latest(history, sentence, NOMINAL_REACH, (s) => s.mention.object !== undefined && s.mention.count === m.count && s.entity.kind !== 'Place' && s.entity.kind !== 'Person')) ??
      latest(history, sentence, NOMINAL_REACH, (s) => s.mention.object !== undefined && Boolean(s.mention.plural) === Boolean(m.plural) && s.entity.kind !== 'Place' && s.entity.kind !== 'Person') ??
      // "a Japanese embassy official ... the official": the body whose one member was told of.
      (m.plural || !SINGLE_STAFF.has(word) ? undefined : latest(history, sentence, NOMINAL_REACH, (s) => s.staff !== undefined))
    );
  }
  return undefined;
}

/** A person mentioned in the same sentence as a mention of state `iso` ("Brazil's Lula"). */
function isNear(history: readonly Seen[], person: Seen, iso: string): boolean {
  return history.some((s) => s.sentence === person.sentence && s.entity.iso === iso && Math.abs(s.mention.first - person.mention.first) <= 3);
}

/**
 * The mention that opens the sentence's main clause: the first actor not inside a phrase
 * ("of X", "in X") nor only qualifying another ("Kuwait's emir, X," -> X).
 */
function subjectMention(s: SentenceMentions): Mention | undefined {
  for (const m of s.mentions) {
    if (m.entity === undefined && m.form !== 'pronoun') continue;
    if (m.kind === 'Place' || m.locative) continue;
    let before = m.first - 1;
    if (s.tokens[before]?.lower === 'the') before--;
    if (PREPOSITIONS.has(s.tokens[before]?.lower ?? '')) continue;
    // ("In a statement carried by the official IRNA news agency, the ministry said": past describing words too.)
    let k = before;
    while (k >= 0 && k > before - 3 && s.tokens[k]!.shape === 'word' && !s.tokens[k]!.upper && !PREPOSITIONS.has(s.tokens[k]!.lower)) k--;
    if (k < before && s.tokens[k + 1]?.lower === 'the' && PREPOSITIONS.has(s.tokens[k]?.lower ?? '')) continue;
    if (m.modifier || m.possessive) continue;
    return m;
  }
  return undefined;
}

/** The comma at `comma` closes an office apposed to a person among `subjects`: "X, Ruler of Dubai,". */
function afterApposedOffice(s: SentenceMentions, comma: number, subjects: ReadonlySet<number>): boolean {
  for (let k = comma - 1; k > 0 && k >= comma - 12; k--) {
    const tok = s.tokens[k]!;
    if (tok.text === ',') {
      const person = s.mentions.find((x) => x.last === k && x.kind === 'Person' && x.entity !== undefined);
      return person !== undefined && subjects.has(person.entity!) && k < comma - 1;
    }
    if (tok.shape !== 'word' || (!tok.upper && !APPOSED_OFFICE_LINKS.has(tok.lower))) return false;
  }
  return false;
}
const APPOSED_OFFICE_LINKS = new Set(['of', 'and', 'the', 'for']);

/** First Person mentions of each clause up to token `upTo`: the subjects an object pronoun avoids. */
function clauseSubjects(s: SentenceMentions, upTo: number): Set<number> {
  const out = new Set<number>();
  let open = true;
  let m = 0;
  // Where the subject last added ends: "A and B phoned him" has two subjects.
  let subjectEnd = -1;
  for (let k = 0; k < upTo; k++) {
    // ("Sheikh X, Ruler of Dubai, and Sheikh Y sent him": past a subject's office in apposition, the next is a subject too.)
    if (!open && s.tokens[k]!.lower === 'and' && s.tokens[k - 1]?.text === ',' && afterApposedOffice(s, k - 1, out)) {
      subjectEnd = k;
      continue;
    }
    // ", and the United States congratulated him": a new clause after ", and" too.
    if (CLAUSE_BREAKS.has(s.tokens[k]!.lower) || (s.tokens[k]!.lower === 'and' && s.tokens[k - 1]?.text === ',')) {
      out.clear();
      open = true;
      // "X, who congratulated her": the relative clause's subject is its antecedent.
      if (s.tokens[k]!.lower === 'who') {
        const end = s.tokens[k - 1]?.text === ',' ? k - 1 : k;
        const antecedent = s.mentions.find((x) => x.last === end && x.kind === 'Person' && x.entity !== undefined);
        if (antecedent) {
          out.add(antecedent.entity!);
          open = false;
        }
      }
    }
    while (m < s.mentions.length && s.mentions[m]!.first < k) m++;
    const here = s.mentions[m];
    // ("... Al Nahyan and Qatar's Emir Sheikh Tamim phoned him": past the other's state.)
    if (!open && here && here.first === k && k === subjectEnd + 1 && s.tokens[subjectEnd]?.lower === 'and') {
      const owned = here.possessive || here.modifier ? s.mentions[m + 1] : here;
      if (owned && owned.kind === 'Person' && owned.entity !== undefined && owned.first <= here.last + 1) {
        out.add(owned.entity);
        subjectEnd = owned.last;
      }
    }
    // The clause's first actor is its subject; only a person subject can clash with him/her.
    if (open && here && here.first === k && here.entity !== undefined && !here.modifier && !here.possessive && !here.locative && here.kind !== 'Place') {
      // "after refusing to renew his residence permit, accusing him": a possessive before a noun is no subject.
      // ("Embracing his host, Mahama congratulated him": nor does it take the subject's place.)
      const determiner = here.form === 'pronoun' && POSSESSIVE_PRONOUNS.has(here.anaphor ?? '') && !isObjectPronoun(here, s.tokens);
      if (determiner) continue;
      if (here.kind === 'Person') out.add(here.entity);
      subjectEnd = here.last;
      // "European Commission President Ursula von der Leyen congratulated him": the body only
      // qualifies the person named right after it, who is the subject.
      const qualified = s.mentions[m + 1];
      if (here.kind !== 'Person' && qualified?.kind === 'Person' && qualified.first === here.last && qualified.entity !== undefined) {
        out.add(qualified.entity);
        subjectEnd = qualified.last;
      }
      // "Mali's transitional president, General Assimi Goïta, telephoned him": the person in apposition.
      const apposed = s.tokens[subjectEnd]?.text === ',' ? s.mentions.find((x) => x.first === subjectEnd + 1) : undefined;
      if (apposed?.kind === 'Person' && apposed.entity !== undefined && s.tokens[apposed.last]?.text === ',') {
        out.add(apposed.entity);
        subjectEnd = apposed.last;
      }
      open = false;
    }
  }
  return out;
}

/** "her father, Thaksin Shinawatra": a kinship noun before a name gives the person's gender. */
function kinshipGender(s: SentenceMentions, m: Mention): 'm' | 'f' | undefined {
  let k = m.first - 1;
  if (s.tokens[k]?.text === ',') k--;
  return KINSHIP.get(s.tokens[k]?.lower ?? '');
}

/** Words of a group that can stand for listed states: "the seven countries", "the three governments". */
const STATE_GROUP = /^\S+ (?:countries|governments|states|nations|capitals)$/i;
/** "the two agencies", "both services": mentions.ts reads these nouns as a group only as a pair. */
function isBodyPair(m: Mention): boolean {
  return BODY_PAIR_NOUNS.has(m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase());
}

const LIST_GLUE = new Set([',', 'and', 'or', 'the']);
const LIST_REACH = 5;

/** The states a sentence lists together ("Argentina, Chile, ... and Uruguay"), as runs of ids. */
function stateLists(s: SentenceMentions): number[][] {
  const lists: number[][] = [];
  let run: number[] = [];
  let end = -1;
  for (const m of s.mentions) {
    if (m.kind !== 'State' || m.entity === undefined || m.form === 'demonym' || m.form === 'pronoun' || m.form === 'nominal') continue;
    let glued = run.length > 0;
    for (let k = end; glued && k < m.first; k++) if (!LIST_GLUE.has(s.tokens[k]!.lower)) glued = false;
    if (!glued) {
      if (run.length > 1) lists.push(run);
      run = [];
    }
    if (!run.includes(m.entity)) run.push(m.entity);
    end = m.last;
  }
  if (run.length > 1) lists.push(run);
  return lists;
}

/**
 * "the seven countries" after "Argentina, Chile, ... and Uruguay": a definite group whose number
 * is that of a list told shortly before stands for the listed states.
 */
function groupMembers(m: Mention, sentences: readonly SentenceMentions[], sentence: number, table: EntityTable): number[] | undefined {
  // "the Baltic states": Estonia, Latvia and Lithuania, whether or not the article names them.
  const region = REGION_MEMBERS.get(m.key.slice('group:'.length).split(' ')[0]!);
  if (region && m.key.endsWith(' states')) return region.map((iso) => table.state(iso).id);
  const tokens = sentences[sentence]!.tokens;
  const others = otherStates(m, sentences, sentence, table);
  if (others) return others;
  const both = tokens[m.first]!.lower === 'both';
  // "The police and the Shin Bet ... the two bodies said": the pair of bodies told of last.
  if (isBodyPair(m)) return lastTwo('Agency', m, sentences, sentence, table);
  if (!STATE_GROUP.test(m.name) || (!both && tokens[m.first - 1]?.lower !== 'the')) return undefined;
  // The group's first word is its number: "seven", "7"; "both" is two.
  const n = both ? 2 : parseCount(tokens[m.first]!);
  if (n === undefined || n < 2) return undefined;
  // Lists are looked for only here, when a group asks: most articles have no such group.
  let listed = false;
  for (let k = sentence; k >= 0 && sentence - k <= LIST_REACH; k--) {
    const lists = stateLists(sentences[k]!);
    const found = lists.find((list) => list.length === n);
    if (found) return found;
    listed ||= lists.length > 0;
  }
  // "Kenya ... Tanzania ... accused both governments": a pair never listed together is the two
  // states told of last; after a list of some other number, which two is anyone's guess.
  return n === 2 && !listed ? lastTwo('State', m, sentences, sentence, table) : undefined;
}

const OTHER_STATES_GROUP = /^\S+ other (?:countries|governments|states|nations)$/i;

/**
 * "Argentina and eight other governments accused Cuba ... The declaration was signed by Argentina,
 * Chile, ...": the others of a state and a count, from a list of them all told before or just after.
 */
function otherStates(m: Mention, sentences: readonly SentenceMentions[], sentence: number, table: EntityTable): number[] | undefined {
  const { tokens, mentions } = sentences[sentence]!;
  if (!OTHER_STATES_GROUP.test(m.name) || tokens[m.first - 1]?.lower !== 'and') return undefined;
  const n = parseCount(tokens[m.first]!);
  const named = mentions.find((x) => x.last === m.first - 1 && x.kind === 'State' && x.entity !== undefined);
  if (n === undefined || n < 1 || !named) return undefined;
  const state = named.entity!;
  for (let k = Math.max(0, sentence - LIST_REACH); k < Math.min(sentences.length, sentence + 3); k++) {
    for (const list of stateLists(sentences[k]!)) {
      const own = list.includes(state);
      if (list.length === n + (own ? 1 : 0)) return list.filter((id) => id !== state);
    }
  }
  return undefined;
}

/** The last two states (or agencies) named before mention `m` (in its sentence or the few before), if two are. */
function lastTwo(kind: 'State' | 'Agency', m: Mention, sentences: readonly SentenceMentions[], sentence: number, table: EntityTable): number[] | undefined {
  const found: number[] = [];
  for (let k = sentence; k >= 0 && sentence - k <= LIST_REACH && found.length < 2; k--) {
    const ms = sentences[k]!.mentions;
    for (let i = ms.length - 1; i >= 0 && found.length < 2; i--) {
      const x = ms[i]!;
      // (The entity's kind: "the police" is read as a group of people until it is resolved.)
      if ((k === sentence && x.first >= m.first) || x.entity === undefined || table.get(x.entity).kind !== kind || x.locative) continue;
      if (!found.includes(x.entity)) found.push(x.entity);
    }
  }
  return found.length === 2 ? found : undefined;
}

/**
 * "The president of Guyana, Devendra Persaud,", "The defense minister, General X,": the person
 * named in apposition to an office is the one it means, whoever held such an office before.
 */
function apposedHolder(s: SentenceMentions, m: Mention, table: EntityTable): Entity | undefined {
  if (m.kind !== 'Person' || m.form !== 'nominal' || m.title === undefined) return undefined;
  const tokens = s.tokens;
  let k = m.last;
  if (tokens[k]?.lower === 'of') {
    const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    const body = s.mentions.find((x) => x.first === at);
    if (!body || (body.kind !== 'State' && body.kind !== 'Agency')) return undefined;
    k = body.last;
  }
  if (tokens[k]?.text !== ',') return undefined;
  const named = s.mentions.find((x) => x.first === k + 1 && x.kind === 'Person' && x.form === 'name');
  const closed = named && (tokens[named.last] === undefined || [',', '.', ';'].includes(tokens[named.last]!.text));
  if (!named || !closed || named.entity === undefined) return undefined;
  // The office is the person's title from now on: "The president" later means them.
  const person = table.get(named.entity);
  person.title ??= m.title;
  return person;
}

/**
 * "the Marcos administration": the state of its leader when the article says which; else the
 * United States, as mentions.ts read it (not the dateline's state: "BEIJING - ... the Biden
 * administration" is Washington's).
 */
function placeAdministration(s: SentenceMentions, m: Mention, table: EntityTable): void {
  const leader = s.mentions.find((x) => x !== m && x.first === m.first && x.kind === 'Person' && x.entity !== undefined);
  const affiliation = leader ? table.get(leader.entity!).affiliation : undefined;
  const iso = affiliation?.startsWith('state:') ? affiliation.slice('state:'.length) : undefined;
  if (iso === undefined || iso === 'USA' || m.entity === undefined) return;
  const read = table.get(m.entity);
  read.mentions--;
  read.aliases.delete(m.surface);
  table.attach(m, table.state(iso));
}

/**
 * An office in lower case, with a synonym read as the usual word: "The premier dismissed ..."
 * after "Prime Minister X", "The envoy blamed Tokyo" after "Russian Ambassador X".
 */
function officeWords(title: string): string {
  return title.toLowerCase().replace(/\bpremier\b/g, 'prime minister').replace(/\benvoy\b/g, 'ambassador').replace(/\s+/g, ' ');
}

/** Resolves pronouns and nominals in document order; unresolved ones keep no entity. */
export function resolveReferences(sentences: readonly SentenceMentions[], table: EntityTable): void {
  const history: Seen[] = [];
  const home = datelineState(sentences) ?? ownGovernmentState(sentences);
  let quoteOpen: QuoteStart | undefined;
  sentences.forEach((s, sentence) => {
    const openBefore = quoteOpen;
    quoteOpen = quoteStillOpen(s.tokens, sentence, quoteOpen);
    for (const m of s.mentions) {
      if (m.kind !== 'Group' || m.entity === undefined) continue;
      const group = table.get(m.entity);
      group.members ??= groupMembers(m, sentences, sentence, table);
      // "the two bodies" with no pair before them is no actor of its own.
      if (!group.members && isBodyPair(m)) {
        group.mentions--;
        group.aliases.delete(m.surface);
        m.entity = undefined;
      }
    }
    for (const m of s.mentions) {
      if (m.entity !== undefined && m.kind === 'Person' && m.form === 'name') table.get(m.entity).gender ??= kinshipGender(s, m);
    }
    for (const m of s.mentions) if (m.anaphor === LEADER_ADMINISTRATION) placeAdministration(s, m, table);
    let subject = subjectMention(s);
    for (const m of s.mentions) {
      if (m.entity === undefined && (m.form === 'pronoun' || m.form === 'nominal')) {
        const context: PronounContext = { tokens: s.tokens, mentions: s.mentions, ownSubjects: clauseSubjects(s, m.first), table, subject, quoteOpen: openBefore, quoteSpeaker: () => closingAttribution(sentences, sentence) };
        const own = subject?.entity !== undefined ? table.get(subject.entity) : undefined;
        let entity = m.form === 'pronoun' ? resolvePronoun(m, history, sentence, context) : (apposedHolder(s, m, table) ?? headedMinistry(s, m, table) ?? resolveNominal(m, history, sentence, table, own, s.tokens[m.first - 1]?.lower, home, opensSentence(m, s.tokens) || introBefore(m, s.tokens) >= 0));
        // "the Brazilian leader" with no person to point at still stands for the state.
        if (!entity && m.iso) entity = table.state(m.iso);
        if (entity) {
          table.attach(m, entity, false);
          if (entity.kind === 'State' && entity.iso && (m.anaphor === 'its' || m.anaphor === 'their' || m.possessive)) placeOwnedMinistry(s.mentions, s.tokens, m, entity.iso, table);
          // A resolved he/she/him/her tells the person's gender for later pronouns; a possessive
          // ("offer his congratulations", "on her election") is too often someone else's to teach it.
          // The sentence subject's own, with no person named between ("Georgiou conceded defeat and
          // congratulated her rival"), does.
          const possessive = POSSESSIVE_PRONOUNS.has(m.anaphor ?? '') && !isObjectPronoun(m, s.tokens) && possessiveOwner(m, context) === undefined && !subjectsOwn(s, subject, m, entity);
          if (entity.kind === 'Person' && entity.gender === undefined && !possessive) entity.gender = MALE_PRONOUNS.has(m.anaphor ?? '') ? 'm' : FEMALE_PRONOUNS.has(m.anaphor ?? '') ? 'f' : undefined;
        }
      }
      if (m === subject && m.entity === undefined) subject = undefined;
      if (m.entity !== undefined) {
        const entity = table.get(m.entity);
        // ("The official" that stood for the embassy stands for it again later, as one of its members.)
        const staff = entity.kind !== 'Agency' ? undefined : m.form === 'nominal' && SINGLE_STAFF.has(m.anaphor ?? '') ? m.anaphor : staffWordAfter(s.tokens, m.last);
        // Every entry with the same fields: one object shape for the many readers of the history.
        history.push({ mention: m, entity, sentence, subject: m === subject, staff });
      }
    }
    for (const m of s.mentions) {
      if (m.kind !== 'Person' || m.form !== 'name' || m.entity === undefined) continue;
      affiliateApposedRole(s, m, table);
      affiliateBareSpokesperson(m, sentence, history, table);
    }
  });
}

/** `m` (a possessive resolved to `entity`) is the sentence subject's, with no other person named between them. */
function subjectsOwn(s: SentenceMentions, subject: Mention | undefined, m: Mention, entity: Entity): boolean {
  if (subject?.entity !== entity.id || subject.last > m.first) return false;
  for (const other of s.mentions) if (other.first >= subject.last && other.last <= m.first && other.kind === 'Person') return false;
  return true;
}

/**
 * "Armenia's Foreign Ministry dismissed Baku's version. '...,' spokeswoman Ani Badalian said": a
 * spokesperson named with no body speaks for the body that was the subject just before.
 */
function affiliateBareSpokesperson(m: Mention, sentence: number, history: readonly Seen[], table: EntityTable): void {
  const person = table.get(m.entity!);
  if (person.affiliation !== undefined || !SPOKESPERSON_WORDS.has((m.title ?? '').toLowerCase())) return;
  for (let k = history.length - 1; k >= 0 && history[k]!.sentence >= sentence - 1; k--) {
    const seen = history[k]!;
    if (seen.sentence === sentence || !seen.subject) continue;
    // (Named there: a pronoun's body may be the wrong one, "It did not disclose his name".)
    if (seen.entity.kind === 'Agency' && seen.mention.form === 'name') serves(person, seen.entity);
    return;
  }
}

/**
 * "the ministry's spokesman, Pawel Wronski", "the embassy spokeswoman, Anna Kowalska": a person
 * in apposition to a body's role serves that body (once "the ministry" is known to be whose).
 */
function affiliateApposedRole(s: SentenceMentions, m: Mention, table: EntityTable): void {
  const person = table.get(m.entity!);
  if (person.affiliation !== undefined) return;
  // ("Liu Dejun, a spokesman for the China Coast Guard,": the role after the name.)
  const after = roleAfter(s.tokens, m.last);
  if (after >= 0) {
    // (Or the state of a body not read as one: "a spokesman for the Azerbaijani ministry".)
    const body = s.mentions.find((x) => x.first === after && x.kind === 'Agency' && x.entity !== undefined) ?? s.mentions.find((x) => x.first === after && x.kind === 'State' && x.entity !== undefined);
    if (body === undefined) return;
    const agency = table.get(body.entity!);
    serves(person, agency);
    // (The mention carries the office too, so the graph states it: Liu Dejun SPOKESPERSON_FOR the coast guard.)
    if (m.title === undefined && m.affiliation === undefined && person.affiliation !== undefined) {
      m.title = s.tokens[after - (s.tokens[after - 1]!.lower === 'the' ? 3 : 2)]!.lower;
      m.affiliation = person.affiliation;
    }
    return;
  }
  // ("Stefan Ivanov, the Bulgarian consul in Bitola,": a state's office after the name.)
  const state = stateRoleAfter(s, m.last);
  if (state !== undefined && state.mention.entity !== undefined) {
    serves(person, table.get(state.mention.entity));
    if (m.title === undefined && m.affiliation === undefined && person.affiliation !== undefined) [m.title, m.affiliation] = [state.role, person.affiliation];
    return;
  }
  if (s.tokens[m.first - 1]?.text !== ',' || !PERSON_ROLE_NOUNS.has(s.tokens[m.first - 2]?.lower ?? '')) return;
  let end = m.first - 2;
  if (s.tokens[end - 1]?.lower === "'s") end--;
  const body = s.mentions.find((x) => x.last === end && x.kind === 'Agency' && x.entity !== undefined);
  if (body) serves(person, table.get(body.entity!));
}

/** Words between a name's comma and its role: ", a senior spokesman for", ", the deputy head of". */
const ROLE_OPENERS = new Set(['a', 'an', 'the']);
const ROLE_LINKS = new Set(['for', 'of', 'at']);

/** ", a spokesman for (the) X" right after token k: where X starts, or -1. */
function roleAfter(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',' || !ROLE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return -1;
  let j = k + 2;
  while (j < k + 5 && tokens[j]?.shape === 'word' && !tokens[j]!.upper && !PERSON_ROLE_NOUNS.has(tokens[j]!.lower)) j++;
  if (!PERSON_ROLE_NOUNS.has(tokens[j]?.lower ?? '') || !ROLE_LINKS.has(tokens[j + 1]?.lower ?? '')) return -1;
  return tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2;
}

/** ", the Bulgarian consul", ", North Macedonia's consul general": the state and the office after token k. */
function stateRoleAfter(s: SentenceMentions, k: number): { mention: Mention; role: string } | undefined {
  const tokens = s.tokens;
  if (tokens[k]?.text !== ',') return undefined;
  const at = ROLE_OPENERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const state = s.mentions.find((x) => x.first === at && x.kind === 'State' && (x.form === 'demonym' || x.form === 'nationals' || x.possessive));
  if (state === undefined) return undefined;
  // ("the Bulgarian consul" is one mention, its office the people it names.)
  if (state.form === 'nationals') return !state.plural && PERSON_ROLE_NOUNS.has(state.object ?? '') ? { mention: state, role: state.object! } : undefined;
  const roleAt = tokens[state.last]?.lower === "'s" ? state.last + 1 : state.last;
  const role = tokens[roleAt];
  return role !== undefined && !role.upper && PERSON_ROLE_NOUNS.has(role.lower) ? { mention: state, role: role.lower } : undefined;
}

/** The person acts for the agency: its first key is what sideOf and the frames look the agency up by. */
function serves(person: Entity, agency: Entity): void {
  const [key] = agency.keys;
  if (key !== undefined) person.affiliation = key;
}
