// The viewer's HTTP server: what it serves, what it refuses, and the headers on every answer.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { fileGraphSource } from '../../src/viewer/server/graphSource.ts';
import { isAllowedHostHeader, isSuspiciousPath } from '../../src/viewer/server/security.ts';
import { startViewerServer, type ViewerServer } from '../../src/viewer/server/server.ts';
import type { GraphPayload } from '../../src/viewer/shared/api.ts';
import { newsgraph, oneErrorLine } from '../cli/newsgraph.ts';
import { buildSeedGraph } from './fixtures/seedGraph.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));
const graphFile = join(dir, 'seed.json');
writeFileSync(graphFile, JSON.stringify(buildSeedGraph().export()));

let viewer: ViewerServer;
let port: number;

/** A request written byte for byte on a socket: fetch and http.get would normalise `..` away. */
function rawGet(path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('end', () => {
      const [head = '', body = ''] = response.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, body });
    });
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  viewer = await startViewerServer({ source: await fileGraphSource(graphFile), port: 0 });
  port = Number(new URL(viewer.url).port);
});

afterAll(async () => {
  await viewer?.close();
});

describe('viewer server', () => {
  it('listens on 127.0.0.1 by default', () => {
    expect(viewer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(viewer.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the page, its bundle and the graph', async () => {
    const page = await fetch(viewer.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('src="/assets/main.js"');
    expect(html).not.toMatch(/<script>(?!<)/); // no inline script in our own page either

    const bundle = await fetch(new URL('/assets/main.js', viewer.url));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(50_000); // sigma + graphology are in it, not on a CDN

    const api = await fetch(new URL('/api/graph', viewer.url));
    expect(api.status).toBe(200);
    expect(api.headers.get('cache-control')).toBe('no-store');
    const payload = (await api.json()) as GraphPayload;
    expect(payload.graph.nodes.map((n) => n.key)).toContain('vladimir-putin');
    expect(payload.graph.edges.some((e) => e.attributes?.relation === 'CONGRATULATED')).toBe(true);
    expect(Object.values(payload.articles)[0]?.title).toMatch(/expel/);
  });

  it('puts the CSP and nosniff on every response, errors included', async () => {
    for (const path of ['/', '/assets/main.js', '/api/graph', '/nope', '/%2e%2e/x']) {
      const response = await fetch(new URL(path, viewer.url));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it.each([
    '/../../etc/passwd',
    '/assets/../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    '/..%2f..%2fetc%2fpasswd',
    '/%252e%252e%252fetc%252fpasswd',
    '/..%5c..%5cetc%5cpasswd',
    '/assets/..\\..\\package.json',
    '/%c0%ae%c0%ae/etc/passwd',
    '/.%2e/package.json',
  ])('refuses %s with 400 or 404 and leaks nothing', async (path) => {
    const response = await rawGet(path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toMatch(/root:|"name": "newsgraph"/);
    expect(response.head).toMatch(/content-security-policy:/i);
  });

  it('answers only exact asset names: no file of the repository is reachable', async () => {
    for (const path of ['/package.json', '/src/viewer/web/main.ts', '/web/static/index.html', '/assets/', '/static/styles.css']) {
      expect((await rawGet(path)).status, path).toBe(404);
    }
  });

  it('is read-only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await fetch(new URL('/api/graph', viewer.url), { method, body: method === 'DELETE' ? undefined : '{}' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('refuses a foreign Host header while bound to loopback (DNS rebinding)', async () => {
    expect((await rawGet('/api/graph', 'attacker.example')).status).toBe(403);
    expect((await rawGet('/api/graph', `localhost:${port}`)).status).toBe(200);
  });
});

describe('path and host checks', () => {
  it('tells traversal from ordinary names', () => {
    expect(isSuspiciousPath('/assets/main.js')).toBe(false);
    expect(isSuspiciousPath('/')).toBe(false);
    expect(isSuspiciousPath('/a..b/file..js')).toBe(false);
    expect(isSuspiciousPath('/%2e%2e/')).toBe(true);
    expect(isSuspiciousPath('/%25252e%25252e/')).toBe(true);
    expect(isSuspiciousPath('/%zz')).toBe(true);
  });

  it('lets any Host through only when the user chose a non-loopback address', () => {
    expect(isAllowedHostHeader('evil.example', '127.0.0.1')).toBe(false);
    expect(isAllowedHostHeader(undefined, '127.0.0.1')).toBe(false);
    expect(isAllowedHostHeader('127.0.0.1:7475', '127.0.0.1')).toBe(true);
    expect(isAllowedHostHeader('[::1]:7475', '::1')).toBe(true);
    expect(isAllowedHostHeader('evil.example', '0.0.0.0')).toBe(true);
  });
});

describe('graph file source', () => {
  it('refuses a missing or malformed file at startup', async () => {
    await expect(fileGraphSource(join(dir, 'missing.json'))).rejects.toBeInstanceOf(InputError);
    const notJson = join(dir, 'bad.json');
    writeFileSync(notJson, '{"nodes": [');
    await expect(fileGraphSource(notJson)).rejects.toThrow(/not JSON/);
    const dangling = join(dir, 'dangling.json');
    writeFileSync(dangling, JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'ghost' }] }));
    await expect(fileGraphSource(dangling)).rejects.toThrow(/not a valid graph/);
  });

  it('reads the file again on each request: a later edit shows, a broken file is a clean 500', async () => {
    const file = join(dir, 'changing.json');
    writeFileSync(file, JSON.stringify(buildSeedGraph().export()));
    const server = await startViewerServer({ source: await fileGraphSource(file), port: 0 });
    try {
      const graph = buildSeedGraph();
      graph.dropNode('sergei-skripal');
      writeFileSync(file, JSON.stringify(graph.export()));
      const payload = (await (await fetch(new URL('/api/graph', server.url))).json()) as GraphPayload;
      expect(payload.graph.nodes).toHaveLength(graph.order);
      writeFileSync(file, '{"nodes": [');
      const broken = await fetch(new URL('/api/graph', server.url));
      expect(broken.status).toBe(500);
      expect(((await broken.json()) as { error: string }).error).toMatch(/not JSON/);
    } finally {
      await server.close();
    }
  });

  it('the CLI says so in one line and exits non-zero', () => {
    const result = newsgraph(['view', join(dir, 'missing.json'), '--port', '0']);
    expect(result.status).not.toBe(0);
    expect(oneErrorLine(result)).toMatch(/cannot read graph file/);
    const badPort = newsgraph(['view', graphFile, '--port', '70000']);
    expect(badPort.status).toBe(64);
    expect(oneErrorLine(badPort)).toMatch(/--port/);
  });
});
