// EXPELLED: "expelled", "ordered ... to leave", "declared persona non grata", "kicked out", "sent home",
// "revoked the accreditation", "must leave", "have 48 hours to leave" and the expulsion nouns; and
// the accusation that an expulsion "for" a wrong carries.
import type { RelationType } from '../../ontology.ts';
import type { ClauseInfo } from '../clauses.ts';
import { ACCREDITATION_NOUNS, CUT_VERBS, DECISION_VERBS, DEPARTURE_NOUNS, GIVE_VERBS, LEAVE_VERBS, SIGNED_PAPERS, STAFF_NOUNS } from '../lexicon/verbs.ts';
import { NATIONALS_NOUNS } from '../lexicon/words.ts';
import { parseCount } from '../mentions.ts';
import type { Mention } from '../types.ts';
import type { RelationExtractor } from './extractor.ts';
import { makeParties, type Parties } from './parties.ts';
import { sideOf } from './denialFrames.ts';
import { reciprocal } from './reciprocal.ts';

const ORDER_FORMS = new Set(['ordered', 'orders', 'ordering', 'order']);

/** Tokens from an order to its "to leave": beyond that, the "to leave" belongs to something else. */
const LEAVE_REACH = 18;
const LIST_JOINERS = new Set([',', 'and', 'the']);
const ELIDED_ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Words after "expelled two more (diplomats)" that end the people without naming their state. */
const ELIDED_FOLLOWERS = new Set(['on', 'in', 'last', 'this', 'earlier', 'later', 'after', 'over', 'for', 'as', 'and', 'but', 'while', 'yesterday', 'today', 'too', 'also']);
const DIPLOMAT_NOUNS = new Set(['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'consul', 'consuls', 'attache', 'attaché', 'attaches', 'attachés', 'staff', 'personnel', 'charge', 'chargé']);
const TIME_UNITS = new Set(['hours', 'hour', 'days', 'day', 'weeks', 'week']);

/**
 * "declared persona non grata for \"unacceptable\" interference", "expelled for spying": an
 * expulsion for a wrong blames the expelled for it.
 */
export function expulsionReasons(ex: RelationExtractor, from: number): void {
  // Cheap tests first, without allocating: this runs for every sentence with a trigger.
  let expelled = false;
  for (let i = from; i < ex.out.length && !expelled; i++) expelled = ex.out[i]!.relation === 'EXPELLED';
  if (!expelled) return;
  const v = ex.view;
  // "for" gives the expelled's own wrong; "over" only the matter ("expel diplomats over Bucha killings").
  let reason = false;
  for (let k = 0; k < v.tokens.length && !reason; k++) reason = v.lower(k) === 'for' && ex.misconductAfter(k);
  if (!reason) return;
  // Everything from `from` on was found in this sentence.
  const found = ex.out.slice(from);
  const expulsions = found.filter((r) => r.relation === 'EXPELLED');
  const accused = new Set(found.filter((r) => r.relation === 'ACCUSED').map((r) => `${r.source}>${r.target}`));
  for (const r of expulsions) {
    const pair = `${r.source}>${r.target}`;
    if (accused.has(pair)) continue;
    accused.add(pair);
    ex.out.push({ relation: 'ACCUSED', source: r.source, target: r.target, sentence: ex.sentence, confidence: 0.6, rule: 'expelled-for' });
    ex.accusations.push({ source: r.source, target: r.target, sentence: ex.sentence });
  }
}

/** Words between a relative clause's subject and its verb: "the envoys (that) we are sending home", "it has expelled". */
const RELATIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'just', 'also', 'now', 'recently']);
const RELATIVE_PRONOUNS = new Set(['that', 'whom', 'who']);
/** First-person subjects are no mention: in a quotation they stand for its speaker. */
const FIRST_PERSON_SUBJECTS = new Set(['we', 'i']);

/**
 * "the Russian diplomats Poland expelled were spies", "the people we are sending home": the verb
 * at t heads a relative clause, and the noun phrase before its subject is who was expelled (not
 * whoever the words after the clause name). Returns whether t was read so; emits when the noun
 * phrase is a state's people.
 */
function expelledInRelativeClause(ex: RelationExtractor, t: number, p: Parties, confidence: number, rule: string): boolean {
  const v = ex.view;
  let k = t - 1;
  while (k > 0 && RELATIVE_AUXILIARIES.has(v.lower(k))) k--;
  const subject = v.mentionAt(k);
  let first: number;
  let agents: Mention[];
  let fromSpeaker = false;
  if (subject !== undefined && subject.last === k + 1 && v.isActor(subject) && !subject.possessive) {
    first = subject.first;
    agents = [subject];
  } else if (FIRST_PERSON_SUBJECTS.has(v.lower(k))) {
    first = k;
    agents = p.speakers;
    fromSpeaker = true;
  } else return false;
  const j = RELATIVE_PRONOUNS.has(v.lower(first - 1)) ? first - 2 : first - 1;
  const object = v.mentionAt(j);
  // A described people or group right before the subject; a name or a demonym there
  // ("U.S. President Joe Biden expelled") modifies the subject instead.
  if (object === undefined || object.last !== j + 1 || (object.form !== 'nationals' && object.form !== 'nominal')) return false;
  if (object.form !== 'nationals' || agents.length === 0) return true;
  const pp = makeParties(agents, fromSpeaker, p.clause, p.speakers, p.reportKind, p.announced);
  if (emitBlocked(ex, ex.blocked(t, pp, 'EXPELLED'), 'EXPELLED', pp, [object], t)) return true;
  ex.emitWithSpeaker('EXPELLED', pp, [object], confidence, `${rule}-relative`);
  return true;
}

