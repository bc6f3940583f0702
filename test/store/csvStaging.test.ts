// The CSV files a Kùzu bulk load stages: quoting, and what the commit must know about them.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CsvStaging, csvField } from '../../src/store/kuzu/csvStaging.ts';
import { tempDbPath } from './fixtures.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function staging(): CsvStaging {
  const { path, cleanup } = tempDbPath();
  cleanups.push(cleanup);
  return new CsvStaging(path.slice(0, path.lastIndexOf('/')));
}

describe('csvField', () => {
  it('quotes every string and doubles its quotes; numbers bare; null empty', () => {
    expect(csvField('say "no", twice')).toBe('"say ""no"", twice"');
    expect(csvField('back\\slash')).toBe('"back\\slash"');
    expect(csvField('')).toBe('""');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(null)).toBe('');
  });
});

describe('CsvStaging', () => {
  it('appends batches to one file per name and tracks line breaks and empty strings per column', () => {
    const stage = staging();
    stage.append('rel', ['from', 'to', 'evidence'], [['a', 'b', 'one line']]);
    stage.append('rel', ['from', 'to', 'evidence'], [['a', 'c', '']]);
    stage.append('other', ['id', 'text'], [['x', 'two\nlines']]);
    stage.append('unused', ['id'], []);
    expect(stage.names()).toEqual(['rel', 'other']);

    const rel = stage.finish('rel')!;
    expect(readFileSync(rel.path, 'utf8')).toBe('"a","b","one line"\n"a","c",""\n');
    expect(rel).toMatchObject({ rows: 2, multiline: false, emptyStrings: new Set(['evidence']) });
    expect(stage.finish('other')).toMatchObject({ rows: 1, multiline: true, emptyStrings: new Set() });
    expect(stage.finish('unused')).toBeUndefined();
    expect(() => stage.append('rel', ['from', 'to', 'evidence'], [['a', 'd', 'late']])).toThrow(/already closed/);

    stage.remove();
    expect(existsSync(stage.dir)).toBe(false);
    stage.remove();
  });
});
