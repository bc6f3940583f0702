// DENIED: "denied", "rejected the claims", "called the accusations baseless", "had nothing to do with",
// "was not involved", "said no evidence had been presented". A denial answers whoever last accused
// (or expelled) the denier's side; with no one to answer, it is aimed at an Event named after what
// is denied.
import { articleScopedKey } from '../../graph/ids.ts';
import { NOUN_DETERMINERS, REPORTING_VERBS, type ClauseInfo } from '../clauses.ts';
import {
  ACCUSATION_TERMS,
  ANAPHORIC_OBJECTS,
  BAD_ACTS,
  BE_BEFORE_PREDICATE,
  CULPABLE_VERBS,
  DENIAL_OBJECTS,
  DENIED_HARM,
  DISMISSIVE_TERMS,
  REQUEST_OBJECTS,
} from '../lexicon/verbs.ts';
import { SPOKESPERSON_WORD } from '../lexicon/words.ts';
import type { Entity, Mention, Token } from '../types.ts';
import type { RelationExtractor } from './extractor.ts';
import { makeParties, type Parties } from './parties.ts';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../quoteMarks.ts';
import { WEEKDAYS_AND_MONTHS } from './sharedWords.ts';

/** Nouns of a "that" clause that make it a denial of something culpable: "denied that it had any role". */
const CULPABLE_NOUNS = new Set(['role', 'involvement', 'part', 'hand', 'link', 'links', 'connection', 'responsibility', 'attack', 'attacks', 'plot', 'operation', 'weapons', 'arms', 'spies', 'agents', 'support']);
/** "was not involved in X", "is not responsible for X", "was not behind X": a denial of a part in X. */
const INVOLVEMENT_WORDS = new Set(['involved', 'responsible', 'behind']);
/** The nouns an accusation goes by. */
export const ACCUSATION_NOUNS = new Set(['accusations', 'accusation', 'allegations', 'allegation', 'claims', 'claim', 'charges', 'charge']);
/** "had presented no evidence", "offered no proof". */
const PRESENT_VERBS = new Set(['presented', 'provided', 'offered', 'produced', 'shown', 'given', 'shared', 'supplied']);
/** Words that end what was denied; a dismissing motion's particle ("brushed the claim aside") too. */
const EVENT_STOPS = new Set(['and', 'but', 'saying', 'as', 'that', 'aside', 'off', 'away']);
const TIME_STOPS = new Set(['on', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'throughout', 'during']);
const DANGLING = new Set(['of', 'in', 'for', 'to', 'on', 'at', 'by', 'with', 'from', 'the', 'a', 'an', 'any', 'its', 'their', 'his', 'her', 'against', 'over', 'into']);
const ACCUSER_NOUNS = new Set([...ACCUSATION_NOUNS, 'criticism', 'report', 'reports', 'assertions', 'insinuations', 'insinuation', 'smears', 'propaganda', 'note', 'protest', 'protests', 'counter-claims', 'counterclaims', 'counter-accusations']);
/** Who a nationality can stand for after "of": "the insinuations of the Macedonian side". */
const SIDE_NOUNS = new Set(['side', 'government', 'authorities', 'officials', 'leadership', 'regime', 'media', 'press', 'leaders']);

export function denyVerb(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (v.passive(t)) return passiveDenial(ex, t);
  if (chargeTheAccusedDenies(ex, t)) return;
  if (unnamedReducedRelative(ex, t)) return;
  const next = v.lower(t + 1) === 'any' || v.lower(t + 1) === 'the' ? v.lower(t + 2) : v.lower(t + 1);
  if (REQUEST_OBJECTS.has(next)) return;
  // "denied the Ukrainian minister entry": a refusal, not a denial.
  for (let k = t + 1; k < Math.min(v.tokens.length, t + 7); k++) {
    if (REQUEST_OBJECTS.has(v.lower(k))) return;
    if (v.tokens[k]!.shape === 'punct' || v.lower(k) === 'that') break;
  }
  denial(ex, t, 'deny', deniesHarmlessClause(ex, t));
}

/**
 * "Rwanda has been accused by Kinshasa and by UN experts of arming the M23, a charge it has
 * consistently denied": the pronoun is the one this sentence accused, answering each accuser.
 */
function chargeTheAccusedDenies(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  let k = t - 1;
  while (k > t - 4 && CHARGE_DENIAL_FILLERS.has(v.lower(k))) k--;
  if (!CHARGE_PRONOUNS.has(v.lower(k))) return false;
  const noun = v.lower(k - 1) === 'that' || v.lower(k - 1) === 'which' ? k - 2 : k - 1;
  if (!ACCUSATION_NOUNS.has(v.lower(noun))) return false;
  const told = ex.toldHere('ACCUSED');
  const [accused] = new Set(told.map((r) => r.target));
  if (accused === undefined || told.some((r) => r.target !== accused)) return false;
  for (const accuser of new Set(told.map((r) => r.source))) ex.emitBetween('DENIED', accused, accuser, 0.75, 'charge-it-denied');
  return true;
}
const CHARGE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);
/** Between "a charge it" and "denied": "has consistently", "had always". */
const CHARGE_DENIAL_FILLERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'always', 'consistently', 'repeatedly', 'strongly', 'vehemently', 'firmly', 'flatly', 'long']);

/**
 * "denied that his team had lost focus": a "that" clause stating nothing culpable is a denial
 * of an accusation only when somebody did accuse; alone, it names no incident.
 */