/** Threats and plans are kept as THREATENED, never as the act. */
function emitBlocked(ex: RelationExtractor, reason: 'negated' | 'hypothetical' | undefined, relation: RelationType, p: Parties, targets: readonly Mention[], t: number): boolean {
  if (!reason) return false;
  if (reason === 'hypothetical' && relation === 'EXPELLED' && threatWord(ex, p.clause.start, t)) ex.emit('THREATENED', p.agents, targets, 0.6, 'threat');
  return true;
}

function threatWord(ex: RelationExtractor, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 12); k < to; k++) if (/^(threat|warn|suggest)/.test(ex.view.lower(k))) return true;
  return false;
}

/** Verbs whose "out" orders no one out: "carried out", "did not rule out", "pointed out". */
const OTHER_OUTS = new Set(['carried', 'carry', 'carrying', 'pulled', 'found', 'rule', 'ruled', 'ruling', 'rules', 'point', 'pointed', 'pointing', 'spell', 'spelled', 'spelt', 'lash', 'lashed', 'lashing', 'reach', 'reached', 'sort', 'sorted', 'figure', 'figured', 'work', 'worked', 'turn', 'turned', 'speak', 'spoke', 'spoken', 'hand', 'handed', 'stand', 'stood', 'set', 'sets', 'setting']);

function leaveAfter(ex: RelationExtractor, t: number, limit: number): { at: number; end: number; count?: number; object?: string } | undefined {
  const v = ex.view;
  // A list of named parties ("diplomats from A, B, the C and D to leave") does not use up the reach.
  let reach = t + LEAVE_REACH;
  for (let k = t + 1; k < Math.min(limit, reach); k++) {
    if (v.mentionAt(k) || (LIST_JOINERS.has(v.lower(k)) && (v.mentionAt(k - 1) || LIST_JOINERS.has(v.lower(k - 1))))) reach++;
    const w = v.lower(k);
    // "48 hours to pack their bags": to leave, said otherwise.
    if (w === 'to' && v.lower(k + 1) === 'pack' && v.lower(k + 3) === 'bags') return { at: k, end: k + 4 };
    if (w === 'to' && (LEAVE_VERBS.has(v.lower(k + 1)) || (v.lower(k + 1) === 'get' && v.lower(k + 2) === 'out'))) {
      if (v.lower(k + 1) === 'go' && !['home', 'back'].includes(v.lower(k + 2)) && !(v.tokens[k + 2]?.text === '.' || v.tokens[k + 2]?.text === ',')) continue;
      return { at: k, end: k + 2 };
    }
    if (w === 'to' && CUT_VERBS.has(v.lower(k + 1))) {
      for (let j = k + 2; j < Math.min(limit, k + 6); j++) {
        if (STAFF_NOUNS.has(v.lower(j))) {
          const n = v.tokens[j - 1] ? parseCount(v.tokens[j - 1]!) : undefined;
          return { at: k, end: j + 1, ...(n !== undefined ? { count: n } : {}), object: v.tokens[j]!.text };
        }
      }
    }
    if (w === 'out' && !OTHER_OUTS.has(v.lower(k - 1))) return { at: k, end: k + 1 };
    if (w === 'that' || w === 'whether' || w === ';') return undefined;
  }
  return undefined;
}

export function expelVerb(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  // "Martha Karua, one of those deported, accused ...": a participle after "those" names people, it expels no one.
  if (v.lower(t - 1) === 'those' && v.lower(t).endsWith('ed')) return;
  // ("ordered police to expel him": who orders the enforcers expels.)
  const order = enforcersOrderedAt(ex, t);
  const p = ex.parties(order >= 0 ? order : t);
  const end = v.clauseEnd(t);
  if (v.passive(t)) {
    // "was expelled from Poland": with no one named to have done it, the state left did.
    const agents = v.agentAfter(t, end);
    passiveExpulsion(ex, t, p, agents, () => placeLeftAfter(ex, t, end), agents.length > 0 ? 0.85 : 0.75, 'expel-passive');
    return;
  }
  if (reciprocal(ex, t, p, 'EXPELLED')) return;
  if (expelledInRelativeClause(ex, t, p, 0.8, 'expel')) return;
  const found = v.objectsAfter(t + 1, end).filter((m) => !namedPastBarePeople(ex, t, m));
  const gapped = gappedExpellers(ex, found);
  const targets = withoutGapped(found, gapped);
  // (The order is what was done: "to expel" after it is no plan.)
  if (emitBlocked(ex, ex.blocked(order >= 0 ? order : t, p, 'EXPELLED'), 'EXPELLED', p, targets, t)) return;
  if (targets.length === 0) {
    const elided = elidedExpelled(ex, t + 1, -1);
    if (elided !== undefined) ex.emitTo('EXPELLED', p.agents, elided, 0.75, 'expel-elided');
    return;
  }
  ex.emitWithSpeaker('EXPELLED', p, targets, p.fromSpeaker ? 0.75 : 0.9, 'expel');
  // "Germany expels 40 Russian diplomats, France 35 and Italy 30": each state after expels as many.
  emitGapped(ex, targets, gapped);
}

/** Who carries out an order to expel: "ordered police to expel", "instructed the security forces to deport". */
const ENFORCERS = new Set(['the', 'police', 'security', 'forces', 'officers', 'agents', 'troops', 'soldiers', 'gendarmes', 'gendarmerie', 'immigration', 'officials', 'authorities', 'border', 'guards']);
// (Not ORDER_VERBS: "asked police to expel him" is a request, no expulsion.)
const ORDERING_VERBS = new Set(['ordered', 'orders', 'order', 'instructed', 'instructs', 'directed', 'directs', 'told', 'tells']);

