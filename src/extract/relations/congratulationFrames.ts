// CONGRATULATED: "congratulated X", "was congratulated by X", "sent a message of congratulations",
// "received congratulations from X". Congratulations in one article go to one person, so the one
// congratulated so far stands in for "him", "his successor" or an office not yet named.
import { SEND_MESSAGE_VERBS } from '../lexicon/verbs.ts';
import { AGED } from '../mentions.ts';
import { mapPacked } from '../packedArrays.ts';
import type { Entity, Mention } from '../types.ts';
import type { RelationExtractor } from './extractor.ts';
import type { Parties } from './parties.ts';
import { reciprocal } from './reciprocal.ts';
import { OPENING_QUOTES } from '../quoteMarks.ts';

/** What a congratulation comes in: "a congratulatory call from X". */
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'message', 'messages', 'letter', 'letters', 'telegram', 'telegrams', 'note', 'notes', 'cable', 'cables', 'phone', 'visit', 'greetings']);
const OFFICE_HOLDERS = new Set(['successor', 'winner', 'victor', 'rival', 'opponent', 'challenger', 'president-elect', 'prime-minister-elect', 'minister-elect', 'premier-elect', 'counterpart', 'president', 'premier', 'leader', 'chancellor', 'emir', 'king', 'queen', 'sultan', 'monarch', 'co-president', 'co-presidents']);

export function congratulateVerb(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "phoned Aoun shortly after the result was announced to congratulate him": the caller acts,
  // past a clause that came between the call and its purpose.
  const call = v.lower(t - 1) === 'to' ? callBefore(ex, t - 1) : -1;
  const parties = call >= 0 && v.clause(t).start > call ? ex.parties(call) : ex.parties(t);
  // "delivered a letter from President Donald Trump congratulating her": the letter's sender.
  const sender = messageSenderBefore(ex, t);
  const p = sender ? { ...parties, agents: [sender] } : parties;
  if (v.passive(t)) {
    // "Ishiba was congratulated by U.S. President Joe Biden".
    const agents = v.agentAfter(t, v.clauseEnd(t));
    const congratulated = v.subjectOf(t, p.clause);
    rememberCongratulated(ex, congratulated);
    if (agents.length === 0 || ex.blocked(t, p, 'CONGRATULATED')) return;
    ex.emit('CONGRATULATED', agents, congratulated, 0.85, 'congratulated-by');
    return;
  }
  if (reciprocal(ex, t, p, 'CONGRATULATED')) return;
  // ("congratulating the co-presidents on their victory, according to the Kremlin": the source is no one congratulated.)
  const end = v.clauseEnd(t);
  const according = ex.indexOf('according', t + 1, end);
  // ("congratulated the prime minister-elect within hours of the Election Commission announcing": the office is the object.)
  const office = officeNounEnd(ex, t);
  let targets = v.objectsAfter(t + 1, office > 0 ? office : according > 0 && v.lower(according + 1) === 'to' ? according : end);
  // "phoned the Brazilian leader to congratulate him": "him" is the one called.
  if (v.lower(t - 1) === 'to') {
    const called = calledBefore(ex, t - 1);
    if (called.length > 0) targets = called;
  }
  targets = mapPacked(targets, (m) => congratulatedPerson(ex, bareOffice(ex, m, p.agents)));
  // A pronoun, a person described by age ("the 65-year-old former diplomat") or by office ("also
  // congratulated the president") stands for someone.
  const described = targets[0]?.form === 'nominal' && (targets[0].anaphor === AGED || OFFICE_HOLDERS.has(targets[0].anaphor ?? ''));
  const pronoun = targets.length === 1 && (targets[0]!.form === 'pronoun' || described) && targets[0]!.kind === 'Person';
  // "congratulated his rival": the "his" is the office's owner, not the one congratulated.
  const ownerOnly = pronoun && ['his', 'her', 'their'].includes(targets[0]!.anaphor ?? '');
  // "also congratulated him", "congratulated his successor": congratulations in one article go
  // to one person, so a pronoun or an office noun takes the one congratulated so far.
  if (ex.congratulated !== undefined) {
    if ((targets.length === 0 || ownerOnly) && mayBeCongratulated(ex, targets[0], p.agents) && officeNounAfter(ex, t)) targets = [{ ...placeholder(ex, t), entity: ex.congratulated }];
    else if (pronoun && standsForCongratulated(ex, targets[0]!, p.agents)) targets = [{ ...targets[0]!, entity: ex.congratulated }];
  }
  // "Outgoing President Sall congratulated his successor" before anyone else was congratulated:
  // the person the article is most about (a winner is named, and named often).
  if (ex.congratulated === undefined && (targets.length === 0 || ownerOnly) && officeNounAfter(ex, t)) {
    const implied = impliedCongratulated(ex, p.agents);
    if (implied !== undefined) targets = [{ ...placeholder(ex, t), entity: implied }];
  }
  if (ex.blocked(t, p, 'CONGRATULATED')) return;
  // A state's office-holder not yet named ("Haiti's new prime minister"): the person congratulated later.
  if (ex.congratulated === undefined && targets.length === 1 && officeOfState(targets[0]!)) {
    ex.pendingCongratulations.push({ agents: p.agents, office: targets[0]!, sentence: ex.sentence });
    return;
  }
  rememberCongratulated(ex, targets);
  ex.emit('CONGRATULATED', p.agents, targets, 0.9, 'congratulate');
  ex.emit('CONGRATULATED', voicesOfState(ex, p.agents, t), targets, 0.8, 'congratulate+speaker');
}