function deniesHarmlessClause(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  if (v.lower(t + 1) !== 'that') return false;
  const end = v.clauseEnd(t + 2);
  for (let k = t + 2; k < Math.min(end, t + 25); k++) {
    const w = v.lower(k);
    if (CULPABLE_VERBS.has(w) || ACCUSATION_TERMS.has(w) || BAD_ACTS.has(w) || DENIAL_OBJECTS.has(w) || CULPABLE_NOUNS.has(w)) return false;
    // ("denied that any civilians had been hit": a harm suffered by people.)
    if (HARMS_SUFFERED.has(w) && ex.indexOfAny(VICTIMS, t + 2, k) >= 0) return false;
  }
  return true;
}
/** What people suffer in a harm denied: "denied that any civilians had been hit". */
const HARMS_SUFFERED: ReadonlySet<string> = new Set(['hit', 'struck', 'wounded', 'injured', 'harmed', 'shelled']);
const VICTIMS: ReadonlySet<string> = new Set(['civilians', 'civilian', 'people', 'residents', 'children', 'villagers', 'women', 'patients', 'journalists', 'refugees', 'fishermen']);

export function rejectVerb(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "escalating a dispute that has rattled ...": after a determiner it is a noun.
  if (NOUN_DETERMINERS.has(v.lower(t - 1))) return;
  if (v.passive(t)) return passiveDenial(ex, t);
  if (chargeTheAccusedDenies(ex, t)) return;
  // "a charge New Delhi rejected", "a charge Ukraine has rejected": a reduced relative whose
  // object is the accusation before it.
  if (ex.reducedRelativeSubject(t) && !objectFollows(v.tokens[t + 1])) return denial(ex, t, 'reject');
  if (unnamedReducedRelative(ex, t)) return;
  // A quoted object may run longer and hold commas: rejected the "fallacious, even absurd pretexts".
  let quoted = false;
  // "dismissed as "baseless" the accusations": the verdict first, then what is dismissed.
  const verdictFirst = v.lower(t + 1) === 'as';
  // "brushed aside the chief minister's criticism": the particle takes a place of its own.
  // "rejected what he described as "the same old accusations"": what is rejected comes after the naming verb.
  const named = namedObjectStart(ex, t);
  const particle = ['aside', 'off', 'away'].includes(v.lower(t + 1)) ? 1 : named - t - 1;
  for (let k = verdictFirst ? t + 2 : named; k < Math.min(v.tokens.length, t + particle + (quoted || verdictFirst ? 10 : 6)); k++) {
    const w = v.lower(k);
    if (DENIAL_OBJECTS.has(w)) return denial(ex, t, 'reject');
    // "rejected that account": a determiner before what is denied, not a clause or a pronoun.
    if (w === 'that' && DENIAL_OBJECTS.has(v.lower(k + 1))) continue;
    if (ANAPHORIC_OBJECTS.has(w) && k === t + 1) {
      if (accusationNearby(ex)) denial(ex, t, 'reject-them');
      return;
    }
    if (OPENING_QUOTES.has(w) && !quoted && k <= t + (verdictFirst ? 3 : 2)) {
      quoted = true;
      continue;
    }
    if (quoted && CLOSING_QUOTES.has(w)) {
      if (!verdictFirst) return;
      quoted = false;
      continue;
    }
    // "rejected the Montenegrin note as 'baseless and malicious'": whatever is dismissed as false.
    if (w === 'as' && !quoted && k > t + 1 && dismissiveWithin(ex, OPENING_QUOTES.has(v.lower(k + 1)) ? k + 2 : k + 1, k + 6)) return denial(ex, t, 'reject');
    if ((w === ',' && !quoted) || w === '.' || w === 'as' || w === 'that' || w === 'for') return;
  }
}

/** Verbs that name what a "what" stands for: "rejected what it called the pretexts". */
const NAMING_VERBS = new Set(['described', 'called', 'termed', 'labelled', 'labeled', 'dubbed', 'characterised', 'characterized']);

/** Where the object of the verb at t starts: after "what X described as", else right after the verb. */
function namedObjectStart(ex: RelationExtractor, t: number): number {
  const v = ex.view;
  if (v.lower(t + 1) !== 'what') return t + 1;
  for (let k = t + 2; k < Math.min(v.tokens.length, t + 6); k++) {
    if (NAMING_VERBS.has(v.lower(k))) return v.lower(k + 1) === 'as' ? k + 2 : k + 1;
  }
  return t + 1;
}

/** Acts taken against the speaker: calling one "groundless" denies the claim it rests on. */
const ACT_NOUNS = new Set(['move', 'decision', 'expulsion', 'expulsions', 'measure', 'measures', 'step']);
/** The words of a dismissal: 'the claims were (completely) "unfounded"', 'were "not true"'. */
export const DISMISS_COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was', 'remain', 'remains']);
const TRUTH_WORDS = new Set(['true', 'correct', 'accurate', 'factual']);
const DISMISS_ADVERBS = new Set(['completely', 'totally', 'utterly', 'entirely', 'simply', 'absolutely', 'all', 'just', 'plainly', 'patently', 'clearly', 'categorically']);
/** Participles between a claim and its author: "claims made by Iran", "accusations levelled by Kyiv", "claims attributed to the ambassador". */
const CLAIM_LINKS = new Set(['made', 'levelled', 'leveled', 'voiced', 'raised', 'published', 'issued', 'repeated', 'circulated', 'spread', 'attributed', 'ascribed']);
/** The word before a claim's author: "by", "from", or "to" after "attributed". */
const authorLink = (word: string, before: string): boolean => word === 'by' || word === 'from' || (word === 'to' && (before === 'attributed' || before === 'ascribed'));
/** What may follow an accusation noun before it is dismissed: "the accusations against its staff were ...". */
const ACCUSATION_POSTMODIFIERS = new Set(['against', 'by', 'from', 'of', 'about', 'made', 'levelled', 'leveled']);

/** Wrongs a side says it did not or never did: "had never interfered", "did not interfere". */
const DENIED_WRONGS = new Set([
  'interfered', 'meddled', 'attacked', 'targeted', 'spied', 'sponsored', 'funded', 'armed', 'supported', 'backed', 'violated',
  'interfere', 'meddle', 'attack', 'target', 'spy', 'sponsor', 'fund', 'arm', 'support', 'back', 'violate',
]);