/** The ordering verb of "ordered police to <t>", or -1. */
function enforcersOrderedAt(ex: RelationExtractor, t: number): number {
  const v = ex.view;
  if (v.lower(t - 1) !== 'to') return -1;
  let k = t - 2;
  while (k > t - 6 && ENFORCERS.has(v.lower(k)) && !v.tokens[k]!.upper) k--;
  return k < t - 2 && k >= 0 && ORDERING_VERBS.has(v.lower(k)) ? k : -1;
}

/** What may follow people told bare and end them: "diplomats in (a) row over", "diplomats over". */
const AFTER_BARE_PEOPLE = new Set(['in', 'over', 'amid', 'after', 'for', 'on', 'following', 'during']);

/**
 * "expel diplomats in row over RSF weapons claims": after the people expelled, told with no state,
 * a body named later in the clause is not theirs (a state still may be: "amid a row with Chad").
 */
function namedPastBarePeople(ex: RelationExtractor, t: number, m: Mention): boolean {
  const v = ex.view;
  if (m.entity === undefined || ex.entity(m).kind === 'State') return false;
  for (let k = t + 1; k < m.first - 1; k++) if (NATIONALS_NOUNS.has(v.lower(k)) && !v.mentionAt(k) && AFTER_BARE_PEOPLE.has(v.lower(k + 1))) return true;
  return false;
}

/**
 * ", France 35 and Italy 30", ", Belgium and Denmark four each" right after a counted object:
 * states with their own counts, the verb left out.
 */
function gappedExpellers(ex: RelationExtractor, targets: readonly Mention[]): { state: Mention; count: number }[] {
  const v = ex.view;
  const object = targets[0];
  if (!object || object.form !== 'nationals' || object.count === undefined) return [];
  const found: { state: Mention; count: number }[] = [];
  let group: Mention[] = [];
  let k = object.last;
  while (v.lower(k) === ',' || v.lower(k) === 'and') {
    if (v.lower(k) === ',' && v.lower(k + 1) === 'and') k++;
    const state = v.mentionAt(k + 1);
    if (!state || state.first !== k + 1 || state.form !== 'name' || state.entity === undefined || ex.entity(state).kind !== 'State') break;
    group.push(state);
    const count = v.tokens[state.last] ? parseCount(v.tokens[state.last]!) : undefined;
    k = state.last;
    if (count === undefined) continue;
    for (const member of group) found.push({ state: member, count });
    group = [];
    k++;
    if (v.lower(k) === 'each') k++;
  }
  return found;
}

/** The objects of an expulsion without the states told after it with counts of their own (`gappedExpellers`). */
function withoutGapped(targets: Mention[], gapped: readonly { state: Mention }[]): Mention[] {
  return gapped.length > 0 ? targets.filter((m) => !gapped.some((g) => g.state === m)) : targets;
}

/** Each state told with a count of its own after an expulsion expels as many of the same people. */
function emitGapped(ex: RelationExtractor, targets: readonly Mention[], gapped: readonly { state: Mention; count: number }[]): void {
  const expelled = targets.filter((m) => m.form === 'nationals');
  for (const g of gapped) ex.emit('EXPELLED', [g.state], expelled, 0.8, 'expel-gapped', { count: g.count, ...(expelled[0]?.object ? { object: expelled[0].object } : {}) });
}

/**
 * A passive expulsion: its subject is expelled by the "by" agent, else by whoever reports it,
 * else by `unnamed()` (the state or body left, where the frame can tell).
 */
function passiveExpulsion(ex: RelationExtractor, t: number, p: Parties, agents: Mention[], unnamed: () => Mention[], confidence: number, rule: string, figures?: { count?: number; object?: string }): void {
  // "... together with the two officers expelled by The Hague": the people right before the
  // participle are the ones expelled (when no actor stands for them, no one), not the clause's subject.
  const before = ex.view.tokens[t - 1];
  const people = before !== undefined && !before.upper && NATIONALS_NOUNS.has(before.lower);
  const told = people ? ex.view.mentionAt(t - 1) : undefined;
  // (Only people the sentence names with their state: "the officers" read back is too often another group.)
  const patients = people ? (told !== undefined && told.form !== 'nominal' && ex.view.isActor(told) ? [told] : []) : ex.view.subjectOf(t, p.clause);
  const actors = agents.length > 0 ? agents : p.speakers.length > 0 ? p.speakers : unnamed();
  if (actors.length === 0 && patients.length > 0 && !ex.view.negated(p.clause.start, t)) ex.unattributedExpulsion = { patients, sentence: ex.sentence };
  const pp = makeParties(actors, agents.length === 0, p.clause, p.speakers, p.reportKind, p.announced);
  if (emitBlocked(ex, ex.blocked(t, pp, 'EXPELLED'), 'EXPELLED', pp, patients, t)) return;
  ex.emit('EXPELLED', actors, patients, confidence, rule, figures);
}

/** The figures ("60", "diplomats") an expulsion told, to pass on: only those it has. */
function figuresOf(told: { count?: number | undefined; object?: string | undefined }): { count?: number; object?: string } {
  return { ...(told.count !== undefined ? { count: told.count } : {}), ...(told.object ? { object: told.object } : {}) };
}

/** Verbs of answering with an act: "retaliated with the expulsion of", "followed with", "hit back with". */
const RESPONSE_VERBS = new Set(['followed', 'follows', 'responded', 'responds', 'retaliated', 'retaliates', 'reacted', 'reacts', 'countered', 'counters', 'replied', 'replies', 'hit', 'hits', 'struck']);

