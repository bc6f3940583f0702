// Builds the exported graph from the rows either store reads back: entities (with the articles
// that mention them folded into node attributes) and their relationships, edge keys kept.
import { byCodeUnit } from '../codeUnitOrder.ts';
import { createGraph, type EdgeAttributes, type NewsGraph, type NodeAttributes } from '../graph/model.ts';
import type { EntityKind, RelationType } from '../ontology.ts';

export interface StoredEntityRow {
  id: string;
  kind: EntityKind;
  name: string | null;
  aliases: string[] | null;
  title: string | null;
  iso: string | null;
}

export interface StoredMentionRow {
  entity: string;
  article: string;
  count: number | null;
}

export interface StoredEdgeRow {
  source: string;
  target: string;
  key: string;
  relation: RelationType;
  cameo: string | null;
  evidence: string | null;
  start: number | null;
  end: number | null;
  article: string | null;
  count: number | null;
  object: string | null;
  confidence: number | null;
}

export function graphFromStoredRows(entities: readonly StoredEntityRow[], mentions: readonly StoredMentionRow[], edges: readonly StoredEdgeRow[]): NewsGraph {
  const graph = createGraph();
  const articlesOf = new Map<string, { articles: string[]; mentions: number }>();
  for (const mention of mentions) {
    const entry = articlesOf.get(mention.entity) ?? { articles: [], mentions: 0 };
    entry.articles.push(mention.article);
    entry.mentions += mention.count ?? 1;
    articlesOf.set(mention.entity, entry);
  }
  // Sorted so both stores export the same file for the same content.
  for (const entity of [...entities].sort((a, b) => byCodeUnit(a.id, b.id))) {
    const name = entity.name ?? entity.id;
    const attributes: NodeAttributes = { name, kind: entity.kind, aliases: entity.aliases ?? [name] };
    if (entity.title) attributes.title = entity.title;
    if (entity.iso) attributes.iso = entity.iso;
    const seen = articlesOf.get(entity.id);
    if (seen) {
      attributes.mentions = seen.mentions;
      attributes.articles = seen.articles.sort(byCodeUnit);
    }
    graph.addNode(entity.id, attributes);
  }
  const sorted = [...edges].sort((a, b) => byCodeUnit(a.article ?? '', b.article ?? '') || (a.start ?? 0) - (b.start ?? 0) || byCodeUnit(a.key, b.key));
  for (const edge of sorted) {
    const attributes: EdgeAttributes = {
      relation: edge.relation,
      evidence: edge.evidence ?? '',
      start: edge.start ?? 0,
      end: edge.end ?? 0,
      article: edge.article ?? '',
      confidence: edge.confidence ?? 1,
    };
    if (edge.cameo) attributes.cameo = edge.cameo;
    if (edge.count !== null && edge.count !== undefined) attributes.count = edge.count;
    if (edge.object) attributes.object = edge.object;
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, attributes);
  }
  return graph;
}
