// Hands rows to Kùzu as one list per column instead of a list of structs.
// Why: the Node binding converts a list of JS objects ~20x slower than lists of scalars, infers a
// list's type from its first element (a leading null fails, an empty list fails), and writes a
// JS double into an INT64-typed list as raw bits. So every column starts with a typed sentinel
// at index 1 (statements read from index 2), and doubles travel as strings that Cypher CASTs.
import type { KuzuValue } from 'kuzu';

export type ColumnType = 'string' | 'int' | 'double' | 'strings';

const SENTINEL: Record<ColumnType, KuzuValue> = { string: '', int: 0, double: '0', strings: [''] };

export type ColumnSpec<T> = Record<string, readonly [ColumnType, (row: T) => string | number | string[] | null]>;

export function toColumns<T>(rows: readonly T[], spec: ColumnSpec<T>): Record<string, KuzuValue[]> {
  const columns: Record<string, KuzuValue[]> = {};
  for (const [name, [type, read]] of Object.entries(spec)) {
    const column: KuzuValue[] = [SENTINEL[type]];
    for (const row of rows) {
      const value = read(row);
      column.push(type === 'double' && value !== null ? String(value) : value);
    }
    columns[name] = column;
  }
  return columns;
}

/** The UNWIND that walks the rows of `toColumns` output: index 1 is the sentinel. */
export function unwindRows(firstColumn: string): string {
  return `UNWIND range(2, size($${firstColumn})) AS i`;
}
