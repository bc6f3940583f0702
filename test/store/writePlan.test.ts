// The rows both stores write: identity, merging inside a batch, and refusal of bad graphs.
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.ts';
import { edgeId } from '../../src/graph/ids.ts';
import type { ArticleGraph } from '../../src/store/types.ts';
import { buildWritePlan } from '../../src/store/writePlan.ts';
import { ARTICLE_UK, ARTICLE_UK_AGAIN, ARTICLE_US } from './fixtures.ts';

function refusal(batch: ArticleGraph[]): NewsgraphError {
  try {
    buildWritePlan(batch);
  } catch (error) {
    expect(error).toBeInstanceOf(NewsgraphError);
    return error as NewsgraphError;
  }
  throw new Error('expected the batch to be refused');
}

describe('buildWritePlan', () => {
  it('merges entities named by several articles of a batch and keeps every edge key', () => {
    const plan = buildWritePlan([ARTICLE_UK, ARTICLE_US, ARTICLE_UK_AGAIN]);
    expect(plan.articles.map((article) => article.id)).toEqual(['a-uk', 'a-us', 'a-uk-2']);
    const russia = plan.entities.filter((entity) => entity.id === 'russia');
    expect(russia).toHaveLength(1);
    expect(russia[0]!.aliases).toEqual(['Russia', 'Moscow', 'Russian Federation']);
    expect(plan.mentions.filter((mention) => mention.entity === 'russia').map((mention) => mention.article)).toEqual(['a-uk', 'a-us', 'a-uk-2']);
    expect(plan.relations).toHaveLength(15);
    expect(new Set(plan.relations.map((relation) => relation.key)).size).toBe(15);
  });

  it('writes an article given twice in one batch once', () => {
    const plan = buildWritePlan([ARTICLE_UK, ARTICLE_UK]);
    expect(plan.articles).toHaveLength(1);
    expect(plan.relations).toHaveLength(5);
    expect(plan.mentions).toHaveLength(3);
  });

  it('lets a stored kind win over the kind an article gives', () => {
    const plan = buildWritePlan([ARTICLE_UK], (id) => (id === 'theresa-may' ? 'Agency' : undefined));
    expect(plan.entities.find((entity) => entity.id === 'theresa-may')!.kind).toBe('Agency');
    expect(plan.relations.filter((relation) => relation.source === 'theresa-may').every((relation) => relation.sourceKind === 'Agency')).toBe(true);
  });

  it('keys an edge that has no key the way the extractor does, and maps absent values to null', () => {
    const article = structuredClone(ARTICLE_UK);
    const edge = article.graph.edges![2]!;
    delete edge.key;
    const plan = buildWritePlan([article]);
    const row = plan.relations.find((relation) => relation.relation === 'ACCUSED')!;
    expect(row.key).toBe(edgeId('a-uk', 'united-kingdom', 'ACCUSED', 'russia', edge.attributes!.start));
    expect(row).toMatchObject({ count: null, object: null, cameo: '112', article: 'a-uk' });
  });

  it('refuses unknown kinds and relations and non-integer offsets, naming the article', () => {
    const badKind = structuredClone(ARTICLE_UK);
    (badKind.graph.nodes![0]!.attributes as { kind: string }).kind = 'Country';
    expect(refusal([ARTICLE_US, badKind]).message).toBe('article a-uk: node united-kingdom has unknown kind "Country"; nothing from this batch was written');
    const badRelation = structuredClone(ARTICLE_UK);
    (badRelation.graph.edges![0]!.attributes as { relation: string }).relation = 'INVADED';
    expect(refusal([badRelation]).message).toMatch(/^article a-uk: edge e-[0-9a-f]+ has unknown relation "INVADED"/);
    const badCount = structuredClone(ARTICLE_UK);
    (badCount.graph.edges![0]!.attributes as { count: number }).count = 2.5;
    expect(refusal([badCount]).message).toMatch(/edge count must be an integer, got 2\.5/);
    expect(refusal([{ ...ARTICLE_UK, article: { ...ARTICLE_UK.article, id: '' } }]).code).toBe('STORE_WRITE');
  });
});
