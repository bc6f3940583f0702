// `newsgraph query` and `newsgraph export` end to end: the real CLI against a temporary Kùzu file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { newsgraph, oneErrorLine, repoRoot } from '../cli/newsgraph.ts';
import { ALL_ARTICLES } from './fixtures.ts';

let dir: string;
let db: string;
let counts: { articles: number; nodes: number; edges: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-query-cli-'));
  db = join(dir, 'news.db');
  const store = await openStore({ db });
  await store.writeArticles(ALL_ARTICLES);
  counts = await store.counts();
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function storedCounts(): Promise<typeof counts> {
  const store = await openStore({ db, readOnly: true });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('newsgraph query', () => {
  it('runs a library file with a parameter and prints a table', () => {
    const result = newsgraph(['query', '--db', db, '--file', 'cypher/queries/actor-activity.cypher', '--param', 'name=Moscow']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^actor +\| relation +\| target/);
    expect(lines[2]).toMatch(/^Russia +\| DENIED +\| United Kingdom/);
    expect(lines.at(-1)).toBe('(1 row)');
  });

  it('prints JSON and CSV', () => {
    const json = newsgraph(['query', '--db', db, 'MATCH (a)-[r:CONGRATULATED]->(b) RETURN a.name AS actor, b.name AS target, r.confidence AS confidence', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual([{ actor: 'Donald Trump', target: 'Vladimir Putin', confidence: 0.9 }]);
    const csv = newsgraph(['query', '--db', db, '--file', 'cypher/queries/accusations-denied.cypher', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('accuser,accused,accusation_evidence,denial_evidence,accusation_article,denial_article');
    expect(csv.stdout.split('\r\n')[1]).toBe('United Kingdom,Russia,Britain accused Russia of the attack.,Moscow has denied responsibility for the attack.,a-uk,a-uk');
  });

  it('takes typed parameters with name:=json, before or after the statement', () => {
    const result = newsgraph(['query', '--db', db, 'MATCH (a)-[r:EXPELLED]->(b) WHERE r.count >= $least RETURN a.name AS actor ORDER BY actor', '--param', 'least:=60', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual([{ actor: 'United States' }, { actor: 'allies' }]);
    const before = newsgraph(['query', '--db', db, '-p', 'least:=100', '-p', 'noun=diplomats', 'MATCH (a)-[r:EXPELLED]->(b) WHERE r.count >= $least AND r.object = $noun RETURN a.name AS actor', '--format', 'json']);
    expect(before.stderr).toBe('');
    expect(JSON.parse(before.stdout)).toEqual([{ actor: 'allies' }]);
  });

  it('refuses a write without --write in one line, changing nothing, and allows it with --write', async () => {
    const refused = newsgraph(['query', '--db', db, 'MATCH (n) DETACH DELETE n']);
    expect(refused.status).toBe(1);
    expect(oneErrorLine(refused)).toBe('newsgraph: the query writes to the database and was refused; nothing changed (add --write to allow writes)');
    expect(await storedCounts()).toEqual(counts);
    const allowed = newsgraph(['query', '--db', db, '--write', "MATCH (a:Article {id: 'a-uk'}) SET a.title = $title RETURN a.title AS title", '--param', 'title=Renamed', '--format', 'json']);
    expect(allowed.stderr).toBe('');
    expect(JSON.parse(allowed.stdout)).toEqual([{ title: 'Renamed' }]);
    expect(await storedCounts()).toEqual(counts);
  });

  it.each([
    [['--file', 'cypher/queries/actor-activity.cypher'], /the query uses \$name: give it with --param name=VALUE \(the actor's name/],
    [['RETURN 1 AS one', '--param', 'x=1'], /--param x is not used by the query/],
    [['RETURN $x AS x', '--param', 'x'], /--param "x" is not name=value/],
    [['RETURN $x AS x', '--param', 'x:=[1,'], /--param x:= takes JSON/],
    [['RETURN 1', '--file', 'cypher/queries/congratulations.cypher'], /either as an argument or with --file/],
    [[], /either as an argument or with --file/],
  ])('refuses bad usage %j in one line with exit 64', (args, message) => {
    const result = newsgraph(['query', '--db', db, ...args]);
    expect(result.status).toBe(64);
    expect(oneErrorLine(result)).toMatch(message);
  });

  it('reports a Cypher error, a missing file and a missing database in one line', () => {
    const bad = newsgraph(['query', '--db', db, 'MATCH (n RETURN n']);
    expect(bad.status).toBe(1);
    expect(oneErrorLine(bad)).toMatch(/^newsgraph: Kùzu query failed: Parser exception/);
    const noFile = newsgraph(['query', '--db', db, '--file', join(dir, 'nope.cypher')]);
    expect(oneErrorLine(noFile)).toBe(`newsgraph: ${join(dir, 'nope.cypher')}: no such file`);
    const missing = join(dir, 'missing.db');
    const noDb = newsgraph(['query', '--db', missing, 'RETURN 1 AS one']);
    expect(noDb.status).toBe(1);
    expect(oneErrorLine(noDb)).toMatch(/no Kùzu database at .*missing\.db/);
    expect(existsSync(missing)).toBe(false);
  });

  it('goes to Neo4j when --neo4j-uri or NEO4J_URI is set, failing in one line when it is not there', () => {
    const started = Date.now();
    const byFlag = newsgraph(['query', '--neo4j-uri', 'bolt://127.0.0.1:1', 'RETURN 1 AS one']);
    expect(oneErrorLine(byFlag)).toBe('newsgraph: cannot connect to Neo4j at bolt://127.0.0.1:1: connection refused (is Neo4j running and listening on that port?)');
    expect(byFlag.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    const env = spawnSync(process.execPath, [`${repoRoot}src/cli/newsgraph.js`, 'query', 'RETURN 1 AS one'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NEO4J_URI: 'neo4j://127.0.0.1:1' }, timeout: 30_000 });
    const byEnv = { status: env.status, stdout: env.stdout, stderr: env.stderr };
    expect(oneErrorLine(byEnv)).toMatch(/^newsgraph: cannot connect to Neo4j at neo4j:\/\/127\.0\.0\.1:1: connection refused/);
  });
});

describe('newsgraph export', () => {
  it('writes GraphML of the whole store to --out', () => {
    const out = join(dir, 'store.graphml');
    const result = newsgraph(['export', '--db', db, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const graph = parse(MultiDirectedGraph, readFileSync(out, 'utf8'));
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.edges);
    expect(graph.getNodeAttribute('russia', 'labels')).toBe(':State');
  });

  it('prints graphology JSON to stdout', () => {
    const result = newsgraph(['export', '--db', db, '--format', 'json']);
    const data = JSON.parse(result.stdout) as { nodes: unknown[]; edges: { key: string }[] };
    expect(data.nodes).toHaveLength(counts.nodes);
    expect(data.edges).toHaveLength(counts.edges);
    expect(data.edges.map((edge) => edge.key).sort()).toEqual(ALL_ARTICLES.flatMap((article) => article.graph.edges!.map((edge) => edge.key!)).sort());
  });
});

describe('newsgraph extract --format graphml', () => {
  it('writes the seed article as GraphML that graphology reads back', () => {
    const json = JSON.parse(newsgraph(['extract', 'seeds/skripal-expulsions.txt']).stdout) as { nodes: unknown[]; edges: unknown[] };
    const result = newsgraph(['extract', 'seeds/skripal-expulsions.txt', '--format', 'graphml']);
    expect(result.status).toBe(0);
    const graph = parse(MultiDirectedGraph, result.stdout);
    expect(graph.order).toBe(json.nodes.length);
    expect(graph.size).toBe(json.edges.length);
  });
});
