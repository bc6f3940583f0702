// Cleans a user's Cypher text before it is sent: one statement, no trailing semicolons.
import { StoreError } from '../errors.ts';

export function normalizeStatement(cypher: string): string {
  const statement = cypher.trim().replace(/(\s*;)+$/, '').trim();
  if (statement === '') throw new StoreError('STORE_QUERY', 'the query is empty');
  return statement;
}
