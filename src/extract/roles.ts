// Supporting structure, unscored: a person's office (LEADS, SPOKESPERSON_FOR, HOLDS_OFFICE) and
// an agency's state (PART_OF), from titles and modifiers the article states. Only between
// entities already in the graph: structure never adds a node.
import type { RelationType } from '../ontology.ts';
import type { EntityTable, SentenceMentions } from './entities.ts';
import { SPOKESPERSON_WORD } from './lexicon/words.ts';
import type { Entity, Mention, RelationCandidate } from './types.ts';

const PRESS_SECRETARY = /\bpress secretary\b/i;
const HEAD = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|monarch|leader)\b/i;
const DEPUTY = /\b(?:vice|deputy|former|opposition)\b/i;

function officeRelation(title: string, affiliation: Entity): RelationType {
  if (SPOKESPERSON_WORD.test(title) || PRESS_SECRETARY.test(title)) return 'SPOKESPERSON_FOR';
  if (affiliation.kind === 'State' && HEAD.test(title) && !DEPUTY.test(title)) return 'LEADS';
  return 'HOLDS_OFFICE';
}

export function supportingRelations(sentences: readonly SentenceMentions[], table: EntityTable): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const done = new Set<string>();
  const add = (relation: RelationType, source: Entity, target: Entity, m: Mention, confidence: number) => {
    const key = `${source.id}:${relation}:${target.id}`;
    if (done.has(key) || source.id === target.id) return;
    done.add(key);
    out.push({ relation, source: source.id, target: target.id, sentence: m.sentence, confidence, rule: 'role' });
  };
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.entity === undefined || m.form !== 'name' || !m.affiliation) continue;
      const entity = table.get(m.entity);
      const affiliation = table.find(m.affiliation);
      if (!affiliation || (affiliation.kind !== 'State' && affiliation.kind !== 'Agency')) continue;
      if (entity.kind === 'Person' && m.title) add(officeRelation(m.title, affiliation), entity, affiliation, m, 0.9);
      else if (entity.kind === 'Agency' && affiliation.kind === 'State') add('PART_OF', entity, affiliation, m, 0.9);
    }
  }
  return out;
}
