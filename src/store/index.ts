// Opens the store a command asked for: Neo4j when a URI is given, else the embedded Kùzu file.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SAFE_STAGING_PATH } from './kuzu/statements.ts';
import type { BulkRowFormat, Store } from './types.ts';

export type { ArticleGraph, QueryOptions, Row, Store, WriteResult } from './types.ts';

export const DEFAULT_KUZU_PATH = './newsgraph.db';
export const DEFAULT_NEO4J_USER = 'neo4j';

export interface OpenStoreOptions {
  /** Kùzu database file; used when no Neo4j URI is given. Default ./newsgraph.db. */
  db?: string;
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  /** For reading only: Kùzu opens a read-only handle, Neo4j uses READ sessions and skips the schema. */
  readOnly?: boolean;
}

/** Fills what the options leave out from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. */
export function withEnvironment(options: OpenStoreOptions, env: NodeJS.ProcessEnv = process.env): OpenStoreOptions {
  return {
    ...options,
    neo4jUri: options.neo4jUri || env.NEO4J_URI || undefined,
    neo4jUser: options.neo4jUser || env.NEO4J_USER || undefined,
    neo4jPassword: options.neo4jPassword ?? env.NEO4J_PASSWORD,
  };
}

/**
 * Opens (and initialises: tables, constraints) the store. Neo4j when `neo4jUri` is set,
 * otherwise Kùzu at `db`. Environment variables are not read here: see `withEnvironment`.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  // Each store's driver loads only when chosen: neo4j-driver alone took ~0.2 s of every start-up.
  const store: Store = options.neo4jUri
    ? await (await import('./neo4j/neo4jStore.ts')).Neo4jStore.open({
        uri: options.neo4jUri,
        user: options.neo4jUser || DEFAULT_NEO4J_USER,
        password: options.neo4jPassword ?? '',
        readOnly: options.readOnly,
      })
    : await (await import('./kuzu/kuzuStore.ts')).KuzuStore.open({ path: options.db || DEFAULT_KUZU_PATH, readOnly: options.readOnly });
  try {
    await store.init();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

/**
 * The bulk row format a load into the store named by `options` will take, where that is certain
 * before the store opens: a Kùzu database that does not exist yet is empty, so a load into it
 * takes the bulk path. The loader can then extract while the store opens.
 */
export function bulkRowFormatAhead(options: OpenStoreOptions): BulkRowFormat | undefined {
  if (options.neo4jUri || options.readOnly) return undefined;
  const path = resolve(options.db || DEFAULT_KUZU_PATH);
  if (existsSync(path) || !SAFE_STAGING_PATH.test(dirname(path))) return undefined;
  return 'kuzu-csv';
}
