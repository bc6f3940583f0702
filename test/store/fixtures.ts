// Hand-built article graphs for the store tests (small invented texts, not corpus articles).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edgeId } from '../../src/graph/ids.ts';
import { createGraph, type EdgeAttributes, type NodeAttributes } from '../../src/graph/model.ts';
import { CAMEO, type RelationType } from '../../src/ontology.ts';
import type { ArticleGraph } from '../../src/store/types.ts';

type NodeSpec = [id: string, attributes: NodeAttributes];
type EdgeSpec = [source: string, relation: RelationType, target: string, sentence: string, extra?: Partial<EdgeAttributes>];

/** Builds an article graph the way the extractor does: edge key = edgeId(article, ...). */
export function articleGraph(article: { id: string; title: string; source?: string }, nodes: NodeSpec[], edges: EdgeSpec[]): ArticleGraph {
  const graph = createGraph();
  const source = article.source ?? `${article.id}.txt`;
  graph.replaceAttributes({ article: article.id, title: article.title, source });
  for (const [id, attributes] of nodes) graph.addNode(id, { ...attributes, articles: [article.id] });
  let offset = article.title.length + 1;
  for (const [from, relation, to, sentence, extra] of edges) {
    const start = extra?.start ?? offset;
    offset += sentence.length + 1;
    const attributes: EdgeAttributes = { relation, evidence: sentence, start, end: start + sentence.length, article: article.id, confidence: 0.9, ...extra };
    const cameo = CAMEO[relation];
    if (cameo) attributes.cameo = cameo;
    graph.addDirectedEdgeWithKey(edgeId(article.id, from, relation, to, start), from, to, attributes);
  }
  return { article: { id: article.id, title: article.title, source }, graph: graph.export() };
}

export const UK: NodeSpec = ['united-kingdom', { name: 'United Kingdom', kind: 'State', aliases: ['United Kingdom', 'Britain', 'U.K.'], iso: 'GBR' }];
export const RUSSIA: NodeSpec = ['russia', { name: 'Russia', kind: 'State', aliases: ['Russia', 'Moscow'], iso: 'RUS' }];
export const USA: NodeSpec = ['united-states', { name: 'United States', kind: 'State', aliases: ['United States', 'Washington'], iso: 'USA' }];
export const MAY: NodeSpec = ['theresa-may', { name: 'Theresa May', kind: 'Person', aliases: ['Theresa May', 'May'], title: 'Prime Minister' }];
export const TRUMP: NodeSpec = ['donald-trump', { name: 'Donald Trump', kind: 'Person', aliases: ['Donald Trump', 'Trump'], title: 'President' }];
export const PUTIN: NodeSpec = ['vladimir-putin', { name: 'Vladimir Putin', kind: 'Person', aliases: ['Vladimir Putin', 'Putin'] }];
export const KREMLIN: NodeSpec = ['kremlin', { name: 'Kremlin', kind: 'Agency', aliases: ['Kremlin', "the Kremlin's spokesman"] }];
export const ALLIES: NodeSpec = ['allies', { name: 'allies', kind: 'Group', aliases: ['allies', 'Western allies'] }];
export const EMBASSY: NodeSpec = ['russian-embassy', { name: 'Russian Embassy', kind: 'Agency', aliases: ['Russian Embassy'] }];

/** Britain expels 23, accuses Russia; Moscow denies; May is Prime Minister. */
export const ARTICLE_UK = articleGraph({ id: 'a-uk', title: 'Britain expels 23 Russian diplomats' }, [UK, RUSSIA, MAY], [
  ['united-kingdom', 'EXPELLED', 'russia', 'The U.K. government expelled 23 Russian diplomats.', { count: 23, object: 'diplomats' }],
  ['theresa-may', 'EXPELLED', 'russia', 'Theresa May ordered 23 Russian diplomats to leave.', { count: 23, object: 'diplomats' }],
  ['united-kingdom', 'ACCUSED', 'russia', 'Britain accused Russia of the attack.'],
  ['russia', 'DENIED', 'united-kingdom', 'Moscow has denied responsibility for the attack.'],
  ['theresa-may', 'HOLDS_OFFICE', 'united-kingdom', 'Prime Minister Theresa May spoke in Parliament.'],
]);

/** The US expels 60 (two sentences, so two parallel edges), Trump congratulates Putin, allies join in, the Kremlin denies. */
export const ARTICLE_US = articleGraph({ id: 'a-us', title: 'Washington expels 60 Russians' }, [USA, RUSSIA, TRUMP, PUTIN, KREMLIN, ALLIES, UK], [
  ['united-states', 'EXPELLED', 'russia', 'The United States expelled 60 Russian diplomats.', { count: 60, object: 'diplomats' }],
  ['united-states', 'EXPELLED', 'russia', 'Washington also ordered the closure of the consulate and expelled its staff.'],
  ['donald-trump', 'CONGRATULATED', 'vladimir-putin', 'Trump called Putin to congratulate him on his reelection.'],
  ['allies', 'EXPELLED', 'russia', 'Western allies expelled more than 100 Russian diplomats.', { count: 100, object: 'diplomats' }],
  ['united-states', 'ACCUSED', 'russia', 'Washington blamed Moscow for the poisoning.'],
  ['kremlin', 'DENIED', 'united-states', 'The Kremlin dismissed the claims as absurd.'],
  ['vladimir-putin', 'LEADS', 'russia', 'President Vladimir Putin said Russia would respond.'],
  ['united-kingdom', 'CRITICIZED', 'russia', 'Britain criticised the response.'],
]);

/** A second report of the British expulsion: the same event, another article, another edge. */
export const ARTICLE_UK_AGAIN = articleGraph({ id: 'a-uk-2', title: 'London orders Russian diplomats out' }, [
  ['united-kingdom', { name: 'United Kingdom', kind: 'State', aliases: ['United Kingdom', 'London'] }],
  ['russia', { name: 'Russia', kind: 'State', aliases: ['Russia', 'Russian Federation'] }],
  EMBASSY,
], [
  ['united-kingdom', 'EXPELLED', 'russia', 'London said 23 diplomats must leave within a week.', { count: 23, object: 'diplomats' }],
  ['united-kingdom', 'SUMMONED', 'russian-embassy', 'The Foreign Office summoned the Russian ambassador.'],
]);

/** Putin by surname only: the same person as ARTICLE_US's Vladimir Putin, whose name this article never gives in full. */
export const ARTICLE_RU = articleGraph({ id: 'a-ru', title: 'Putin blames London' }, [
  ['putin', { name: 'Putin', kind: 'Person', aliases: ['Putin', 'President Putin'], title: 'President' }],
  RUSSIA,
  UK,
], [
  ['putin', 'ACCUSED', 'united-kingdom', 'President Putin accused Britain of staging the attack.'],
  ['putin', 'LEADS', 'russia', 'Russian President Putin spoke in Moscow.'],
  ['united-kingdom', 'CRITICIZED', 'putin', 'London criticised Putin.'],
]);

export const ALL_ARTICLES = [ARTICLE_UK, ARTICLE_US, ARTICLE_UK_AGAIN];

export function countEdges(articles: readonly ArticleGraph[]): number {
  return articles.reduce((sum, each) => sum + (each.graph.edges?.length ?? 0), 0);
}

/** A temporary folder for a database file, removed by the returned cleanup. */
export function tempDbPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
  return { path: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
