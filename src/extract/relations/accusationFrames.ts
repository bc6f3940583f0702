// ACCUSED: "accused X of", "blamed X for", "held X responsible", "charged X with", "attributed the
// attack to X", "named X as the perpetrator", "called X a war criminal", "the evidence pointed to X",
// and culpability stated in a report ("said X was behind the attack").
import { type ClauseInfo, REPORTING_VERBS } from '../clauses.ts';
import {
  ACCUSATION_TERMS,
  ACCUSE_VERBS,
  ARMED_GROUP_NOUNS,
  BAD_ACTS,
  BE_BEFORE_PREDICATE,
  BRING_VERBS,
  CULPABLE_VERBS,
  DENIAL_OBJECTS,
  DIRECTING_VERBS,
  ENABLING_VERBS,
  FABRICATED_THINGS,
  FABRICATING_VERBS,
  EVIDENCE_NOUNS,
  HARM_NOUNS,
  HOLD_COMPLEMENTS,
  LINK_VERBS,
  PERPETRATOR_NOUNS,
  PLACE_BLAME_VERBS,
  SUPPORT_VERBS,
  PROXY_VERBS,
  PROXY_NOUNS,
  SPYING_PURPOSES,
  TRACE_VERBS,
} from '../lexicon/verbs.ts';
import { KNOWN_ORGANISATIONS } from '../lexicon/organisations.ts';
import { NATIONALS_NOUNS, OBJECT_PRONOUNS, POSSESSIVE_DETERMINERS, STATE_NOMINALS } from '../lexicon/words.ts';
import type { Mention } from '../types.ts';
import { ACCUSATION_NOUNS, dismissiveCharacterisation, quotedSpokespeople, sameSide, sideOf } from './denialFrames.ts';
import type { RelationExtractor } from './extractor.ts';
import { makeParties } from './parties.ts';
import { reciprocal } from './reciprocal.ts';
import { OPENING_QUOTES } from '../quoteMarks.ts';

const OBJECT_RELATIVES = new Set(['whom', 'which', 'that']);
export const POINTED_AT = new Set(['to', 'at', 'towards', 'toward']);
/** What can point at a culprit: "the evidence pointed to X", "the investigation points at X". */
const FINDING_NOUNS = new Set([...EVIDENCE_NOUNS, 'investigation', 'investigations', 'inquiry', 'probe', 'intelligence', 'clues', 'trail', 'traces', 'information']);
const FINDING_DETERMINERS = new Set(['the', 'all', 'our', 'this', 'that', 'such', 'available', 'new', 'credible']);

export function accuseVerb(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "the accused officers": an adjective.
  if (['the', 'an', 'a', 'two', 'three', 'all'].includes(v.lower(t - 1)) || v.tokens[t - 1]?.shape === 'number') return;
  // ("over his suspected role in", "Russia's suspected involvement": so after a possessive.)
  if (POSSESSIVE_DETERMINERS.has(v.lower(t - 1)) || v.lower(t - 1) === "'s") return;
  // "accused Warsaw of blaming Russia": what one side is accused of, not an accusation the article makes.
  if (v.lower(t - 1) === 'of' && v.lower(t).endsWith('ing') && ex.indexOfAny(ACCUSE_VERBS, Math.max(0, t - 8), t - 1) >= 0) return;
  const end = v.clauseEnd(t);
  let p = ex.parties(t);
  if (v.passive(t)) {
    // "The attack was blamed on Russia by Britain": the culprit follows "on".
    const by = ex.indexOf('by', t + 1, end);
    const patients = v.lower(t).startsWith('blame') && v.lower(t + 1) === 'on' ? v.objectsAfter(t + 2, by >= 0 ? by : end) : v.subjectOf(t, p.clause);
    const agents = v.agentAfter(t, end);
    if (agents.length === 0 || ex.blocked(t, p, 'ACCUSED')) return;
    ex.emit('ACCUSED', agents, patients, 0.85, 'accused-passive');
    return;
  }
  if (reciprocal(ex, t, p, 'ACCUSED')) return;
  let stop = ex.indexOfAny(OF_OR_FOR, t + 1, end);
  // "accused the government of Nicolás Maduro of rigging": that first "of" says whose government.
  if (stop > 0 && STATE_NOMINALS.has(v.lower(stop - 1)) && v.tokens[stop + 1]?.upper) stop = ex.indexOfAny(OF_OR_FOR, stop + 1, end);
  // ("accused members of the GRU of the attack": whose people, when a second "of" says what of.)
  else if (stop > 0 && NATIONALS_NOUNS.has(v.lower(stop - 1)) && v.mentionAt(stop + (v.lower(stop + 1) === 'the' ? 2 : 1)) && ex.indexOfAny(OF_OR_FOR, stop + 1, end) > 0) stop = ex.indexOfAny(OF_OR_FOR, stop + 1, end);
  // ("blamed hackers working for Iran's IRGC for the intrusions": that "for" says whose people.)
  if (stop > 0 && SERVING_PARTICIPLES.has(v.lower(stop - 1)) && v.lower(stop) === 'for') stop = ex.indexOfAny(OF_OR_FOR, stop + 1, end);
  let targets = v.objectsAfter(t + 1, stop >= 0 ? stop : end);
  // "She said Beijing was behind the activity and accused the DFA of ...": a speech act joined by
  // "and" to what a speaker reports is the speaker's, not the reported clause's subject's (unless
  // the speaker would accuse itself: "Uganda said Kenya had closed the border and accused Uganda").
  const joined = v.lower(t - 1) === 'and' && (p.clause.boundary === 'that' || p.clause.boundary === 'report') && p.speakers.length > 0 && !p.fromSpeaker;
  if (joined && !targets.some((m) => p.speakers.some((s) => s.entity === m.entity))) p = makeParties(p.speakers, true, p.clause, p.speakers, p.reportKind, p.announced);
  // "Rodolfo Saavedra, whom it accused of plotting": the relative's antecedent.
  // ("France, which he accused of trying to isolate Niger": "which" too, whose verb has no object.)
  if (targets.length === 0 && stop === t + 1) targets = relativeAntecedent(ex, p.clause.start, OBJECT_RELATIVES).filter((m) => !sameSide(ex, m, p.agents));
  if (ex.blocked(t, p, 'ACCUSED')) return;
  // "A Russian diplomat was expelled by X, which accused him of ...": the unnamed one just expelled.
  const expelled = p.clause.boundary === 'relative' && OBJECT_PRONOUNS.has(v.lower(t + 1)) && targets.every((m) => m.entity === undefined) ? ex.toldHere('EXPELLED').at(-1) : undefined;
  if (expelled) {
    ex.emitTo('ACCUSED', p.agents, expelled.target, 0.8, 'accuse-expelled');
    return;
  }
  // "expelled a Russian diplomat it accuses of spying": a relative with its pronoun left out.
  const reduced = targets.length === 0 && stop === t + 1 ? reducedObjectRelative(ex, t) : undefined;
  if (reduced) {
    ex.emit('ACCUSED', [reduced.subject], [reduced.object], 0.8, 'accuse-reduced-relative');
    return;
  }
  ex.emitWithSpeaker('ACCUSED', p, targets, p.fromSpeaker ? 0.7 : 0.9, 'accuse');
  // '"Pakistan accuses India ...," spokesperson X said': the spokesperson accuses with the state.
  ex.emit('ACCUSED', quotedSpokespeople(ex, p, t), targets, 0.75, 'accuse+spokesperson');
}

