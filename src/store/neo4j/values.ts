// neo4j-driver values -> the stores' common plain shape (see ../values.ts); and JS values ->
// driver parameters (a JS number is sent as a float, so whole numbers become Cypher integers).
import neo4j from 'neo4j-driver';
import { isPlainObject } from '../values.ts';
import { ENTITY_LABEL } from './statements.ts';

export function plainNeo4jValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(plainNeo4jValue);
  if (neo4j.isNode(value)) {
    const label = value.labels.find((each) => each !== ENTITY_LABEL) ?? value.labels[0] ?? null;
    return { _label: label, ...plainProperties(value.properties) };
  }
  if (neo4j.isRelationship(value)) return { _type: value.type, ...plainProperties(value.properties) };
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(plainNeo4jValue),
      relationships: value.segments.map((segment) => plainNeo4jValue(segment.relationship)),
    };
  }
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (isPlainObject(value)) return plainProperties(value);
  return value;
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(properties)) out[key] = plainNeo4jValue(inner);
  return out;
}

export function toNeo4jParameter(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParameter);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toNeo4jParameter(inner);
    return out;
  }
  return value;
}
