// Reads and extracts one loader input into plain, store-ready data (it may cross a worker thread).
import { readFileSync } from 'node:fs';
import { firstLine, NewsgraphError } from '../errors.ts';
import { extractArticleData } from '../extract/index.ts';
import { prepareBulkArticle } from '../store/prepareBulk.ts';
import type { ArticleGraph, BulkRowFormat } from '../store/types.ts';
import { type ExtractOutcome, type LoadSource, sourceLabel } from './loadTypes.ts';
import { decodeArticleBytes, isMarkdownPath } from './readInput.ts';

function readSourceText(source: LoadSource, read: { bytes: number }): string {
  if (source.kind === 'text') {
    read.bytes = source.bytes;
    return source.text;
  }
  let bytes: Buffer;
  try {
    // Synchronous on purpose: this runs inside an extraction worker, one article at a time.
    bytes = readFileSync(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be read (${code ?? String(error)})`;
    throw new NewsgraphError('INPUT_NOT_FOUND', `${source.path}: ${why}`);
  }
  read.bytes = bytes.length;
  return decodeArticleBytes(bytes, source.path);
}

/** Extracts one input; with `prepare`, also readies it for that bulk row format. */
export function extractSource(source: LoadSource, prepare?: BulkRowFormat): ExtractOutcome {
  const input = sourceLabel(source);
  const read = { bytes: 0 };
  let text: string;
  try {
    text = readSourceText(source, read);
  } catch (error) {
    return { ok: false, input, bytes: read.bytes, reason: (error as Error).message };
  }
  let extracted: ArticleGraph;
  try {
    const { article, graph } = extractArticleData(text, { source: input, markdown: source.kind === 'file' && isMarkdownPath(source.path) });
    extracted = { article: { id: article.id, title: article.title, source: article.source }, graph };
  } catch (error) {
    return { ok: false, input, bytes: read.bytes, reason: `${input}: the extractor failed (${firstLine(error)})` };
  }
  const counts = { ok: true as const, input, bytes: read.bytes, id: extracted.article.id, nodes: extracted.graph.nodes.length, edges: extracted.graph.edges.length };
  if (!prepare) return { ...counts, article: extracted };
  try {
    return { ...counts, prepared: prepareBulkArticle(prepare, extracted) };
  } catch (error) {
    // What the store says when it refuses an article (see loadBatch.ts).
    return { ok: false, input, bytes: read.bytes, reason: `${input}: the store refused it (${firstLine(error)})` };
  }
}
