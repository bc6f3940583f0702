// Every statement the Neo4j store sends, and every file in cypher/, passes Neo4j's own Cypher linter.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { listQueryFiles, SCHEMA_FILE, schemaStatements } from '../../src/store/cypherFiles.ts';
import { allNeo4jStatements } from '../../src/store/neo4j/statements.ts';
import { STORED_PEOPLE_STATEMENTS } from '../../src/store/storedPeople.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/ontology.ts';

/** Errors only (warnings about labels the linter's empty schema does not know are expected). */
function lintErrors(text: string, parameters: readonly string[]): string[] {
  const declared = Object.fromEntries(parameters.map((name) => [name, '']));
  return lintCypherQuery(text, { parameters: declared })
    .diagnostics.filter((diagnostic) => diagnostic.severity === 1)
    .map((diagnostic) => `${diagnostic.message} at ${JSON.stringify(text.slice(diagnostic.offsets.start, diagnostic.offsets.end))}`);
}

describe('Cypher lint', () => {
  it('catches a broken statement and an undeclared parameter (the check can fail)', () => {
    expect(lintErrors('MATCH (n RETURN n', [])).not.toEqual([]);
    expect(lintErrors('MATCH (n) WHERE n.id = $id RETURN n', [])).toEqual([expect.stringMatching(/Parameter \$id is not defined/)]);
  });

  it('passes every statement of the Neo4j store', () => {
    const statements = allNeo4jStatements();
    expect(statements.length).toBeGreaterThanOrEqual(4 + ENTITY_KINDS.length + RELATION_TYPES.length);
    for (const statement of statements) expect(lintErrors(statement.text, statement.parameters), statement.text).toEqual([]);
  });

  it('passes the statements both stores run to find people to merge across articles', () => {
    expect(STORED_PEOPLE_STATEMENTS.length).toBeGreaterThanOrEqual(3);
    for (const statement of STORED_PEOPLE_STATEMENTS) expect(lintErrors(statement.text, statement.parameters), statement.text).toEqual([]);
  });

  it('passes cypher/schema.cypher, statement by statement and as a whole file', () => {
    expect(lintErrors(readFileSync(SCHEMA_FILE, 'utf8'), [])).toEqual([]);
    for (const statement of schemaStatements()) expect(lintErrors(statement, []), statement).toEqual([]);
  });

  it('passes every query file with exactly the parameters its header declares', async () => {
    const files = await listQueryFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      expect(file.description, `${file.name} needs a // comment line saying what it answers`).not.toBe('');
      expect(lintErrors(file.text, file.parameters.map((parameter) => parameter.name)), file.name).toEqual([]);
      const used = new Set([...file.text.matchAll(/\$(\w+)/g)].map((match) => match[1]));
      expect([...used].sort(), `${file.name}: declared @param lines`).toEqual(file.parameters.map((parameter) => parameter.name).sort());
    }
  });
});

describe('cypher/schema.cypher', () => {
  const statements = schemaStatements();
  it('makes Article and entity ids unique and is safe to apply again', () => {
    expect(statements).toContain('CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE');
    expect(statements).toContain('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    for (const statement of statements) expect(statement).toMatch(/ IF NOT EXISTS /);
  });
  it('indexes the key of every relation type and the name of every kind in the ontology', () => {
    for (const relation of RELATION_TYPES) expect(statements.some((s) => s.includes(`[r:${relation}]`) && s.endsWith('(r.key)')), relation).toBe(true);
    for (const kind of ENTITY_KINDS) expect(statements.some((s) => s.includes(`(n:\`${kind}\`) ON (n.name)`)), kind).toBe(true);
  });
});
