import type { EntityTable, SentenceMentions } from './entities.ts';
import type { SentenceWithTokens } from './sentences.ts';
import type { RelationCandidate } from './types.ts';
export function extractRelations(_s: readonly SentenceWithTokens[], _m: readonly SentenceMentions[], _t: EntityTable, _a: string): RelationCandidate[] {
  return [];
}
