// Command-line parameters and result formats of `newsgraph query`.
import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.ts';
import { parametersUsed, parseParams } from '../../src/store/queryParams.ts';
import { formatRows } from '../../src/store/rowFormats.ts';
import { normalizeStatement } from '../../src/store/statement.ts';

describe('query parameters', () => {
  it('reads name=text as text and name:=json as typed values', () => {
    expect(parseParams(['cameo=016', 'name=Theresa May', 'least:=60', 'names:=["a","b"]', 'eq=a=b', 'empty='])).toEqual({
      cameo: '016',
      name: 'Theresa May',
      least: 60,
      names: ['a', 'b'],
      eq: 'a=b',
      empty: '',
    });
  });
  it('refuses malformed, repeated and non-JSON parameters with a usage error', () => {
    for (const specs of [['noequals'], ['1x=2'], ['a=1', 'a=2'], ['a:={']]) {
      expect(() => parseParams(specs)).toThrow(NewsgraphError);
    }
  });
  it('finds the $parameters a statement uses, not those in strings or comments', () => {
    expect(parametersUsed("// uses $nothing\nMATCH (a {name: $name}) WHERE a.note <> 'costs $5 or $x' AND a.t = \"$y\" RETURN $limit /* $z */")).toEqual(['name', 'limit']);
  });
  it('trims trailing semicolons and refuses an empty statement', () => {
    expect(normalizeStatement('  MATCH (n) RETURN n;; \n')).toBe('MATCH (n) RETURN n');
    expect(() => normalizeStatement(' ; ')).toThrow(/empty/);
  });
});

describe('result formats', () => {
  const rows = [
    { actor: 'United Kingdom', count: 23, evidence: 'He said, "leave"\nnow.', aliases: ['U.K.', 'Britain'], note: null },
    { actor: 'Russia', count: null, evidence: 'x'.repeat(100), extra: true },
  ];
  it('writes RFC 4180 CSV with every column seen', () => {
    expect(formatRows(rows, 'csv')).toBe(
      'actor,count,evidence,aliases,note,extra\r\n' +
        'United Kingdom,23,"He said, ""leave""\nnow.","[""U.K."",""Britain""]",,\r\n' +
        `Russia,,${'x'.repeat(100)},,,true\r\n`,
    );
  });
  it('draws an aligned table with long cells cut and line breaks folded', () => {
    const table = formatRows(rows, 'table').split('\n');
    expect(table[0]).toMatch(/^actor +\| count \| evidence +\| aliases +\| note \| extra$/);
    expect(table[2]).toContain('He said, "leave" now.');
    expect(table[3]).toContain(`${'x'.repeat(79)}…`);
    expect(table.at(-2)).toBe('(2 rows)');
    expect(formatRows([], 'table')).toBe('(no rows)\n');
  });
  it('writes JSON as it came', () => {
    expect(JSON.parse(formatRows(rows, 'json'))).toEqual(rows);
  });
});
