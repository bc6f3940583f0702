// The viewer's JSON API contract, shared by the server and the browser bundle (types only).
import type { SerializedNewsGraph } from '../../graph/model.ts';

export const GRAPH_ENDPOINT = '/api/graph';

/** What the page needs to know about an article to cite it next to an evidence sentence. */
export interface ArticleInfo {
  title?: string;
  source?: string;
}

export interface GraphPayload {
  /** Where the graph comes from, for the page header: a file name or a store location. */
  origin: string;
  graph: SerializedNewsGraph;
  /** Article id -> title/source, for every article the graph cites that the source knows. */
  articles: Record<string, ArticleInfo>;
}
