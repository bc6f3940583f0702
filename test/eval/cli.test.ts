// `newsgraph eval` end to end: the real CLI and the real extractor on a folder written here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newsgraph, oneErrorLine } from '../cli/newsgraph.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = join(dir, 'corpus');
mkdirSync(corpus);
writeFileSync(
  join(corpus, 'envoys.txt'),
  'Valdoria expels Norland envoys\n\nValdoria expelled four Norland diplomats on Tuesday. ' +
    'Prime Minister Ilse Brandt accused Norland of spying. Norland denied the accusation.\n',
);
writeFileSync(
  join(corpus, 'envoys.gold.json'),
  JSON.stringify({
    article: 'envoys.txt',
    entities: [
      { id: 'valdoria', type: 'State', names: ['Valdoria'] },
      { id: 'norland', type: 'State', names: ['Norland'] },
      { id: 'ilse-brandt', type: 'Person', names: ['Ilse Brandt', 'Brandt'] },
      { id: 'diplomats', type: 'Group', names: ['four Norland diplomats'], optional: true },
    ],
    relations: [
      { source: ['valdoria'], type: 'EXPELLED', target: ['norland'], count: 4, evidence: 'Valdoria expelled four Norland diplomats' },
      { source: ['ilse-brandt'], type: 'ACCUSED', target: ['norland'], evidence: 'Ilse Brandt accused Norland of spying' },
      { source: ['norland'], type: 'DENIED', target: ['ilse-brandt', '@Event'], evidence: 'Norland denied the accusation' },
    ],
    forbidden: [{ source: ['norland'], type: 'EXPELLED', target: ['*'] }],
  }),
);

describe('newsgraph eval', () => {
  it('prints the per-article table and the micro-averaged figures, exit 0', () => {
    const result = newsgraph(['eval', corpus]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^envoys\s/m);
    expect(result.stdout).toMatch(/^micro-average \(1 article\)/m);
    expect(result.stdout).toMatch(/^entities: {2}P .+ R .+ F1 .+$/m);
    expect(result.stdout).toMatch(/^relations: P .+ R .+ F1 .+$/m);
    expect(result.stdout).toMatch(/^forbidden relations emitted: \d+$/m);
  });

  it('prints JSON whose counts agree with the gold written here', () => {
    const result = newsgraph(['eval', corpus, '--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.micro.entities.required).toBe(3);
    expect(json.micro.relations.required).toBe(3);
    expect(json.articles).toHaveLength(1);
    expect(json.articles[0].name).toBe('envoys');
    expect(json.articles[0].title).toBe('Valdoria expels Norland envoys');
    const { relations } = json.articles[0].score;
    // Whatever the extractor finds, found + missed is what the gold requires.
    expect(relations.counts.found + relations.missed.length).toBe(3);
  });

  it('lists what was missed or wrong with --verbose', () => {
    const result = newsgraph(['eval', corpus, '--verbose']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^envoys: Valdoria expels Norland envoys$/m);
  });

  it('refuses a missing folder, or a folder without pairs, in one line', () => {
    const missing = newsgraph(['eval', join(dir, 'nope')]);
    expect(missing.status).not.toBe(0);
    expect(oneErrorLine(missing)).toContain('no such directory');
    expect(missing.stdout).toBe('');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'lonely.txt'), 'An article without gold\n');
    const none = newsgraph(['eval', empty]);
    expect(none.status).not.toBe(0);
    expect(oneErrorLine(none)).toContain('holds no NAME.txt (or .md, .html) with a NAME.gold.json');
  });

  it('names the gold file and the problem when a gold file is invalid', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'x.txt'), 'Title\n\nValdoria expelled a diplomat.\n');
    writeFileSync(join(bad, 'x.gold.json'), '{"entities": [{"id": "v", "type": "Nation", "names": ["Valdoria"]}], "relations": []}');
    const result = newsgraph(['eval', bad]);
    expect(result.status).toBe(65);
    expect(oneErrorLine(result)).toMatch(/x\.gold\.json: invalid gold file: entities\[0\] \("v"\) type "Nation"/);
    expect(result.stdout).toBe('');
  });
});
