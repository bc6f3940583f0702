// The Cypher files shipped in cypher/: the Neo4j schema and the analyst query library.
// A query file opens with `//` comment lines: the first says what it answers, and each
// `// @param name  description` line declares a parameter the query needs.
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
export const QUERIES_DIR = join(CYPHER_DIR, 'queries');
export const SCHEMA_FILE = join(CYPHER_DIR, 'schema.cypher');

export interface QueryParameter {
  name: string;
  description: string;
}

export interface QueryFile {
  name: string;
  path: string;
  /** What the query answers (its first comment line). */
  description: string;
  parameters: QueryParameter[];
  text: string;
}

/** Splits a file of `;`-terminated statements, dropping whole-line `//` comments. */
export function splitStatements(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return code
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

export function schemaStatements(): string[] {
  return splitStatements(readFileSync(SCHEMA_FILE, 'utf8'));
}

export function parseQueryFile(path: string, text: string): QueryFile {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break;
    header.push(trimmed.replace(/^\/\/\s?/, ''));
  }
  const parameters: QueryParameter[] = [];
  for (const line of header) {
    const match = /^@param\s+(\w+)\s*(.*)$/.exec(line);
    if (match) parameters.push({ name: match[1]!, description: match[2]!.trim() });
  }
  return {
    name: basename(path).replace(/\.cypher$/, ''),
    path,
    description: header.find((line) => !line.startsWith('@')) ?? '',
    parameters,
    text,
  };
}

export async function readQueryFile(path: string): Promise<QueryFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError('INPUT_NOT_FOUND', code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? String(error)})`);
  }
  return parseQueryFile(path, text);
}

export async function listQueryFiles(dir: string = QUERIES_DIR): Promise<QueryFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
  return Promise.all(names.map((name) => readQueryFile(join(dir, name))));
}
