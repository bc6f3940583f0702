// The extractor's entry point: text -> sentences -> mentions -> entities -> relations.
// (Placeholder wiring; the stages are filled in by the extractor work.)
import { articleId } from '../graph/ids.ts';
import { createGraph } from '../graph/model.ts';
import type { ExtractOptions, Extraction } from './types.ts';

export function extractArticle(raw: string, options: ExtractOptions = {}): Extraction {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const title = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const id = articleId(text);
  const graph = createGraph();
  graph.replaceAttributes({ article: id, title, source: options.source ?? '' });
  return { article: { id, title, text, source: options.source ?? '' }, graph };
}