/** "the expulsion of X by Y", "Y's expulsion of X", "announced the expulsions". */
export function expulsionNoun(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  let targets: Mention[] = [];
  let agents: Mention[] = [];
  if (v.lower(t + 1) === 'of') {
    const by = ex.indexOf('by', t + 2, end);
    targets = v.objectsAfter(t + 2, by >= 0 ? by : end);
    if (by >= 0) agents = v.agentAfter(by - 1, end);
  }
  // "ordered the immediate expulsion of", "announced the expulsions": past the article and a describing word.
  let verbAt = t - 1;
  if (v.tokens[verbAt]?.shape === 'word' && !v.tokens[verbAt]!.upper && !v.mentionAt(verbAt) && v.lower(verbAt - 1) === 'the') verbAt--;
  if (DETERMINERS.has(v.lower(verbAt))) verbAt--;
  // "Belgium followed with the expulsion of", "Moscow retaliated with the expulsion of", "hit back with": a decision too.
  if (v.lower(verbAt) === 'with') {
    const back = v.lower(verbAt - 1) === 'back' ? verbAt - 2 : verbAt - 1;
    if (RESPONSE_VERBS.has(v.lower(back))) verbAt = back;
  }
  // "ordered the departure of X": a departure only an order makes an expulsion.
  if (DEPARTURE_NOUNS.has(v.lower(t)) && !ORDER_FORMS.has(v.lower(verbAt))) return;
  const before = v.mentionAt(t - 1) ?? (v.lower(t - 1) === "'s" ? v.mentionAt(t - 2) : undefined);
  if (agents.length === 0 && before && before.possessive && v.isActor(before)) agents = [before];
  // "Babis and Hamacek announced the expulsions": the announcers act; the expelled are the
  // ones of the last expulsion told.
  if (agents.length === 0 && (DECISION_VERBS.has(v.lower(verbAt)) || RESPONSE_VERBS.has(v.lower(verbAt)))) {
    const p = ex.parties(verbAt);
    if (ex.blocked(verbAt, p, 'EXPELLED')) return;
    agents = p.agents;
    if (targets.length === 0) {
      const last = [...ex.out].reverse().find((r) => r.relation === 'EXPELLED');
      if (last) {
        const figures = figuresOf(last);
        ex.emitTo('EXPELLED', agents, last.target, 0.7, 'announce-expulsion', figures);
      }
      return;
    }
  }
  if (agents.length === 0 && targets.length === 0 && BE_FORMS.has(v.lower(t + 1))) {
    announcedDecision(ex, t);
    return;
  }
  if (agents.length === 0 || targets.length === 0) return;
  const p = ex.parties(t);
  if (v.negated(p.clause.start, t)) return;
  ex.emit('EXPELLED', agents, targets, 0.8, 'expulsion-noun');
}

const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
const ANNOUNCED = new Set(['announced', 'made', 'taken', 'confirmed', 'ordered', 'communicated']);
const DETERMINERS = new Set(['the', 'that', 'this', 'these', 'those']);

/**
 * "Three Malian consular officials have been declared persona non grata ... The decision was
 * announced late on Sunday by the Algerian Ministry of Foreign Affairs", "Sikorski announced the
 * decision": who announces an expulsion told in this sentence or the two before made it.
 */
export function announcedDecision(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (!DETERMINERS.has(v.lower(t - 1))) return;
  let agents: Mention[];
  let at: number;
  if (BE_FORMS.has(v.lower(t + 1))) {
    at = v.lower(t + 2) === 'been' ? t + 3 : t + 2;
    if (!ANNOUNCED.has(v.lower(at))) return;
    const end = v.clauseEnd(at);
    const by = ex.indexOf('by', at + 1, Math.min(end, at + 8));
    if (by < 0) return;
    agents = v.agentAfter(by - 1, end);
  } else {
    at = t - 2;
    if (v.lower(at) !== 'announced' && v.lower(at) !== 'confirmed') return;
    const p = ex.parties(at);
    if (ex.blocked(at, p, 'EXPELLED')) return;
    agents = p.agents;
  }
  if (agents.length === 0) return;
  const recent = ex.out.findLast((r) => r.relation === 'EXPELLED' && r.sentence >= ex.sentence - 2);
  if (recent) {
    const figures = figuresOf(recent);
    ex.emitTo('EXPELLED', agents, recent.target, 0.7, 'announced-decision', figures);
    return;
  }
  const told = ex.unattributedExpulsion;
  if (told && told.sentence >= ex.sentence - 2) ex.emit('EXPELLED', agents, told.patients, 0.7, 'announced-decision');
}

/** "ordered N diplomats to leave", "ordered X out", "gave X 72 hours to leave". */
export function orderToLeave(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  const leave = leaveAfter(ex, t, Math.max(end, v.tokens.length));
  if (!leave) return;
  const isGive = GIVE_VERBS.has(v.lower(t));
  if (isGive && !/^(hours?|days?|weeks?|months?)$/.test(v.lower(leave.at - 1)) && !deadlineBefore(ex, t, leave.at)) return;
  const p = ex.parties(t);
  const figures = figuresOf(leave);
  if (v.passive(t)) {
    // "Togo's ambassador was ordered to leave Accra": the state whose soil is left expels.
    // ("were ordered by the ministry to leave": the agent may come before "to leave".)
    const early = v.agentAfter(t, leave.at);
    // (To the end of the clause "to leave" is in: "ordered to leave by the Russian Foreign Ministry".)
    const agents = early.length > 0 ? early : v.agentAfter(leave.end - 1, Math.max(end, leave.end + 4, v.clauseEnd(leave.end - 1)));
    const left = () => placeLeft(ex, v.lower(leave.end) === 'of' ? leave.end + 1 : leave.end);
    passiveExpulsion(ex, t, p, agents, () => (left().length > 0 ? left() : postedIn(ex, t, p.clause)), 0.8, 'ordered-passive', figures);
    return;
  }
  // "ordered out 23 British diplomats": the particle first, the ones ordered out after it.
  const particleFirst = leave.at === t + 1 && v.lower(t + 1) === 'out';
  const targets = particleFirst ? v.objectsAfter(t + 2, end) : v.objectsAfter(t + 1, leave.at);
  if (emitBlocked(ex, ex.blocked(t, p, 'EXPELLED'), 'EXPELLED', p, targets, t)) return;
  ex.emitWithSpeaker('EXPELLED', p, targets, 0.9, 'ordered-to-leave', figures);
}

