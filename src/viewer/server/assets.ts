// The page's assets, held in memory: the esbuild bundle of ../web plus the static files beside it.
// The server answers only paths present in this table, so no request can reach the filesystem.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleViewer } from './bundle.ts';

export interface Asset {
  body: Buffer;
  contentType: string;
}

export type AssetTable = ReadonlyMap<string, Asset>;

const STATIC_DIR = fileURLToPath(new URL('../web/static/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function contentTypeOf(name: string): string {
  return CONTENT_TYPES[extname(name)] ?? 'application/octet-stream';
}

let cached: Promise<AssetTable> | undefined;

/** Bundles once per process; every server started afterwards in the same process reuses it. */
export function loadAssets(): Promise<AssetTable> {
  cached ??= buildAssets().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function buildAssets(): Promise<AssetTable> {
  const table = new Map<string, Asset>();
  for (const entry of await readdir(STATIC_DIR, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    table.set(`/${entry.name}`, { body: await readFile(join(STATIC_DIR, entry.name)), contentType: contentTypeOf(entry.name) });
  }
  for (const file of await bundleViewer()) {
    table.set(`/assets/${file.name}`, { body: Buffer.from(file.contents), contentType: contentTypeOf(file.name) });
  }
  const index = table.get('/index.html');
  if (!index) throw new Error('viewer assets: index.html is missing');
  table.set('/', index);
  return table;
}