/**
 * "a charge the agencies deny": a reduced relative whose subject names no actor the article knows;
 * the sentence's own subject did not deny anything.
 */
function unnamedReducedRelative(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  return DENIAL_OBJECTS.has(v.lower(t - 3)) && v.lower(t - 2) === 'the' && v.tokens[t - 1]?.shape === 'word' && !v.isActor(v.mentionAt(t - 1));
}

/** The wrongs of "had no intention of violating ...". */
const DENIED_WRONG_ACTS = new Set(['violating', 'interfering', 'meddling', 'attacking', 'targeting', 'threatening', 'harming', 'provoking']);

/** A word after the verb that starts its own object ("claims India rejected the talks"), not a clause end or an adjunct. */
function objectFollows(next: Token | undefined): boolean {
  return next !== undefined && next.shape === 'word' && !AFTER_REDUCED_RELATIVE.has(next.lower);
}
const AFTER_REDUCED_RELATIVE = new Set(['as', 'and', 'but', 'outright', 'on', 'in', 'last', 'this', 'earlier', 'yesterday', 'today', 'at', 'immediately']);

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'has', 'have', 'had', 'being']);

/** "The allegations were denied by Moscow", "were rejected by the Kremlin as absurd". */
function passiveDenial(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const p = ex.parties(t);
  // The subject must be what is denied ("the allegations"), not someone refused ("he was denied entry").
  let head = p.clause.start;
  while (head < t && ['the', 'these', 'those', 'such', 'all', 'their', 'its', 'his', 'her'].includes(v.lower(head))) head++;
  // ("The Turkish claims were dismissed": past the state whose claims they are.)
  const owner = v.mentionStarting(head);
  if (owner && owner.kind === 'State' && DENIAL_OBJECTS.has(v.lower(owner.last))) head = owner.last;
  // "..., a charge that was dismissed as baseless by X": the relative's noun is what is denied.
  let relative = t - 1;
  while (relative > t - 4 && PASSIVE_AUXILIARIES.has(v.lower(relative))) relative--;
  if ((v.lower(relative) === 'that' || v.lower(relative) === 'which') && DENIAL_OBJECTS.has(v.lower(relative - 1))) head = relative - 1;
  if (!DENIAL_OBJECTS.has(v.lower(head))) return;
  const deniers = v.agentAfter(t, v.clauseEnd(t));
  if (deniers.length === 0 || v.negated(ex.scopeStart(t, p.clause.start), t) || p.reportKind === 'hedge') return;
  denialBy(ex, deniers, t, 0.75, 'denied-passive', false, v.lower(head) === 'allegations' || v.lower(head) === 'accusations' ? `the ${v.lower(head)}` : undefined);
}

/** The previous or current sentence speaks of accusations. */
function accusationNearby(ex: RelationExtractor, reach = 1): boolean {
  if (ACCUSATION_STEMS.test(ex.previousText) || ex.accusations.some((a) => a.sentence >= ex.sentence - reach)) return true;
  // ("The Bolivian government flatly rejected the accusation. ... 'This is a fabrication'": a denial just told is one too.)
  return ex.out.some((r) => r.relation === 'DENIED' && r.sentence >= ex.sentence - reach) || ex.view.tokens.some((t) => ACCUSATION_STEMS.test(t.lower));
}

/** Words that tell of an accusation ("Asked about those claims, Sheinbaum dismissed them"). */
const ACCUSATION_STEMS = /\b(?:accus|allegation|claim|charge|blame|criticism|case)/i;

/** "said no resident had been harmed", "said no evidence had been offered"; "is not interference". */
export function negativeRestatement(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const w = v.lower(t);
  // "China had no intention of violating any country's airspace": the speaker's side denies the wrong.
  if (w === 'no' && v.lower(t + 1) === 'intention' && v.lower(t + 2) === 'of' && DENIED_WRONG_ACTS.has(v.lower(t + 3))) {
    const clause = v.clause(t);
    const speakers = ex.speakers(clause);
    const subjects = v.subjectOf(t, clause);
    if (speakers.length === 0 || subjects.length === 0 || !subjects.every((m) => m.entity !== undefined && sameSide(ex, m, speakers))) return;
    denialBy(ex, speakers, t, 0.6, 'no-intention', false);
    return;
  }
  if (w === 'no') {
    const noun = v.lower(t + 1);
    let report = -1;
    for (let k = t - 1; k >= 0 && k >= t - 3; k--) if (REPORTING_VERBS.get(v.lower(k)) === 'assert') report = k;
    // "said Serbia had presented no evidence": the one who presented none is the accuser answered.
    const evidence = noun === 'evidence' || noun === 'proof';
    let presenter: Mention | undefined;
    if (report < 0 && evidence && PRESENT_VERBS.has(v.lower(t - 1))) {
      for (let k = t - 2; k >= 0 && k >= t - 8 && report < 0; k--) {
        if (v.tokens[k]!.shape === 'punct') break;
        if (REPORTING_VERBS.get(v.lower(k)) === 'assert') report = k;
      }
      presenter = report >= 0 ? v.mentionStarting(report + 1) : undefined;
    }
    if (report < 0) return;
    let harm = evidence;
    for (let k = t + 2; !harm && k < Math.min(v.tokens.length, t + 10); k++) {
      if (DENIED_HARM.has(v.lower(k)) && ['been', 'was', 'were'].includes(v.lower(k - 1))) harm = true;
    }
    if (!harm) return;
    const speakers = v.subjectOf(report);
    if (presenter && presenter.entity !== undefined && v.isActor(presenter) && !sameSide(ex, presenter, speakers)) {
      ex.emit('DENIED', speakers, [presenter], 0.6, 'said-no-evidence');
      return;
    }
    denialBy(ex, speakers, t, 0.6, 'said-no', true);
    return;
  }
  // "Uganda insisted it was not involved (in the attack)", "saying Beijing had never interfered":
  // the speaker's own side denies a part in a wrong.
  const part = v.lower(t + 1) === 'been' ? t + 2 : t + 1;
  // "had not interfered", "did not interfere", "has never meddled".
  const ownWrong = INVOLVEMENT_WORDS.has(v.lower(part)) || ((w === 'never' || w === 'not') && DENIED_WRONGS.has(v.lower(t + 1)));
  // ('had "never interfered"': past the quotation mark that opens the denial.)
  const auxiliary = OPENING_QUOTES.has(v.lower(t - 1)) ? t - 2 : t - 1;
  if (w !== 'no' && ownWrong && ['was', 'were', 'is', 'are', 'been', 'had', 'has', 'have', 'did', 'does', 'do'].includes(v.lower(auxiliary))) {
    const clause = v.clause(t);
    const speakers = ex.speakers(clause);
    const subjects = v.subjectOf(t, clause);
    // ('"We have never interfered," the minister said': the speakers' own "we".)
    if (speakers.length > 0 && subjects.length === 0 && v.lower(auxiliary - 1) === 'we' && v.inQuote(t) !== undefined) {
      denialBy(ex, speakers, part - 1, 0.6, 'we-not-involved', true);
      return;
    }
    if (speakers.length === 0 || subjects.length === 0 || subjects.some((m) => m.entity === undefined)) return;
    if (clause.reportVerb !== undefined && REPORTING_VERBS.get(v.lower(clause.reportVerb)) === 'hedge') return;
    if (subjects.every((m) => sameSide(ex, m, speakers))) {
      denialBy(ex, speakers, part - 1, 0.6, 'not-involved', false);
      return;
    }
    defendedSide(ex, speakers, subjects);
    return;
  }
  // "... is not interference ...", "... has never meddled": in a quote or a report.
  const after = v.lower(t + 1);
  const isTerm = ACCUSATION_TERMS.has(after) || (['a', 'an'].includes(after) && ACCUSATION_TERMS.has(v.lower(t + 2)));
  if (!isTerm) return;
  const clause = v.clause(t);
  const speakers = ex.speakers(clause);
  denialBy(ex, speakers, t, 0.55, 'is-not', true);
}

