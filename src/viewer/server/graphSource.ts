// Where the viewer's graph comes from: a graph JSON file (`newsgraph extract` output) or a store.
// Both are read again on every request, so reloading the page shows what was loaded since.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../../errors.ts';
import { importGraph, type NewsGraph, type SerializedNewsGraph } from '../../graph/model.ts';
import type { Store } from '../../store/types.ts';
import type { ArticleInfo, GraphPayload } from '../shared/api.ts';

export interface GraphSource {
  /** Shown in the page header and in the CLI's startup line. */
  readonly origin: string;
  load(): Promise<GraphPayload>;
  close(): Promise<void>;
}

function articlesOf(graph: NewsGraph): Record<string, ArticleInfo> {
  const { article, title, source } = graph.getAttributes();
  const articles: Record<string, ArticleInfo> = {};
  if (article) articles[article] = { ...(title ? { title } : {}), ...(source ? { source } : {}) };
  return articles;
}

async function readGraphFile(path: string): Promise<NewsGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_INVALID', `cannot read graph file ${path}: ${code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('INPUT_INVALID', `${path} is not JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new InputError('INPUT_INVALID', `${path} is not a newsgraph graph (expected the JSON of \`newsgraph extract\`, with a "nodes" array)`);
  }
  try {
    return importGraph(data as SerializedNewsGraph);
  } catch (error) {
    throw new InputError('INPUT_INVALID', `${path} is not a valid graph: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Reads the file once now, so a bad path fails at startup rather than in the browser. */
export async function fileGraphSource(path: string): Promise<GraphSource> {
  await readGraphFile(path);
  return {
    origin: basename(path),
    async load() {
      const graph = await readGraphFile(path);
      return { origin: basename(path), graph: graph.export(), articles: articlesOf(graph) };
    },
    async close() {},
  };
}

/** The store stays open for the server's life; each request exports the whole graph afresh. */
export function storeGraphSource(store: Store): GraphSource {
  return {
    origin: `${store.kind} ${store.location}`,
    async load() {
      const graph = await store.exportGraph();
      return { origin: `${store.kind} ${store.location}`, graph: graph.export(), articles: articlesOf(graph) };
    },
    close: () => store.close(),
  };
}
