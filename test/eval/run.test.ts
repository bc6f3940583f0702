import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPairs } from '../../src/eval/corpus.ts';
import { evaluationToJson, formatEvaluation } from '../../src/eval/report.ts';
import { type Extractor, evaluateCorpus } from '../../src/eval/run.ts';
import type { NewsGraph } from '../../src/graph/model.ts';
import { graphOf } from './graphs.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entities = [
  { id: 'valdoria', type: 'State', names: ['Valdoria'] },
  { id: 'norland', type: 'State', names: ['Norland'] },
];
const write = (name: string, relations: unknown[], forbidden: unknown[] = []) => {
  writeFileSync(join(dir, `${name}.txt`), `${name}\n\nSome text.\n`);
  writeFileSync(join(dir, `${name}.gold.json`), JSON.stringify({ article: `${name}.txt`, entities, relations, forbidden }));
};
write('alpha', [
  { source: ['valdoria'], type: 'EXPELLED', target: ['norland'], evidence: 'Valdoria expelled Norland envoys' },
  { source: ['norland'], type: 'DENIED', target: ['valdoria'], count: 3, object: 'reports', evidence: 'Norland denied everything' },
]);
write('beta', [{ source: ['norland'], type: 'ACCUSED', target: ['valdoria'], evidence: 'Norland blamed Valdoria' }], [
  { source: ['valdoria'], type: 'ACCUSED', target: ['*'], why: 'Valdoria declined to blame anyone' },
]);
writeFileSync(join(dir, 'gamma.txt'), 'no gold beside this one\n');
writeFileSync(join(dir, 'notes.md'), 'ignored\n');

// A stand-in extractor with known output, so the figures below are exact.
const graphs: Record<string, NewsGraph> = {
  alpha: graphOf([['Valdoria', 'State'], ['Norland', 'State'], ['Elsewhere', 'State']], [['Valdoria', 'EXPELLED', 'Norland']]),
  beta: graphOf([['Valdoria', 'State'], ['Norland', 'State']], [
    ['Norland', 'ACCUSED', 'Valdoria'],
    ['Valdoria', 'ACCUSED', 'Norland', 'Valdoria declined to blame Norland'],
  ]),
};
const fake: Extractor = async (path) => {
  const name = path.slice(dir.length + 1, -'.txt'.length);
  const graph = graphs[name];
  if (!graph) throw new Error(`unexpected article ${path}`);
  return { article: { id: name, title: `${name} title`, text: '', source: path }, graph };
};

describe('findPairs', () => {
  it('lists every NAME.txt with a NAME.gold.json, sorted, and nothing else', async () => {
    expect((await findPairs(dir)).map((p) => p.name)).toEqual(['alpha', 'beta']);
  });
  it('refuses a missing folder, a file, and a folder without pairs', async () => {
    await expect(findPairs(join(dir, 'nope'))).rejects.toThrow(/no such directory/);
    await expect(findPairs(join(dir, 'notes.md'))).rejects.toThrow(/is not a directory/);
    const empty = mkdtempSync(join(dir, 'empty-'));
    await expect(findPairs(empty)).rejects.toThrow(/holds no NAME\.txt \(or \.md, \.html\) with a NAME\.gold\.json/);
  });
  it('pairs a Markdown or HTML article with its gold too, the .txt first where a name has several', async () => {
    const mixed = mkdtempSync(join(dir, 'mixed-'));
    for (const [file, text] of [['md-one.md', '# One'], ['html-two.html', '<h1>Two</h1>'], ['both.txt', 'Both'], ['both.md', '# Both'], ['orphan.htm', '<p>x</p>']]) writeFileSync(join(mixed, file!), text!);
    for (const name of ['md-one', 'html-two', 'both']) writeFileSync(join(mixed, `${name}.gold.json`), '{}');
    expect((await findPairs(mixed)).map((p) => p.articlePath.slice(mixed.length + 1))).toEqual(['both.txt', 'html-two.html', 'md-one.md']);
  });
});

describe('evaluateCorpus', () => {
  it('micro-averages: counts are summed over articles before dividing', async () => {
    const result = await evaluateCorpus(dir, fake);
    expect(result.articles.map((a) => [a.name, a.relations.recall])).toEqual([['alpha', 0.5], ['beta', 1]]);
    // Macro-averaged recall would be 0.75; summed counts give 2 of 3.
    expect(result.relations).toMatchObject({ right: 2, wrong: 1, found: 2, required: 3 });
    expect(result.relations.recall).toBeCloseTo(2 / 3, 10);
    expect(result.relations.precision).toBeCloseTo(2 / 3, 10);
    expect(result.entities).toMatchObject({ right: 4, wrong: 1, found: 4, required: 4, recall: 1, precision: 0.8 });
    expect(result.forbidden).toBe(1);
  });

  it('prints a table with the figures, and details when verbose', async () => {
    const result = await evaluateCorpus(dir, fake);
    const table = formatEvaluation(result, false);
    expect(table).toMatch(/^alpha\s+0\.667 1\.000 0\.800 +2\/2 +1\.000 0\.500 0\.667 +1\/2 +0$/m);
    expect(table).toMatch(/^micro-average \(2 articles\)/m);
    expect(table).toContain('relations: P 0.667  R 0.667  F1 0.667');
    expect(table).toContain('forbidden relations emitted: 1');
    expect(table).not.toContain('missed relations');

    const verbose = formatEvaluation(result, true);
    expect(verbose).toContain('norland -DENIED-> valdoria [3 reports]');
    expect(verbose).toContain('"Norland denied everything"');
    expect(verbose).toContain('Valdoria -ACCUSED-> Norland  FORBIDDEN (Valdoria declined to blame anyone)');
    expect(verbose).toContain('"Valdoria declined to blame Norland"');
    expect(verbose).toContain('[State] Elsewhere');
  });

  it('gives JSON with the micro figures and per-article details, without the gold', async () => {
    const json = JSON.parse(evaluationToJson(await evaluateCorpus(dir, fake)));
    expect(json.micro.forbidden).toBe(1);
    expect(json.micro.relations.found).toBe(2);
    expect(json.articles[1].score.relations.wrong[0].forbidden.why).toBe('Valdoria declined to blame anyone');
    expect(json.articles[0].gold).toBeUndefined();
  });

  it('refuses an invalid gold file before extracting anything', async () => {
    const bad = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(bad, 'a.txt'), 'A\n');
    writeFileSync(join(bad, 'a.gold.json'), JSON.stringify({ entities: [], relations: [{ source: ['x'], type: 'EXPELLED', target: ['y'] }] }));
    let extracted = 0;
    const counting: Extractor = async (path) => {
      extracted++;
      return fake(path);
    };
    await expect(evaluateCorpus(bad, counting)).rejects.toThrow(/a\.gold\.json: invalid gold file: relations\[0\]\.source\[0\] "x" is not the id of an entity/);
    expect(extracted).toBe(0);
  });
});
