// Reads and extracts one loader input into plain, store-ready data (it may cross a worker thread).
import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../errors.ts';
import { extractArticleData } from '../extract/index.ts';
import type { ExtractOutcome, LoadSource } from './loadTypes.ts';
import { decodeArticleBytes } from './readInput.ts';

export function sourceLabel(source: LoadSource): string {
  return source.kind === 'file' ? source.path : source.label;
}

function readSourceText(source: LoadSource): string {
  if (source.kind === 'text') return source.text;
  let bytes: Buffer;
  try {
    // Synchronous on purpose: this runs inside an extraction worker, one article at a time.
    bytes = readFileSync(source.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot be read (${code ?? String(error)})`;
    throw new NewsgraphError('INPUT_NOT_FOUND', `${source.path}: ${why}`);
  }
  return decodeArticleBytes(bytes, source.path);
}

export function extractSource(source: LoadSource): ExtractOutcome {
  const input = sourceLabel(source);
  let text: string;
  try {
    text = readSourceText(source);
  } catch (error) {
    return { ok: false, input, bytes: source.bytes, reason: (error as Error).message };
  }
  try {
    const { article, graph } = extractArticleData(text, { source: input });
    return {
      ok: true,
      input,
      bytes: source.bytes,
      article: { article: { id: article.id, title: article.title, source: article.source }, graph },
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, input, bytes: source.bytes, reason: `${input}: the extractor failed (${message})` };
  }
}
