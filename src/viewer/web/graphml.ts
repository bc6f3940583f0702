// GraphML for the "download visible graph" button. graphology-graphml 0.5 ships a parser only,
// so this writes the XML through the browser's own DOM and XMLSerializer, which do the escaping.
// (When src/graph/graphml.ts lands and runs in a browser, this file should delegate to it.)
import type { AbstractGraph, Attributes } from 'graphology-types';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type Scalar = string | number | boolean;
type GraphMLType = 'string' | 'double' | 'long' | 'boolean';

interface Key {
  id: string;
  domain: 'node' | 'edge';
  name: string;
  type: GraphMLType;
}

/** GraphML has no lists: arrays (aliases, articles) travel as JSON text. */
function scalar(value: unknown): Scalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return JSON.stringify(value);
}

function typeOf(values: Scalar[]): GraphMLType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'long' : 'double';
  return 'string';
}

function collectKeys(domain: 'node' | 'edge', rows: Record<string, Scalar>[], prefix: string): Key[] {
  const values = new Map<string, Scalar[]>();
  for (const row of rows) for (const [name, value] of Object.entries(row)) (values.get(name) ?? values.set(name, []).get(name)!).push(value);
  return [...values.entries()].map(([name, seen], i) => {
    const type = typeOf(seen);
    return { id: `${prefix}${i}`, domain, name, type };
  });
}

function cleanRow(attributes: Attributes): Record<string, Scalar> {
  const row: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const v = scalar(value);
    if (v !== undefined) row[name] = v;
  }
  return row;
}

export interface GraphMLOptions {
  nodeAttributes: (node: string, attributes: Attributes) => Attributes;
  edgeAttributes: (edge: string, attributes: Attributes) => Attributes;
}

export function toGraphML(graph: AbstractGraph, options: GraphMLOptions): string {
  const nodeRows = graph.mapNodes((node, attributes) => ({ node, row: cleanRow(options.nodeAttributes(node, attributes)) }));
  const edgeRows = graph.mapEdges((edge, attributes, source, target) => ({ edge, source, target, row: cleanRow(options.edgeAttributes(edge, attributes)) }));
  const nodeKeys = collectKeys('node', nodeRows.map((r) => r.row), 'n');
  const edgeKeys = collectKeys('edge', edgeRows.map((r) => r.row), 'e');

  const doc = document.implementation.createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  const el = (name: string, attributes: Record<string, string> = {}, text?: string) => {
    const element = doc.createElementNS(GRAPHML_NS, name);
    for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
    if (text !== undefined) element.textContent = text;
    return element;
  };
  for (const key of [...nodeKeys, ...edgeKeys]) root.appendChild(el('key', { id: key.id, for: key.domain, 'attr.name': key.name, 'attr.type': key.type }));
  const graphElement = el('graph', { id: 'G', edgedefault: graph.type === 'undirected' ? 'undirected' : 'directed' });
  root.appendChild(graphElement);

  const dataElements = (keys: Key[], row: Record<string, Scalar>) =>
    keys.filter((key) => key.name in row).map((key) => el('data', { key: key.id }, String(row[key.name])));

  for (const { node, row } of nodeRows) {
    const element = el('node', { id: node });
    for (const data of dataElements(nodeKeys, row)) element.appendChild(data);
    graphElement.appendChild(element);
  }
  for (const { edge, source, target, row } of edgeRows) {
    const element = el('edge', { id: edge, source, target });
    for (const data of dataElements(edgeKeys, row)) element.appendChild(data);
    graphElement.appendChild(element);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
