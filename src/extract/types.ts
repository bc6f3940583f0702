// What the extractor hands to the rest of the pipeline.
import type { NewsGraph } from '../graph/model.ts';

export interface ArticleInfo {
  /** Stable id from the normalised text (see graph/ids.ts). */
  id: string;
  /** First line of the normalised text. */
  title: string;
  /** The normalised text: every edge's start/end offsets index into it. */
  text: string;
  /** Where it came from (path or "stdin"), informational only. */
  source: string;
}

export interface Extraction {
  article: ArticleInfo;
  graph: NewsGraph;
}

export interface ExtractOptions {
  source?: string;
}
