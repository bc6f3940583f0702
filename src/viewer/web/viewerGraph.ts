// Turns the API's serialised graph into the graph sigma draws: the data attributes as they came,
// plus position, size, colour and label. Data attributes keep their names, so the GraphML
// export can pick them back out.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedNewsGraph } from '../../graph/model.ts';
import { kindColor, relationColor } from './palette.ts';

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  label: string;
  /** Set by indexParallelEdgesIndex; null when the edge has no parallel. */
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
  curvature?: number;
}

export type ViewerNode = NodeAttributes & NodeDisplay;
export type ViewerEdge = EdgeAttributes & EdgeDisplay;
export type ViewerGraph = MultiDirectedGraph<ViewerNode, ViewerEdge>;

/** The attribute names that are display-only, left out of exports. */
export const DISPLAY_NODE_ATTRIBUTES = ['x', 'y', 'size', 'color', 'label'] as const;
export const DISPLAY_EDGE_ATTRIBUTES = ['size', 'color', 'label', 'parallelIndex', 'parallelMaxIndex', 'parallelMinIndex', 'curvature'] as const;

// Deterministic start positions (a hash of the node key), so one graph opens the same way twice.
function hashUnit(key: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 1_000_003) / 1_000_003;
}

/**
 * Sizes grow with the square root of degree, so hubs stand out without swallowing the canvas;
 * the more nodes share the screen, the smaller they all are.
 */
export function nodeSize(degree: number, order: number): number {
  const [base, step, max] = order <= 100 ? [6, 2.6, 30] : order <= 1000 ? [3, 1.5, 18] : [1.5, 0.8, 12];
  return Math.min(base + step * Math.sqrt(degree), max);
}

/** Thinner edges as they multiply, so a dense graph stays a picture rather than a solid mass. */
export function edgeSize(edgeCount: number): number {
  return edgeCount <= 500 ? 2 : edgeCount <= 5_000 ? 1.2 : 0.8;
}

/** And translucent past a few thousand, so crossings read as density. */
function edgeColor(hex: string, edgeCount: number): string {
  return edgeCount <= 2_000 ? hex : `${hex}99`;
}

// Spreads n parallel edges of one pair symmetrically, flattening as n grows.
function curvatureFor(index: number, maxIndex: number): number {
  const spread = 3.5 * (1 - Math.exp(-maxIndex / 3.5)) * DEFAULT_EDGE_CURVATURE;
  return (spread * index) / maxIndex;
}

function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value : fallback;
}

export function buildViewerGraph(data: SerializedNewsGraph): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph<ViewerNode, ViewerEdge>({ allowSelfLoops: true });
  for (const node of data.nodes ?? []) {
    const attributes = (node.attributes ?? {}) as Partial<NodeAttributes>;
    const name = textOr(attributes.name, node.key);
    const kind = textOr(attributes.kind, 'Unknown') as NodeAttributes['kind'];
    graph.addNode(node.key, {
      ...attributes,
      name,
      kind,
      aliases: Array.isArray(attributes.aliases) ? attributes.aliases.filter((a): a is string => typeof a === 'string') : [name],
      x: hashUnit(node.key, 1) * 100,
      y: hashUnit(node.key, 2) * 100,
      size: 1,
      color: kindColor(kind),
      label: name,
    });
  }
  for (const edge of data.edges ?? []) {
    const attributes = (edge.attributes ?? {}) as Partial<EdgeAttributes>;
    const relation = textOr(attributes.relation, 'RELATED') as EdgeAttributes['relation'];
    const display = {
      ...attributes,
      relation,
      evidence: typeof attributes.evidence === 'string' ? attributes.evidence : '',
      size: edgeSize(data.edges?.length ?? 0),
      color: edgeColor(relationColor(relation), data.edges?.length ?? 0),
      label: relation,
    } as ViewerEdge;
    if (edge.key !== undefined) graph.addEdgeWithKey(edge.key, edge.source, edge.target, display);
    else graph.addEdge(edge.source, edge.target, display);
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', nodeSize(graph.degree(node), graph.order)));
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex', edgeMinIndexAttribute: 'parallelMinIndex' });
  graph.forEachEdge((edge, attributes) => {
    const { parallelIndex, parallelMaxIndex } = attributes;
    if (typeof parallelIndex === 'number' && typeof parallelMaxIndex === 'number' && parallelMaxIndex !== 0) {
      graph.setEdgeAttribute(edge, 'curvature', curvatureFor(parallelIndex, parallelMaxIndex));
    }
  });
  return graph;
}

export function isCurved(attributes: ViewerEdge): boolean {
  return typeof attributes.curvature === 'number' && attributes.curvature !== 0;
}