/**
 * '"Kenya has never interfered in Somalia," Mudavadi said' after Somalia accused Kenya: a speaker
 * the article places on no side, clearing a side accused before, denies for it and answers its
 * latest accuser. Without an accusation before, it is only an opinion.
 */
function defendedSide(ex: RelationExtractor, speakers: readonly Mention[], subjects: readonly Mention[]): void {
  const people = speakers.filter((s) => s.entity !== undefined && ex.entity(s).kind === 'Person' && sideOf(ex, ex.entity(s)) === undefined);
  if (people.length === 0 || people.length !== speakers.length) return;
  const sides = new Set(subjects.map((m) => sideOf(ex, ex.entity(m))));
  const [side] = sides;
  if (sides.size !== 1 || side === undefined) return;
  const accusation = ex.accusations.findLast((a) => sideOf(ex, ex.table.get(a.target)) === side && sideOf(ex, ex.table.get(a.source)) !== side);
  if (!accusation) return;
  for (const p of people) ex.emitBetween('DENIED', p.entity!, accusation.source, 0.55, 'defended-side');
}

/** "Minsk insisted it had nothing to do with the incident": a denial of involvement. */
export function nothingToDoWith(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (v.lower(t + 1) !== 'to' || v.lower(t + 2) !== 'do' || v.lower(t + 3) !== 'with') return;
  if (!['had', 'has', 'have', 'having'].includes(v.lower(t - 1))) return;
  denial(ex, t, 'nothing-to-do-with');
}

const INNOCENCE_VERBS = new Set(['maintained', 'maintains', 'protested', 'protests', 'asserted', 'asserts', 'insisted', 'insists', 'proclaimed', 'proclaims']);
const INNOCENT_ADVERBS = new Set(['completely', 'entirely', 'totally', 'wholly', 'absolutely', '"', '“']);

/**
 * 'Cash said he was "completely innocent"', "has maintained his innocence", "pleaded not
 * guilty": a person denying the charges against them.
 */
export function claimedInnocence(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const w = v.lower(t);
  let verb = t;
  if (w === 'innocent') {
    let k = t - 1;
    while (k > t - 3 && INNOCENT_ADVERBS.has(v.lower(k))) k--;
    if (!BE_BEFORE_PREDICATE.has(v.lower(k))) return;
    verb = k;
  } else if (w === 'innocence') {
    verb = ['his', 'her', 'their'].includes(v.lower(t - 1)) ? t - 2 : -1;
    if (verb < 0 || !INNOCENCE_VERBS.has(v.lower(verb))) return;
  } else if (w === 'guilty') {
    if (v.lower(t - 1) !== 'not' || !['pleaded', 'pleads', 'pled'].includes(v.lower(t - 2))) return;
    verb = t - 2;
  } else return;
  const p = ex.parties(verb);
  if (p.reportKind === 'hedge' || v.negated(ex.scopeStart(verb, p.clause.start), w === 'guilty' ? t - 1 : verb)) return;
  // "never said he was innocent": the report itself negated.
  const report = p.clause.reportVerb;
  if (report !== undefined && v.negated(reportScopeStart(ex, report), report)) return;
  const deniers = p.agents.filter((m) => m.entity !== undefined && ex.entity(m).kind === 'Person');
  denialBy(ex, deniers, t, 0.7, 'claimed-innocence', false, 'the charges');
}

