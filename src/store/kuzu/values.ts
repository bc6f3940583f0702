// Kùzu result values -> the stores' common plain shape (see ../values.ts).
import { isPlainObject, plainInteger } from '../values.ts';

export function plainKuzuValue(value: unknown): unknown {
  if (typeof value === 'bigint') return plainInteger(value);
  if (Array.isArray(value)) return value.map(plainKuzuValue);
  if (value instanceof Date) return value.toISOString();
  if (!isPlainObject(value)) return value;
  if ('_nodes' in value && '_rels' in value) {
    return { nodes: plainKuzuValue(value._nodes), relationships: plainKuzuValue(value._rels) };
  }
  const isRelationship = '_src' in value && '_dst' in value;
  const isNode = !isRelationship && '_label' in value && '_id' in value;
  const out: Record<string, unknown> = {};
  if (isNode) out._label = value._label;
  if (isRelationship) out._type = value._label;
  for (const [key, inner] of Object.entries(value)) {
    if ((isNode || isRelationship) && key.startsWith('_')) continue;
    out[key] = plainKuzuValue(inner);
  }
  return out;
}
