import { describe, expect, it } from 'vitest';
import { parseGold, parseGoldText } from '../../src/eval/gold.ts';
import { NewsgraphError } from '../../src/errors.ts';

const valid = {
  article: 'minsk.txt',
  entities: [
    { id: 'belarus', type: 'State', names: ['Belarus', 'Minsk'] },
    { id: 'lithuania', type: 'State', names: ['Lithuania'] },
    { id: 'envoys', type: 'Group', names: ['envoys'], optional: true },
  ],
  relations: [
    { source: ['belarus'], type: 'EXPELLED', target: ['lithuania'], count: 2, evidence: 'Minsk expelled two Lithuanian envoys' },
    { source: ['lithuania'], type: 'DENIED', target: ['belarus', '@Event'], optional: true },
  ],
  forbidden: [{ source: ['lithuania'], type: 'EXPELLED', target: ['*'], why: 'only threatened' }],
};

function problem(raw: unknown): string {
  try {
    parseGold(raw, 'x.gold.json');
  } catch (error) {
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe('GOLD_INVALID');
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith('x.gold.json: ')).toBe(true);
    return message;
  }
  throw new Error('expected the gold to be refused');
}

const edit = (change: (gold: any) => void): unknown => {
  const copy = structuredClone(valid);
  change(copy);
  return copy;
};

describe('parseGold', () => {
  it('reads a valid file with defaults for optional and forbidden', () => {
    const gold = parseGold(valid, 'x');
    expect(gold.entities.map((e) => [e.id, e.optional])).toEqual([['belarus', false], ['lithuania', false], ['envoys', true]]);
    expect(gold.relations[0]).toMatchObject({ count: 2, optional: false, evidence: 'Minsk expelled two Lithuanian envoys' });
    expect(gold.relations[1]?.target).toEqual(['belarus', '@Event']);
    expect(gold.forbidden[0]?.why).toBe('only threatened');
    expect(parseGold(edit((g) => delete g.forbidden), 'x').forbidden).toEqual([]);
  });

  it("takes the edge's noun beside its count, as ANNOTATION.md puts it", () => {
    const gold = parseGold(edit((g) => (g.relations[0].object = 'envoys')), 'x');
    expect(gold.relations[0]).toMatchObject({ count: 2, object: 'envoys' });
  });

  it('names the problem in one line', () => {
    expect(problem([])).toMatch(/top level must be a JSON object/);
    expect(problem(edit((g) => delete g.entities))).toMatch(/"entities" must be an array/);
    expect(problem(edit((g) => (g.entities[1].type = 'Country')))).toMatch(/entities\[1\] \("lithuania"\) type "Country"/);
    expect(problem(edit((g) => (g.entities[0].names = [])))).toMatch(/names must be a non-empty array/);
    expect(problem(edit((g) => (g.entities[1].id = 'belarus')))).toMatch(/"belarus" is used twice/);
    expect(problem(edit((g) => (g.relations[0].target = ['latvia'])))).toMatch(/relations\[0\]\.target\[0\] "latvia" is not the id of an entity/);
    expect(problem(edit((g) => (g.relations[0].target = ['*'])))).toMatch(/only allowed in forbidden/);
    expect(problem(edit((g) => (g.relations[0].type = 'EXPELS')))).toMatch(/relations\[0\]\.type "EXPELS"/);
    expect(problem(edit((g) => (g.relations[0].count = 'two')))).toMatch(/count must be a whole number/);
    expect(problem(edit((g) => (g.relations[0].object = 7)))).toMatch(/relations\[0\]\.object must be a string/);
    expect(problem(edit((g) => (g.relations[1].optinal = true)))).toMatch(/unknown key "optinal"/);
    expect(problem(edit((g) => (g.entities[2].optional = 'yes')))).toMatch(/optional must be true or false/);
    expect(problem(edit((g) => (g.forbidden[0].source = [])))).toMatch(/forbidden\[0\]\.source must be a non-empty array/);
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseGoldText('{"entities": [', 'y.gold.json')).toThrow(/^y\.gold\.json: invalid gold file: not valid JSON/);
  });
});
