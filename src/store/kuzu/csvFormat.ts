// CSV as Kùzu's COPY FROM reads it: every string quoted with its quotes doubled, numbers bare,
// an empty field read as NULL. Pure (no files, no Kùzu), so extraction workers can format rows.
// Written by hand: a few lines, and they must follow exactly what Kùzu's reader accepts.

export type CsvValue = string | number | null;

/** Rows formatted for a COPY, with what the COPY must be told about them. */
export interface CsvChunk {
  /** Whole records, each ending in a line feed. */
  text: string;
  rows: number;
  /** A value spans lines: Kùzu's parallel CSV reader cannot split such a file. */
  multiline: boolean;
  /** Columns holding an empty string, which Kùzu reads back as NULL. */
  emptyStrings: string[];
}

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** A line break inside a value: more line feeds than records, or any carriage return. */
function hasInnerLineBreak(text: string, records: number): boolean {
  if (text.includes('\r')) return true;
  let feeds = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) if (++feeds > records) return true;
  return false;
}

export function formatCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): CsvChunk {
  // A record is concatenated and the records joined once: the join copies them into one flat
  // string, so no rope reaches postMessage or the file write (which would flatten it again).
  // ~25% faster than joining every field and separator.
  const records: string[] = [];
  const empty = new Set<string>();
  for (const row of rows) {
    let record = '';
    for (let i = 0; i < row.length; i++) {
      const value = row[i]!;
      if (value === '') empty.add(columns[i]!);
      record = i === 0 ? csvField(value) : record + ',' + csvField(value);
    }
    records.push(record + '\n');
  }
  const text = records.join('');
  return { text, rows: rows.length, multiline: hasInnerLineBreak(text, rows.length), emptyStrings: [...empty] };
}

/** Several chunks as one, in order. */
export function joinChunks(chunks: readonly CsvChunk[]): CsvChunk {
  if (chunks.length === 1) return chunks[0]!;
  return {
    text: chunks.map((chunk) => chunk.text).join(''),
    rows: chunks.reduce((sum, chunk) => sum + chunk.rows, 0),
    multiline: chunks.some((chunk) => chunk.multiline),
    emptyStrings: [...new Set(chunks.flatMap((chunk) => chunk.emptyStrings))],
  };
}

/** The records of a chunk's text, each with its line feed (a quoted field may hold line breaks). */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted; // a doubled quote toggles twice
    else if (c === 10 && !quoted) {
      records.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  return records;
}

/** The first `count` fields of a record, unquoted (they must be strings). */
export function leadingStrings(record: string, count: number): string[] {
  const fields: string[] = [];
  let i = 0;
  while (fields.length < count) {
    if (record[i] !== '"') throw new Error(`expected a quoted field at ${i} of a staged CSV record`);
    let value = '';
    for (i++; ; i++) {
      if (i >= record.length) throw new Error('unterminated quoted field in a staged CSV record');
      if (record[i] === '"') {
        if (record[i + 1] === '"') {
          value += '"';
          i++;
        } else break;
      } else value += record[i];
    }
    fields.push(value);
    i += 2; // closing quote and comma
  }
  return fields;
}