const OF_OR_FOR: ReadonlySet<string> = new Set(['of', 'for']);
const SERVING_PARTICIPLES: ReadonlySet<string> = new Set(['working', 'acting', 'spying', 'operating', 'fighting']);
/** Determiners before which a participle describes a noun: "another staged provocation". */
const DETERMINERS_BEFORE_ADJECTIVE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'this', 'these', 'those']);

/** "held X responsible", "hold X to account". */
export function holdResponsible(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  let at = -1;
  for (let k = t + 1; k < Math.min(end, t + 12); k++) {
    if (HOLD_COMPLEMENTS.has(v.lower(k)) || (v.lower(k) === 'to' && v.lower(k + 1) === 'account')) {
      at = k;
      break;
    }
  }
  if (at < 0) return;
  const p = ex.parties(t);
  let targets = v.objectsAfter(t + 1, at);
  // "Tondar, an armed group that Iranian authorities hold responsible": the relative's antecedent.
  if (targets.length === 0 && at === t + 1) targets = relativeAntecedent(ex, p.clause.start);
  if (ex.blocked(t, p, 'ACCUSED')) return;
  ex.emitWithSpeaker('ACCUSED', p, targets, 0.85, 'held-responsible');
  ex.emit('ACCUSED', quotedSpokespeople(ex, p, t), targets, 0.75, 'held-responsible+spokesperson');
}

const THAT_OR_WHICH = new Set(['that', 'which']);
const WHOM = new Set(['whom']);

/** The actor a relative clause opening at `start` ("that ...", "which ...") is about: the nearest one before it. */
function relativeAntecedent(ex: RelationExtractor, start: number, relatives: ReadonlySet<string> = THAT_OR_WHICH): Mention[] {
  const v = ex.view;
  const relative = relatives.has(v.lower(start)) ? start : relatives.has(v.lower(start - 1)) ? start - 1 : -1;
  for (let k = relative - 1; relative > 0 && k >= relative - 8; k--) {
    const m = v.mentionAt(k);
    if (m && v.isActor(m)) return [m];
  }
  return [];
}

/**
 * "the diplomat it accuses of", "the militia they blame for": a pronoun subject right after an
 * actor, with no relative word between, opens a relative clause whose object is that actor.
 */
function reducedObjectRelative(ex: RelationExtractor, t: number): { subject: Mention; object: Mention } | undefined {
  const v = ex.view;
  const subject = v.mentionAt(t - 1);
  if (!subject || subject.form !== 'pronoun' || subject.last !== t || !v.isActor(subject)) return undefined;
  const object = v.mentionAt(subject.first - 1);
  if (!object || object.last !== subject.first || object.possessive || !v.isActor(object) || object.entity === subject.entity) return undefined;
  return { subject, object };
}

/** "charged 12 officers of the GRU with hacking". */
export function chargeVerb(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  const w = v.lower(t);
  const isIndict = w.startsWith('indict');
  const withAt = ex.indexOf('with', t + 1, Math.min(end, t + 16));
  if (!isIndict && withAt < 0) return;
  if (v.passive(t)) {
    const p = ex.parties(t);
    const agents = v.agentAfter(t, end);
    if (agents.length === 0 || ex.blocked(t, p, 'ACCUSED')) return;
    ex.emit('ACCUSED', agents, v.subjectOf(t, p.clause), 0.8, 'charged-passive');
    return;
  }
  const p = ex.parties(t);
  const targets = v.objectsAfter(t + 1, withAt >= 0 ? withAt : end);
  if (ex.blocked(t, p, 'ACCUSED')) return;
  ex.emitWithSpeaker('ACCUSED', p, targets, 0.85, 'charged');
}

/** "announced charges against X"; "the charges were brought by X". */
export function chargeNoun(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const w = v.lower(t);
  const end = v.clauseEnd(t);
  if (w === 'sanctions') return;
  // "announced charges ... against X"
  const verbAt = ['the', 'new', 'fresh', 'criminal', 'formal'].includes(v.lower(t - 1)) ? t - 2 : t - 1;
  if (BRING_VERBS.has(v.lower(verbAt)) && !v.passive(verbAt)) {
    const against = ex.indexOf('against', t + 1, Math.min(end, t + 8));
    if (against < 0) return;
    const p = ex.parties(verbAt);
    if (ex.blocked(verbAt, p, 'ACCUSED')) return;
    ex.emitWithSpeaker('ACCUSED', p, v.objectsAfter(against + 1, end), 0.85, 'charges-against');
    return;
  }
  // "The charges were brought by X": X accuses whoever was last accused.
  for (let k = t + 1; k < Math.min(end, t + 4); k++) {
    if (BRING_VERBS.has(v.lower(k)) && v.passive(k)) {
      const agents = v.agentAfter(k, end);
      const last = [...ex.accusations].reverse()[0];
      if (agents.length === 0 || !last) return;
      const p = ex.parties(k);
      if (ex.blocked(k, p, 'ACCUSED')) return;
      ex.emitTo('ACCUSED', agents, last.target, 0.7, 'charges-brought-by');
      return;
    }
  }
}

