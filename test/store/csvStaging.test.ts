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
    const rel = ['from', 'to', 'evidence'];
    stage.append([{ name: 'rel', columns: rel, rows: [['a', 'b', 'one line']] }]);
    stage.append([
      { name: 'rel', columns: rel, rows: [['a', 'c', '']] },
      { name: 'other', columns: ['id', 'text'], rows: [['x', 'two\nlines']] },
      { name: 'unused', columns: ['id'], rows: [] },
    ]);
    expect(stage.names()).toEqual(['rel', 'other']);

    const file = stage.finish('rel')!;
    expect(readFileSync(file.path, 'utf8')).toBe('"a","b","one line"\n"a","c",""\n');
    expect(file).toMatchObject({ rows: 2, multiline: false, emptyStrings: new Set(['evidence']) });
    expect(stage.finish('other')).toMatchObject({ rows: 1, multiline: true, emptyStrings: new Set() });
    expect(stage.finish('unused')).toBeUndefined();

    stage.remove();
    expect(existsSync(stage.dir)).toBe(false);
    stage.remove();
  });

  it('cuts every file of a batch back when one of its writes fails', () => {
    const stage = staging();
    const columns = ['id', 'text'];
    stage.append([
      { name: 'a', columns, rows: [['1', 'kept']] },
      { name: 'b', columns, rows: [['2', 'kept']] },
    ]);
    stage.finish('b');
    // 'a' is written first, then 'b' (closed) fails: 'a' must lose this batch's row.
    expect(() =>
      stage.append([
        { name: 'a', columns, rows: [['3', 'line\nbreak'], ['4', '']] },
        { name: 'b', columns, rows: [['5', 'late']] },
      ]),
    ).toThrow(/already closed/);
    const a = stage.finish('a')!;
    expect(readFileSync(a.path, 'utf8')).toBe('"1","kept"\n');
    expect(a).toMatchObject({ rows: 1, multiline: false, emptyStrings: new Set() });
    stage.remove();
  });
});
