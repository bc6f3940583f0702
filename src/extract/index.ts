// The extractor: raw article -> normalised text -> sentences -> mentions -> entities ->
// relations -> graph. Deterministic, offline, rule-based; each stage lives in its own file.
import { articleId } from '../graph/ids.ts';
import { importGraph } from '../graph/model.ts';
import { buildGraphData } from './buildGraph.ts';
import { resolveReferences } from './coreference.ts';
import { keySurnameOnlyPeopleByState, resolveEntities, scopeUnplacedAgencies } from './entities.ts';
import { findMentions } from './mentions.ts';
import { normaliseArticle } from './normalise.ts';
import { mapPacked } from './packedArrays.ts';
import { extractRelations } from './relations/index.ts';
import { supportingRelations } from './roles.ts';
import { splitSentences } from './sentences.ts';
import type { Entity, ExtractOptions, Extraction, ExtractionData } from './types.ts';

const ALWAYS_NODES = new Set(['Person', 'State', 'Agency', 'Place']);

export function extractArticle(raw: string, options: ExtractOptions = {}): Extraction {
  const { article, graph } = extractArticleData(raw, options);
  return { article, graph: importGraph(graph) };
}

/** The same extraction with the graph left serialised: what a store or a worker message needs. */
export function extractArticleData(raw: string, options: ExtractOptions = {}): ExtractionData {
  const normalised = normaliseArticle(raw, { markdown: options.markdown });
  const id = articleId(normalised.text);
  const source = options.source ?? '';
  const sentences = splitSentences(normalised);
  const analysed = mapPacked(sentences, (s) => ({ tokens: s.tokens, mentions: findMentions(s) }));
  const table = resolveEntities(analysed);
  resolveReferences(analysed, table);
  scopeUnplacedAgencies(table, id);
  keySurnameOnlyPeopleByState(table);
  const relations = [...extractRelations(sentences, analysed, table, id), ...supportingRelations(analysed, table)];
  const graph = buildGraphData({
    article: { id, title: normalised.title, source },
    sentences,
    table,
    relations,
    keep: (entity: Entity) => ALWAYS_NODES.has(entity.kind) && entity.mentions > 0,
  });
  return { article: { id, title: normalised.title, text: normalised.text, source }, graph };
}

export type { Extraction, ExtractionData, ExtractOptions, ArticleInfo } from './types.ts';
