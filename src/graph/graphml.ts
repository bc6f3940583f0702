// GraphML for analysts' tools (networkx, igraph, Gephi, yEd) and for Neo4j's apoc.import.graphml.
// graphology-graphml 0.5 ships only a parser (no writer), so this small writer is ours.
//
// The file is directed; every edge keeps its id (so parallel edges stay distinct, and networkx
// reads a MultiDiGraph keyed by our edge keys). Each attribute gets one <key> with its attr.type:
// whole numbers are `long`, other numbers `double`, text `string`. Arrays and objects are written
// as JSON text in a `string` key; a list of strings also carries attr.list="string", from which
// APOC rebuilds the list. Nodes carry their kind in APOC's form (labels=":State", plus a `labels`
// data value) and edges their relation type (label="EXPELLED", plus a `label` data value), so
// `CALL apoc.import.graphml(file, {readLabels: true, storeNodeIds: true})` recreates them.
import type { AbstractGraph, Attributes } from 'graphology-types';

type Domain = 'graph' | 'node' | 'edge';
type AttrType = 'boolean' | 'long' | 'double' | 'string';

interface KeySpec {
  id: string;
  domain: Domain;
  name: string;
  type: AttrType;
  /** APOC's hint that the JSON text is a list of this type. */
  list?: 'string';
}

export interface GraphmlOptions {
  /** The node's label in APOC's form, without the colon. Default: its `kind` attribute. */
  nodeLabel?: (attributes: Attributes) => string | undefined;
  /** The edge's relationship type. Default: its `relation` attribute. */
  edgeLabel?: (attributes: Attributes) => string | undefined;
  /** Attributes typed `double` even when every value happens to be whole. Default: confidence. */
  doubles?: readonly string[];
}

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates
// standing alone and U+FFFE/U+FFFF; anything else would make the file unreadable.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** In attribute values, line breaks and tabs must be character references or XML parsers fold them to spaces. */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

function typeOf(value: unknown): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(a: AttrType | undefined, b: AttrType): AttrType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function encode(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'number' && !Number.isFinite(value));
}

/** One key per attribute name and domain, typed to fit every value it holds. */
function collectKeys(domain: Domain, records: Iterable<Attributes>, reserved: Set<string>, taken: Set<string>, doubles: readonly string[]): Map<string, KeySpec> {
  const types = new Map<string, AttrType>();
  const stringLists = new Map<string, boolean>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (!isPresent(value) || reserved.has(name)) continue;
      types.set(name, widen(types.get(name), typeOf(value)));
      const isStringList = Array.isArray(value) && value.every((item) => typeof item === 'string');
      stringLists.set(name, (stringLists.get(name) ?? true) && isStringList);
    }
  }
  const keys = new Map<string, KeySpec>();
  for (const [name, inferred] of types) {
    const type = inferred === 'long' && doubles.includes(name) ? 'double' : inferred;
    const id = taken.has(name) ? `${domain}_${name}` : name;
    taken.add(id);
    keys.set(name, { id, domain, name, type, ...(stringLists.get(name) ? { list: 'string' as const } : {}) });
  }
  return keys;
}

function dataElements(attributes: Attributes, keys: Map<string, KeySpec>, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const key = keys.get(name);
    if (!key || !isPresent(value)) continue;
    lines.push(`${indent}<data key="${escapeAttribute(key.id)}">${escapeXml(encode(value))}</data>`);
  }
  return lines;
}

function keyElement(key: KeySpec): string {
  const list = key.list ? ` attr.list="${key.list}"` : '';
  return `  <key id="${escapeAttribute(key.id)}" for="${key.domain}" attr.name="${escapeAttribute(key.name)}" attr.type="${key.type}"${list}/>`;
}

export function toGraphml(graph: AbstractGraph, options: GraphmlOptions = {}): string {
  const nodeLabel = options.nodeLabel ?? ((attributes) => (typeof attributes.kind === 'string' ? attributes.kind : undefined));
  const edgeLabel = options.edgeLabel ?? ((attributes) => (typeof attributes.relation === 'string' ? attributes.relation : undefined));

  // APOC finds node labels and relationship types under these exact key ids.
  const taken = new Set(['labels', 'label']);
  const labelKeys: KeySpec[] = [
    { id: 'labels', domain: 'node', name: 'labels', type: 'string' },
    { id: 'label', domain: 'edge', name: 'label', type: 'string' },
  ];
  const doubles = options.doubles ?? ['confidence'];
  const nodeKeys = collectKeys('node', graph.mapNodes((_node, attributes) => attributes), new Set(['labels']), taken, doubles);
  const edgeKeys = collectKeys('edge', graph.mapEdges((_edge, attributes) => attributes), new Set(['label']), taken, doubles);
  const graphKeys = collectKeys('graph', [graph.getAttributes()], new Set(), taken, doubles);

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...graphKeys.values(), ...labelKeys, ...nodeKeys.values(), ...edgeKeys.values()].map(keyElement),
    '  <graph id="G" edgedefault="directed">',
    ...dataElements(graph.getAttributes(), graphKeys, '    '),
  ];
  graph.forEachNode((node, attributes) => {
    const label = nodeLabel(attributes);
    const labels = label ? `:${label}` : undefined;
    lines.push(`    <node id="${escapeAttribute(node)}"${labels ? ` labels="${escapeAttribute(labels)}"` : ''}>`);
    if (labels) lines.push(`      <data key="labels">${escapeXml(labels)}</data>`);
    lines.push(...dataElements(attributes, nodeKeys, '      '), '    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const label = edgeLabel(attributes);
    const labelAttribute = label ? ` label="${escapeAttribute(label)}"` : '';
    lines.push(`    <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"${labelAttribute}>`);
    if (label) lines.push(`      <data key="label">${escapeXml(label)}</data>`);
    lines.push(...dataElements(attributes, edgeKeys, '      '), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
