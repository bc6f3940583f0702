// Where the viewer's graph comes from: a graph JSON file (`newsgraph extract` output) or a store.
// Both are read again on every request, so reloading the page shows what was loaded since.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { firstLine, InputError } from '../../errors.ts';
import { importGraph, type NewsGraph, type SerializedNewsGraph } from '../../graph/model.ts';
import { ARTICLE_LABEL } from '../../ontology.ts';
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
    throw new InputError('INPUT_INVALID', `${path} is not a valid graph: ${firstLine(error)}`);
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

const ARTICLES_QUERY = `MATCH (a:${ARTICLE_LABEL}) RETURN a.id AS id, a.title AS title, a.source AS source`;

async function storedArticles(store: Store): Promise<Record<string, ArticleInfo>> {
  const articles: Record<string, ArticleInfo> = {};
  for (const row of await store.query(ARTICLES_QUERY)) {
    if (typeof row.id !== 'string') continue;
    articles[row.id] = {
      ...(typeof row.title === 'string' && row.title ? { title: row.title } : {}),
      ...(typeof row.source === 'string' && row.source ? { source: row.source } : {}),
    };
  }
  return articles;
}

/**
 * Opens the store for each request and closes it after: an embedded Kùzu database admits one
 * writer process, so a viewer that held it open would lock `newsgraph load` out while it runs.
 * Opened once at startup too, so a wrong --db or an unreachable Neo4j fails before the URL prints.
 */
export async function storeGraphSource(open: () => Promise<Store>): Promise<GraphSource> {
  const probe = await open();
  const origin = `${probe.kind} ${probe.location}`;
  await probe.close();
  return {
    origin,
    async load() {
      const store = await open();
      try {
        const graph = await store.exportGraph();
        return { origin, graph: graph.export(), articles: { ...articlesOf(graph), ...(await storedArticles(store)) } };
      } finally {
        await store.close();
      }
    },
    async close() {},
  };
}
