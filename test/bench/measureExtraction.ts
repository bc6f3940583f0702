// Extraction speed on one thread: ours, and compromise's nlp() on the same texts for scale.
import nlp from 'compromise';
import { extractArticleData } from '../../src/extract/index.ts';

export interface SpeedFigures {
  articles: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
}

const MB = 1024 * 1024;

function figures(texts: readonly string[], seconds: number): SpeedFigures {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return { articles: texts.length, bytes, seconds, mbPerSecond: bytes / MB / seconds, articlesPerSecond: texts.length / seconds };
}

/** Times `work` over every text, after a short warm-up so the JIT has compiled the hot paths. */
function time(texts: readonly string[], work: (text: string) => unknown): number {
  for (const text of texts.slice(0, Math.min(50, texts.length))) work(text);
  const started = performance.now();
  let sink = 0;
  for (const text of texts) sink += work(text) === undefined ? 0 : 1;
  const seconds = (performance.now() - started) / 1000;
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return seconds;
}

/** The extraction as `load` runs it: raw text to the article's graph in our JSON form. */
export function measureOurExtraction(texts: readonly string[]): SpeedFigures {
  return figures(texts, time(texts, (text) => extractArticleData(text, { source: 'bench' }).graph.edges.length));
}

/** compromise is slow: it is timed on the first `subset` texts and its rate applies to the rest. */
export function measureCompromise(texts: readonly string[], subset: number): SpeedFigures {
  const sample = texts.slice(0, Math.max(1, Math.min(subset, texts.length)));
  return figures(sample, time(sample, (text) => nlp(text).length));
}
