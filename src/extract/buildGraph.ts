// Stage 6: entities and relation candidates -> the article's graph, serialised (node and edge
// attributes per graph/model.ts, keys per graph/ids.ts).
import { edgeId } from '../graph/ids.ts';
import { createGraph, type EdgeAttributes, type NodeAttributes, type SerializedNewsGraph } from '../graph/model.ts';
import { CAMEO } from '../ontology.ts';
import type { EntityTable } from './entities.ts';
import type { SentenceWithTokens } from './sentences.ts';
import type { Entity, RelationCandidate } from './types.ts';

export interface GraphInput {
  article: { id: string; title: string; source: string };
  sentences: readonly SentenceWithTokens[];
  table: EntityTable;
  relations: readonly RelationCandidate[];
  /** Entities that become nodes even without a relation (Person, State, Agency, Place). */
  keep: (entity: Entity) => boolean;
}

// The graph options our graphs carry (multi, directed, no self-loops), as graphology states them.
const GRAPH_OPTIONS = createGraph().export().options;

function nodeAttributes(entity: Entity, article: string): NodeAttributes {
  const aliases = [entity.name, ...[...entity.aliases].filter((a) => a !== entity.name).sort()];
  return {
    name: entity.name,
    kind: entity.kind,
    aliases,
    ...(entity.title ? { title: entity.title } : {}),
    ...(entity.iso ? { iso: entity.iso } : {}),
    mentions: entity.mentions,
    articles: [article],
  };
}

/**
 * The article's graph in its serialised form (what graphology's `export()` gives), built with
 * plain maps. Why not a graphology graph: building one cost ~20% of the extraction (each edge
 * reshapes adjacency objects), and the loader only ever sends the serialised form to the store.
 */
export function buildGraphData(input: GraphInput): SerializedNewsGraph {
  const nodes = new Map<string, { key: string; attributes: NodeAttributes }>();
  const ensure = (entity: Entity) => {
    if (!nodes.has(entity.key)) nodes.set(entity.key, { key: entity.key, attributes: nodeAttributes(entity, input.article.id) });
  };
  for (const entity of input.table.entities) if (input.keep(entity)) ensure(entity);
  // One edge per (source, relation, target, sentence); its key is hashed once, when first seen.
  const edges = new Map<string, { key: string; source: string; target: string; attributes: EdgeAttributes }>();
  for (const r of input.relations) {
    const source = input.table.get(r.source);
    const target = input.table.get(r.target);
    if (source.key === target.key) continue;
    const sentence = input.sentences[r.sentence]!;
    const statement = `${source.key}\u0000${r.relation}\u0000${target.key}\u0000${sentence.start}`;
    const existing = edges.get(statement)?.attributes;
    if (existing) {
      // The same statement found by two rules: keep one edge, the surer rule's figures.
      if (existing.count === undefined && r.count !== undefined) {
        existing.count = r.count;
        if (r.object) existing.object = r.object;
      }
      if (r.confidence > existing.confidence) existing.confidence = r.confidence;
      continue;
    }
    ensure(source);
    ensure(target);
    // Built field by field in the model's order (spreading optional fields cost an object each).
    const attributes = { relation: r.relation } as EdgeAttributes;
    const cameo = CAMEO[r.relation];
    if (cameo) attributes.cameo = cameo;
    attributes.evidence = sentence.text;
    attributes.start = sentence.start;
    attributes.end = sentence.end;
    attributes.article = input.article.id;
    if (r.count !== undefined) attributes.count = r.count;
    if (r.object) attributes.object = r.object;
    attributes.confidence = r.confidence;
    const key = edgeId(input.article.id, source.key, r.relation, target.key, sentence.start);
    edges.set(statement, { key, source: source.key, target: target.key, attributes });
  }
  return {
    options: { ...GRAPH_OPTIONS },
    attributes: { article: input.article.id, title: input.article.title, source: input.article.source },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}
