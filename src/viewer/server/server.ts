// The viewer's HTTP server (node:http, no framework): the bundled page and a read-only JSON API.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { firstLine } from '../../errors.ts';
import { GRAPH_ENDPOINT } from '../shared/api.ts';
import { loadAssets, type AssetTable } from './assets.ts';
import type { GraphSource } from './graphSource.ts';
import { SECURITY_HEADERS, isAllowedHostHeader, isSuspiciousPath } from './security.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 7475;

export interface ViewerServerOptions {
  source: GraphSource;
  host?: string;
  /** 0 picks a free port (tests). */
  port?: number;
}

export interface ViewerServer {
  /** http://host:port/ as a browser should open it. */
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string, head: boolean): void {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': payload.length });
  res.end(head ? undefined : payload);
}

function sendError(res: ServerResponse, status: number, message: string, head: boolean): void {
  send(res, status, `${JSON.stringify({ error: message })}\n`, 'application/json; charset=utf-8', head);
}

async function handle(req: IncomingMessage, res: ServerResponse, assets: AssetTable, options: Required<ViewerServerOptions>): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('Allow', 'GET, HEAD');
    sendError(res, 405, 'the viewer is read-only', head);
    return;
  }
  const target = req.url ?? '';
  const path = target.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/') || isSuspiciousPath(path)) {
    sendError(res, 400, 'bad path', head);
    return;
  }
  if (!isAllowedHostHeader(req.headers.host, options.host)) {
    sendError(res, 403, 'unexpected Host header', head);
    return;
  }
  if (path === GRAPH_ENDPOINT) {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const payload = await options.source.load();
      send(res, 200, JSON.stringify(payload), 'application/json; charset=utf-8', head);
    } catch (error) {
      sendError(res, 500, firstLine(error), head);
    }
    return;
  }
  const asset = assets.get(path);
  if (!asset) {
    sendError(res, 404, 'not found', head);
    return;
  }
  res.setHeader('Cache-Control', 'no-cache');
  send(res, 200, asset.body, asset.contentType, head);
}

function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const resolved: Required<ViewerServerOptions> = { host: DEFAULT_HOST, port: DEFAULT_PORT, ...options };
  const assets = await loadAssets();
  const server = createServer((req, res) => {
    handle(req, res, assets, resolved).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, String(error).split('\n')[0] ?? 'error', false);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(resolved.host)}:${port}/`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