/** "The three Iranian diplomats have 48 hours to leave Azerbaijan": the state left expels. */
export function deadlineToLeave(ex: RelationExtractor, leave: number): void {
  const v = ex.view;
  // Triggered by "leave" (rarer than "day" or "week", and every trigger costs its sentence a look).
  const t = leave - 2;
  if (v.lower(leave - 1) !== 'to' || !TIME_UNITS.has(v.lower(t))) return;
  let k = t - 1;
  const count = v.tokens[k];
  // "Days to leave Kenya were few": no count before the unit (nor any token) is no deadline.
  if (!count || (count.shape !== 'number' && parseCount(count) === undefined && v.lower(k) !== 'a')) return;
  k--;
  if (!['have', 'has', 'had'].includes(v.lower(k))) return;
  const p = ex.parties(k);
  // "Aramayo announced that Lugo had 72 hours to leave the country": the announcer's country.
  const theCountry = v.lower(t + 3) === 'the' && v.lower(t + 4) === 'country';
  const actors = placeLeft(ex, t + 3).length > 0 ? placeLeft(ex, t + 3) : theCountry && p.clause.reportVerb !== undefined ? p.speakers : [];
  if (actors.length === 0) return;
  const patients = v.subjectOf(k, p.clause);
  const pp = makeParties(actors, false, p.clause, p.speakers, p.reportKind, p.announced);
  if (emitBlocked(ex, ex.blocked(k, pp, 'EXPELLED'), 'EXPELLED', pp, patients, k)) return;
  ex.emit('EXPELLED', actors, patients, 0.8, 'deadline-to-leave');
}

/** "gave them until Friday to leave", "by the end of the week": a deadline before "to". */
function deadlineBefore(ex: RelationExtractor, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ex.view.lower(k) === 'until' || ex.view.lower(k) === 'till') return true;
  return false;
}

/** "expelled from Poland", "kicked out of Azerbaijan" after token t: the state left, as actor. */
function placeLeftAfter(ex: RelationExtractor, t: number, end: number): Mention[] {
  const v = ex.view;
  for (let k = t + 1; k < Math.min(end, t + 4); k++) {
    const at = v.lower(k) === 'from' ? k + 1 : v.lower(k) === 'out' && v.lower(k + 1) === 'of' ? k + 2 : -1;
    if (at < 0) continue;
    // "Russia was expelled from the Council of Europe": a body one is expelled from expels.
    const body = v.mentionStarting(at) ?? (v.lower(at) === 'the' ? v.mentionStarting(at + 1) : undefined);
    // Not "expelled from the OSCE mission in Vienna": there the body only names a post.
    const next = v.tokens[body?.last ?? 0];
    const whole = !next || next.shape !== 'word' || next.upper || ELIDED_FOLLOWERS.has(next.lower);
    if (body && whole && body.entity !== undefined && ex.entity(body).kind === 'Agency' && [...ex.entity(body).keys].some((key) => key.startsWith('agency:org:'))) return [body];
    return placeLeft(ex, at);
  }
  return [];
}

/**
 * "Bolivia's charge d'affaires in Caracas had been ordered to leave": with no place left named,
 * the state of the capital the one ordered out is posted in.
 */
function postedIn(ex: RelationExtractor, t: number, clause: ClauseInfo): Mention[] {
  const v = ex.view;
  const patients = v.subjectOf(t, clause);
  const from = patients.length > 0 ? Math.min(...patients.map((m) => m.first)) : t;
  for (let k = from; k < t; k++) {
    if (v.lower(k) !== 'in') continue;
    const posted = placeLeft(ex, k + 1);
    if (posted.length > 0) return posted;
  }
  return [];
}

/** A capital or state right after "leave": its state is the one that ordered the leaving. */
function placeLeft(ex: RelationExtractor, at: number): Mention[] {
  const v = ex.view;
  const m = v.mentionStarting(at) ?? (v.lower(at) === 'the' ? v.mentionStarting(at + 1) : undefined);
  if (!m || m.entity === undefined) return [];
  if (ex.entity(m).kind === 'State') return [m];
  // A capital read as a place ("leave Accra") still names its state.
  if (m.kind !== 'Place' || !m.iso) return [];
  const state = ex.table.state(m.iso);
  state.mentions = Math.max(state.mentions, 1);
  return [{ ...m, entity: state.id }];
}

