// Articles written blind for the extractor (before it was run on them), each with a gold file in
// the annotation format: scored by the same code as `newsgraph eval`, every required relation
// must be found, no edge may be wrong and no forbidden edge may appear.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/eval/run.ts';

const folders = ['blind', 'blind2', 'blind3', 'blind4', 'blind5'];

function describeEdge(e: { relation: string; source: { name: string }; target: { name: string } }): string {
  return `${e.source.name} -${e.relation}-> ${e.target.name}`;
}

describe.each(folders)('gold fixtures in %s', async (folder) => {
  const dir = fileURLToPath(new URL(`../fixtures/extract/${folder}`, import.meta.url));
  const result = await evaluateCorpus(dir);

  it('has articles to score', () => {
    expect(result.articles.length).toBeGreaterThan(0);
  });

  for (const article of result.articles) {
    const name = article.articlePath.split('/').pop();
    it(`${name}: every required relation found, nothing wrong or forbidden`, () => {
      const r = article.score.relations;
      expect(r.missed.map((g) => `${g.source.join('|')} -${g.type}-> ${g.target.join('|')}`), 'missed').toEqual([]);
      expect(r.wrong.map(describeEdge), 'wrong').toEqual([]);
      expect(r.forbidden).toBe(0);
    });

    it(`${name}: one node per gold entity, none unmatched`, () => {
      const e = article.score.entities;
      expect(e.missed.map((g) => g.id), 'missed').toEqual([]);
      expect(e.duplicates.map((n) => n.name), 'duplicates').toEqual([]);
      expect(e.unmatched.map((n) => `${n.kind}:${n.name}`), 'unmatched').toEqual([]);
    });
  }
});
