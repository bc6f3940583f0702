// `newsgraph extract` end to end: the real CLI, spawned without a shell.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph, type SerializedNewsGraph } from '../../src/graph/model.ts';
import { newsgraph, oneErrorLine, repoRoot } from './newsgraph.ts';

const seed = 'seeds/skripal-expulsions.txt';
const seedText = readFileSync(join(repoRoot, seed), 'utf8');
const seedTitle = seedText.split('\n')[0]!.trim();

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Checks the graphology serialisation shape and returns the parsed graph. */
function parseGraphJson(stdout: string): SerializedNewsGraph {
  const json = JSON.parse(stdout) as SerializedNewsGraph;
  expect(json.options).toMatchObject({ type: 'directed', multi: true });
  expect(Array.isArray(json.nodes)).toBe(true);
  expect(Array.isArray(json.edges)).toBe(true);
  const keys = new Set<string>();
  for (const node of json.nodes) {
    expect(typeof node.key).toBe('string');
    expect(node.attributes).toMatchObject({ name: expect.any(String), kind: expect.any(String), aliases: expect.any(Array) });
    expect(node.attributes).not.toHaveProperty('type');
    keys.add(node.key);
  }
  for (const edge of json.edges) {
    expect(keys.has(edge.source)).toBe(true);
    expect(keys.has(edge.target)).toBe(true);
    expect(edge.attributes).toMatchObject({ relation: expect.any(String), evidence: expect.any(String) });
    expect(edge.attributes).not.toHaveProperty('type');
  }
  // graphology itself must accept it back.
  expect(importGraph(json).order).toBe(json.nodes.length);
  return json;
}

describe('newsgraph (no command, help, unknown input)', () => {
  it('prints help listing the commands', () => {
    const result = newsgraph(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/newsgraph extract <path>/);
    expect(result.stdout).toMatch(/newsgraph eval <dir>/);
  });

  it('asks for a command in one line when given none', () => {
    const result = newsgraph([]);
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toMatch(/command/i);
  });

  it('refuses an unknown command in one line', () => {
    const result = newsgraph(['frobnicate']);
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toContain('frobnicate');
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown flag in one line and writes nothing', () => {
    const out = join(dir, 'flag.json');
    const result = newsgraph(['extract', seed, '--out', out, '--bogus']);
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toContain('bogus');
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});

describe('newsgraph extract', () => {
  const fromFile = newsgraph(['extract', seed]);

  it('prints the seed article as graphology JSON', () => {
    expect(fromFile.stderr).toBe('');
    expect(fromFile.status).toBe(0);
    const graph = parseGraphJson(fromFile.stdout);
    expect(graph.attributes?.title).toBe(seedTitle);
    expect(graph.attributes?.article).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it('writes the same JSON to --out and nothing to stdout', () => {
    const out = join(dir, 'seed.json');
    const result = newsgraph(['extract', seed, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(fromFile.stdout);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('creates the folders an --out path needs', () => {
    const out = join(dir, 'new', 'nested', 'seed.json');
    const result = newsgraph(['extract', seed, '--out', out]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(fromFile.stdout);
  });

  it('reads stdin for "-" and builds the same graph', () => {
    const result = newsgraph(['extract', '-'], { input: seedText });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const fromStdin = parseGraphJson(result.stdout);
    const fileGraph = JSON.parse(fromFile.stdout) as SerializedNewsGraph;
    expect(fromStdin.attributes?.source).toBe('stdin');
    expect(fromStdin.attributes?.article).toBe(fileGraph.attributes?.article);
    expect(fromStdin.nodes).toEqual(fileGraph.nodes);
    expect(fromStdin.edges).toEqual(fileGraph.edges);
  });

  it('prints a readable summary with --format summary', () => {
    const result = newsgraph(['extract', seed, '--format', 'summary']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Article: ${seedTitle}`);
    const json = JSON.parse(fromFile.stdout) as SerializedNewsGraph;
    expect(result.stdout).toContain(`${json.nodes.length} nodes, ${json.edges.length} edges`);
    for (const node of json.nodes) expect(result.stdout).toContain(node.attributes!.name);
  });

  it('reads an HTML file as its text, not its tags', () => {
    const html = join(dir, 'story.html');
    writeFileSync(
      html,
      '<!DOCTYPE html><html><head><title>Site</title><script>var claim = "Norland expelled";</script></head><body>' +
        '<h1>Valdoria &amp; Norland trade expulsions</h1><p>Valdoria <b>expelled</b> four Norland diplomats, ' +
        '<a href="https://example.org">officials said</a>.</p></body></html>\n',
    );
    const result = newsgraph(['extract', html]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const graph = parseGraphJson(result.stdout);
    expect(graph.attributes?.title).toBe('Valdoria & Norland trade expulsions');
    const summary = newsgraph(['extract', '-', '-f', 'summary'], { input: readFileSync(html, 'utf8') });
    expect(summary.stdout.split('\n')[0]).toBe('Article: Valdoria & Norland trade expulsions');
  });
});

describe('newsgraph extract: bad input is one line, non-zero, nothing written', () => {
  const cases: [label: string, make: () => string, message: RegExp][] = [
    ['an empty file', () => write('empty.txt', new Uint8Array()), /is empty/],
    ['a file of white space', () => write('blank.txt', new TextEncoder().encode(' \n\t\n')), /only white space/],
    ['a binary file', () => write('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), /binary/],
    ['invalid UTF-8', () => write('latin1.txt', Uint8Array.from([0x4d, 0x69, 0x6e, 0x73, 0x6b, 0x20, 0xe9, 0x74, 0xe9])), /not valid UTF-8/],
    ['HTML without text', () => write('tags.html', new TextEncoder().encode('<html><body><img src="x.png"></body></html>')), /HTML without any text/],
    ['a missing path', () => join(dir, 'no-such-article.txt'), /no such file/],
    ['a directory', () => dir, /is a directory/],
  ];

  function write(name: string, bytes: Uint8Array): string {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  it.each(cases)('%s', (_label, make, message) => {
    const out = join(dir, 'never-written.json');
    const result = newsgraph(['extract', make(), '--out', out]);
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(oneErrorLine(result)).toMatch(message);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('empty stdin', () => {
    const result = newsgraph(['extract', '-'], { input: '' });
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toMatch(/stdin is empty/);
  });

  it('an --out path below a file', () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'x');
    const result = newsgraph(['extract', seed, '--out', join(file, 'graph.json')]);
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toMatch(/cannot write .*graph\.json: a part of its folder path is a file/);
  });

  it('an --out path that is a directory, leaving no temporary file', () => {
    const folder = join(dir, 'out-folder');
    mkdirSync(folder);
    const result = newsgraph(['extract', seed, '--out', folder]);
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toMatch(/it is a directory/);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