/** "declared X persona non grata", "had been declared undesirable". */
export function declareUnwelcome(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  let at = -1;
  for (let k = t + 1; k < Math.min(end, t + 16); k++) {
    const w = v.lower(k);
    if (((w === 'persona' || w === 'personae') && v.lower(k + 1) === 'non') || w === 'undesirable' || w === 'unwelcome') {
      at = k;
      break;
    }
  }
  if (at < 0) return;
  const p = ex.parties(t);
  if (v.passive(t)) {
    passiveExpulsion(ex, t, p, v.agentAfter(at, end), () => [], 0.8, 'declared-passive');
    return;
  }
  // "declared persona non grata a counsellor of the Belarusian embassy": the object after the phrase.
  const inverted = at === t + 1 && v.lower(at + 2) === 'grata';
  const targets = inverted ? v.objectsAfter(at + 3, end) : v.objectsAfter(t + 1, at);
  if (emitBlocked(ex, ex.blocked(t, p, 'EXPELLED'), 'EXPELLED', p, targets, t)) return;
  if (targets.length === 0) {
    if (inverted) return;
    const elided = elidedExpelled(ex, t + 1, at);
    if (elided !== undefined) ex.emitTo('EXPELLED', p.agents, elided, 0.75, 'declared-png-elided');
    return;
  }
  ex.emitWithSpeaker('EXPELLED', p, targets, 0.9, 'declared-png');
}

/**
 * "declared a third persona non grata", "expelled two more diplomats": the people are the kind
 * the last expulsion told of, so its other party is this one's too. `to` is where the people
 * must end (the "persona non grata"), or -1 for anywhere short of a name or an "of"/"from".
 */
function elidedExpelled(ex: RelationExtractor, from: number, to: number): number | undefined {
  const v = ex.view;
  let k = from;
  let counted = false;
  for (; k < from + 3 && k < v.tokens.length; k++) {
    const w = v.lower(k);
    if (ELIDED_ORDINALS.has(w) || w === 'another' || (w === 'more' && counted) || w === 'one') counted = true;
    else if (w !== 'a' && w !== 'an' && !(v.tokens[k]?.shape === 'number' || (parseCount(v.tokens[k]!) !== undefined && !v.tokens[k]!.upper))) break;
    else if (w !== 'a' && w !== 'an') counted = true;
  }
  if (!counted || k === from) return undefined;
  const noun = v.lower(k);
  if (STAFF_NOUNS.has(noun) || STAFF_NOUNS.has(`${noun}s`)) k++;
  // Where the people must end ("persona non grata"), or anywhere short of a name, an "of"/"from" or another word.
  const named = v.mentionStarting(k) !== undefined || ['of', 'from'].includes(v.lower(k)) || (v.tokens[k]?.shape === 'word' && !ELIDED_FOLLOWERS.has(v.lower(k)));
  if (to >= 0 ? k !== to : named) return undefined;
  return ex.expulsions.length > 0 ? ex.expulsions[ex.expulsions.length - 1]!.target : undefined;
}

/** "kick 60 Russians out", "has thrown out American envoys". */
export function kickOut(ex: RelationExtractor, t: number): void {
  expulsionWithParticle(ex, t, 'out', 10, 0.85, 'kick-out');
}

/** Nouns of a diplomatic post: shutting another state's orders its diplomats out. */
const POST_NOUNS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'consulate-general', 'mission', 'missions']);

/**
 * "ordered the closure of all three Iranian consulates", "closed the Russian consulate in
 * Poznan": a state shutting another state's post expels its staff. Its own ("closed its embassy
 * in Kabul") is no expulsion: the post's state is the actor's (emit drops a self-relation).
 */
export function closePost(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let k = t + 1;
  let verb = t;
  if (v.lower(t) === 'closure') {
    verb = v.lower(t - 1) === 'the' ? t - 2 : t - 1;
    if (v.lower(k) !== 'of' || !DECISION_VERBS.has(v.lower(verb))) return;
    k++;
  } else if (v.lower(k) === 'down') k++;
  if (v.passive(verb)) return;
  if (v.lower(t - 1) === 'to' && OWN_POSSESSIVES.has(v.lower(k)) && POST_NOUNS.has(v.lower(k + 1))) {
    orderedToClose(ex, t);
    return;
  }
  const targets = v.objectsAfter(k, Math.min(v.clauseEnd(t), k + 8)).filter((m) => isPostOfState(ex, m));
  if (targets.length === 0) return;
  const p = ex.parties(verb);
  if (emitBlocked(ex, ex.blocked(verb, p, 'EXPELLED'), 'EXPELLED', p, targets, verb)) return;
  ex.emitWithSpeaker('EXPELLED', p, targets, 0.75, 'closed-post');
}

/**
 * "China ordered the United States to close its consulate in Chengdu", "told Beijing to shut its
 * consulate": the state told to shut its own post is expelled by the one telling it.
 */
function orderedToClose(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  for (let order = t - 2; order >= Math.max(0, t - 10); order--) {
    if (!DEMAND_VERBS.has(v.lower(order))) continue;
    const targets = v.objectsAfter(order + 1, t - 1).filter((m) => m.entity !== undefined && ex.entity(m).kind === 'State');
    if (targets.length === 0 || v.passive(order)) return;
    const p = ex.parties(order);
    if (emitBlocked(ex, ex.blocked(order, p, 'EXPELLED'), 'EXPELLED', p, targets, order)) return;
    ex.emitWithSpeaker('EXPELLED', p, targets, 0.8, 'ordered-to-close');
    return;
  }
}

/** A state's diplomatic post: "the Russian consulate in Poznan", "Iranian consulates", "Iran's embassy". */
function isPostOfState(ex: RelationExtractor, m: Mention): boolean {
  if (m.entity === undefined) return false;
  const e = ex.entity(m);
  if (e.kind === 'Agency') return [...e.keys].some((key) => key.startsWith('agency:post:')) && e.affiliation !== undefined;
  const v = ex.view;
  if (e.kind !== 'State') return false;
  // "the Consulate of the Republic of Belarus in Klaipėda".
  const of = v.lower(m.first - 1) === 'the' ? m.first - 2 : m.first - 1;
  if (v.lower(of) === 'of' && POST_NOUNS.has(v.lower(of - 1))) return true;
  return (m.form === 'demonym' || m.possessive === true) && POST_NOUNS.has(v.lower(m.possessive && v.lower(m.last) === "'s" ? m.last + 1 : m.last));
}