/** '"These accusations are baseless," X said': a dismissal stated about the accusations. */
export function dismissedAccusations(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let k = t + 1;
  // "the accusations against its staff were unfounded": past a short phrase naming whom they target.
  if (ACCUSATION_POSTMODIFIERS.has(v.lower(k))) {
    const limit = Math.min(v.tokens.length, k + 6);
    while (k < limit && !DISMISS_COPULAS.has(v.lower(k)) && v.tokens[k]!.shape === 'word') k++;
  }
  let verdict = DISMISS_COPULAS.has(v.lower(k)) ? verdictAfter(v, k + 1, CLAIM_VERDICTS) : undefined;
  // "the allegations that have been made against them are false": past a relative clause, to the copula whose verdict it is.
  if (!verdict && (v.lower(k) === 'that' || v.lower(k) === 'which')) {
    for (let c = k + 2; !verdict && c < Math.min(v.tokens.length, k + 10) && v.tokens[c - 1]!.shape === 'word'; c++) if (DISMISS_COPULAS.has(v.lower(c))) verdict = verdictAfter(v, c + 1, CLAIM_VERDICTS);
  }
  if (!verdict) return;
  const { verdictAt } = verdict;
  k = verdict.at;
  const clause = v.clause(t);
  const speakers = ex.speakers(clause);
  // (A subject of its own makes "claims" a verb: "Russia claims ..."; "the FSB claims were" is a noun's modifier.)
  const own = v.subjectOf(t, clause).filter((m) => m.first !== t && !(m.last === t && (m.possessive || NOUN_DETERMINERS.has(v.lower(m.first - 1)))));
  const deniers = speakers.length > 0 ? speakers : sentenceSpeaker(ex, clause);
  // "nothing but" affirms: only what comes before it can negate.
  const nothingBut = v.lower(verdictAt) === 'nothing' && v.lower(verdictAt + 1) === 'but';
  // ("without any foundation": its "without" is the verdict, no negation of it.)
  const groundless = GROUNDS.has(v.lower(k));
  if (own.length > 0 || v.negated(clause.start, nothingBut || groundless ? verdictAt : k)) return;
  // "China did not say the allegations were baseless", "declined to say": the report itself is
  // negated (right before its verb: in "said no injuries had been found and that ...", the "no" is not).
  if (clause.reportVerb !== undefined) {
    const from = reportScopeStart(ex, clause.reportVerb);
    if (v.negated(from, clause.reportVerb) || v.hypothetical(from, clause.reportVerb, false)) return;
  }
  // "the Zionist regime's claims were lies", "the FSB statement was a fabrication": their author is named.
  const owner = v.mentionAt(v.lower(t - 1) === "'s" ? t - 2 : t - 1);
  if (owner && v.isActor(owner) && (owner.possessive || owner.last === t) && !sameSide(ex, owner, deniers)) {
    ex.emit('DENIED', deniers, [owner], 0.65, 'dismissed-accusations');
    return;
  }
  denialBy(ex, deniers, t, 0.65, 'dismissed-accusations', false, 'the accusations');
}

/** What a claim may be called besides false: 'the statement was "another staged provocation"'. */
const CLAIM_VERDICTS = new Set(['provocation', 'provocations', 'farce', 'slur', 'slurs', 'libel', 'speculation']);

/** A pronoun standing for a claim before its copula: "that is", "it's", "this was". */
export const CLAIM_PRONOUNS = new Set(['it', 'that', 'this']);
const CLAIM_COPULAS = new Set(['is', 'was', "'s", '’s']);
/** What may open the clause before such a pronoun. */
const CLAUSE_OPENERS = new Set([',', 'and', 'but', ':', '"', '“', '—']);

/**
 * '"That is not true," X said', "I've seen the statement, and it's just not true": a pronoun
 * opening its clause stands for a claim told just before, and the verdict at t dismisses it.
 */
export function dismissedClaimPronoun(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let copula = -1;
  for (let k = t - 1; k > 0 && k >= t - 5 && copula < 0; k--) if (CLAIM_COPULAS.has(v.lower(k)) && CLAIM_PRONOUNS.has(v.lower(k - 1))) copula = k;
  if (copula < 0 || !(copula === 1 || CLAUSE_OPENERS.has(v.lower(copula - 2)))) return;
  const verdict = verdictAfter(v, copula + 1);
  // Within a question and its answer ("... accusing the United States? Any response?" "It's just not true").
  if (!verdict || (verdict.at !== t && verdict.at !== t - 1) || !accusationNearby(ex, 3)) return;
  // The clause the pronoun opens ("That is a lie" is no "that"-clause).
  let clause = v.clause(copula - 1);
  if (v.negated(clause.start, verdict.verdictAt)) return;
  let speakers = ex.speakers(clause);
  // "I've seen the statement, and it's just not true": a coordinated clause is its sentence's speaker's.
  for (let outward = 0; outward < 3 && speakers.length === 0 && clause.start > 0 && clause.boundary !== 'sentence'; outward++) {
    clause = v.clause(clause.start - 1);
    speakers = ex.speakers(clause);
  }
  const deniers = speakers.length > 0 ? speakers : sentenceSpeaker(ex, clause);
  denialBy(ex, deniers, t, 0.6, 'dismissed-claim', false, 'the claim');
}

/** Who says a whole sentence: "..., the ministry said." (none for a clause inside it). */
function sentenceSpeaker(ex: RelationExtractor, clause: ClauseInfo): Mention[] {
  return clause.boundary === 'sentence' ? ex.trailingSpeaker() : [];
}

/** What a claim is "not based on": facts, evidence. */
const GROUNDS_FACTS = new Set(['facts', 'fact', 'evidence', 'reality', 'truth']);
/** What a claim stands on: 'without any foundation', 'with no basis'. */
const GROUNDS = new Set(['foundation', 'basis', 'grounds', 'evidence', 'substance', 'merit']);

/**
 * The verdict of a dismissal right after its copula at `k`: 'were "a lie"', 'were completely
 * "unfounded"', 'were "not true"', 'are nothing but malicious slander'. `verdictAt` is where the
 * verdict's words start, `at` the dismissive word (or the "not" of a negated truth).
 */
