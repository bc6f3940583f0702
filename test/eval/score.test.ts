import { describe, expect, it } from 'vitest';
import { type Gold, parseGold } from '../../src/eval/gold.ts';
import { scoreArticle } from '../../src/eval/score.ts';
import { graphOf } from './graphs.ts';

// A small invented story: Valdoria expels Norland's envoys, Norland denies the accusation.
const gold: Gold = parseGold(
  {
    entities: [
      { id: 'valdoria', type: 'State', names: ['Valdoria', 'Valdorian government', 'Port Alma'] },
      { id: 'norland', type: 'State', names: ['Norland', 'U.N.R.'] },
      { id: 'ilse-brandt', type: 'Person', names: ['Ilse Brandt', 'Brandt'] },
      { id: 'norland-palace', type: 'Agency', names: ['Palace of Norland', 'the Palace'] },
      { id: 'gazette', type: 'Agency', names: ['Northern Gazette'], optional: true },
      { id: 'allies', type: 'Group', names: ['allies'], optional: true },
    ],
    relations: [
      { source: ['valdoria'], type: 'EXPELLED', target: ['norland'], evidence: 'Valdoria expelled 12 diplomats' },
      { source: ['valdoria'], type: 'EXPELLED', target: ['norland'], evidence: 'a second round of expulsions followed' },
      { source: ['ilse-brandt'], type: 'ACCUSED', target: ['norland', 'norland-palace'], evidence: 'Brandt blamed Norland' },
      { source: ['norland', 'norland-palace'], type: 'DENIED', target: ['ilse-brandt', '@Event'], evidence: 'the Palace denied it' },
      { source: ['allies'], type: 'EXPELLED', target: ['norland'], optional: true },
    ],
    forbidden: [
      { source: ['norland'], type: 'EXPELLED', target: ['*'], why: 'Norland only threatened' },
      { source: ['ilse-brandt'], type: 'ACCUSED', target: ['valdoria'], why: 'a quote, not her claim' },
    ],
  },
  'story.gold.json',
);

const allEntities: Parameters<typeof graphOf>[0] = [
  ['Valdoria', 'State'],
  ['Norland', 'State'],
  ['Ilse Brandt', 'Person'],
  ['Palace of Norland', 'Agency'],
];

describe('scoreArticle: entities', () => {
  it('credits each required entity found, matching by normalised name or alias', () => {
    const graph = graphOf([
      ['The Valdorian Government', 'State'],
      ['UNR', 'State', ['Norland']],
      ['Ms Brandt', 'Person', ['Brandt']],
    ]);
    const { entities } = scoreArticle(graph, gold);
    expect(entities.credited.map((c) => c.gold).sort()).toEqual(['ilse-brandt', 'norland', 'valdoria']);
    expect(entities.counts).toEqual({ right: 3, wrong: 0, found: 3, required: 4 });
    expect(entities.missed.map((e) => e.id)).toEqual(['norland-palace']);
  });

  it('counts a node matching an optional or Group entity as neither right nor wrong', () => {
    const graph = graphOf([...allEntities, ['Northern Gazette', 'Agency'], ['Allies', 'State']]);
    const { entities } = scoreArticle(graph, gold);
    expect(entities.neutral.map((n) => n.gold).sort()).toEqual(['allies', 'gazette']);
    expect(entities.counts).toEqual({ right: 4, wrong: 0, found: 4, required: 4 });
  });

  it('counts a second node for the same entity as wrong, and a node matching nothing as wrong', () => {
    const graph = graphOf([...allEntities, ['Port Alma', 'State'], ['Gondor', 'State']]);
    const { entities } = scoreArticle(graph, gold);
    expect(entities.duplicates).toMatchObject([{ name: 'Port Alma', gold: ['valdoria'] }]);
    expect(entities.unmatched).toMatchObject([{ name: 'Gondor' }]);
    expect(entities.counts).toEqual({ right: 4, wrong: 2, found: 4, required: 4 });
  });

  it('judges only Person, State and Agency nodes', () => {
    const graph = graphOf([['Valdoria', 'Group'], ['Somewhere', 'Place'], ['Norland', 'State']]);
    const { entities } = scoreArticle(graph, gold);
    expect(entities.counts).toEqual({ right: 1, wrong: 0, found: 1, required: 4 });
  });

  it('lets a node that matches two entities take the one no other node can', () => {
    // The first node is Norland but also carries the Palace's name; the second is only Norland.
    const graph = graphOf([
      ['Norland', 'State', ['the Palace']],
      ['U.N.R.', 'Agency'],
    ]);
    const { entities } = scoreArticle(graph, gold);
    expect(Object.fromEntries(entities.credited.map((c) => [c.name, c.gold]))).toEqual({ Norland: 'norland-palace', 'U.N.R.': 'norland' });
    expect(entities.duplicates).toEqual([]);
  });

  it('prefers the entity named by the canonical name when nothing conflicts', () => {
    const graph = graphOf([['Norland', 'State', ['the Palace']]]);
    expect(scoreArticle(graph, gold).entities.credited).toMatchObject([{ gold: 'norland' }]);
  });
});

