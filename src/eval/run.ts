// Runs the extractor over a corpus folder and scores every article against its gold.
import { extractFile } from '../pipeline/extractFile.ts';
import type { Extraction } from '../extract/types.ts';
import { type CorpusPair, findPairs, readGold } from './corpus.ts';
import type { Gold } from './gold.ts';
import { type Counts, type Figures, addCounts, emptyCounts, figures } from './metrics.ts';
import { type ArticleScore, scoreArticle } from './score.ts';

export interface ArticleEvaluation extends CorpusPair {
  title: string;
  gold: Gold;
  score: ArticleScore;
  entities: Figures;
  relations: Figures;
}

export interface CorpusEvaluation {
  dir: string;
  articles: ArticleEvaluation[];
  entities: Counts & Figures;
  relations: Counts & Figures;
  forbidden: number;
}

export type Extractor = (path: string) => Promise<Extraction>;

export function evaluateArticle(pair: CorpusPair, gold: Gold, extraction: Extraction): ArticleEvaluation {
  const score = scoreArticle(extraction.graph, gold);
  return {
    ...pair,
    title: extraction.article.title,
    gold,
    score,
    entities: figures(score.entities.counts),
    relations: figures(score.relations.counts),
  };
}

/** Micro-averaged: counts are summed over the articles, then turned into figures. */
export function summarise(dir: string, articles: ArticleEvaluation[]): CorpusEvaluation {
  let entities = emptyCounts();
  let relations = emptyCounts();
  let forbidden = 0;
  for (const article of articles) {
    entities = addCounts(entities, article.score.entities.counts);
    relations = addCounts(relations, article.score.relations.counts);
    forbidden += article.score.relations.forbidden;
  }
  return { dir, articles, entities: { ...entities, ...figures(entities) }, relations: { ...relations, ...figures(relations) }, forbidden };
}

export async function evaluateCorpus(dir: string, extract: Extractor = extractFile): Promise<CorpusEvaluation> {
  const pairs = await findPairs(dir);
  // Every gold file is validated before any extraction time is spent.
  const golds: Gold[] = [];
  for (const pair of pairs) golds.push(await readGold(pair.goldPath));
  const articles: ArticleEvaluation[] = [];
  for (const [i, pair] of pairs.entries()) articles.push(evaluateArticle(pair, golds[i]!, await extract(pair.articlePath)));
  return summarise(dir, articles);
}