/** "attributed the operation to X". */
export function attributeTo(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  // ("traced the theft to X" names a culprit; "traced the funds to a bank" does not.)
  if (TRACE_VERBS.has(v.lower(t)) && !wordAhead(ex, t, HARM_NOUNS, 6)) return;
  // "The breach was attributed by the GCSB to a hacking group", "... attributed to APT40 by the
  // GCSB": with its author after "by", a passive attribution is that author's accusation.
  if (v.passive(t)) {
    const p = ex.parties(t);
    if (v.lower(t + 1) === 'to') {
      const by = ex.indexOf('by', t + 2, Math.min(end, t + 16));
      const agents = by < 0 ? [] : v.agentAfter(by - 1, end);
      if (agents.length === 0 || ex.blocked(t, p, 'ACCUSED')) return;
      ex.emit('ACCUSED', agents, v.objectsAfter(t + 2, by), 0.75, 'attributed-passive');
      return;
    }
    // (Past an apposition to the author: "by the GCSB, New Zealand's signals intelligence agency, to ...".)
    const reach = Math.min(v.tokens.length, t + 24);
    const by = ex.indexOf('by', t + 1, Math.min(end, t + 4));
    const agents = by < 0 ? [] : v.agentAfter(by - 1, reach);
    const to = agents.length === 0 ? -1 : ex.indexOf('to', by + 1, reach);
    if (to < 0 || ex.blocked(t, p, 'ACCUSED')) return;
    ex.emit('ACCUSED', agents, v.objectsAfter(to + 1, v.clauseEnd(to + 1)), 0.75, 'attributed-passive');
    return;
  }
  // ("the claims attributed to the ambassador": a participle naming who said them.)
  if (v.lower(t + 1) === 'to') return;
  const to = ex.indexOf('to', t + 1, Math.min(end, t + 12));
  if (to < 0) return;
  const p = ex.parties(t);
  if (ex.blocked(t, p, 'ACCUSED')) return;
  ex.emitWithSpeaker('ACCUSED', p, v.objectsAfter(to + 1, end), 0.75, 'attributed-to');
}

/** "put the blame on X", "pointed the finger at X". */
export function blameOn(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const verb = PLACE_BLAME_VERBS.has(v.lower(t - 2)) ? t - 2 : PLACE_BLAME_VERBS.has(v.lower(t - 3)) ? t - 3 : -1;
  if (verb < 0 || v.passive(verb)) return;
  const on = v.lower(t) === 'finger' ? 'at' : 'on';
  let k = t + 1;
  if (v.lower(k) === 'squarely' || v.lower(k) === 'firmly' || v.lower(k) === 'directly') k++;
  // "laid the blame at Turkey's door", "at the door of the Turkish president".
  const door = on === 'on' && v.lower(k) === 'at' ? ex.indexOf('door', k + 1, Math.min(v.tokens.length, k + 8)) : -1;
  if (v.lower(k) !== on && door < 0) return;
  const p = ex.parties(verb);
  if (ex.blocked(verb, p, 'ACCUSED')) return;
  const end = v.clauseEnd(k);
  const targets = door < 0 ? v.objectsAfter(k + 1, end) : v.lower(door + 1) === 'of' ? v.objectsAfter(door + 2, end) : v.objectsAfter(k + 1, door);
  ex.emitWithSpeaker('ACCUSED', p, targets, 0.8, 'blame-on');
}

/**
 * "saying the evidence pointed to agents of the Indian government": a finding that points at X,
 * reported by someone, is that someone's accusation. With no one reporting it, it is agentless
 * suspicion (ANNOTATION.md: not an accusation).
 */
export function evidencePoints(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let k = t + 1;
  if (v.lower(k) === 'squarely' || v.lower(k) === 'clearly' || v.lower(k) === 'directly') k++;
  if (!POINTED_AT.has(v.lower(k))) return;
  const p = ex.parties(t);
  // The clause opens with the finding: "(the|all the) evidence ... pointed", "Britain's inquiry points".
  let head = p.clause.start;
  let owner: Mention | undefined;
  while (head < t && FINDING_DETERMINERS.has(v.lower(head))) head++;
  const m = v.mentionStarting(head);
  if (m && (m.possessive || POSSESSIVE_DETERMINERS.has(v.lower(m.first))) && v.isActor(m)) {
    owner = m;
    head = v.lower(m.last) === "'s" ? m.last + 1 : m.last;
  }
  if (!FINDING_NOUNS.has(v.lower(head))) return;
  // Whose finding it is: its owner, else whoever reports it.
  const accusers = owner ? [owner] : p.fromSpeaker ? p.speakers : [];
  if (accusers.length === 0 || ex.blocked(t, p, 'ACCUSED')) return;
  ex.emit('ACCUSED', accusers, v.objectsAfter(k + 1, v.clauseEnd(k)), 0.7, 'evidence-points');
}

/** "named X as the perpetrator". */
export function namePerpetrator(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  const as = ex.indexOf('as', t + 1, Math.min(end, t + 16));
  if (as < 0) return;
  let found = false;
  for (let k = as + 1; k < Math.min(end, as + 4); k++) if (PERPETRATOR_NOUNS.has(v.lower(k))) found = true;
  if (!found) return;
  const p = ex.parties(t);
  if (ex.blocked(t, p, 'ACCUSED')) return;
  ex.emitWithSpeaker('ACCUSED', p, v.objectsAfter(t + 1, as), 0.85, 'named-perpetrator');
}

/** "linked officers of the GRU to the explosions". */
export function linkTo(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "agents of the Indian government were linked to the killing": stated culpability.
  if (v.passive(t)) {
    if (v.lower(t + 1) === 'to') culpability(ex, t);
    return;
  }
  // "the deep-rooted historical ties between Egypt and Tunisia ... to strengthen": a noun, no link.
  if (v.lower(t + 1) === 'between' || v.lower(t + 1) === 'with' || NOUN_DETERMINERS.has(v.lower(t - 1)) || (v.lower(t - 1).includes('-') && !v.tokens[t - 1]!.upper)) return;
  const end = v.clauseEnd(t);
  const to = ex.indexOf('to', t + 1, Math.min(end, t + 14));
  if (to < 0) return;
  // Linked to a harm ("to the explosions") or to an actor ("to Iran's Revolutionary Guards"), not
  // to anything: "will link Serbia's progress towards membership to the treatment of the minority".
  const linkedTo = v.mentionStarting(v.lower(to + 1) === 'the' ? to + 2 : to + 1);
  if (!wordAhead(ex, to, HARM_NOUNS, 6) && !(linkedTo !== undefined && v.isActor(linkedTo))) return;
  const p = ex.parties(t);
  if (ex.blocked(t, p, 'ACCUSED')) return;
  ex.emitWithSpeaker('ACCUSED', p, v.objectsAfter(t + 1, to), 0.75, 'linked-to');
}

