// Stage 5: verb frames -> relations. Each frame finds its trigger word, asks the clause analysis
// for the actor (subject, "by" agent, or the one who reports the decision) and the other party,
// and drops what is negated, hypothetical, a threat or a request.
// triggers.ts says which words set off which frames; the frames live by relation family in
// *Frames.ts; extractor.ts walks the article and holds what the families share.
import type { EntityTable, SentenceMentions } from '../entities.ts';
import type { SentenceWithTokens } from '../sentences.ts';
import type { RelationCandidate } from '../types.ts';
import { RelationExtractor } from './extractor.ts';

export function extractRelations(sentences: readonly SentenceWithTokens[], analysed: readonly SentenceMentions[], table: EntityTable, articleId: string): RelationCandidate[] {
  return new RelationExtractor(table, articleId).run(sentences, analysed);
}
