// GraphML as analysts' tools read it: networkx (python3 subprocess) and graphology-graphml's parser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphology-graphml';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/graph/graphml.ts';
import { createGraph, type NewsGraph } from '../../src/graph/model.ts';
import { openStore } from '../../src/store/index.ts';
import { ALL_ARTICLES, tempDbPath } from '../store/fixtures.ts';

const NETWORKX_SUMMARY = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1], force_multigraph=sys.argv[4] == "force")
edges = list(g.edges(keys=True, data=True))
print(json.dumps({
  "type": type(g).__name__,
  "directed": g.is_directed(),
  "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(),
  "keys": sorted(k for _, _, k, _ in edges),
  "node": g.nodes[sys.argv[2]],
  "edge": next(d for _, _, k, d in edges if k == sys.argv[3]),
  "types": {name: type(value).__name__ for name, value in next(d for _, _, k, d in edges if k == sys.argv[3]).items()},
}))
`;

// The first python3 that has networkx: a pyenv or venv one on PATH, else Debian's, where
// `apt-get install python3-networkx` (done by .ci/run) puts it.
const PYTHON = ['python3', '/usr/bin/python3'].find((python) => {
  try {
    execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}) ?? 'python3';

function readWithNetworkx(path: string, node: string, edge: string, force = false): Record<string, any> {
  const output = execFileSync(PYTHON, ['-c', NETWORKX_SUMMARY, path, node, edge, force ? 'force' : 'detect'], { encoding: 'utf8' });
  return JSON.parse(output) as Record<string, any>;
}

describe('GraphML export of a stored graph', () => {
  let dir: string;
  let graph: NewsGraph;
  let counts: { nodes: number; edges: number };
  let xml: string;
  let file: string;

  beforeAll(async () => {
    const db = tempDbPath();
    const store = await openStore({ db: db.path });
    await store.writeArticles(ALL_ARTICLES);
    graph = await store.exportGraph();
    counts = await store.counts();
    await store.close();
    db.cleanup();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-graphml-'));
    xml = toGraphml(graph);
    file = join(dir, 'graph.graphml');
    writeFileSync(file, xml);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read by networkx as a directed multigraph with the store counts and our edge keys', () => {
    // Two articles report the UK expulsion; one article states two US expulsions: parallel edges.
    const parallel = graph.edges('united-states', 'russia').filter((key) => graph.getEdgeAttribute(key, 'relation') === 'EXPELLED');
    expect(parallel).toHaveLength(2);
    const counted = parallel.find((key) => graph.getEdgeAttribute(key, 'count') === 60)!;
    const read = readWithNetworkx(file, 'russia', counted);
    expect(read.type).toBe('MultiDiGraph');
    expect(read.directed).toBe(true);
    expect(read.nodes).toBe(counts.nodes);
    expect(read.edges).toBe(counts.edges);
    expect(read.keys).toEqual(graph.edges().sort());
    expect(read.node).toMatchObject({ name: 'Russia', kind: 'State', iso: 'RUS', labels: ':State', mentions: 3 });
    expect(JSON.parse(read.node.aliases as string)).toEqual(graph.getNodeAttribute('russia', 'aliases'));
    expect(read.edge).toMatchObject({ relation: 'EXPELLED', label: 'EXPELLED', cameo: '174', count: 60, article: 'a-us' });
    expect(read.types).toMatchObject({ start: 'int', end: 'int', count: 'int', confidence: 'float', evidence: 'str' });
  });

  it('is read back by graphology-graphml with the same nodes, edges and attributes', () => {
    const back = parse(MultiDirectedGraph, xml);
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((key, attributes, source, target) => {
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
      expect(back.getEdgeAttributes(key)).toEqual({ ...attributes, label: attributes.relation });
    });
    graph.forEachNode((key, attributes) => {
      const { aliases, articles, ...scalars } = attributes;
      expect(back.getNodeAttributes(key)).toEqual({ ...scalars, labels: `:${attributes.kind}`, aliases: JSON.stringify(aliases), articles: JSON.stringify(articles) });
    });
  });

  it('declares one typed key per attribute and labels in the form apoc.import.graphml reads', () => {
    expect(xml).toContain('<key id="start" for="edge" attr.name="start" attr.type="long"/>');
    expect(xml).toContain('<key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).toContain('<key id="aliases" for="node" attr.name="aliases" attr.type="string" attr.list="string"/>');
    expect(xml).toContain('<key id="labels" for="node" attr.name="labels" attr.type="string"/>');
    expect(xml).toMatch(/<node id="russia" labels=":State">\n\s+<data key="labels">:State<\/data>/);
    expect(xml).toMatch(/<edge id="e-[0-9a-f]+" source="united-states" target="russia" label="EXPELLED">/);
    expect(xml.match(/<key /g)).toHaveLength(new Set(xml.match(/<key id="[^"]+"/g)).size);
  });
});

describe('GraphML escaping', () => {
  it('round-trips markup, quotes, line breaks and non-ASCII text, and replaces what XML cannot hold', () => {
    const graph = createGraph();
    const nasty = 'Tom & "Jerry" <b>\'quoted\'</b>\nsecond line\ttab — Ünïcödé 🚀';
    graph.mergeAttributes({ title: 'a < b & c' });
    graph.addNode('a&"b"<c>', { name: nasty, kind: 'Person', aliases: [nasty, 'x'] });
    graph.addNode('plain', { name: 'Bell\u0007 char', kind: 'State', aliases: [] });
    graph.addDirectedEdgeWithKey('k"1&', 'a&"b"<c>', 'plain', { relation: 'ACCUSED', evidence: nasty, start: 0, end: 10, article: 'a-1', confidence: 0.5 });
    const xml = toGraphml(graph);
    expect(xml).not.toContain('\u0007');
    const back = parse(MultiDirectedGraph, xml);
    expect(back.getAttribute('title')).toBe('a < b & c');
    expect(back.getNodeAttribute('a&"b"<c>', 'name')).toBe(nasty);
    expect(JSON.parse(back.getNodeAttribute('a&"b"<c>', 'aliases') as string)).toEqual([nasty, 'x']);
    expect(back.getNodeAttribute('plain', 'name')).toBe('Bell\uFFFD char');
    expect(back.getEdgeAttribute('k"1&', 'evidence')).toBe(nasty);
    expect(back.source('k"1&')).toBe('a&"b"<c>');

    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-graphml-'));
    try {
      const file = join(dir, 'nasty.graphml');
      writeFileSync(file, xml);
      const read = readWithNetworkx(file, 'a&"b"<c>', 'k"1&', true);
      expect(read.node.name).toBe(nasty);
      expect(read.edge.evidence).toBe(nasty);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty graph that both readers accept', () => {
    const xml = toGraphml(createGraph());
    expect(parse(MultiDirectedGraph, xml).order).toBe(0);
  });
});

describe('GraphML key types', () => {
  it('types confidence as double even when every value is whole, and widens mixed numbers to double', () => {
    const graph = createGraph();
    graph.addNode('a', { name: 'A', kind: 'State', aliases: ['A'] });
    graph.addNode('b', { name: 'B', kind: 'State', aliases: ['B'] });
    graph.addDirectedEdgeWithKey('e1', 'a', 'b', { relation: 'EXPELLED', evidence: 'x', start: 0, end: 1, article: 'a-1', confidence: 1, count: 3 });
    graph.addDirectedEdgeWithKey('e2', 'a', 'b', { relation: 'EXPELLED', evidence: 'y', start: 2, end: 3, article: 'a-1', confidence: 1, count: 2.5 as number });
    const xml = toGraphml(graph);
    expect(xml).toContain('attr.name="confidence" attr.type="double"');
    expect(xml).toContain('attr.name="count" attr.type="double"');
    expect(xml).toContain('attr.name="start" attr.type="long"');
  });
});