/** "described the Canadian position as blatant interference", "called Maduro a usurper". */
export function characterise(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (v.passive(t)) return;
  if (dismissiveCharacterisation(ex, t)) return;
  const end = v.clauseEnd(t);
  let term = -1;
  for (let k = t + 2; k < Math.min(v.tokens.length, t + 12); k++) {
    if (ACCUSATION_TERMS.has(v.lower(k)) || (v.lower(k) === 'war' && v.lower(k + 1) === 'crimes')) {
      term = k;
      break;
    }
  }
  if (term < 0) return;
  // 'described Hamas as "a liberation movement, not a terrorist organisation"': the term denied.
  for (let k = t + 2; k < term; k++) if (v.lower(k) === 'not' || (v.lower(k) === 'rather' && v.lower(k + 1) === 'than')) return;
  const p = ex.parties(t);
  let targets = v.objectsAfter(t + 1, Math.min(term, end + 1));
  // "Netanyahu, whom he called a \"war criminal\"": the relative pronoun is the object.
  const antecedent = p.clause.antecedent;
  if (targets.length === 0 && p.clause.boundary === 'relative' && antecedent && OBJECT_RELATIVES.has(v.lower(p.clause.start - 1)) && v.isActor(antecedent)) targets = [antecedent];
  // "denied the charges, calling them an attempt to justify the coup": "them" is the charges.
  const aboutClaims = denialObjectBefore(ex, t);
  // "what he called a victory of the people over the coup plotters" names a thing; only its owner
  // ("rejected what it called Germany's interference") is blamed.
  const namesThing = v.lower(t - 1) === 'what' || v.lower(t - 2) === 'what';
  targets = targets.filter((m) => m.first < term && !(aboutClaims && m.form === 'pronoun') && (!namesThing || m.possessive === true));
  if (targets.length === 0) return;
  if (ex.blocked(t, p, 'ACCUSED')) return;
  ex.emitWithSpeaker('ACCUSED', p, targets, 0.65, 'characterised');
}

/** Wrongs an act is said to be: "the Turkish strike was a flagrant violation of Iraq's sovereignty". */
export const PREDICATED_WRONGS: ReadonlySet<string> = new Set(['violation', 'violations', 'aggression', 'provocation', 'crime', 'crimes', 'interference', 'meddling', 'invasion', 'sabotage', 'atrocity', 'atrocities', 'terrorism', 'genocide']);

/**
 * "The Iraqi foreign ministry said the Turkish strike was a flagrant violation of Iraq's
 * sovereignty": a reported act said to be a wrong accuses whoever the act belongs to (the state
 * or body named in it), on behalf of the one who says so.
 */
export function predicatedWrong(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let be = t - 1;
  while (be > 0 && be >= t - 4 && !BE_BEFORE_PREDICATE.has(v.lower(be)) && (OPENING_QUOTES.has(v.lower(be)) || (v.tokens[be]!.shape === 'word' && !v.tokens[be]!.upper && !v.mentionAt(be)))) be--;
  if (!BE_BEFORE_PREDICATE.has(v.lower(be))) return;
  const clause = v.clause(be);
  if ((clause.boundary !== 'that' && clause.boundary !== 'report') || clause.reportVerb === undefined) return;
  const speakers = ex.speakers(clause);
  if (speakers.length === 0 || v.negated(clause.start, t) || v.hypothetical(clause.start, t, false) || v.unasserted(clause.reportVerb)) return;
  const p = makeParties(speakers, true, clause, speakers);
  if (ex.blocked(be, p, 'ACCUSED')) return;
  // ('the SBU statement was "another staged provocation"': a claim dismissed, no act accused.)
  for (let k = clause.start; k < be; k++) if (DENIAL_OBJECTS.has(v.lower(k))) return;
  const owners: Mention[] = [];
  for (let k = clause.start; k < be; k++) {
    const m = v.mentionStarting(k);
    if (m && v.entityOf(m) !== undefined && (ex.entity(m).kind === 'State' || ex.entity(m).kind === 'Agency') && !m.locative && !sameSide(ex, m, speakers)) owners.push(m);
  }
  ex.emit('ACCUSED', speakers, owners.slice(0, 2), 0.6, 'predicated-wrong');
}

/** The sentence speaks of accusations or claims before token t. */
function denialObjectBefore(ex: RelationExtractor, t: number): boolean {
  for (let k = 0; k < t; k++) if (DENIAL_OBJECTS.has(ex.view.lower(k))) return true;
  return false;
}

/** "X said there were signs that Y had committed ..."; "... was carried out by Y". */
/** "bore (sole|full|the) responsibility" after token t. */
/** Intelligence services the lexicon knows ("GRU", "MSS"), by key, and ones whose name says so. */
const INTELLIGENCE_SERVICES = new Set(KNOWN_ORGANISATIONS.filter((org) => org.category === 'intelligence').map((org) => `agency:org:${org.name.toLowerCase()}`));
const INTELLIGENCE_NAME = /\b(?:intelligence|security service|spy agency)\b/i;

/**
 * "the AIVD had established that the three worked for the GRU": in a report, working for
 * another state's intelligence service is spying for it; the service is accused.
 */
export function workedForIntelligence(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const at = v.lower(t + 2) === 'the' ? t + 3 : t + 2;
  const service = v.mentionStarting(at);
  if (service === undefined || !v.isActor(service)) return;
  const entity = ex.entity(service);
  if (entity.kind !== 'Agency' || !([...entity.keys].some((key) => INTELLIGENCE_SERVICES.has(key)) || INTELLIGENCE_NAME.test(entity.name))) return;
  const clause = v.clause(t);
  if (clause.boundary !== 'that' && clause.boundary !== 'report') return;
  const speakers = ex.speakers(clause);
  if (speakers.length === 0 || sameSide(ex, service, speakers)) return;
  if (clause.reportVerb !== undefined && (REPORTING_VERBS.get(v.lower(clause.reportVerb)) === 'hedge' || v.unasserted(clause.reportVerb))) return;
  if (v.negated(clause.reportVerb ?? clause.start, t) || v.hypothetical(clause.start, t, false)) return;
  ex.emit('ACCUSED', makeParties(speakers, true, clause, speakers).agents, [service], 0.6, 'worked-for-intelligence');
}

