// The CSV files a Kùzu bulk load stages: quoting, and what the commit must know about them.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { csvField, csvRecords, type CsvValue, formatCsv, leadingStrings } from '../../src/store/kuzu/csvFormat.ts';
import { CsvStaging, type StagingEntry } from '../../src/store/kuzu/csvStaging.ts';
import { tempDbPath } from './fixtures.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const entry = (name: string, columns: string[], rows: CsvValue[][]): StagingEntry => ({ name, columns, chunk: formatCsv(columns, rows) });

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

describe('formatCsv', () => {
  it('formats records and notes line breaks and the columns holding empty strings', () => {
    const chunk = formatCsv(['id', 'text', 'note', 'n'], [
      ['a', 'say "hi",\nthen go', '', 1],
      ['b', 'plain', null, 2.5],
    ]);
    expect(chunk).toEqual({ text: '"a","say ""hi"",\nthen go","",1\n"b","plain",,2.5\n', rows: 2, multiline: true, emptyStrings: ['note'] });
    expect(formatCsv(['id'], [['x']])).toMatchObject({ multiline: false, emptyStrings: [] });
  });

  it('splits a chunk back into its records and reads their leading fields, quotes and line breaks included', () => {
    const rows: CsvValue[][] = [
      ['say "so"', 'b', 'two\r\nlines, "quoted"'],
      ['', '"', 'x'],
      ['c', 'd\ne', null],
    ];
    const records = csvRecords(formatCsv(['from', 'to', 'text'], rows).text);
    expect(records).toHaveLength(3);
    expect(records.map((record) => leadingStrings(record, 2))).toEqual([
      ['say "so"', 'b'],
      ['', '"'],
      ['c', 'd\ne'],
    ]);
    expect(records.join('')).toBe(formatCsv(['from', 'to', 'text'], rows).text);
    expect(() => leadingStrings('1,"x"\n', 1)).toThrow(/quoted field/);
  });
});

describe('CsvStaging', () => {
  it('appends batches to one file per name and tracks line breaks and empty strings per column', () => {
    const stage = staging();
    const rel = ['from', 'to', 'evidence'];
    stage.append([entry('rel', rel, [['a', 'b', 'one line']])]);
    stage.append([
      entry('rel', rel, [['a', 'c', '']]),
      entry('other', ['id', 'text'], [['x', 'two\nlines']]),
      entry('unused', ['id'], []),
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
      entry('a', columns, [['1', 'kept']]),
      entry('b', columns, [['2', 'kept']]),
    ]);
    stage.finish('b');
    // 'a' is written first, then 'b' (closed) fails: 'a' must lose this batch's row.
    expect(() =>
      stage.append([
        entry('a', columns, [['3', 'line\nbreak'], ['4', '']]),
        entry('b', columns, [['5', 'late']]),
      ]),
    ).toThrow(/already closed/);
    const a = stage.finish('a')!;
    expect(readFileSync(a.path, 'utf8')).toBe('"1","kept"\n');
    expect(a).toMatchObject({ rows: 1, multiline: false, emptyStrings: new Set() });
    stage.remove();
  });
});
