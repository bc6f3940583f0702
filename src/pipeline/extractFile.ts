// Read one article (file or stdin) and extract its graph.
import { extractArticle } from '../extract/index.ts';
import type { Extraction } from '../extract/types.ts';
import { isMarkdownPath, readArticle } from './readInput.ts';

export async function extractFile(path: string): Promise<Extraction> {
  const { text, source } = await readArticle(path);
  return extractArticle(text, { source, markdown: isMarkdownPath(path) });
}