/** What a state's vessels or aircraft intrude into: "entered Japanese territorial waters". */
export const SOVEREIGN_SPACES: ReadonlySet<string> = new Set(['waters', 'airspace', 'zone', 'territory', 'sea']);

/** "fire" within a few words after "opened", past a quotation mark and describing words: 'opened "unprovoked fire"'. */
function fireAhead(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  for (let k = t + 1; k < Math.min(v.tokens.length, t + 5); k++) {
    if (v.lower(k) === 'fire') return true;
    if (v.tokens[k]!.upper || (v.tokens[k]!.shape === 'punct' && !OPENING_QUOTES.has(v.lower(k)))) return false;
  }
  return false;
}

/** What two sides trade when each accuses the other: "traded accusations", "trade blame". */
export const TRADED_CHARGES: ReadonlySet<string> = new Set(['accusations', 'blame', 'charges', 'allegations', 'recriminations']);

/** "The UAE and Iran traded accusations over the seizure", "Pakistan and India traded blame": each accuses the other. */
export function tradedAccusations(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // (Not a headline's "Azerbaijan and Armenia trade blame": it sums up the accusations the body
  // tells one by one, each with the sentence that states it.)
  if (v.headline) return;
  const p = ex.parties(t);
  const actors = p.agents.filter((a) => a.entity !== undefined && v.isActor(a));
  if (actors.length !== 2 || actors[0]!.entity === actors[1]!.entity || ex.blocked(t, p, 'ACCUSED')) return;
  ex.emit('ACCUSED', [actors[0]!], [actors[1]!], 0.75, 'traded-accusations');
  ex.emit('ACCUSED', [actors[1]!], [actors[0]!], 0.75, 'traded-accusations');
}

/** Words between "lies" and "with": 'lies entirely with', 'rests squarely with'. */
const LIES_WITH_ADVERBS = new Set(['entirely', 'squarely', 'solely', 'fully', 'wholly', 'only', 'clearly', 'firmly', 'completely']);

/**
 * 'said responsibility for the collision "lies entirely with the Philippine side"', "the blame
 * rests with Kyiv": in a report, the one the responsibility lies with is accused.
 */
export function responsibilityLiesWith(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let k = t + 1;
  while (k < t + 4 && (LIES_WITH_ADVERBS.has(v.lower(k)) || OPENING_QUOTES.has(v.lower(k)))) k++;
  if (v.lower(k) !== 'with') return;
  const clause = v.clause(t);
  const quoted = clause.boundary === 'quote' || (clause.boundary === 'sentence' && v.inQuote(t) === undefined);
  if (clause.boundary !== 'that' && clause.boundary !== 'report' && !quoted) return;
  const speakers = ex.speakers(clause);
  if (speakers.length === 0) return;
  if (clause.reportVerb !== undefined && (REPORTING_VERBS.get(v.lower(clause.reportVerb)) === 'hedge' || v.unasserted(clause.reportVerb))) return;
  if (v.negated(clause.reportVerb ?? clause.start, t) || v.hypothetical(clause.start, t, false)) return;
  const culprits = v.objectsAfter(k + 1, v.clauseEnd(t)).filter((m) => !sameSide(ex, m, speakers));
  ex.emit('ACCUSED', makeParties(speakers, true, clause, speakers).agents, culprits, 0.6, 'responsibility-lies-with');
}

function responsibilityAfter(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  let k = t + 1;
  // 'bore "full responsibility"': past a quotation mark too.
  while (k < t + 4 && (['sole', 'full', 'the', 'direct', 'primary', 'all'].includes(v.lower(k)) || OPENING_QUOTES.has(v.lower(k)))) k++;
  return v.lower(k) === 'responsibility';
}