describe('scoreArticle: relations', () => {
  it('credits a matching edge and reports the required relations missed', () => {
    const graph = graphOf(allEntities, [['Valdoria', 'EXPELLED', 'Norland']]);
    const { relations } = scoreArticle(graph, gold);
    expect(relations.counts).toEqual({ right: 1, wrong: 0, found: 1, required: 4 });
    expect(relations.missed.map((r) => r.evidence)).toEqual(['a second round of expulsions followed', 'Brandt blamed Norland', 'the Palace denied it']);
  });

  it('needs two edges for two expulsions between one pair, and a third is right but adds nothing', () => {
    const two = graphOf(allEntities, [['Valdoria', 'EXPELLED', 'Norland'], ['Valdoria', 'EXPELLED', 'Norland']]);
    expect(scoreArticle(two, gold).relations.counts).toEqual({ right: 2, wrong: 0, found: 2, required: 4 });
    const three = graphOf(allEntities, [['Valdoria', 'EXPELLED', 'Norland'], ['Valdoria', 'EXPELLED', 'Norland'], ['Valdoria', 'EXPELLED', 'Norland']]);
    const { relations } = scoreArticle(three, gold);
    expect(relations.counts).toEqual({ right: 3, wrong: 0, found: 2, required: 4 });
    expect(relations.extra).toHaveLength(1);
  });

  it('counts an edge matching an optional relation as right without recall', () => {
    const graph = graphOf([...allEntities, ['Allies', 'Group']], [['Allies', 'EXPELLED', 'Norland']]);
    const { relations } = scoreArticle(graph, gold);
    expect(relations.counts).toEqual({ right: 1, wrong: 0, found: 0, required: 4 });
  });

  it('accepts any Event node where the gold says @Event, and only an Event node', () => {
    const event = graphOf([...allEntities, ['the border incident', 'Event']], [['Palace of Norland', 'DENIED', 'the border incident']]);
    expect(scoreArticle(event, gold).relations.counts.found).toBe(1);
    const place = graphOf([...allEntities, ['the border incident', 'Place']], [['Palace of Norland', 'DENIED', 'the border incident']]);
    expect(scoreArticle(place, gold).relations.counts).toMatchObject({ found: 0, wrong: 1 });
  });

  it('requires the direction and the type to match', () => {
    const graph = graphOf(allEntities, [['Norland', 'ACCUSED', 'Ilse Brandt'], ['Norland', 'DENIED', 'Valdoria']]);
    const { relations } = scoreArticle(graph, gold);
    expect(relations.counts).toEqual({ right: 0, wrong: 2, found: 0, required: 4 });
    expect(relations.forbidden).toBe(0);
  });

  it('marks a wrong edge that matches a forbidden entry, "*" accepting any node', () => {
    const graph = graphOf([...allEntities, ['Gondor', 'State']], [
      ['Norland', 'EXPELLED', 'Gondor', 'Norland threatened to expel Gondor diplomats'],
      ['Ilse Brandt', 'ACCUSED', 'Valdoria'],
    ]);
    const { relations } = scoreArticle(graph, gold);
    expect(relations.forbidden).toBe(2);
    expect(relations.wrong.map((w) => w.forbidden?.why)).toEqual(['Norland only threatened', 'a quote, not her claim']);
    expect(relations.wrong[0]?.evidence).toBe('Norland threatened to expel Gondor diplomats');
  });

  it('ignores relation types that are not scored', () => {
    const graph = graphOf(allEntities, [['Norland', 'THREATENED', 'Valdoria'], ['Valdoria', 'SUMMONED', 'Norland']]);
    expect(scoreArticle(graph, gold).relations.counts).toEqual({ right: 0, wrong: 0, found: 0, required: 4 });
  });

  it('credits edges so that the most required relations are found', () => {
    // The first edge's target carries the names of Norland and of the Palace, so it could take
    // either relation; first come, first served would give it the Palace's and leave the second
    // edge (only the Palace) nothing.
    const local: Gold = parseGold(
      {
        entities: gold.entities,
        relations: [
          { source: ['ilse-brandt'], type: 'ACCUSED', target: ['norland-palace'] },
          { source: ['ilse-brandt'], type: 'ACCUSED', target: ['norland'] },
        ],
      },
      'local',
    );
    const graph = graphOf([['Ilse Brandt', 'Person'], ['Norland', 'State', ['the Palace']], ['Palace of Norland', 'Agency']], [
      ['Ilse Brandt', 'ACCUSED', 'Norland'],
      ['Ilse Brandt', 'ACCUSED', 'Palace of Norland'],
    ]);
    expect(scoreArticle(graph, local).relations.counts).toEqual({ right: 2, wrong: 0, found: 2, required: 2 });
  });

  it('does not count a right edge as forbidden even when a forbidden entry also matches it', () => {
    const local: Gold = parseGold(
      {
        entities: gold.entities,
        relations: [{ source: ['norland'], type: 'EXPELLED', target: ['valdoria'] }],
        forbidden: [{ source: ['norland'], type: 'EXPELLED', target: ['*'] }],
      },
      'local',
    );
    const graph = graphOf(allEntities, [['Norland', 'EXPELLED', 'Valdoria']]);
    expect(scoreArticle(graph, local).relations).toMatchObject({ counts: { right: 1, wrong: 0 }, forbidden: 0 });
  });
});
