// Sigma reducers: how the state (filters, hover, selection) changes what is drawn, without
// touching the graph's own attributes.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_EDGE, DIMMED_NODE } from './palette.ts';
import type { ViewState } from './state.ts';
import { isCurved, type ViewerEdge, type ViewerGraph, type ViewerNode } from './viewerGraph.ts';

export interface Visibility {
  nodeVisible(node: string): boolean;
  edgeVisible(edge: string): boolean;
}

/** Filters only (not hover): what "the visible graph" means for counts and exports. */
export function visibility(graph: ViewerGraph, state: ViewState): Visibility {
  const nodeVisible = (node: string) => !state.hiddenKinds.has(graph.getNodeAttribute(node, 'kind'));
  return {
    nodeVisible,
    edgeVisible: (edge) =>
      !state.hiddenRelations.has(graph.getEdgeAttribute(edge, 'relation')) &&
      nodeVisible(graph.source(edge)) &&
      nodeVisible(graph.target(edge)),
  };
}

/** The node whose neighbourhood is highlighted: the hovered one, else the selected one. */
function focusOf(state: ViewState): string | null {
  return state.hoveredNode ?? state.selectedNode;
}

export function createReducers(graph: ViewerGraph, getState: () => ViewState) {
  // Recomputed only when the focus changes, not on every node of every frame.
  let cachedFocus: string | null = null;
  let neighbours = new Set<string>();
  const neighbourhood = (focus: string | null): Set<string> => {
    if (focus !== cachedFocus) {
      cachedFocus = focus;
      neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : new Set();
    }
    return neighbours;
  };

  const nodeReducer = (node: string, data: ViewerNode): Partial<NodeDisplayData> => {
    const state = getState();
    const result: Partial<NodeDisplayData> = { ...data };
    if (state.hiddenKinds.has(data.kind)) return { ...result, hidden: true };
    const focus = focusOf(state);
    if (node === state.selectedNode) {
      result.highlighted = true;
      result.forceLabel = true;
      result.zIndex = 2;
    }
    if (focus && graph.hasNode(focus)) {
      if (node === focus || neighbourhood(focus).has(node)) {
        result.forceLabel = true;
        result.zIndex = Math.max(result.zIndex ?? 0, 1);
      } else {
        result.color = DIMMED_NODE;
        result.label = '';
        result.zIndex = 0;
      }
    }
    return result;
  };

  const edgeReducer = (edge: string, data: ViewerEdge): Partial<EdgeDisplayData> => {
    const state = getState();
    const result: Partial<EdgeDisplayData> & { curvature?: number } = { ...data, type: isCurved(data) ? 'curvedArrow' : 'arrow' };
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (
      state.hiddenRelations.has(data.relation) ||
      state.hiddenKinds.has(graph.getNodeAttribute(source, 'kind')) ||
      state.hiddenKinds.has(graph.getNodeAttribute(target, 'kind'))
    ) {
      return { ...result, hidden: true };
    }
    if (edge === state.selectedEdge) {
      result.size = data.size * 2.4;
      result.forceLabel = true;
      result.zIndex = 2;
    }
    const focus = focusOf(state);
    if (focus && graph.hasNode(focus)) {
      if (source === focus || target === focus) {
        result.forceLabel = true;
        result.size = Math.max(result.size ?? data.size, data.size * 1.5);
        result.zIndex = Math.max(result.zIndex ?? 0, 1);
      } else {
        result.color = DIMMED_EDGE;
        result.label = '';
        result.zIndex = 0;
      }
    }
    return result;
  };

  return { nodeReducer, edgeReducer };
}
