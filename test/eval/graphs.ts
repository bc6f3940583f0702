// Builds tiny graphs for scoring tests: nodes keyed by slug, edges with the attributes the model requires.
import { slug } from '../../src/graph/ids.ts';
import { type NewsGraph, createGraph } from '../../src/graph/model.ts';
import type { EntityKind, RelationType } from '../../src/ontology.ts';

export function graphOf(
  nodes: [name: string, kind: EntityKind, aliases?: string[]][],
  edges: [source: string, relation: RelationType, target: string, evidence?: string][] = [],
): NewsGraph {
  const graph = createGraph();
  for (const [name, kind, aliases = []] of nodes) graph.addNode(slug(name), { name, kind, aliases: [name, ...aliases] });
  edges.forEach(([source, relation, target, evidence = `${source} ${relation} ${target}.`], i) => {
    graph.addEdge(slug(source), slug(target), { relation, evidence, start: i * 100, end: i * 100 + evidence.length, article: 'a-test', confidence: 1 });
  });
  return graph;
}
