// The store options every store-using command shares (--db, --neo4j-*), and opening the store.
import type { Argv } from 'yargs';
import { bulkRowFormatAhead, DEFAULT_KUZU_PATH, openStore, withEnvironment } from '../store/index.ts';
import type { BulkRowFormat, Store } from '../store/types.ts';

export interface StoreArgs {
  db: string;
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
}

export function storeOptions<T>(y: Argv<T>): Argv<T & StoreArgs> {
  return y
    .option('db', { type: 'string', default: DEFAULT_KUZU_PATH, describe: 'Kùzu database file (the embedded default store)' })
    .option('neo4j-uri', { type: 'string', describe: 'use Neo4j at this Bolt URI instead of Kùzu [env: NEO4J_URI]' })
    .option('neo4j-user', { type: 'string', describe: 'Neo4j user [env: NEO4J_USER, default: neo4j]' })
    .option('neo4j-password', { type: 'string', describe: 'Neo4j password [env: NEO4J_PASSWORD]' })
    .group(['db', 'neo4j-uri', 'neo4j-user', 'neo4j-password'], 'Store:') as Argv<T & StoreArgs>;
}

function storeArgs(args: StoreArgs, readOnly?: boolean) {
  return withEnvironment({ db: args.db, neo4jUri: args.neo4jUri, neo4jUser: args.neo4jUser, neo4jPassword: args.neo4jPassword, readOnly });
}

/** Opens and initialises the store the arguments (then NEO4J_* variables) name. */
export function openStoreFromArgs(args: StoreArgs, options: { readOnly?: boolean } = {}): Promise<Store> {
  return openStore(storeArgs(args, options.readOnly));
}

/** The bulk row format a load into that store will take, if certain before it opens (ask before opening it). */
export function bulkRowFormatFromArgs(args: StoreArgs): BulkRowFormat | undefined {
  return bulkRowFormatAhead(storeArgs(args));
}
