// Colours for node kinds and relation types. Scored relations get strong, distinct hues;
// structural ones (offices, membership) stay muted so the events stand out.
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../ontology.ts';

export const KIND_COLORS: Readonly<Record<EntityKind, string>> = {
  Person: '#2f6fde',
  State: '#7a4fd6',
  Agency: '#0f9488',
  Group: '#e08a00',
  Event: '#d6457e',
  Place: '#5f7186',
};

export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  EXPELLED: '#d63a2f',
  ACCUSED: '#ee7b1a',
  DENIED: '#8e44c4',
  CONGRATULATED: '#1f9d55',
  THREATENED: '#b3163f',
  CRITICIZED: '#c98a0c',
  SANCTIONED: '#8a1c3a',
  SUMMONED: '#1f78b4',
  CALLED: '#1596a8',
  RECALLED: '#4c51bf',
  HOLDS_OFFICE: '#9aa3ad',
  LEADS: '#8d8a85',
  PART_OF: '#b2b7bd',
  SPOKESPERSON_FOR: '#a39cb0',
};

// Kinds or relations a newer extractor or store may emit that this build does not know yet.
const FALLBACK = ['#6b7d8f', '#a0522d', '#2e8b57', '#9370db', '#cd5c5c', '#4682b4', '#808000'];

function fallbackColor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return FALLBACK[hash % FALLBACK.length] ?? '#888888';
}

export function kindColor(kind: string): string {
  return (KIND_COLORS as Record<string, string>)[kind] ?? fallbackColor(kind);
}

export function relationColor(relation: string): string {
  return (RELATION_COLORS as Record<string, string>)[relation] ?? fallbackColor(relation);
}

/** Ontology order first (the order an analyst learns them in), then anything unknown, sorted. */
export function orderKinds(kinds: Iterable<string>): string[] {
  return orderBy(kinds, ENTITY_KINDS);
}

export function orderRelations(relations: Iterable<string>): string[] {
  return orderBy(relations, RELATION_TYPES);
}

function orderBy(values: Iterable<string>, known: readonly string[]): string[] {
  const rank = (value: string) => {
    const index = known.indexOf(value);
    return index === -1 ? known.length : index;
  };
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const DIMMED_NODE = '#d9dde3';
export const DIMMED_EDGE = '#eceef1';