/** "a letter from X congratulating": X, where a message noun and "from" come right before. */
function messageSenderBefore(ex: RelationExtractor, t: number): Mention | undefined {
  const v = ex.view;
  if (v.lower(t) !== 'congratulating') return undefined;
  const m = v.mentionAt(t - 1);
  if (!m || m.last !== t || !v.isActor(m)) return undefined;
  const from = v.lower(m.first - 1) === 'from' ? m.first - 1 : v.lower(m.first - 1) === 'the' && v.lower(m.first - 2) === 'from' ? m.first - 2 : -1;
  return from > 0 && MESSAGE_NOUNS.has(v.lower(from - 1)) ? m : undefined;
}

/**
 * '"The United States congratulates President-elect Estrada ...," Secretary of State Marco Rubio
 * said': a state congratulating in the present, in a quotation, does so in its speaker's voice.
 */
function voicesOfState(ex: RelationExtractor, agents: readonly Mention[], t: number): Mention[] {
  const v = ex.view;
  if (v.lower(t) !== 'congratulates' || v.inQuote(t) === undefined || !agents.every((a) => a.entity !== undefined && ex.entity(a).kind === 'State')) return [];
  return ex.speakers(v.clause(t)).filter((s) => s.entity !== undefined && ex.entity(s).kind === 'Person');
}

/**
 * "congratulate the Portuguese prime minister" where no Portuguese person is known: the office
 * holder is the person the article has been congratulating, not the state.
 */
function congratulatedPerson(ex: RelationExtractor, m: Mention): Mention {
  // ("his Ivorian counterpart": a state's office-holder read as the state's people.)
  const office = m.form === 'nominal' ? m.kind === 'Person' : m.form === 'nationals' && !m.plural && officeOfState(m);
  if (!office || m.entity === undefined || ex.congratulated === undefined) return m;
  const stands = ex.entity(m);
  const person = ex.table.get(ex.congratulated);
  if (stands.kind !== 'State' || (person.affiliation !== undefined && person.affiliation !== `state:${stands.iso}`)) return m;
  return { ...m, entity: person.id };
}

/**
 * "phoned the Prime Minister to offer his congratulations": an office named bare, with no state,
 * is the one the article congratulates (so far, else the person it is most about), not the last
 * holder of such an office it named.
 */
function bareOffice(ex: RelationExtractor, m: Mention, agents: readonly Mention[]): Mention {
  if (m.form !== 'nominal' || m.kind !== 'Person' || m.iso !== undefined || m.title === undefined || holdsNamedOffice(ex, m)) return m;
  const person = impliedCongratulated(ex, agents);
  return person === undefined ? m : { ...m, entity: person };
}

/**
 * "phoned the crown prince to congratulate him" after the king was congratulated: an office noun
 * that coreference gave to a holder of that very office, with two offices honoured in one story.
 * (Not one who congratulated: "Milei congratulated Noboa. X also congratulated the president.")
 */
