// What the analyst is looking at: selection, hover and filters. One store; the renderer, the
// panels and the URL all follow it.

export interface ViewState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface ViewStore {
  get(): ViewState;
  update(patch: Partial<ViewState>): void;
  subscribe(listener: Listener): () => void;
}

export const EMPTY_STATE: ViewState = {
  selectedNode: null,
  selectedEdge: null,
  hoveredNode: null,
  hoveredEdge: null,
  hiddenKinds: new Set(),
  hiddenRelations: new Set(),
};

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(patch) {
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function toggled(set: ReadonlySet<string>, value: string, hidden: boolean): Set<string> {
  const next = new Set(set);
  if (hidden) next.add(value);
  else next.delete(value);
  return next;
}
