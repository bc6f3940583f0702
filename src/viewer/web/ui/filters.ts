// The left panel: node kinds (the legend) and relation types, each a coloured toggle with a count.
import { h, swatch } from '../dom.ts';
import { kindColor, orderKinds, orderRelations, relationColor } from '../palette.ts';
import { toggled, type ViewState, type ViewStore } from '../state.ts';
import type { ViewerGraph } from '../viewerGraph.ts';

type Group = 'hiddenKinds' | 'hiddenRelations';

function countBy(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function mountFilters(legend: HTMLElement, relations: HTMLElement, graph: ViewerGraph, store: ViewStore): void {
  const counts: Record<Group, Map<string, number>> = {
    hiddenKinds: countBy(graph.mapNodes((_node, attributes) => attributes.kind)),
    hiddenRelations: countBy(graph.mapEdges((_edge, attributes) => attributes.relation)),
  };
  const checkboxes: Record<Group, Map<string, HTMLInputElement>> = { hiddenKinds: new Map(), hiddenRelations: new Map() };

  const rows = (group: Group, values: string[], color: (value: string) => string, shape: 'dot' | 'line') =>
    values.map((value) => {
      const checkbox = h('input', { attrs: { type: 'checkbox', 'data-value': value } });
      checkbox.addEventListener('change', () => store.update({ [group]: toggled(store.get()[group], value, !checkbox.checked) }));
      checkboxes[group].set(value, checkbox);
      return h(
        'li',
        {},
        h('label', { className: 'toggle' }, checkbox, swatch(color(value), shape), h('span', { className: 'toggle-name' }, value), h('span', { className: 'count' }, counts[group].get(value) ?? 0)),
      );
    });

  legend.replaceChildren(...rows('hiddenKinds', orderKinds(counts.hiddenKinds.keys()), kindColor, 'dot'));
  relations.replaceChildren(...rows('hiddenRelations', orderRelations(counts.hiddenRelations.keys()), relationColor, 'line'));
  if (counts.hiddenKinds.size === 0) legend.append(h('li', { className: 'empty' }, 'No entities'));
  if (counts.hiddenRelations.size === 0) relations.append(h('li', { className: 'empty' }, 'No relations'));

  const sync = (state: ViewState) => {
    for (const group of ['hiddenKinds', 'hiddenRelations'] as const) {
      for (const [value, checkbox] of checkboxes[group]) checkbox.checked = !state[group].has(value);
    }
  };

  // "all" / "none" buttons next to each heading.
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-filter-group]')) {
    button.addEventListener('click', () => {
      const group = button.dataset.filterGroup as Group;
      store.update({ [group]: button.dataset.filterAction === 'none' ? new Set(counts[group].keys()) : new Set<string>() });
    });
  }

  sync(store.get());
  store.subscribe((state, previous) => {
    if (state.hiddenKinds !== previous.hiddenKinds || state.hiddenRelations !== previous.hiddenRelations) sync(state);
  });
}