/** "forced out the last two correspondents working for Australian media": a state's people only, not "the president". */
export function forceOut(ex: RelationExtractor, t: number): void {
  if (ex.view.passive(t)) return;
  expulsionWithParticle(ex, t, 'out', 2, 0.8, 'forced-out', (m) => m.entity !== undefined && ex.entity(m).kind === 'State');
}

const SWAP_NOUNS: ReadonlySet<string> = new Set(['swap', 'swaps', 'exchange', 'exchanges']);

/** "sent X home", "sent home X". */
export function sendHome(ex: RelationExtractor, t: number): void {
  // ("sent a convicted diplomat home as part of a prisoner swap": a release, not an expulsion.)
  if (ex.indexOfAny(SWAP_NOUNS, t + 1, Math.min(ex.view.clauseEnd(t), t + 16)) >= 0) return;
  expulsionWithParticle(ex, t, 'home', 8, 0.75, 'sent-home');
  // "sent three Chinese officials packing", "sent packing X".
  expulsionWithParticle(ex, t, 'packing', 8, 0.75, 'sent-packing');
}

/** "revoked the accreditation of two Cuban diplomats", "withdrew the credentials of X". */
export function revokeAccreditation(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let k = t + 1;
  if (v.lower(k) === 'the') k++;
  if (!ACCREDITATION_NOUNS.has(v.lower(k)) || !['of', 'from'].includes(v.lower(k + 1))) return;
  if (v.passive(t)) return;
  const p = ex.parties(t);
  const targets = v.objectsAfter(k + 2, v.clauseEnd(t));
  if (emitBlocked(ex, ex.blocked(t, p, 'EXPELLED'), 'EXPELLED', p, targets, t)) return;
  ex.emitWithSpeaker('EXPELLED', p, targets, 0.8, 'revoked-accreditation');
}

/** "the junta said the French ambassador must leave": a demand that a diplomat leave, reported. */
export function mustLeave(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (!LEAVE_VERBS.has(v.lower(t + 1)) || v.lower(t + 1) === 'go') return;
  const p = ex.parties(t);
  if (p.clause.reportVerb === undefined || p.speakers.length === 0 || p.reportKind !== 'assert') return;
  const leavers = v.subjectOf(t, p.clause).filter((m) => isDiplomat(ex, m));
  if (leavers.length === 0) return;
  const pp = makeParties(p.speakers, true, p.clause, p.speakers, p.reportKind, p.announced);
  if (ex.blocked(t, pp, 'EXPELLED')) return;
  ex.emit('EXPELLED', p.speakers, leavers, 0.7, 'must-leave');
}

const DIPLOMATIC_QUALIFIERS = new Set(['consular', 'embassy', 'diplomatic', 'mission', 'consulate']);

/** A foreign state's diplomats or post: "the French ambassador", "Russian diplomats", "the Polish consulate". */
function isDiplomat(ex: RelationExtractor, m: Mention): boolean {
  if (m.entity === undefined) return false;
  const words = (m.object ?? '').toLowerCase().split(' ');
  const head = words[words.length - 1] ?? '';
  // "32 Iranian consular employees", "embassy staff": staff of a diplomatic post.
  if (m.form === 'nationals') return DIPLOMAT_NOUNS.has(head) || (STAFF_NOUNS.has(head) && words.some((w) => DIPLOMATIC_QUALIFIERS.has(w)));
  const e = ex.entity(m);
  return e.kind === 'Agency' && [...e.keys].some((key) => key.startsWith('agency:post:'));
}

/** A verb whose particle follows it or its object: "<verb> <particle> X" or "<verb> X <particle>". */
function expulsionWithParticle(ex: RelationExtractor, t: number, particle: string, window: number, confidence: number, rule: string, only?: (m: Mention) => boolean): void {
  const v = ex.view;
  const end = v.clauseEnd(t);
  const at = ex.indexOf(particle, t + 1, Math.min(end, t + window));
  if (at < 0) return;
  const p = ex.parties(t);
  if (v.passive(t)) {
    // "The Iranian ambassador was kicked out of Azerbaijan (by Baku)": the subject is expelled.
    passiveExpulsion(ex, t, p, v.agentAfter(t, end), () => placeLeftAfter(ex, t, end), 0.75, `${rule}-passive`);
    return;
  }
  if (expelledInRelativeClause(ex, t, p, 0.7, rule)) return;
  const objects = at === t + 1 ? v.objectsAfter(t + 2, end) : v.objectsAfter(t + 1, at);
  const gapped = gappedExpellers(ex, objects);
  const found = withoutGapped(objects, gapped);
  const targets = only ? found.filter(only) : found;
  if (only && targets.length === 0) return;
  if (emitBlocked(ex, ex.blocked(t, p, 'EXPELLED'), 'EXPELLED', p, targets, t)) return;
  ex.emitWithSpeaker('EXPELLED', p, targets, confidence, rule);
  emitGapped(ex, targets, gapped);
}