export function culpability(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const w = v.lower(t);
  if (w === 'committed' && v.lower(t + 1) === 'to') return;
  // "another staged provocation", "the hacked accounts": a participle after a determiner describes a noun.
  if (DETERMINERS_BEFORE_ADJECTIVE.has(v.lower(t - 1))) return;
  if (TRYING_VERBS.has(w) && !(v.lower(t + 1) === 'to' && BAD_ACTS.has(v.lower(t + 2)))) return;
  if (w === 'carried' && v.lower(t + 1) !== 'out') return;
  // 'had opened "unprovoked fire" on': opening fire, not a door.
  if (w === 'opened' && !fireAhead(ex, t)) return;
  // "had compromised the network"; not "had compromised on the budget".
  if (w === 'compromised' && (v.lower(t + 1) === 'on' || v.lower(t + 1) === 'with')) return;
  // "had entered Japanese territorial waters", "entered the 12-nautical-mile zone": an intrusion; not "entered the hall".
  // (Past hyphens, "the 12-nautical-mile zone", but no clause break.)
  if (w === 'entered' && !wordAhead(ex, t, SOVEREIGN_SPACES, 7, HYPHEN)) return;
  // "backed the rebels", "had fought alongside the rebels": support for an armed group.
  // "the informants had been recruited and paid by the two diplomats": the backer of proxies.
  const proxyRun = PROXY_VERBS.has(w) ? proxiesBefore(ex, t) : -1;
  const proxies = proxyRun >= 0;
  // ("the drones that hit the airport had been supplied by X": arms of a harm, supplied.)
  const harmDone = v.passive(t) && (harmBefore(ex, t) || wordBefore(ex, t, 12, (x) => MUNITIONS.has(x) || UNLAWFUL_UNITS.has(x)));
  if (SUPPORT_VERBS.has(w) && !wordAhead(ex, t, ARMED_GROUP_NOUNS) && !proxies && !harmDone) return;
  // ("said he had recruited a Serbian army officer to pass on details": recruiting a spy is the wrong itself.)
  if (PROXY_VERBS.has(w) && !SUPPORT_VERBS.has(w) && !proxies && !(w === 'recruited' && spyingPurposeAfter(ex, t))) return;
  // "fired on civilians", "shells were fired by X"; "fired the minister" is a dismissal.
  // ('had fired "dozens of shells" at villages': what is fired, past the quotation mark.)
  if (w === 'fired' && !v.passive(t) && !['on', 'at', 'into', 'upon'].includes(v.lower(t + 1)) && !wordAhead(ex, OPENING_QUOTES.has(v.lower(t + 1)) ? t + 1 : t, MUNITIONS, 4)) return;
  // "carried out the attack", "the attack was carried out by X"; not "carried out 'exclusively protocol duties'".
  if (w === 'carried' && !v.passive(t) && !wordAhead(ex, v.lower(t + 1) === 'out' ? t + 1 : t, HARM_NOUNS, 6)) return;
  if (w === 'involved' && !BE_BEFORE_PREDICATE.has(v.lower(t - 1))) return;
  if (w === 'behind' && !BE_BEFORE_PREDICATE.has(v.lower(t - 1))) return;
  if (w === 'responsible' && !BE_BEFORE_PREDICATE.has(v.lower(t - 1))) return;
  // "said Mali's junta bore sole responsibility for the incident".
  if ((w === 'bore' || w === 'bears') && !responsibilityAfter(ex, t)) return;
  // "The attack on our police was ordered from Belgrade": a harm directed from a capital.
  const directedFrom = DIRECTING_VERBS.has(w) && v.passive(t) && v.lower(t + 1) === 'from' && harmBefore(ex, t) ? v.mentionStarting(t + 2) : undefined;
  // ("the blast was planned and directed by X", "the cell was run by X": the harm told before.)
  if (DIRECTING_VERBS.has(w) && !CULPABLE_VERBS.has(w) && !wordAhead(ex, t, HARM_NOUNS) && !directedFrom && !harmDone) return;
  if (ENABLING_VERBS.has(w) && !wordAhead(ex, t, HARM_NOUNS, 12)) return;
  // "Kyiv is inventing stories", "it invents a kidnapping to cover up its own failures".
  if (FABRICATING_VERBS.has(w) && !wordAhead(ex, t, FABRICATED_THINGS) && !wordAhead(ex, t, HARM_NOUNS)) return;
  // "was putting a two-state solution in danger".
  if ((w === 'putting' || w === 'put') && !inDangerAfter(ex, t)) return;
  // "had acted in flagrant violation of international law".
  const inAt = OPENING_QUOTES.has(v.lower(t + 1)) ? t + 2 : t + 1;
  if (w === 'acted' && !(v.lower(inAt) === 'in' && ex.misconductAfter(inAt))) return;
  // "had engaged in provocative acts", "engaged in activities incompatible with their status".
  if ((w === 'engaged' || w === 'engaging') && !(v.lower(t + 1) === 'in' && ex.misconductAfter(t + 1))) return;
  // ("recruited and equipped by": the run's clause, not a verb read as joined to the report.)
  // ("was planned and directed by X": the second participle's clause is the first one's.)
  const joined = (v.lower(t - 1) === 'and' || v.lower(t - 1) === 'or') && v.lower(t - 2).endsWith('ed') && v.passive(t - 2) ? t - 2 : t;
  const clause = v.clause(proxies ? proxyRun : joined);
  if (protestedOver(ex, t, clause)) return;
  // '"Malawi is behind this," Mulenga said': a quoted or attributed statement of culpability.
  const quoted = clause.boundary === 'quote' || (clause.boundary === 'sentence' && v.inQuote(t) === undefined);
  if (clause.boundary !== 'that' && clause.boundary !== 'report' && !quoted) return;
  const evidenceAt = clause.boundary === 'that' ? evidenceBefore(ex, clause.start - 1) : -1;
  const evidence = evidenceAt >= 0;
  // "rejected claims made by Iran's Foreign Ministry that Jordan had allowed ...": the claim's author.
  // (The claim noun may have been read as the report verb: "claims by Iran that".)
  const author = clause.boundary === 'that' ? claimAuthor(ex, clause.start - 1) : undefined;
  if (clause.reportVerb === undefined && !evidence && !quoted && !author) return;
  let speakers = author ? [author] : ex.speakers(clause);
  // "ASIO reached the conclusion that X had orchestrated the attack": the one who concluded.
  if (speakers.length === 0 && evidence) speakers = v.subjectOf(evidenceAt);
  // "Babis told reporters that there was suspicion that X had been involved": who reports the suspicion.
  if (speakers.length === 0 && evidence) speakers = ex.speakers(v.clause(evidenceAt));
  if (speakers.length === 0) return;
  const reportKind = clause.reportVerb !== undefined && !author ? REPORTING_VERBS.get(v.lower(clause.reportVerb)) : undefined;
  if (reportKind === 'hedge') return;
  const from = clause.reportVerb ?? clause.start;
  if (v.negated(from, t)) return;
  if (v.hypothetical(clause.start, t, false)) return;
  let culprits: Mention[];
  // "was behind", "had been involved", "were linked to": be + predicate, the subject is the culprit.
  if ((proxies || v.passive(t)) && !['behind', 'responsible', 'involved'].includes(w) && !(LINK_VERBS.has(w) && v.lower(t + 1) === 'to')) {
    // "the shells had been fired by X": the agent is culpable, the subject suffered it; "the
    // minister was fired by X" is no culpability at all.
    const patients = v.subjectOf(t, clause);
    if (patients.some((m) => ex.entity(m).kind === 'Person')) return;
    culprits = directedFrom ? [] : v.agentAfter(w === 'carried' ? t + 1 : t, v.clauseEnd(t));
  } else {
    culprits = v.subjectOf(t, clause);
    // ("said fighters of Boko Haram were behind the ambush": whose fighters.)
    if (culprits.length === 0) culprits = v.peopleOwnerOpening(clause.start, t);
  }
  const p = makeParties(speakers, true, clause, speakers);
  if (clause.reportVerb !== undefined && !author && v.unasserted(clause.reportVerb)) return;
  // "Afghan forces fired on Pakistani troops, Afghanistan's Defence Ministry said": a side telling
  // of its own acts blames no one.
  culprits = culprits.filter((m) => !sameSide(ex, m, p.agents));
  ex.emit('ACCUSED', p.agents, culprits, 0.6, 'culpability');
  // (A capital after "from" is read as a place: the state it is the capital of.)
  const source = directedFrom?.kind === 'State' ? directedFrom.entity : directedFrom?.iso !== undefined ? ex.table.state(directedFrom.iso).id : undefined;
  if (source !== undefined && !p.agents.some((a) => a.entity !== undefined && sideOf(ex, ex.entity(a)) === ex.table.get(source).iso)) ex.emitTo('ACCUSED', p.agents, source, 0.6, 'directed-from');
}

