// The gold file format (ANNOTATION.md "The gold file") and its validation. Parsing is pure: it
// takes the decoded JSON and a label for messages, so it is testable without files.
import { firstLine, NewsgraphError } from '../errors.ts';
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType, isEntityKind, isRelationType } from '../ontology.ts';

/** Accepts any system node of kind Event at a relation end. */
export const ANY_EVENT = '@Event';
/** Accepts any system node at a forbidden end. */
export const ANY_NODE = '*';

export interface GoldEntity {
  id: string;
  type: EntityKind;
  names: string[];
  optional: boolean;
}

export interface GoldRelation {
  source: string[];
  type: RelationType;
  target: string[];
  optional: boolean;
  count?: number;
  /** The noun ANNOTATION.md puts on the edge with the count: "diplomats" in "60 Russian diplomats". */
  object?: string;
  evidence?: string;
}

export interface GoldForbidden {
  source: string[];
  type: RelationType;
  target: string[];
  why?: string;
}

export interface Gold {
  article?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
  forbidden: GoldForbidden[];
}

type Json = Record<string, unknown>;

function invalid(label: string, problem: string): never {
  throw new NewsgraphError('GOLD_INVALID', `${label}: invalid gold file: ${problem}`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// An unknown key is almost always a typo ("optinal") that would silently change the score.
function checkKeys(label: string, where: string, value: Json, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) invalid(label, `${where} has unknown key "${key}" (allowed: ${allowed.join(', ')})`);
  }
}

function optionalFlag(label: string, where: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') invalid(label, `${where}.optional must be true or false`);
  return value;
}

function optionalString(label: string, where: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') invalid(label, `${where} must be a string`);
  return value;
}

function relationType(label: string, where: string, value: unknown): RelationType {
  if (!isRelationType(value)) invalid(label, `${where}.type ${JSON.stringify(value)} is not one of ${RELATION_TYPES.join(', ')}`);
  return value;
}

function endIds(label: string, where: string, value: unknown, known: ReadonlySet<string>, wildcards: readonly string[]): string[] {
  if (!Array.isArray(value) || value.length === 0) invalid(label, `${where} must be a non-empty array of entity ids`);
  return value.map((id, i) => {
    if (typeof id !== 'string') invalid(label, `${where}[${i}] must be a string`);
    if (!known.has(id) && !wildcards.includes(id)) {
      const hint = id === ANY_NODE ? ` ("${ANY_NODE}" is only allowed in forbidden)` : '';
      invalid(label, `${where}[${i}] "${id}" is not the id of an entity${hint}`);
    }
    return id;
  });
}

function parseEntity(label: string, raw: unknown, i: number): GoldEntity {
  const where = `entities[${i}]`;
  if (!isObject(raw)) invalid(label, `${where} must be an object`);
  checkKeys(label, where, raw, ['id', 'type', 'names', 'optional']);
  const { id, type, names } = raw;
  if (typeof id !== 'string' || id.trim() === '') invalid(label, `${where}.id must be a non-empty string`);
  if (!isEntityKind(type)) invalid(label, `${where} ("${id}") type ${JSON.stringify(type)} is not one of ${ENTITY_KINDS.join(', ')}`);
  if (!Array.isArray(names) || names.length === 0) invalid(label, `${where} ("${id}") names must be a non-empty array of strings`);
  for (const [j, name] of names.entries()) {
    if (typeof name !== 'string' || name.trim() === '') invalid(label, `${where} ("${id}") names[${j}] must be a non-empty string`);
  }
  return { id, type, names: names as string[], optional: optionalFlag(label, where, raw.optional) };
}

function parseRelation(label: string, raw: unknown, i: number, known: ReadonlySet<string>): GoldRelation {
  const where = `relations[${i}]`;
  if (!isObject(raw)) invalid(label, `${where} must be an object`);
  checkKeys(label, where, raw, ['source', 'type', 'target', 'optional', 'count', 'object', 'evidence']);
  const relation: GoldRelation = {
    source: endIds(label, `${where}.source`, raw.source, known, [ANY_EVENT]),
    type: relationType(label, where, raw.type),
    target: endIds(label, `${where}.target`, raw.target, known, [ANY_EVENT]),
    optional: optionalFlag(label, where, raw.optional),
  };
  if (raw.count !== undefined) {
    if (typeof raw.count !== 'number' || !Number.isInteger(raw.count) || raw.count < 0) invalid(label, `${where}.count must be a whole number`);
    relation.count = raw.count;
  }
  const object = optionalString(label, `${where}.object`, raw.object);
  if (object !== undefined) relation.object = object;
  const evidence = optionalString(label, `${where}.evidence`, raw.evidence);
  if (evidence !== undefined) relation.evidence = evidence;
  return relation;
}

function parseForbidden(label: string, raw: unknown, i: number, known: ReadonlySet<string>): GoldForbidden {
  const where = `forbidden[${i}]`;
  if (!isObject(raw)) invalid(label, `${where} must be an object`);
  checkKeys(label, where, raw, ['source', 'type', 'target', 'why']);
  const forbidden: GoldForbidden = {
    source: endIds(label, `${where}.source`, raw.source, known, [ANY_EVENT, ANY_NODE]),
    type: relationType(label, where, raw.type),
    target: endIds(label, `${where}.target`, raw.target, known, [ANY_EVENT, ANY_NODE]),
  };
  const why = optionalString(label, `${where}.why`, raw.why);
  if (why !== undefined) forbidden.why = why;
  return forbidden;
}

function arrayField(label: string, raw: Json, key: string, required: boolean): unknown[] {
  const value = raw[key];
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) invalid(label, `"${key}" must be an array`);
  return value;
}

/** Validates decoded gold JSON; throws GOLD_INVALID with one line naming `label` and the problem. */
export function parseGold(raw: unknown, label: string): Gold {
  if (!isObject(raw)) invalid(label, 'the top level must be a JSON object');
  checkKeys(label, 'the top level', raw, ['article', 'entities', 'relations', 'forbidden']);
  const entities = arrayField(label, raw, 'entities', true).map((e, i) => parseEntity(label, e, i));
  const known = new Set<string>();
  for (const entity of entities) {
    if (known.has(entity.id)) invalid(label, `entity id "${entity.id}" is used twice`);
    known.add(entity.id);
  }
  const relations = arrayField(label, raw, 'relations', true).map((r, i) => parseRelation(label, r, i, known));
  const forbidden = arrayField(label, raw, 'forbidden', false).map((f, i) => parseForbidden(label, f, i, known));
  const gold: Gold = { entities, relations, forbidden };
  const article = optionalString(label, '"article"', raw.article);
  if (article !== undefined) gold.article = article;
  return gold;
}

/** Parses gold file text (JSON) and validates it. */
export function parseGoldText(text: string, label: string): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    invalid(label, `not valid JSON (${firstLine(error)})`);
  }
  return parseGold(raw, label);
}