function holdsNamedOffice(ex: RelationExtractor, m: Mention): boolean {
  if (m.form !== 'nominal' || m.entity === undefined || m.anaphor === undefined || ex.congratulated === undefined || m.entity === ex.congratulated) return false;
  if (ex.out.some((r) => r.relation === 'CONGRATULATED' && r.source === m.entity)) return false;
  const titled = (id: number): boolean => ex.table.get(id).title?.toLowerCase().split(/\s+/).includes(m.anaphor!) === true;
  return titled(m.entity) && !titled(ex.congratulated);
}

/**
 * "... sent a message to Minister of Foreign Affairs of China Wang Yi. In it, the minister
 * congratulated his Chinese counterpart": a description that coreference gave to a person the
 * previous sentence named means that person, in a story of many congratulations.
 */
function namedJustBefore(ex: RelationExtractor, m: Mention): boolean {
  if (m.form !== 'nominal' || m.entity === undefined || ex.table.get(m.entity).kind !== 'Person') return false;
  return ex.analysed[ex.sentence - 1]?.mentions.some((x) => x.entity === m.entity && x.form === 'name') === true;
}

/** "Haiti's new prime minister": one holder of a state's office, told by the office alone. */
function officeOfState(m: Mention): boolean {
  if (m.form !== 'nationals' || m.plural || m.entity === undefined) return false;
  const head = (m.object ?? '').toLowerCase().split(' ').pop() ?? '';
  return OFFICE_HOLDERS.has(head) || head === 'minister';
}

/** Settles the congratulations of an office-holder named only later in the article. */
export function settleCongratulations(ex: RelationExtractor): void {
  for (const { agents, office, sentence } of ex.pendingCongratulations) {
    ex.sentence = sentence;
    const person = ex.congratulated !== undefined ? ex.table.get(ex.congratulated) : undefined;
    const state = ex.entity(office);
    if (person && (person.affiliation === undefined || person.affiliation === `state:${state.iso}`)) ex.emitTo('CONGRATULATED', agents, person.id, 0.8, 'congratulate-office');
    else ex.emit('CONGRATULATED', agents, [office], 0.9, 'congratulate');
  }
}

/** "his successor", "the winner", "the president-elect" right after the verb. */
function officeNounAfter(ex: RelationExtractor, t: number): boolean {
  return officeNounEnd(ex, t) > 0;
}

/** Where such an office noun after t ends, or -1. */
function officeNounEnd(ex: RelationExtractor, t: number): number {
  const v = ex.view;
  if (!['his', 'her', 'their', 'its', 'the'].includes(v.lower(t + 1))) return -1;
  for (let k = t + 2; k < Math.min(v.tokens.length, t + 5); k++) {
    // ("the new prime minister": the head of government, as "the premier" is.)
    if (OFFICE_HOLDERS.has(v.lower(k)) || (v.lower(k) === 'minister' && v.lower(k - 1) === 'prime')) return k + 1;
    if (v.tokens[k]!.shape !== 'word' || v.tokens[k]!.upper) return -1;
  }
  return -1;
}

/**
 * A pronoun or an office ("him", "the president") stands for the one the article has been
 * congratulating: not one of the congratulators, not of the other gender, and not someone this
 * sentence names (whom it would then stand for).
 */
function standsForCongratulated(ex: RelationExtractor, m: Mention, agents: readonly Mention[]): boolean {
  if (ex.congratulated === undefined || m.entity === ex.congratulated || !mayBeCongratulated(ex, m, agents)) return false;
  if (holdsNamedOffice(ex, m) || namedJustBefore(ex, m)) return false;
  return !ex.view.mentions.some((x) => x.entity === m.entity && x.form !== 'pronoun' && x !== m);
}

/** The one congratulated so far may be the one `m` ("him", or nothing named) means: no congratulator, not of the other gender. */
function mayBeCongratulated(ex: RelationExtractor, m: Mention | undefined, agents: readonly Mention[]): boolean {
  const known = ex.table.get(ex.congratulated!);
  const gender = m?.anaphor === 'him' ? 'm' : m?.anaphor === 'her' ? 'f' : undefined;
  return !agents.some((a) => a.entity === known.id) && (known.gender === undefined || gender === undefined || known.gender === gender);
}

