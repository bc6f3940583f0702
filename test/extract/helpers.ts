// Test helper: extract a short text and list its edges as "Source -RELATION-> Target".
import { extractArticle } from '../../src/extract/index.ts';
import type { EdgeAttributes } from '../../src/graph/model.ts';

export interface EdgeView extends EdgeAttributes {
  source: string;
  target: string;
  sourceKind: string;
  targetKind: string;
}

export function edgesOf(body: string, title = 'Untitled report'): EdgeView[] {
  const { graph } = extractArticle(`${title}\n\n${body}\n`);
  return graph.mapEdges((_key, attributes, source, target) => ({
    ...attributes,
    source: graph.getNodeAttribute(source, 'name'),
    target: graph.getNodeAttribute(target, 'name'),
    sourceKind: graph.getNodeAttribute(source, 'kind'),
    targetKind: graph.getNodeAttribute(target, 'kind'),
  }));
}

const SCORED = new Set(['EXPELLED', 'ACCUSED', 'DENIED', 'CONGRATULATED']);

/** Scored edges as "Source -RELATION-> Target", sorted and deduplicated. */
export function scored(body: string, title?: string): string[] {
  const lines = edgesOf(body, title)
    .filter((e) => SCORED.has(e.relation))
    .map((e) => `${e.source} -${e.relation}-> ${e.targetKind === 'Event' ? '@Event' : e.target}`);
  return [...new Set(lines)].sort();
}
