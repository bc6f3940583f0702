// The two downloads: the visible graph (filters applied) as GraphML, and the canvas as PNG.
import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import { toGraphml } from '../../graph/graphml.ts';
import type { Visibility } from './reducers.ts';
import { DISPLAY_EDGE_ATTRIBUTES, DISPLAY_NODE_ATTRIBUTES, type ViewerEdge, type ViewerGraph, type ViewerNode } from './viewerGraph.ts';

export function visibleSubgraph(graph: ViewerGraph, visibility: Visibility): ViewerGraph {
  const subgraph: ViewerGraph = new MultiDirectedGraph<ViewerNode, ViewerEdge>({ allowSelfLoops: true });
  graph.forEachNode((node, attributes) => {
    if (visibility.nodeVisible(node)) subgraph.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (visibility.edgeVisible(edge)) subgraph.addEdgeWithKey(edge, source, target, attributes);
  });
  return subgraph;
}

function hexToRgb(color: string): { r: number; g: number; b: number } | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return match ? { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) } : null;
}

function omit(attributes: object, names: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...attributes };
  for (const name of names) delete copy[name];
  return copy;
}

/**
 * The project's GraphML (the same writer as `newsgraph export`), of the data attributes as
 * stored plus label/x/y/size/r/g/b, which Gephi reads as the node's name, place and look.
 */
export function visibleGraphML(graph: ViewerGraph, visibility: Visibility): string {
  const visible = visibleSubgraph(graph, visibility);
  const exported = new MultiDirectedGraph({ allowSelfLoops: true });
  visible.forEachNode((node, a) => exported.addNode(node, { ...omit(a, DISPLAY_NODE_ATTRIBUTES), label: a.name, x: a.x, y: a.y, size: a.size, ...hexToRgb(String(a.color)) }));
  visible.forEachEdge((edge, a, source, target) => exported.addEdgeWithKey(edge, source, target, omit(a, DISPLAY_EDGE_ATTRIBUTES)));
  return toGraphml(exported);
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadGraphML(graph: ViewerGraph, visibility: Visibility, fileName: string): void {
  download(new Blob([visibleGraphML(graph, visibility)], { type: 'application/graphml+xml' }), fileName);
}

export function downloadPNG(renderer: Sigma<ViewerNode, ViewerEdge>, fileName: string): Promise<void> {
  // export-image is typed for untyped graphs; it only reads the renderer's settings and camera.
  return downloadAsPNG(renderer as unknown as Sigma, { fileName, backgroundColor: '#ffffff' });
}