/** A mention standing for a word of this sentence, to carry an entity that has no mention here. */
function placeholder(ex: RelationExtractor, t: number): Mention {
  return { first: t, last: t + 1, sentence: ex.sentence, kind: 'Person', form: 'nominal', surface: ex.view.tokens[t]!.text, key: 'implied', name: ex.view.tokens[t]!.text };
}

/** The call verb shortly before the "to" at `to` ("phoned X (on Monday) to ..."), or -1. */
function callBefore(ex: RelationExtractor, to: number): number {
  for (let k = to - 1; k >= 0 && k >= to - 13; k--) if (ex.callAt(k)) return k;
  return -1;
}

/** The object of a call verb shortly before the "to" at `to`: "phoned X (on Monday) to ...". */
function calledBefore(ex: RelationExtractor, to: number): Mention[] {
  const call = callBefore(ex, to);
  return call >= 0 ? ex.view.objectsAfter(call + 1, to) : [];
}

function rememberCongratulated(ex: RelationExtractor, targets: readonly Mention[]): void {
  const person = targets.find((m) => m.entity !== undefined && ex.entity(m).kind === 'Person');
  if (person) ex.congratulated = person.entity;
}

/**
 * "X sent a message of congratulations." with no one named: the one the article has been
 * congratulating, else the person it mentions most.
 */
function impliedCongratulated(ex: RelationExtractor, agents: readonly Mention[]): number | undefined {
  const own = new Set(agents.map((a) => a.entity));
  // ("Diaz-Canel congratulated Ortega and Murillo ..., hailing a new victory": one congratulated in
  // this sentence hails nobody; the hailing is the congratulator's, read with the wrong subject.)
  if (ex.out.some((r) => r.relation === 'CONGRATULATED' && r.sentence === ex.sentence && own.has(r.target))) return undefined;
  // The one the article has congratulated most, the latest of equals: after the emir's many
  // cables and his own to King Hamad, "Pezeshkian did send a congratulatory message" is to the emir.
  const times = new Map<number, number>();
  for (const r of ex.out) if (r.relation === 'CONGRATULATED' && !own.has(r.target)) times.set(r.target, (times.get(r.target) ?? 0) + 1);
  let most: number | undefined;
  for (const [target, n] of times) if (most === undefined || n >= times.get(most)!) most = target;
  if (most !== undefined && ex.congratulated !== undefined && times.get(most)! > (times.get(ex.congratulated) ?? 0)) return most;
  if (ex.congratulated !== undefined && !own.has(ex.congratulated)) return ex.congratulated;
  let best: Entity | undefined;
  for (const e of ex.table.entities) {
    if (e.kind !== 'Person' || own.has(e.id) || e.mentions < 2) continue;
    if (!best || e.mentions > best.mentions) best = e;
  }
  return best?.id;
}

/** How congratulations reach a winner from many senders: "poured in from", "came from". */
const ARRIVAL_VERBS = new Set(['poured', 'came', 'arrived', 'flowed', 'flooded', 'streamed', 'rolled']);

/**
 * "Messages of congratulation poured in from Moscow, Beijing and Ankara": each sender congratulated
 * the winner the article tells of. True when it read such a sentence.
 */
function arrivedFrom(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  let k = t + 1;
  if (!ARRIVAL_VERBS.has(v.lower(k))) return false;
  k += v.lower(k + 1) === 'in' ? 2 : 1;
  if (v.lower(k) !== 'from') return false;
  const p = ex.parties(t);
  if (v.negated(p.clause.start, k) || p.reportKind === 'hedge') return true;
  // (The list goes on past its commas: "from Moscow, Beijing and Ankara".)
  const senders = v.objectsAfter(k + 1, v.tokens.length).filter((m) => v.isActor(m));
  const implied = senders.length > 0 ? impliedCongratulated(ex, senders) : undefined;
  if (implied !== undefined) ex.emitTo('CONGRATULATED', senders, implied, 0.65, 'congratulations-arrived-from');
  return true;
}

/** "a message of thanks for", "gratitude for", "in reply to": what follows answers a congratulation. */
const THANKS_WORDS = new Set(['thanks', 'thank', 'thanking', 'thanked', 'gratitude', 'appreciation']);