/** A harm named in the clause before t: "The attack on our police was ordered ...". */
function harmBefore(ex: RelationExtractor, t: number): boolean {
  return wordBefore(ex, t, 10, (w) => HARM_NOUNS.has(w));
}

/** A word that passes `test` within `reach` tokens before t, in t's clause (wordAhead's mirror). */
function wordBefore(ex: RelationExtractor, t: number, reach: number, test: (word: string) => boolean): boolean {
  const v = ex.view;
  const from = v.clause(t).start;
  for (let k = t - 1; k >= from && k >= t - reach; k--) if (test(v.lower(k))) return true;
  return false;
}

/**
 * A passive whose subject names proxies: "the armed group behind the attack had been 'trained,
 * equipped and sent' by": the first verb of the run, whose clause it is, or -1.
 */
function proxiesBefore(ex: RelationExtractor, t: number): number {
  const v = ex.view;
  let first = t;
  while (first > 0 && (PROXY_VERBS.has(v.lower(first - 1)) || PROXY_RUN_JOINERS.has(v.lower(first - 1)))) first--;
  while (first < t && !PROXY_VERBS.has(v.lower(first))) first++;
  // ('had been "trained, equipped and sent" by': the quotation mark between the auxiliary and the run.)
  const quoted = PROXY_QUOTES.has(v.lower(first - 1));
  if (!v.passive(first) && !(quoted && PASSIVE_BE.has(v.lower(first - 2)))) return -1;
  return wordBefore(ex, first, 12, (w) => PROXY_NOUNS.has(w) || ARMED_GROUP_NOUNS.has(w)) ? first : -1;
}
const PROXY_QUOTES: ReadonlySet<string> = new Set(['"', '“', '”']);
const PROXY_RUN_JOINERS: ReadonlySet<string> = new Set([',', 'and', ...PROXY_QUOTES]);
const PASSIVE_BE: ReadonlySet<string> = new Set(['been', 'was', 'were', 'being', 'be']);

/** "put X in danger", "put X at risk" within a few words. */
function inDangerAfter(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  for (let k = t + 2; k < Math.min(v.tokens.length, t + 9); k++) {
    if ((v.lower(k) === 'in' && v.lower(k + 1) === 'danger') || (v.lower(k) === 'at' && v.lower(k + 1) === 'risk')) return true;
    if (v.tokens[k]!.shape === 'punct') return false;
  }
  return false;
}

/**
 * One of `words` within `reach` tokens after t, before any punctuation but the marks in `passing`:
 * "organised the arson attack", "backed the rebels".
 */
function wordAhead(ex: RelationExtractor, t: number, words: ReadonlySet<string>, reach = 4, passing: ReadonlySet<string> = NO_MARKS): boolean {
  const v = ex.view;
  for (let k = t + 1; k < Math.min(v.tokens.length, t + 1 + reach); k++) {
    if (words.has(v.lower(k))) return true;
    if (v.tokens[k]!.shape === 'punct' && !passing.has(v.tokens[k]!.text)) return false;
  }
  return false;
}
const NO_MARKS: ReadonlySet<string> = new Set();
const HYPHEN: ReadonlySet<string> = new Set(['-']);

/** "recruited <someone> to pass on ...": a spying purpose within a few words after t. */
function spyingPurposeAfter(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  for (let k = t + 1; k < Math.min(v.tokens.length - 1, t + 9); k++) {
    if (v.lower(k) === 'to' && SPYING_PURPOSES.has(v.lower(k + 1))) return true;
    if (v.tokens[k]!.shape === 'punct') return false;
  }
  return false;
}

/** What a harm is done by, told before a passive verb: "the cell was run by X". */
const UNLAWFUL_UNITS = new Set(['cell', 'cells', 'network', 'networks', 'ring', 'rings', 'explosives', 'weapons', 'arms', 'bomb', 'bombs']);
/** What is fired at someone: "fired rockets", "fired dozens of shells". */
const MUNITIONS = new Set(['shells', 'rockets', 'missiles', 'mortars', 'drones', 'shots', 'bullets', 'rounds', 'grenades', 'projectiles', 'artillery']);
const CLAIM_NOUNS = new Set([...ACCUSATION_NOUNS, 'assertions', 'assertion', 'insinuations']);