function verdictAfter(v: RelationExtractor['view'], k: number, also?: ReadonlySet<string>): { verdictAt: number; at: number } | undefined {
  for (let skipped = 0; skipped < 2 && (DISMISS_ADVERBS.has(v.lower(k)) || OPENING_QUOTES.has(v.lower(k))); skipped++) k++;
  if (v.lower(k) === 'a' || v.lower(k) === 'an' || v.lower(k) === 'another') k++;
  // 'the allegations were "not true"': a negated truth is a dismissal too.
  // ('was "not based on facts"': so is a claim with nothing under it.)
  const notTrue = v.lower(k) === 'not' && (TRUTH_WORDS.has(v.lower(k + 1)) || (v.lower(k + 1) === 'based' && v.lower(k + 2) === 'on' && GROUNDS_FACTS.has(v.lower(k + 3))));
  // 'are "without any foundation"', 'have no basis': a claim with nothing under it.
  const base = v.lower(k) === 'without' || v.lower(k) === 'no' ? (v.lower(k + 1) === 'any' ? k + 2 : k + 1) : -1;
  if (base > 0 && GROUNDS.has(v.lower(base))) return { verdictAt: k, at: base };
  // 'are nothing but malicious slander': a few words before the verdict ("not" is none of them).
  const verdictAt = k;
  const dismissive = (w: string): boolean => DISMISSIVE_TERMS.has(w) || also?.has(w) === true;
  if (!notTrue && v.lower(k) !== 'not') for (let skipped = 0; skipped < 3 && !dismissive(v.lower(k)) && v.tokens[k]?.shape === 'word' && !v.tokens[k]!.upper && v.lower(k) !== 'not'; skipped++) k++;
  return dismissive(v.lower(k)) || notTrue ? { verdictAt, at: k } : undefined;
}

/**
 * "called the accusations baseless", "described the claims as absurd": a denial. The characterise
 * frame (accusationFrames.ts) asks this first, since the same verbs accuse when what they describe is a party.
 */
export function dismissiveCharacterisation(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  // 'described them as "baseless and regrettable"': "them" for the accusations just told.
  // ('called them "groundless"', "described them on X as ...": with the verdict straight after, or a short phrase before "as".)
  const pronoun = v.lower(t + 1) === 'them' || v.lower(t + 1) === 'it';
  const verdictNext = pronoun && (v.lower(t + 2) === 'as' || OPENING_QUOTES.has(v.lower(t + 2)) || DISMISSIVE_TERMS.has(v.lower(t + 2)) || ex.indexOf('as', t + 2, Math.min(v.tokens.length, t + 6)) > 0);
  let object = verdictNext && accusationNearby(ex) ? t + 1 : -1;
  for (let k = t + 1; object < 0 && k < Math.min(v.tokens.length, t + 5); k++) {
    // ('Beijing called the move "groundless"': an act against the speaker whose grounds it denies.)
    if (DENIAL_OBJECTS.has(v.lower(k)) || (ACT_NOUNS.has(v.lower(k)) && v.lower(k - 1) === 'the')) object = k;
    // ("called the SBU's statement ...": past a possessive.)
    else if (v.tokens[k]!.shape === 'punct' && v.lower(k) !== "'s") return false;
  }
  if (object < 0) return false;
  // 'called the accusations "Western spy mania"': the accused side's own name for them dismisses
  // them (a name that says so, "a recycled fabrication", is read below as any verdict is).
  const quoteAt = v.lower(object + 1) === 'as' ? object + 2 : object + 1;
  if (ACCUSATION_NOUNS.has(v.lower(object)) && OPENING_QUOTES.has(v.lower(quoteAt)) && !dismissiveWithin(ex, quoteAt + 1, quoteAt + 6)) {
    // Only from the side accused: a third party naming the accusations ("credible") denies nothing.
    const p = ex.parties(t);
    if (!v.negated(ex.scopeStart(t, p.clause.start), t) && p.reportKind !== 'hedge') denialBy(ex, p.agents, t, 0.75, 'called-quoted', true);
    return true;
  }
  // ('as "a recycled fabrication"': past "as", a quote mark and a few describing words.)
  for (let k = object + 1; k < Math.min(v.tokens.length, object + 9); k++) {
    if (DISMISSIVE_TERMS.has(v.lower(k))) {
      denial(ex, t, 'called-baseless');
      return true;
    }
    if (v.tokens[k]!.shape === 'punct' && v.tokens[k]!.text !== '"' && v.tokens[k]!.text !== '“') return false;
  }
  return false;
}

/** A dismissive term among the words from `from` to `to` (no punctuation between). */
function dismissiveWithin(ex: RelationExtractor, from: number, to: number): boolean {
  for (let k = from; k < Math.min(ex.view.tokens.length, to); k++) {
    if (DISMISSIVE_TERMS.has(ex.view.lower(k))) return true;
    if (ex.view.tokens[k]!.shape === 'punct') return false;
  }
  return false;
}

