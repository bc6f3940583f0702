// "Ghana and Togo expelled each other's ambassadors": a verb whose actors act on one another.
// Expulsions, accusations and congratulations all read it.
import type { RelationType } from '../../ontology.ts';
import { parseCount } from '../mentions.ts';
import type { Mention } from '../types.ts';
import { sideOf } from './denialFrames.ts';
import type { RelationExtractor } from './extractor.ts';
import type { Parties } from './parties.ts';

const PEOPLE_PAIR_NOUNS = new Set(['leaders', 'presidents', 'ministers', 'men', 'women', 'heads']);
const EACH_SIDE_NOUNS = new Set(['side', 'country', 'nation', 'government', 'state', 'capital']);
const PAIR_GROUP = /^(?:the )?(?:two|both) (?:countries|nations|neighbou?rs|states|governments|sides|capitals)$/i;

/**
 * "Ghana and Togo expelled each other's ambassadors", "the two countries accused one another":
 * each actor acts on the other. Returns whether the verb was reciprocal.
 */
export function reciprocal(ex: RelationExtractor, t: number, p: Parties, relation: RelationType): boolean {
  const v = ex.view;
  // "each side accused the other": the two states told of last.
  const each = eachSideBefore(ex, t);
  if (each >= 0 && v.lower(t + 1) === 'the' && v.lower(t + 2) === 'other') {
    const pair = pairAtOdds(ex);
    const states = lastTwoStates(ex, each);
    if (pair && !ex.blocked(t, p, relation)) emitBothWays(ex, relation, pair, 0.75, 'reciprocal-each');
    else if (states.length === 2 && !ex.blocked(t, p, relation)) {
      ex.emit(relation, [states[0]!], [states[1]!], 0.75, 'reciprocal-each');
      ex.emit(relation, [states[1]!], [states[0]!], 0.75, 'reciprocal-each');
    }
    return true;
  }
  if (!onEachOther(ex, t + 1)) return false;
  let actors = p.agents.filter((a) => a.entity !== undefined);
  if (actors.length === 1 && PAIR_GROUP.test(ex.entity(actors[0]!).name)) {
    // "both sides accused each other": the two states the story has set against each other, not
    // the last two it named (a mediator and an onlooker, say).
    const pair = pairAtOdds(ex);
    if (pair) {
      if (!ex.blocked(t, p, relation)) emitBothWays(ex, relation, pair, 0.8, 'reciprocal');
      return true;
    }
    actors = lastTwoStates(ex, actors[0]!.first);
  }
  // "both leaders congratulated each other": the two people told of just before.
  if (actors.length === 0 && pairOfPeopleAt(ex, p.clause.start)) actors = lastTwoPeople(ex, t);
  if (actors.length !== 2 || ex.blocked(t, p, relation)) return true;
  ex.emit(relation, [actors[0]!], [actors[1]!], 0.8, 'reciprocal');
  ex.emit(relation, [actors[1]!], [actors[0]!], 0.8, 'reciprocal');
  return true;
}

/**
 * "each other", "one another", and after a count "six of the other's" ("India and Canada each
 * expelled six of the other's diplomats") start at token k.
 */
function onEachOther(ex: RelationExtractor, k: number): boolean {
  const v = ex.view;
  if (v.tokens[k] && parseCount(v.tokens[k]!) !== undefined && v.lower(k + 1) === 'of') k += 2;
  return (v.lower(k) === 'each' && v.lower(k + 1) === 'other') || (v.lower(k) === 'one' && v.lower(k + 1) === 'another') || (v.lower(k) === 'the' && v.lower(k + 1) === 'other' && v.lower(k + 2) === "'s");
}

/** "both leaders", "the two presidents" opens the clause at `k`. */
function pairOfPeopleAt(ex: RelationExtractor, k: number): boolean {
  const v = ex.view;
  if (v.lower(k) === 'both') return PEOPLE_PAIR_NOUNS.has(v.lower(k + 1));
  return v.lower(k) === 'the' && v.lower(k + 1) === 'two' && PEOPLE_PAIR_NOUNS.has(v.lower(k + 2));
}

/** The two people named last before token t, in this sentence or the one before. */
function lastTwoPeople(ex: RelationExtractor, t: number): Mention[] {
  const found: Mention[] = [];
  for (let s = ex.sentence; s >= 0 && s >= ex.sentence - 1 && found.length < 2; s--) {
    const ms = ex.analysed[s]!.mentions;
    for (let k = ms.length - 1; k >= 0 && found.length < 2; k--) {
      const x = ms[k]!;
      if ((s === ex.sentence && x.first >= t) || x.entity === undefined || ex.entity(x).kind !== 'Person') continue;
      if (!found.some((f) => f.entity === x.entity)) found.push(x);
    }
  }
  return found.length === 2 ? found : [];
}

/** "each side", "each country", "each" right before the verb at t: where it starts, or -1. */
function eachSideBefore(ex: RelationExtractor, t: number): number {
  const v = ex.view;
  if (v.lower(t - 1) === 'each') return t - 1;
  return v.lower(t - 2) === 'each' && EACH_SIDE_NOUNS.has(v.lower(t - 1)) ? t - 2 : -1;
}

/** The two states named last before token `before`, as mentions standing for them. */
function lastTwoStates(ex: RelationExtractor, before: number): Mention[] {
  const found: Mention[] = [];
  for (let s = ex.sentence; s >= 0 && found.length < 2; s--) {
    const ms = ex.analysed[s]!.mentions;
    for (let k = ms.length - 1; k >= 0 && found.length < 2; k--) {
      const x = ms[k]!;
      if (s === ex.sentence && x.first >= before) continue;
      if (x.entity === undefined || x.locative || ex.entity(x).kind !== 'State') continue;
      if (!found.some((f) => f.entity === x.entity)) found.push(x);
    }
  }
  return found;
}

/** The two states of the latest relation told before this sentence between two different states. */
function pairAtOdds(ex: RelationExtractor): [number, number] | undefined {
  for (let i = ex.out.length - 1; i >= 0; i--) {
    const r = ex.out[i]!;
    if (r.sentence >= ex.sentence || r.relation === 'CONGRATULATED') continue;
    const a = stateOf(ex, r.source);
    const b = stateOf(ex, r.target);
    if (a !== undefined && b !== undefined && a !== b) return [a, b];
  }
  return undefined;
}

/** The state an entity is or acts for, as an entity id. */
function stateOf(ex: RelationExtractor, id: number): number | undefined {
  const e = ex.table.get(id);
  if (e.kind === 'State') return e.id;
  const side = sideOf(ex, e);
  return side === undefined ? undefined : ex.table.find(`state:${side}`)?.id;
}

function emitBothWays(ex: RelationExtractor, relation: RelationType, [a, b]: [number, number], confidence: number, rule: string): void {
  ex.emitBetween(relation, a, b, confidence, rule);
  ex.emitBetween(relation, b, a, confidence, rule);
}
