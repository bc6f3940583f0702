// Keeps the selection and filters in the address bar, so a copied link reopens the same view.
import type { ViewState } from './state.ts';

const PARAMS = { node: 'node', edge: 'edge', hiddenKinds: 'hideKinds', hiddenRelations: 'hideRelations' } as const;

function list(value: string | null): Set<string> {
  return new Set((value ?? '').split(',').map((item) => item.trim()).filter(Boolean));
}

export function readUrlState(search: string): Partial<ViewState> {
  const params = new URLSearchParams(search);
  return {
    selectedNode: params.get(PARAMS.node),
    selectedEdge: params.get(PARAMS.edge),
    hiddenKinds: list(params.get(PARAMS.hiddenKinds)),
    hiddenRelations: list(params.get(PARAMS.hiddenRelations)),
  };
}

export function urlSearchFor(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selectedNode) params.set(PARAMS.node, state.selectedNode);
  if (state.selectedEdge) params.set(PARAMS.edge, state.selectedEdge);
  if (state.hiddenKinds.size) params.set(PARAMS.hiddenKinds, [...state.hiddenKinds].sort().join(','));
  if (state.hiddenRelations.size) params.set(PARAMS.hiddenRelations, [...state.hiddenRelations].sort().join(','));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** replaceState, not pushState: filtering is not navigation, Back should leave the viewer. */
export function writeUrlState(state: ViewState): void {
  const search = urlSearchFor(state);
  if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
}