function denial(ex: RelationExtractor, t: number, rule: string, needsAccuser = false): void {
  const v = ex.view;
  const parties = ex.parties(t);
  if (v.negated(ex.scopeStart(t, parties.clause.start), t)) return;
  if (parties.reportKind === 'hedge') return;
  const p = makeParties([...parties.agents, ...quotedSpokespeople(ex, parties, t)], parties.fromSpeaker, parties.clause, parties.speakers, parties.reportKind, parties.announced);
  // "rejected Ecuador's claims", "denied accusations by Kyiv": the accuser is named.
  for (let k = t + 1; k < Math.min(v.tokens.length, t + 8); k++) {
    const m = v.mentionStarting(k);
    const named = k < t + 7 && m && v.isActor(m) && (m.possessive || authorLink(v.lower(k - 1), v.lower(k - 2)) || (v.lower(k - 1) === 'the' && authorLink(v.lower(k - 2), v.lower(k - 3))));
    // ("rejected claims made by Iran's Foreign Ministry": past the participle that links them.)
    const by = v.lower(k - 1) === 'the' ? k - 2 : k - 1;
    const claim = CLAIM_LINKS.has(v.lower(by - 1)) ? by - 2 : by - 1;
    if (named && DENIAL_OBJECTS.has(v.lower(m!.possessive ? m!.last + 1 : claim))) {
      ex.emitTo('DENIED', p.agents, m!.entity!, 0.85, `${rule}-named`);
      return;
    }
    // 'rejects the insinuations" of the Macedonian side': the accuser named after "of".
    const of = v.lower(k - 1) === 'of' ? k - 1 : v.lower(k - 1) === 'the' && v.lower(k - 2) === 'of' ? k - 2 : -1;
    const noun = of > 0 && CLOSING_QUOTES.has(v.lower(of - 1)) ? of - 2 : of - 1;
    // ("rejects claims of Mexican meddling": a nationality before a wrong names the accused.)
    const accuser = m !== undefined && (m.form !== 'demonym' || ACCUSER_NOUNS.has(v.lower(m.last)) || SIDE_NOUNS.has(v.lower(m.last)));
    if (m && accuser && of > 0 && v.isActor(m) && DENIAL_OBJECTS.has(v.lower(noun)) && !sameSide(ex, m, p.agents)) {
      ex.emitTo('DENIED', p.agents, m.entity!, 0.85, `${rule}-named`);
      return;
    }
    if (k >= t + 6) continue;
    // "denies Algerian accusations": the nationality names the accuser.
    // ("denies Thai claims": "Thai" is one of the names the package gives Thailand.)
    if (m && v.isActor(m) && (m.form === 'demonym' || (m.kind === 'State' && !m.possessive)) && ACCUSER_NOUNS.has(v.lower(m.last)) && !sameSide(ex, m, p.agents)) {
      ex.emitTo('DENIED', p.agents, m.entity!, 0.8, `${rule}-named`);
      return;
    }
    if (m && v.isActor(m) && m.possessive && DENIAL_OBJECTS.has(v.lower(m.last + 1))) {
      ex.emitTo('DENIED', p.agents, m.entity!, 0.85, `${rule}-named`);
      return;
    }
  }
  // ("rejected the findings", "dismissed the advisory": a document answers its author, the first to accuse.)
  const document = DOCUMENT_NOUNS.has(v.lower(t + 1)) || (v.lower(t + 1) === 'the' && DOCUMENT_NOUNS.has(v.lower(t + 2)));
  denialBy(ex, p.agents, t, rule === 'deny' ? 0.85 : 0.8, rule, false, undefined, needsAccuser, document);
}

/** What an investigation publishes: denying it answers whoever published it. */
const DOCUMENT_NOUNS = new Set(['advisory', 'findings', 'report', 'assessment', 'conclusions', 'indictment']);

/**
 * '"Pakistan categorically rejects the Indian insinuations," FO spokesperson X said': a
 * spokesperson quoted saying what a state does speaks for it, and denies with it (one placed on
 * another side does not: that is a quotation of the other side).
 */
export function quotedSpokespeople(ex: RelationExtractor, p: Parties, t: number): Mention[] {
  // (Inside the quotation: the clause after its opening mark, or any clause of a sentence it spans.)
  const quoted = p.clause.boundary === 'quote' || ex.view.inQuote(t) !== undefined || OPENING_QUOTES.has(ex.view.lower(0));
  if (p.fromSpeaker || p.agents.length === 0 || !quoted) return [];
  const sides = new Set(p.agents.map((a) => (a.entity === undefined ? undefined : sideOf(ex, ex.entity(a)))));
  return p.speakers.filter((s) => {
    if (s.entity === undefined || p.agents.some((a) => a.entity === s.entity)) return false;
    const speaker = ex.entity(s);
    const side = sideOf(ex, speaker);
    return speaker.kind === 'Person' && SPOKESPERSON_WORD.test(speaker.title ?? s.title ?? '') && (side === undefined || sides.has(side));
  });
}

/** Verbs that make a denial noun the subject's own: "repeated that denial", "issued a denial". */
const DENIAL_NOUN_VERBS = new Set(['repeated', 'repeats', 'reiterated', 'reiterates', 'issued', 'issues', 'renewed', 'renews', 'maintained', 'maintains', 'restated', 'restates']);

/**
 * "Yemane on Thursday repeated that denial", "Eritrea issued a denial": a denial noun its subject
 * makes its own. It answers an accusation of the denier's side, as a denial verb would; with none, nothing.
 */
export function denialNoun(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let verb = t - 1;
  // (Past "its", "that", "a firm": "reiterated its denial".)
  while (verb > 0 && verb >= t - 3 && !DENIAL_NOUN_VERBS.has(v.lower(verb)) && v.tokens[verb]!.shape === 'word' && !v.tokens[verb]!.upper && (!v.mentionAt(verb) || v.mentionAt(verb)!.form === 'pronoun')) verb--;
  if (!DENIAL_NOUN_VERBS.has(v.lower(verb))) return;
  const p = ex.parties(verb);
  if (p.agents.length === 0 || v.negated(ex.scopeStart(verb, p.clause.start), t) || ex.blocked(verb, p, 'DENIED')) return;
  denialBy(ex, p.agents, t, 0.75, 'denial-noun', true);
}

