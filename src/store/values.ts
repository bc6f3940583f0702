// Result values as plain JSON-safe data, the same shape from both stores:
// a node is {_label, ...properties}, a relationship {_type, ...properties}, a path {nodes, relationships}.
import type { Row } from './types.ts';

/** 64-bit integers become numbers when exact, else decimal strings (never a lossy number). */
export function plainInteger(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Maps every value of a row with `convert` (which recurses as it needs). */
export function mapRow(row: Record<string, unknown>, convert: (value: unknown) => unknown): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) out[key] = convert(value);
  return out;
}
