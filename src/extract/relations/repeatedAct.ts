// "French President Emmanuel Macron did the same", "Latvia followed suit": the act told just
// before, done again by another actor to the same other party.
import { isScoredRelation } from '../../ontology.ts';
import type { RelationExtractor } from './extractor.ts';

/** At "did" (the same, likewise) or "suit" (followed suit): t is the word that triggered it. */
export function repeatedAct(ex: RelationExtractor, t: number): void {
  const verb = ex.view.lower(t) === 'suit' ? t - 1 : t;
  // The act the article told last, in this sentence or the one before (a summons copied is no expulsion).
  const last = ex.out.findLast((r) => r.sentence >= ex.sentence - 1);
  if (!last || !isScoredRelation(last.relation)) return;
  const p = ex.parties(verb);
  if (p.agents.some((a) => a.entity === last.source) || ex.blocked(verb, p, last.relation)) return;
  ex.emitTo(last.relation, p.agents, last.target, 0.7, 'repeated-act');
}