/** "Iran's claims that", "claims made by Iran (earlier in the week) that": who made the claim that `that` opens. */
function claimAuthor(ex: RelationExtractor, that: number): Mention | undefined {
  const v = ex.view;
  for (let k = that - 1; k >= 0 && k >= that - 14; k--) {
    if (v.tokens[k]!.shape === 'punct' && v.lower(k) !== "'s") return undefined;
    if (!CLAIM_NOUNS.has(v.lower(k))) continue;
    const owner = v.mentionAt(v.lower(k - 1) === "'s" ? k - 2 : k - 1);
    // ("Thai claims that ...", "Algerian allegations that ...": a nationality names the author too.)
    if (owner && v.isActor(owner) && (owner.possessive || (ex.entity(owner).kind === 'State' && owner.last === k))) return owner;
    for (let b = k + 1; b < that; b++) {
      if (v.lower(b) !== 'by') continue;
      const author = v.mentionStarting(v.lower(b + 1) === 'the' && !v.mentionStarting(b + 1) ? b + 2 : b + 1);
      return author && v.isActor(author) ? author : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Where an evidence noun stands just before "that" ("the conclusion that", 'conclusion": that'), or -1. */
function evidenceBefore(ex: RelationExtractor, that: number): number {
  for (let k = that - 1; k >= 0 && k >= that - 4; k--) if (EVIDENCE_NOUNS.has(ex.view.lower(k))) return k;
  return -1;
}

/** Verbs of someone's agent: "acted on behalf of", "spied on behalf of". */
const AGENT_VERBS = new Set(['acted', 'acting', 'acts', 'worked', 'working', 'works', 'spied', 'spying', 'operated', 'operating', 'operates']);

/**
 * "The Security Service said the man had acted on behalf of the Iranian regime": whoever an agent
 * served is to blame, when someone reports it (not in a plain statement of fact).
 */
export function onBehalfOf(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const verb = t - 2;
  if (!AGENT_VERBS.has(v.lower(verb))) return;
  const clause = v.clause(verb);
  // ('"These acts were carried out by actors operating on behalf of the Chinese state," Barrot said': in a quotation too.)
  const quoted = clause.boundary === 'quote' || (clause.reportVerb === undefined && v.inQuote(t) !== undefined);
  if (!quoted && (clause.reportVerb === undefined || (clause.boundary !== 'that' && clause.boundary !== 'report'))) return;
  if (clause.reportVerb !== undefined && (REPORTING_VERBS.get(v.lower(clause.reportVerb)) === 'hedge' || v.unasserted(clause.reportVerb))) return;
  const speakers = ex.speakers(clause);
  if (speakers.length === 0 || v.negated(clause.reportVerb ?? clause.start, verb) || v.hypothetical(clause.start, verb, false)) return;
  ex.emit('ACCUSED', speakers, v.objectsAfter(t + 2, v.clauseEnd(t)).slice(0, 1), 0.6, 'on-behalf-of');
}

/**
 * "accused Belarus' KGB of recruiting agents on orders from Russia's FSB", "six people, acting on
 * instructions from China's Ministry of Public Security, followed activists, the RCMP said": who
 * gave the orders is blamed too, by the accuser of this sentence, else by whoever reports it.
 */
export function onOrdersOf(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "on orders from X", "at the behest of X", or "on FSB orders".
  const named = v.mentionAt(t - 1);
  const before = named && named.last === t ? named.first - 1 : v.lower(t - 1) === 'the' ? t - 2 : t - 1;
  if (!ORDER_PREPOSITIONS.has(v.lower(before))) return;
  // (The giver right after "of"/"from", past a word or two: not an actor further on when "the empire" names none.)
  const givers = named && named.last === t ? (v.isActor(named) ? [named] : []) : v.lower(t + 1) === 'of' || v.lower(t + 1) === 'from' ? v.objectsAfter(t + 2, v.clauseEnd(t + 1)).slice(0, 1).filter((m) => m.first <= t + 4) : [];
  if (givers.length === 0) return;
  const accusers = new Set(ex.toldHere('ACCUSED').map((r) => r.source));
  if (accusers.size > 0) {
    const accuserMentions = v.mentions.filter((m, k) => m.entity !== undefined && accusers.has(m.entity) && v.mentions.findIndex((x) => x.entity === m.entity) === k);
    ex.emit('ACCUSED', accuserMentions, givers, 0.6, 'on-orders-of');
    return;
  }
  const clause = v.clause(t);
  const reported = clause.reportVerb !== undefined && (clause.boundary === 'that' || clause.boundary === 'report');
  const speakers = reported || clause.boundary === 'sentence' ? ex.speakers(clause) : [];
  if (speakers.length === 0 || (reported && (REPORTING_VERBS.get(v.lower(clause.reportVerb!)) === 'hedge' || v.unasserted(clause.reportVerb!)))) return;
  if (v.negated(clause.start, t) || v.hypothetical(clause.start, t, false)) return;
  ex.emit('ACCUSED', speakers.filter((s) => !sameSide(ex, s, givers)), givers, 0.6, 'on-orders-of');
}

export const ORDER_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'under']);

/** "had tried to interfere", "is trying to manipulate French voters": an attempt at a wrong. */
export const TRYING_VERBS: ReadonlySet<string> = new Set(['tried', 'sought', 'trying', 'seeking', 'tries', 'seeks']);

/** Words before a noun, not a verb: "the ties", "historical ties", "close links". */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'historical', 'historic', 'close', 'closer', 'diplomatic', 'bilateral', 'strong', 'deep', 'economic', 'trade', 'family', 'personal', 'cultural']);

/** Wrongs whose doer a speaker names after "by": "a flagrant interference by the Iranian side". */
export const WRONG_NOUNS: ReadonlySet<string> = new Set(['interference', 'meddling', 'aggression', 'provocation', 'provocations', 'violation', 'violations', 'incursion', 'incursions']);

/**
 * '"What this cell was preparing represents a flagrant interference by the Iranian side ...,"
 * Al-Yahya told reporters': a wrong and its doer in someone's own words (a quotation or a
 * reported clause, not the article's narration) blames the doer.
 */
export function wrongBy(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const clause = v.clause(t);
  if (clause.boundary !== 'quote' && clause.boundary !== 'report' && clause.boundary !== 'that' && !v.inQuote(t)) return;
  const speakers = ex.speakers(clause);
  // ('followed "direct military aggression" by the Rwanda Defence Force': past the closing quote mark.)
  const by = v.lower(t + 1) === 'by' ? t + 1 : t + 2;
  const culprits = v.objectsAfter(by + 1, v.clauseEnd(t)).slice(0, 1);
  if (speakers.length === 0 || culprits.length === 0) return;
  if (v.negated(clause.start, t) || v.hypothetical(clause.start, t, false)) return;
  ex.emit('ACCUSED', speakers, culprits, 0.6, 'wrong-by');
}

/** What a protest is lodged over: "after X violated ...", "because X had ...". */
const REASON_SUBORDINATORS = new Set(['after', 'because']);
const PROTEST_WORDS = new Set(['protest', 'protests', 'protested', 'summoned', 'condemned', 'complained']);

/**
 * "Japan lodged a strong protest with China after a Chinese plane violated its airspace": the
 * wrong a protest is lodged over is blamed by the one protesting. Emits and says so, or false.
 */
function protestedOver(ex: RelationExtractor, t: number, clause: ClauseInfo): boolean {
  const v = ex.view;
  if (clause.boundary !== 'subordinate' || !REASON_SUBORDINATORS.has(v.lower(clause.start - 1))) return false;
  let protest = -1;
  for (let k = clause.start - 2; k >= 0 && protest < 0; k--) if (PROTEST_WORDS.has(v.lower(k))) protest = k;
  if (protest < 0) return false;
  if (v.unasserted(protest) || v.negated(clause.start, t)) return false;
  const protesters = v.subjectOf(protest);
  const culprits = v.subjectOf(t, clause);
  if (protesters.length === 0 || culprits.length === 0) return false;
  ex.emit('ACCUSED', protesters, culprits, 0.6, 'protested-over');
  return true;
}