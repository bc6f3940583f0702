// What planning person merges across articles reads from a store (src/graph/personMerges.ts).
// The statements are the same on Kùzu and Neo4j, and go through Store.query, read-only.
import type { StoredPerson } from '../graph/personMerges.ts';
import { ARTICLE_LABEL, MENTIONS } from '../ontology.ts';
import type { Store } from './types.ts';

const quote = (label: string) => `\`${label}\``;
const PERSON = quote('Person');
const STATE = quote('State');
const AGENCY = quote('Agency');
// The structure a person's office gives them (src/extract/roles.ts): the states they act for.
const OFFICE = ['LEADS', 'HOLDS_OFFICE', 'SPOKESPERSON_FOR'].map(quote).join('|');

export interface SharedStatement {
  text: string;
  parameters: readonly string[];
}

export const STORED_PEOPLE: SharedStatement = { parameters: [], text: `MATCH (p:${PERSON}) RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.title AS title` };

/** A person's sides: the state of an office held, the agency it is held in, and that agency's state. */
export const PEOPLE_SIDES: readonly SharedStatement[] = [
  { parameters: [], text: `MATCH (p:${PERSON})-[:${OFFICE}]->(s:${STATE}) RETURN DISTINCT p.id AS person, s.id AS side` },
  { parameters: [], text: `MATCH (p:${PERSON})-[:${OFFICE}]->(a:${AGENCY}) RETURN DISTINCT p.id AS person, a.id AS side` },
  { parameters: [], text: `MATCH (p:${PERSON})-[:${OFFICE}]->(:${AGENCY})-[:${quote('PART_OF')}]->(s:${STATE}) RETURN DISTINCT p.id AS person, s.id AS side` },
];

export const ARTICLES_MENTIONING_PEOPLE: SharedStatement = {
  parameters: ['ids'],
  text: `MATCH (a:${quote(ARTICLE_LABEL)})-[:${quote(MENTIONS)}]->(p:${PERSON}) WHERE p.id IN $ids RETURN p.id AS person, a.id AS article`,
};

/** Every statement above, for the lint test. */
export const STORED_PEOPLE_STATEMENTS: readonly SharedStatement[] = [STORED_PEOPLE, ...PEOPLE_SIDES, ARTICLES_MENTIONING_PEOPLE];

/** Every stored person with the states they act for. */
export async function readStoredPeople(store: Store): Promise<StoredPerson[]> {
  const sides = new Map<string, Set<string>>();
  for (const statement of PEOPLE_SIDES) {
    for (const row of await store.query(statement.text)) {
      const person = String(row.person);
      sides.set(person, (sides.get(person) ?? new Set()).add(String(row.side)));
    }
  }
  const rows = await store.query(STORED_PEOPLE.text);
  return rows.map((row) => ({
    id: String(row.id),
    name: String(row.name ?? ''),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    ...(typeof row.title === 'string' && row.title !== '' ? { title: row.title } : {}),
    sides: [...(sides.get(String(row.id)) ?? [])].sort(),
  }));
}

/** The articles that mention each of these people. */
export async function readArticlesMentioning(store: Store, ids: readonly string[]): Promise<Map<string, string[]>> {
  const articles = new Map<string, string[]>();
  if (ids.length === 0) return articles;
  for (const row of await store.query(ARTICLES_MENTIONING_PEOPLE.text, { ids: [...ids] })) {
    const person = String(row.person);
    articles.set(person, [...(articles.get(person) ?? []), String(row.article)]);
  }
  return articles;
}