/** Emits denials by `deniers`, aimed at whoever accused them last in the article. */
function denialBy(ex: RelationExtractor, deniers: readonly Mention[], t: number, confidence: number, rule: string, onlyIfAccused: boolean, eventName?: string, needsAccuser = false, firstAccuser = false): void {
  for (const d of deniers) {
    if (d.entity === undefined) continue;
    const denier = ex.entity(d);
    const side = sideOf(ex, denier);
    const ownSide = (id: number) => id === denier.id || (side !== undefined && sideOf(ex, ex.table.get(id)) === side);
    // The first accusation that fits (a document's author), else the latest.
    const pick = (test: (a: { source: number; target: number }) => boolean) => (firstAccuser ? ex.accusations.find(test) : ex.accusations.findLast(test));
    const aimed = pick((a) => !ownSide(a.source) && ownSide(a.target));
    if (onlyIfAccused && !aimed) continue;
    // "X denied that its diplomats had spied", no accuser named: the side that expelled X's side.
    const expeller = aimed || onlyIfAccused ? undefined : [...ex.expulsions].reverse().find((a) => !ownSide(a.source) && ownSide(a.target));
    // A denier whose side is unknown (an unaffiliated spokesman) answers the last accuser; a
    // state that nobody accused denies the incident, not someone else's accuser.
    // "dismissed the accusations": a definite reference back to an accusation told just before,
    // whoever it was aimed at (a premier the article never ties to the state, say).
    const referred = aimed || expeller || !refersBack(ex, t, eventName) ? undefined : [...ex.accusations].reverse().find((a) => a.sentence >= ex.sentence - 2 && !ownSide(a.source));
    const fallback = aimed ?? expeller ?? referred ?? (side === undefined || needsAccuser ? pick((a) => !ownSide(a.source)) : undefined);
    // What it denies names no incident: without an accuser to answer, it is no denial.
    if (!fallback && needsAccuser) continue;
    const target = fallback ? fallback.source : eventFor(ex, t, eventName).id;
    if (target === denier.id) continue;
    ex.out.push({ relation: 'DENIED', source: denier.id, target, sentence: ex.sentence, confidence, rule });
    // "the United States and India accused Islamabad ... Pakistan rejects the insinuations": a joint
    // accusation (one sentence, one target) is denied to each of its authors.
    if (aimed === undefined) continue;
    const joint = new Set<number>();
    for (const a of ex.accusations) if (a.sentence === aimed.sentence && a.target === aimed.target && a.source !== target && !ownSide(a.source)) joint.add(a.source);
    for (const source of joint) ex.out.push({ relation: 'DENIED', source: denier.id, target: source, sentence: ex.sentence, confidence, rule });
  }
}

/**
 * Where a negation of the reporting verb at `report` is looked for: right before it, in its own
 * clause (in "said no injuries had been found and that ...", the "no" negates nothing).
 */
function reportScopeStart(ex: RelationExtractor, report: number): number {
  return Math.max(ex.view.clause(report).start, report - 3);
}

/** What is denied is "the accusations" (or "the claims", "the allegation" ...): ones told of before. */
function refersBack(ex: RelationExtractor, t: number, eventName: string | undefined): boolean {
  if (eventName?.startsWith('the ')) return true;
  const v = ex.view;
  return v.lower(t + 1) === 'the' && ACCUSATION_NOUNS.has(v.lower(t + 2));
}

/** Is mention m on the side of any of the agents (same entity or same state)? */
export function sameSide(ex: RelationExtractor, m: Mention, agents: readonly Mention[]): boolean {
  const side = sideOf(ex, ex.entity(m));
  return agents.some((a) => a.entity === m.entity || (side !== undefined && a.entity !== undefined && sideOf(ex, ex.entity(a)) === side));
}

/** The state an entity acts for: itself, its affiliation, or its agency's state. */
export function sideOf(ex: RelationExtractor, e: Entity): string | undefined {
  return ex.table.sideOf(e);
}

/** An Event node for what is denied when no accuser is named: "responsibility for the attack". */
function eventFor(ex: RelationExtractor, t: number, given?: string): Entity {
  const v = ex.view;
  const words: string[] = given ? given.split(' ') : [];
  let from = t + 1;
  // "had nothing to do with the attack", "was not involved in the attack": what follows is denied.
  if (v.lower(from) === 'to' && v.lower(from + 1) === 'do' && v.lower(from + 2) === 'with') from += 3;
  else if (INVOLVEMENT_WORDS.has(v.lower(from)) && ['in', 'for', 'with'].includes(v.lower(from + 1))) from += 2;
  else if (v.lower(from) === 'behind') from += 1;
  // "brushed aside the accusation".
  else if (v.lower(from) === 'aside' || v.lower(from) === 'off' || v.lower(from) === 'away') from += 1;
  // "denied on Wednesday that ...": the day is no part of what was denied.
  if (['on', 'last', 'this', 'earlier'].includes(v.lower(from)) && WEEKDAYS_AND_MONTHS.has(v.lower(from + 1))) from += 2;
  for (let k = from; !given && k < v.tokens.length && words.length < 6; k++) {
    const tok = v.tokens[k]!;
    if (tok.lower === "'s") continue;
    // "called the accusation absurd": the verdict on it is no part of its name.
    if (tok.shape === 'punct' || EVENT_STOPS.has(tok.lower) || (words.length > 0 && DISMISSIVE_TERMS.has(tok.lower))) break;
    if (words.length > 0 && TIME_STOPS.has(tok.lower)) break;
    // "any involvement in the bombing on Wednesday": a day, month or year ends the name.
    if (WEEKDAYS_AND_MONTHS.has(tok.lower) || (tok.shape === 'number' && /^\d{4}$/.test(tok.text))) break;
    words.push(tok.text);
  }
  // "... in the bombing of": a name never ends on a preposition or determiner.
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length === 1 && DANGLING.has(words[0]!.toLowerCase())) words.pop();
  // What was denied, named after the denied thing: "responsibility for the attack".
  const name = words.length > 0 && !(words.length === 1 && v.mentionStarting(t + 1)) ? words.join(' ') : 'the accusations';
  const entity = ex.table.create(`event:${ex.articleId}:${name.toLowerCase()}`, name, 'Event');
  entity.key = articleScopedKey(name, ex.articleId);
  entity.mentions = Math.max(entity.mentions, 1);
  return entity;
}
