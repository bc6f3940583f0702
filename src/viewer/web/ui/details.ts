// The details panel: a node's identity and every edge in and out with its evidence, or one
// edge's evidence. Built from text nodes only: everything shown here comes from articles.
import { append, h, swatch, type Child } from '../dom.ts';
import { kindColor, relationColor } from '../palette.ts';
import type { Visibility } from '../reducers.ts';
import type { ViewState, ViewStore } from '../state.ts';
import type { ViewerEdge, ViewerGraph } from '../viewerGraph.ts';
import type { ArticleInfo } from '../../shared/api.ts';

export interface DetailsOptions {
  panel: HTMLElement;
  graph: ViewerGraph;
  articles: Record<string, ArticleInfo>;
  store: ViewStore;
  visibility: () => Visibility;
  onFocusNode: (node: string) => void;
}

function chip(text: string, color: string, className = 'chip'): HTMLElement {
  const element = h('span', { className }, text);
  element.style.setProperty('--chip', color);
  return element;
}

function quantity(edge: ViewerEdge): string | null {
  if (edge.count === undefined && !edge.object) return null;
  return [edge.count, edge.object].filter((part) => part !== undefined && part !== '').join(' ');
}

export function mountDetails({ panel, graph, articles, store, visibility, onFocusNode }: DetailsOptions): void {
  const nodeLink = (node: string): HTMLElement => {
    const { name, kind } = graph.getNodeAttributes(node);
    return h('button', { className: 'node-link', title: `${kind}: show ${name}`, on: { click: () => onFocusNode(node) } }, swatch(kindColor(kind)), name);
  };

  const citation = (edge: ViewerEdge): HTMLElement => {
    const info = articles[edge.article];
    return h(
      'cite',
      { className: 'citation' },
      info?.title ? h('span', { className: 'article-title' }, info.title) : h('span', { className: 'article-id' }, edge.article || 'unknown article'),
      info?.source ? h('span', { className: 'article-source' }, info.source) : null,
    );
  };

  const evidence = (edge: ViewerEdge): HTMLElement =>
    h('blockquote', { className: 'evidence', testId: 'evidence' }, edge.evidence || '(no evidence sentence)');

  const edgeCard = (edge: string, direction: 'out' | 'in', visible: boolean): HTMLElement => {
    const attributes = graph.getEdgeAttributes(edge);
    const other = direction === 'out' ? graph.target(edge) : graph.source(edge);
    const amount = quantity(attributes);
    const card = h(
      'li',
      { className: `edge-card${visible ? '' : ' filtered'}`, attrs: { 'data-edge': edge, 'data-relation': attributes.relation } },
      h(
        'div',
        { className: 'edge-line' },
        chip(attributes.relation, relationColor(attributes.relation), 'relation-chip'),
        h('span', { className: 'edge-direction' }, direction === 'out' ? 'to' : 'from'),
        nodeLink(other),
        amount ? h('span', { className: 'edge-count', title: 'count stated in the article' }, `×${amount}`) : null,
        visible ? null : h('span', { className: 'filtered-note' }, 'hidden by filter'),
      ),
      evidence(attributes),
      citation(attributes),
    );
    card.addEventListener('click', (event) => {
      if ((event.target as HTMLElement).closest('button')) return;
      store.update({ selectedEdge: edge, selectedNode: null });
    });
    return card;
  };

  const edgeSection = (title: string, edges: string[], direction: 'out' | 'in'): HTMLElement => {
    const vis = visibility();
    const sorted = [...edges].sort((a, b) => {
      const ra = graph.getEdgeAttribute(a, 'relation');
      const rb = graph.getEdgeAttribute(b, 'relation');
      const oa = graph.getNodeAttribute(direction === 'out' ? graph.target(a) : graph.source(a), 'name');
      const ob = graph.getNodeAttribute(direction === 'out' ? graph.target(b) : graph.source(b), 'name');
      return ra.localeCompare(rb) || oa.localeCompare(ob);
    });
    return h(
      'section',
      { className: 'edge-section', testId: `edges-${direction}` },
      h('h3', {}, title, h('span', { className: 'count' }, edges.length)),
      sorted.length ? h('ul', { className: 'edge-list' }, ...sorted.map((edge) => edgeCard(edge, direction, vis.edgeVisible(edge)))) : h('p', { className: 'empty' }, 'None'),
    );
  };

  const header = (kicker: Child, title: Child, extra: Child[] = []): HTMLElement =>
    h(
      'header',
      { className: 'details-header' },
      h('div', { className: 'details-kicker' }, kicker),
      h('h2', { className: 'details-title', testId: 'details-title' }, title),
      ...extra,
      h('button', { className: 'icon-button close', title: 'Close (Esc)', attrs: { 'aria-label': 'Close details' }, on: { click: () => store.update({ selectedNode: null, selectedEdge: null }) } }, '×'),
    );

  const renderNode = (node: string): void => {
    const a = graph.getNodeAttributes(node);
    const aliases = (a.aliases ?? []).filter((alias) => alias !== a.name);
    const facts: [string, string][] = [];
    if (a.title) facts.push(['Title', a.title]);
    if (a.iso) facts.push(['ISO', a.iso]);
    if (a.mentions !== undefined) facts.push(['Mentions', String(a.mentions)]);
    if (a.articles?.length) facts.push(['Articles', String(a.articles.length)]);
    facts.push(['Id', node]);
    panel.replaceChildren();
    append(
      panel,
      header(chip(a.kind, kindColor(a.kind)), a.name),
      h('dl', { className: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
      aliases.length ? h('div', { className: 'aliases', testId: 'aliases' }, h('h3', {}, 'Also called'), h('ul', { className: 'alias-list' }, ...aliases.map((alias) => h('li', {}, alias)))) : null,
      edgeSection('Outgoing', graph.outEdges(node), 'out'),
      edgeSection('Incoming', graph.inEdges(node), 'in'),
    );
  };

  const renderEdge = (edge: string): void => {
    const a = graph.getEdgeAttributes(edge);
    const amount = quantity(a);
    const facts: [string, string][] = [];
    if (amount) facts.push(['Count', amount]);
    if (a.cameo) facts.push(['CAMEO', a.cameo]);
    if (typeof a.confidence === 'number') facts.push(['Confidence', a.confidence.toFixed(2)]);
    facts.push(['Id', edge]);
    panel.replaceChildren(
      header(chip(a.relation, relationColor(a.relation), 'relation-chip'), h('span', { className: 'edge-title' }, nodeLink(graph.source(edge)), h('span', { className: 'arrow' }, '→'), nodeLink(graph.target(edge)))),
      h('dl', { className: 'facts' }, ...facts.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
      h('section', { className: 'edge-evidence' }, h('h3', {}, 'Evidence'), evidence(a), citation(a)),
    );
  };

  const render = (state: ViewState): void => {
    if (state.selectedNode && graph.hasNode(state.selectedNode)) renderNode(state.selectedNode);
    else if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) renderEdge(state.selectedEdge);
    else {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  };

  render(store.get());
  store.subscribe((state, previous) => {
    const filtersChanged = state.hiddenKinds !== previous.hiddenKinds || state.hiddenRelations !== previous.hiddenRelations;
    if (state.selectedNode !== previous.selectedNode || state.selectedEdge !== previous.selectedEdge || filtersChanged) render(state);
  });
}
