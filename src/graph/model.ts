// The in-memory graph: a graphology multi-directed graph whose `export()` is our JSON format.
// No attribute is called `type`: sigma reserves that name for its render programs.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EntityKind, RelationType } from '../ontology.ts';

export interface NodeAttributes {
  /** Canonical name, e.g. "Theresa May", "United Kingdom". */
  name: string;
  kind: EntityKind;
  /** Every surface form seen in the text(s), canonical name included. */
  aliases: string[];
  /** Office or role, e.g. "Prime Minister". */
  title?: string;
  /** ISO 3166-1 alpha-3 for states. */
  iso?: string;
  /** How many mentions the extractor resolved to this node. */
  mentions?: number;
  /** Ids of the articles that name it. */
  articles?: string[];
}

export interface EdgeAttributes {
  relation: RelationType;
  /** CAMEO code where the relation has one. */
  cameo?: string;
  /** The sentence that states the relation, verbatim. */
  evidence: string;
  /** Character offsets of that sentence in the normalised article text. */
  start: number;
  end: number;
  /** Stable article id. */
  article: string;
  /** Number and noun where stated: "60", "diplomats". */
  count?: number;
  object?: string;
  confidence: number;
}

export interface GraphAttributes {
  /** Article id when the graph holds one article. */
  article?: string;
  title?: string;
  source?: string;
}

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedNewsGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): NewsGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

export function importGraph(data: SerializedNewsGraph): NewsGraph {
  const graph = createGraph();
  graph.import(data);
  return graph;
}