/** "notifying it that its staff had to depart". */
export function notifyToLeave(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  const that = ex.indexOf('that', t + 1, Math.min(v.tokens.length, t + 8));
  if (that < 0) return;
  let must = -1;
  for (let k = that + 1; k < Math.min(v.tokens.length, that + 8); k++) {
    if ((v.lower(k) === 'had' || v.lower(k) === 'have' || v.lower(k) === 'has') && v.lower(k + 1) === 'to' && LEAVE_VERBS.has(v.lower(k + 2))) must = k;
    if (v.lower(k) === 'must' && LEAVE_VERBS.has(v.lower(k + 1))) must = k;
  }
  if (must < 0) return;
  const p = ex.parties(t);
  const targets = v.objectsAfter(t + 1, that);
  if (ex.blocked(t, p, 'EXPELLED') || v.negated(that, must)) return;
  ex.emitWithSpeaker('EXPELLED', p, targets, 0.8, 'notified-to-leave');
}

/** Verbs that order a state to take its own envoy away: "demanded that Lithuania withdraw its envoy". */
const DEMAND_VERBS = new Set(['demanded', 'demands', 'demand', 'demanding', 'ordered', 'orders', 'told', 'tells', 'asked', 'asks', 'requested', 'requests', 'instructed']);
const OWN_POSSESSIVES = new Set(['its', 'their']);

/**
 * "demanded that the Baltic state withdraw its envoy", "told Lithuania to recall its ambassador":
 * a state made to take its own envoy away is expelled by the one demanding it.
 */
export function demandedWithdrawal(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (!OWN_POSSESSIVES.has(v.lower(t + 1)) || !DIPLOMAT_NOUNS.has(v.lower(t + 2))) return;
  // "X to withdraw" (the one told) or "that X withdraw" (a demand in the subjunctive).
  const infinitive = v.lower(t - 1) === 'to';
  const withdrawer = v.mentionAt(infinitive ? t - 2 : t - 1);
  if (!withdrawer || withdrawer.last !== (infinitive ? t - 1 : t) || !v.isActor(withdrawer) || ex.entity(withdrawer).kind !== 'State') return;
  let demand = withdrawer.first - 1;
  if (v.lower(demand) === 'the' && !v.mentionStarting(demand)) demand--;
  if (!infinitive && v.lower(demand) === 'that') demand--;
  if (!DEMAND_VERBS.has(v.lower(demand))) return;
  const p = ex.parties(demand);
  if (emitBlocked(ex, ex.blocked(demand, p, 'EXPELLED'), 'EXPELLED', p, [withdrawer], demand)) return;
  ex.emitWithSpeaker('EXPELLED', p, [withdrawer], 0.8, 'demanded-withdrawal');
}

/** "gave marching orders to two officials", "gave the envoy his marching orders", "were given their marching orders by X". */
export function marchingOrders(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  let verb = -1;
  // ("giving a second secretary at the Belarusian Embassy in Riga his marching orders": a long object.)
  for (let k = t - 1; k >= 0 && k >= t - 12 && verb < 0 && v.tokens[k]!.text !== ','; k--) if (GIVE_VERBS.has(v.lower(k)) || v.lower(k) === 'handed' || v.lower(k) === 'issued') verb = k;
  if (verb < 0) return;
  const p = ex.parties(verb);
  const end = v.clauseEnd(t);
  if (v.passive(verb)) {
    passiveExpulsion(ex, verb, p, v.agentAfter(t + 1, end), () => [], 0.8, 'marching-orders-passive');
    return;
  }
  let targets = v.objectsAfter(verb + 1, t).filter((m) => !['his', 'her', 'their', 'its'].includes(m.anaphor ?? ''));
  if (targets.length === 0 && v.lower(t + 2) === 'to') targets = v.objectsAfter(t + 3, end);
  if (emitBlocked(ex, ex.blocked(verb, p, 'EXPELLED'), 'EXPELLED', p, targets, verb)) return;
  ex.emitWithSpeaker('EXPELLED', p, targets, 0.85, 'marching-orders');
}

const SIGNED_DETERMINERS = new Set(['the', 'his', 'her', 'their']);

/**
 * "Foreign Minister Kestutis Budrys, who signed the decision", "she had signed the order": the
 * signer of an expulsion order expels whom the article's last expulsion expelled. Only an order
 * that is an expulsion's: named so ("expulsion orders"), or a definite one after an expulsion was told of.
 */
export function signedOrder(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (ex.expulsions.length === 0) return;
  let k = t + 1;
  let expulsionWord = false;
  const definite = SIGNED_DETERMINERS.has(v.lower(k));
  for (; k < Math.min(v.tokens.length, t + 6) && !SIGNED_PAPERS.has(v.lower(k)); k++) {
    if (v.lower(k).startsWith('expulsion')) expulsionWord = true;
    if (v.tokens[k]!.shape === 'punct' && v.lower(k) !== "'s") return;
  }
  // ("signed the decision to expel": the infinitive's own frame reads it.)
  if (!SIGNED_PAPERS.has(v.lower(k)) || (!expulsionWord && !definite) || v.lower(k + 1) === 'to') return;
  const p = ex.parties(t);
  if (ex.blocked(t, p, 'EXPELLED')) return;
  for (const signer of p.agents) {
    if (signer.entity === undefined || ex.entity(signer).kind !== 'Person') continue;
    const target = orderedOut(ex, sideOf(ex, ex.entity(signer)));
    if (target !== undefined) ex.emitTo('EXPELLED', [signer], target, 0.7, 'signed-order');
  }
}

/**
 * Whom the last expulsion told of expelled, not of the signer's side ("Belarus expelled a
 * Lithuanian attaché in response" is no order a Lithuanian minister signed). With the signer's
 * state unknown, only when every expulsion so far expelled the same party.
 */
function orderedOut(ex: RelationExtractor, side: string | undefined): number | undefined {
  const all = ex.expulsions;
  if (side === undefined) return all.every((e) => e.target === all[0]!.target) ? all[0]!.target : undefined;
  return all.findLast((e) => sideOf(ex, ex.table.get(e.target)) !== side)?.target;
}
