// End to end on the project's seed article: every relation it must yield, none of its traps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { articleId } from '../../src/graph/ids.ts';

const raw = readFileSync(new URL('../../seeds/skripal-expulsions.txt', import.meta.url), 'utf8');
const { article, graph } = extractArticle(raw, { source: 'seeds/skripal-expulsions.txt' });

function edges(relation: string, source: string, target?: string) {
  return graph.filterEdges((_k, a, s, t) => a.relation === relation && s === source && (target === undefined || t === target)).map((k) => graph.getEdgeAttributes(k));
}

describe('seed: skripal-expulsions', () => {
  it('identifies the article by its normalised text and keeps the title', () => {
    expect(article.id).toBe(articleId(article.text));
    expect(article.title).toBe('US and allies expel over 100 Russian diplomats for UK poison attack');
    expect(graph.getAttribute('article')).toBe(article.id);
  });

  it('has one node per actor with ISO codes, titles and aliases', () => {
    expect(graph.getNodeAttributes('united-states')).toMatchObject({ kind: 'State', iso: 'USA' });
    expect(graph.getNodeAttributes('united-kingdom').aliases).toEqual(expect.arrayContaining(['U.K. government', 'UK']));
    expect(graph.getNodeAttributes('russia').aliases).toContain('Moscow');
    expect(graph.getNodeAttributes('theresa-may')).toMatchObject({ kind: 'Person', title: 'Prime Minister' });
    expect(graph.getNodeAttributes('trump').aliases).toContain('President Trump');
    for (const key of ['vladimir-putin', 'putin']) if (graph.hasNode(key)) expect(graph.getNodeAttribute(key, 'kind')).toBe('Person');
    expect(graph.hasNode('white-house') && graph.hasNode('associated-press')).toBe(true);
    // "British Prime Minister Theresa May told Parliament": hers, so the UK's.
    expect(graph.getNodeAttributes('british-parliament')).toMatchObject({ kind: 'Agency', aliases: ['British Parliament', 'Parliament'] });
    expect(graph.getNodeAttribute('russian-embassy-in-washington', 'kind')).toBe('Agency');
    // The title repeated as the first paragraph is read once: one Trump node, one US node.
    expect(graph.filterNodes((_k, a) => a.kind === 'Person' && a.name.includes('Trump'))).toHaveLength(1);
  });

  it('has the required relations', () => {
    expect(edges('EXPELLED', 'united-states', 'russia').length).toBeGreaterThan(0);
    expect(edges('EXPELLED', 'trump', 'russia').map((e) => e.count)).toContain(60);
    expect(edges('EXPELLED', 'united-kingdom', 'russia').map((e) => e.count)).toContain(23);
    expect(edges('ACCUSED', 'united-kingdom', 'russia').length).toBeGreaterThan(0);
    const denials = graph.filterEdges((_k, a, s) => a.relation === 'DENIED' && s === 'russia').map((k) => graph.target(k));
    expect(denials.length).toBeGreaterThan(0);
    for (const target of denials) expect(['united-kingdom', 'theresa-may', 'allies'].includes(target) || graph.getNodeAttribute(target, 'kind') === 'Event').toBe(true);
    const congratulated = edges('CONGRATULATED', 'trump', 'putin');
    expect(congratulated).toHaveLength(1);
    expect(congratulated[0]!.evidence).toContain('calling Putin to congratulate him on his reelection');
    expect(congratulated[0]!.cameo).toBe('051');
    expect(article.text.slice(congratulated[0]!.start, congratulated[0]!.end)).toBe(congratulated[0]!.evidence);
  });

  it('has none of the hard negatives', () => {
    for (const source of ['russia', 'kremlin', 'russian-embassy-in-washington']) expect(edges('EXPELLED', source)).toEqual([]);
    expect(edges('ACCUSED', 'trump', 'putin')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractArticle(raw).graph.export())).toBe(JSON.stringify(extractArticle(raw).graph.export()));
  });
});
