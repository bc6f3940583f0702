// SUMMONED and SANCTIONED: "summoned the ambassador", "imposed sanctions on X". The evaluation does
// not score these two relations.
import type { RelationType } from '../../ontology.ts';
import { IMPOSE_VERBS } from '../lexicon/verbs.ts';
import type { RelationExtractor } from './extractor.ts';

export function simple(ex: RelationExtractor, t: number, relation: RelationType): void {
  const v = ex.view;
  if (v.passive(t)) return;
  const p = ex.parties(t);
  if (v.negated(p.clause.start, t)) return;
  ex.emit(relation, p.agents, v.objectsAfter(t + 1, v.clauseEnd(t)).slice(0, 3), 0.7, relation.toLowerCase());
}

/** "imposed sanctions on X". */
export function sanctions(ex: RelationExtractor, t: number): void {
  const v = ex.view;
  if (!IMPOSE_VERBS.has(v.lower(t - 1)) && !IMPOSE_VERBS.has(v.lower(t - 2))) return;
  if (v.lower(t + 1) !== 'on' && v.lower(t + 1) !== 'against') return;
  const verb = IMPOSE_VERBS.has(v.lower(t - 1)) ? t - 1 : t - 2;
  const p = ex.parties(verb);
  if (ex.blocked(verb, p, 'SANCTIONED')) return;
  ex.emit('SANCTIONED', p.agents, v.objectsAfter(t + 2, v.clauseEnd(t)), 0.75, 'sanctions');
}
