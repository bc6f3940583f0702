// Rows waiting for Kùzu's COPY FROM: one CSV file per target table (and node pair), appended a
// batch at a time so a large load holds them on disk, not in memory.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CsvChunk } from './csvFormat.ts';

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

export interface StagingEntry {
  name: string;
  columns: readonly string[];
  chunk: CsvChunk;
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
      for (const { name, columns, chunk } of entries) {
        if (chunk.rows === 0) continue;
        const file = this.open(name, columns);
        touched.push({ file, bytes: file.bytes, rows: file.rows, multiline: file.multiline, emptyStrings: new Set(file.emptyStrings) });
        // Encoded once, and its length known from that (not measured and encoded again).
        const data = Buffer.from(chunk.text);
        // A short write (a full disk) would leave half a record: treat it as the failure it is.
        if (writeSync(file.fd!, data) !== data.length) throw new Error(`staging file ${file.path}: short write (is the disk full?)`);
        file.bytes += data.length;
        file.rows += chunk.rows;
        file.multiline ||= chunk.multiline;
        for (const column of chunk.emptyStrings) file.emptyStrings.add(column);
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