/** "Congratulations were (also) sent by X (to Y)": true when it read such a sentence. */
function passiveSending(ex: RelationExtractor, t: number): boolean {
  const v = ex.view;
  const k = passiveSendAfter(ex, t);
  if (k < 0) return false;
  const end = v.clauseEnd(k);
  const p = ex.parties(k);
  if (v.negated(t, k) || ex.blocked(k, p, 'CONGRATULATED')) return true;
  const agents = v.agentAfter(k, end);
  if (agents.length === 0) return false;
  const to = ex.indexOf('to', k + 2, end);
  const named = to > 0 ? mapPacked(v.objectsAfter(to + 1, end), (m) => congratulatedPerson(ex, m)) : [];
  if (named.length > 0) {
    rememberCongratulated(ex, named);
    ex.emit('CONGRATULATED', agents, named, 0.8, 'congratulations-sent-by');
    return true;
  }
  const implied = impliedCongratulated(ex, agents);
  if (implied !== undefined) ex.emitTo('CONGRATULATED', agents, implied, 0.7, 'congratulations-sent-by-implied');
  return true;
}
const BE_FORMS_AFTER = new Set(['were', 'was', 'have', 'has', 'had']);

/** "sent X a message of congratulations", "offered his congratulations to X". */
export function congratulationNoun(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "Ishiba received congratulations from X": X congratulated the subject.
  for (let k = t - 1; k >= 0 && k >= t - 3; k--) {
    if (['received', 'receives', 'receiving', 'accepted', 'got'].includes(v.lower(k))) {
      // "received congratulations from X", "received a congratulatory call from X".
      const from = v.lower(t + 1) === 'from' ? t + 1 : MESSAGE_NOUNS.has(v.lower(t + 1)) && v.lower(t + 2) === 'from' ? t + 2 : -1;
      if (from < 0) return;
      const p = ex.parties(k);
      if (v.negated(ex.scopeStart(k, p.clause.start), t) || ex.blocked(k, p, 'CONGRATULATED')) return;
      ex.emit('CONGRATULATED', v.objectsAfter(from + 1, v.clauseEnd(t)), p.agents, 0.8, 'received-congratulations');
      return;
    }
  }
  // "Congratulations were also sent by Guatemalan President Bernardo Arévalo": sent by someone, after.
  if (passiveSending(ex, t)) return;
  if (arrivedFrom(ex, t)) return;
  let verb = -1;
  for (let k = t - 1; k >= 0 && k >= t - 12; k--) {
    if (SEND_MESSAGE_VERBS.has(v.lower(k))) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return quotedCongratulations(ex, t);
  // "sent Kim a message of thanks for his congratulations": the congratulations were the other's.
  // ("a message thanking Kim for his congratulations" too.)
  let thanks = false;
  for (let k = verb + 1; k < t; k++) {
    if (THANKS_WORDS.has(v.lower(k))) thanks = true;
    else if (thanks && v.lower(k) === 'for') return;
  }
  const p = ex.parties(verb);
  if (v.negated(verb, t + 1) || ex.blocked(verb, p, 'CONGRATULATED')) return;
  // "to convey Prime Minister Narendra Modi's congratulations to X": the congratulations are their owner's.
  const owner = v.lower(t - 1) === "'s" ? v.mentionAt(t - 2) : undefined;
  const owned = owner !== undefined && v.isActor(owner) && ex.entity(owner).kind !== 'Group';
  const agents = owned ? [owner] : p.agents;
  let targets = v.objectsAfter(verb + 1, t).filter((m) => !['his', 'her', 'its', 'their'].includes(m.anaphor ?? '') && m !== owner);
  // "congratulations to X", "a congratulatory message to X"
  const to = v.lower(t + 1) === 'to' ? t + 1 : v.lower(t + 2) === 'to' && v.tokens[t + 1]!.shape === 'word' ? t + 2 : -1;
  // (Not the one who reports it: "congratulations to the new president, the Saudi Press Agency reported".)
  // ("a cable of congratulations to the prime minister-elect": the one the article congratulates.)
  const office = targets.length === 0 && to > 0 && officeNounAfter(ex, to) ? impliedCongratulated(ex, agents) : undefined;
  if (office !== undefined) targets = [{ ...placeholder(ex, to + 1), entity: office }];
  if (targets.length === 0 && to > 0) targets = mapPacked(v.objectsAfter(to + 1, v.clauseEnd(t)), (m) => congratulatedPerson(ex, m)).filter((m) => !p.speakers.includes(m));
  // "telephoned Sheinbaum to offer his congratulations": the one called.
  // "spoke to his counterpart X and conveyed his felicitations": the one called, too.
  if (targets.length === 0 && (v.lower(verb - 1) === 'to' || v.lower(verb - 1) === 'and')) targets = mapPacked(calledBefore(ex, verb - 1), (m) => bareOffice(ex, m, agents));
  // ("phoned him separately to convey their congratulations": "him" is the one congratulated so far.)
  if (targets.length === 1 && targets[0]!.form === 'pronoun' && targets[0]!.kind === 'Person' && standsForCongratulated(ex, targets[0]!, agents)) targets = [{ ...targets[0]!, entity: ex.congratulated }];
  if (targets.length === 0) {
    const implied = impliedCongratulated(ex, agents);
    if (implied !== undefined) ex.emitTo('CONGRATULATED', agents, implied, 0.7, 'congratulations-sent-implied');
    return;
  }
  rememberCongratulated(ex, targets);
  ex.emit('CONGRATULATED', agents, targets, 0.85, 'congratulations-sent');
}

/** '"Congratulations, Friedrich Merz! ...," he wrote on X': the speaker congratulates the one addressed. */
/** Words before a quoted "congratulations": "My warmest", "Our heartfelt", "Sincere". */
const CONGRATULATION_QUALIFIERS = new Set(['my', 'our', 'warm', 'warmest', 'heartfelt', 'hearty', 'heartiest', 'sincere', 'sincerest', 'many', 'big', 'huge']);

function quotedCongratulations(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // ('"My congratulations to him," X said', '"Warmest congratulations to X": past the speaker's own possessive and warmth.)
  let k = t - 1;
  while (k > t - 3 && CONGRATULATION_QUALIFIERS.has(v.lower(k))) k--;
  const opening = OPENING_QUOTES.has(v.lower(k));
  if (!opening || (v.lower(t + 1) !== ',' && v.lower(t + 1) !== 'to')) return;
  // ("Congratulations to my brother, President-elect X, on ...": past a possessive's noun to the one it names.)
  const addressed = v.mentionAt(t + 2)?.first === t + 2 ? v.mentionAt(t + 2) : v.objectsAfter(t + 2, Math.min(v.clauseEnd(t), t + 8))[0];
  if (!addressed || !v.isActor(addressed)) return;
  const speakers = ex.speakers(v.clause(t));
  if (speakers.length === 0) return;
  rememberCongratulated(ex, [addressed]);
  ex.emit('CONGRATULATED', speakers, [addressed], 0.75, 'quoted-congratulations');
}

/**
 * "Sheikh Mohammed bin Rashid ... sent a similar message to the king, as did Sheikh Mansour bin
 * Zayed": a message like the congratulation just told (in this sentence or the two before) is
 * one too, and so is the one "as did" names. ("A similar message was sent by X": passive too.)
 */
export function similarMessage(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const verb = [t - 1, t - 2, t - 3].find((k) => k >= 0 && SEND_MESSAGE_VERBS.has(v.lower(k)));
  if (verb !== undefined) {
    sameMessageAgain(ex, verb, t, (p) => [...p.agents, ...asDid(ex, t)]);
    return;
  }
  const sent = passiveSendAfter(ex, t + 1);
  if (sent >= 0) sameMessageAgain(ex, sent, t, () => v.agentAfter(sent, v.clauseEnd(sent)));
}

/** "(message) was also sent by": the sending verb followed by "by", after the noun at `noun`, or -1. */
function passiveSendAfter(ex: RelationExtractor, noun: number): number {
  const v = ex.view;
  let k = noun + 1;
  if (!BE_FORMS_AFTER.has(v.lower(k))) return -1;
  k++;
  while (k < noun + 5 && (v.lower(k) === 'also' || v.lower(k) === 'been' || v.lower(k).endsWith('ly'))) k++;
  return SEND_MESSAGE_VERBS.has(v.lower(k)) && v.lower(k + 1) === 'by' ? k : -1;
}

/** "X and Y also sent cables", "likewise sent messages", after a congratulation: more of the same. */
export function alsoSentMessages(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (!SEND_MESSAGE_VERBS.has(v.lower(t + 1))) return;
  const noun = t + 2 + (v.lower(t + 2) === 'their' || v.lower(t + 2) === 'his' || v.lower(t + 2) === 'her' ? 1 : 0);
  if (!MESSAGE_NOUNS.has(v.lower(noun)) || v.lower(noun + 1) === 'of' || v.lower(noun + 1) === 'for') return;
  sameMessageAgain(ex, t + 1, noun - 1, (p) => [...p.agents, ...asDid(ex, noun - 1)]);
}

/**
 * `verb` sends the message whose noun is at t + 1, of the same kind as a congratulation just
 * told; `sendersOf` says who sends it, given the verb's parties.
 */
function sameMessageAgain(ex: RelationExtractor, verb: number, t: number, sendersOf: (p: Parties) => Mention[]): void {
  const v = ex.view;
  if (ex.congratulated === undefined) return;
  if (!ex.out.some((r) => r.relation === 'CONGRATULATED' && r.sentence >= ex.sentence - 2)) return;
  const p = ex.parties(verb);
  if (ex.blocked(verb, p, 'CONGRATULATED')) return;
  const end = v.clauseEnd(t);
  // ("similar greetings on Sept. 2 to To Lam": past a date.)
  const to = ex.indexOf('to', t + 2, Math.min(end, t + 8));
  const named = to > 0 ? mapPacked(v.objectsAfter(to + 1, end), (m) => congratulatedPerson(ex, bareOffice(ex, m, p.agents))) : [];
  const agents = sendersOf(p);
  if (agents.length === 0) return;
  if (named.length > 0) ex.emit('CONGRATULATED', agents, named, 0.7, 'similar-message');
  else ex.emitTo('CONGRATULATED', agents, ex.congratulated, 0.65, 'similar-message');
}

/** ", as did Sheikh Mansour bin Zayed": the actor who did the same, after token t. */
function asDid(ex: RelationExtractor, t: number): Mention[] {
  const v = ex.view;
  for (let k = t + 1; k < v.tokens.length - 2; k++) {
    if (v.lower(k) === 'as' && v.lower(k + 1) === 'did' && v.tokens[k - 1]?.text === ',') return v.objectsAfter(k + 2, v.tokens.length).slice(0, 1).filter((m) => v.isActor(m));
  }
  return [];
}

/** What a win is called: "hailed the victory", "saluted his re-election". */
export const VICTORY_NOUNS: ReadonlySet<string> = new Set(['victory', 'win', 'triumph', 're-election', 'reelection', 'landslide']);

/** "hailed Castaño's victory", "hailed the win": praise of a win congratulates the winner. */
export function hailedVictory(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // ("hailed the FAST party's victory": up to six words on.)
  const noun = ex.indexOfAny(VICTORY_NOUNS, t + 1, Math.min(v.tokens.length, t + 7));
  if (noun < 0 || v.passive(t)) return;
  const p = ex.parties(t);
  if (ex.blocked(t, p, 'CONGRATULATED')) return;
  // The winner: the owner before the noun ("Castaño's victory") or after it ("the victory of X").
  let winners = v.objectsAfter(t + 1, noun).filter((m) => m.form !== 'pronoun');
  if (winners.length === 0 && v.lower(noun + 1) === 'of') winners = v.objectsAfter(noun + 2, v.clauseEnd(t));
  // A party's victory ("hailed the FAST party's victory") congratulates the party when no person is named.
  let person = winners.filter((m) => m.entity !== undefined && ex.entity(m).kind === 'Person');
  if (person.length === 0) person = winners.filter((m) => m.entity !== undefined && ex.entity(m).kind === 'Agency');
  if (person.length > 0) {
    rememberCongratulated(ex, person);
    ex.emit('CONGRATULATED', p.agents, person, 0.75, 'hailed-victory');
    return;
  }
  // "hailed the victory" alone names no winner: only an article that has congratulated someone says who.
  if (winners.length > 0 || ex.congratulated === undefined) return;
  const implied = impliedCongratulated(ex, p.agents);
  if (implied !== undefined) ex.emitTo('CONGRATULATED', p.agents, implied, 0.7, 'hailed-victory-implied');
}
