// Rows waiting for Kùzu's COPY FROM: one CSV file per target table (and node pair), appended a
// batch at a time so a large load holds them on disk, not in memory.
// Written by hand: the writer is a few lines, and it must follow exactly what Kùzu's reader
// accepts (fields always quoted, quotes doubled, an empty field is NULL).
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export type CsvValue = string | number | null;

export interface StagedFile {
  path: string;
  /** Property names in the order of the fields (COPY maps fields by position). */
  columns: readonly string[];
  rows: number;
  /** A value spans lines: Kùzu's parallel CSV reader cannot split such a file. */
  multiline: boolean;
  /** Columns that staged an empty string, which Kùzu reads back as NULL. */
  emptyStrings: Set<string>;
}

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

const LINE_BREAK = /[\n\r]/;

export interface StagingEntry {
  name: string;
  columns: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

type OpenFile = StagedFile & { fd: number | undefined; bytes: number };

export class CsvStaging {
  readonly dir: string;
  private readonly files = new Map<string, OpenFile>();
  // A second Ctrl-C exits at once: the folder goes with the process, not left beside the database.
  private readonly removeOnExit = (): void => this.remove();

  /** Creates a fresh staging folder under `parent`. */
  constructor(parent: string) {
    this.dir = mkdtempSync(join(parent, '.newsgraph-staging-'));
    process.once('exit', this.removeOnExit);
  }

  /**
   * Appends each entry's rows to the file of its name (created on first use with these
   * columns). All or nothing: when a write fails, the files are cut back to where they were.
   */
  append(entries: readonly StagingEntry[]): void {
    const touched: { file: OpenFile; bytes: number; rows: number; multiline: boolean; emptyStrings: Set<string> }[] = [];
    try {
      for (const { name, columns, rows } of entries) {
        if (rows.length === 0) continue;
        const file = this.open(name, columns);
        touched.push({ file, bytes: file.bytes, rows: file.rows, multiline: file.multiline, emptyStrings: new Set(file.emptyStrings) });
        const text = this.format(file, rows);
        writeSync(file.fd!, text);
        file.bytes += Buffer.byteLength(text);
        file.rows += rows.length;
      }
    } catch (error) {
      for (const before of touched.reverse()) {
        Object.assign(before.file, { bytes: before.bytes, rows: before.rows, multiline: before.multiline, emptyStrings: before.emptyStrings });
        if (before.file.fd !== undefined) ftruncateSync(before.file.fd, before.bytes);
      }
      throw error;
    }
  }

  private open(name: string, columns: readonly string[]): OpenFile {
    let file = this.files.get(name);
    if (!file) {
      const path = join(this.dir, `${this.files.size}.csv`);
      file = { path, columns, rows: 0, bytes: 0, multiline: false, emptyStrings: new Set(), fd: openSync(path, 'w') };
      this.files.set(name, file);
    }
    if (file.fd === undefined) throw new Error(`staging file ${file.path} is already closed`);
    return file;
  }

  private format(file: OpenFile, rows: readonly (readonly CsvValue[])[]): string {
    let text = '';
    for (const row of rows) {
      for (let i = 0; i < row.length; i++) {
        const value = row[i]!;
        if (typeof value === 'string') {
          if (value === '') file.emptyStrings.add(file.columns[i]!);
          else if (!file.multiline && LINE_BREAK.test(value)) file.multiline = true;
        }
        text += i === 0 ? csvField(value) : `,${csvField(value)}`;
      }
      text += '\n';
    }
    return text;
  }

  /** The staged file of `name`, closed for writing, or undefined when nothing was staged there. */
  finish(name: string): StagedFile | undefined {
    const file = this.files.get(name);
    if (file?.fd !== undefined) {
      closeSync(file.fd);
      file.fd = undefined;
    }
    return file;
  }

  names(): string[] {
    return [...this.files.keys()];
  }

  /** Closes every file and deletes the folder. Idempotent. */
  remove(): void {
    process.off('exit', this.removeOnExit);
    for (const file of this.files.values()) {
      if (file.fd !== undefined) closeSync(file.fd);
      file.fd = undefined;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
