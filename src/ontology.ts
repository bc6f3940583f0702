// The ontology: every node kind and relation type newsgraph knows. Everything else imports
// these unions; labels and relationship types that reach Cypher come only from these lists.

/** Kinds of entity node the extractor emits. The first four are scored (see ANNOTATION.md). */
export const ENTITY_KINDS = ['Person', 'State', 'Agency', 'Group', 'Event', 'Place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const SCORED_ENTITY_KINDS = ['Person', 'State', 'Agency'] as const satisfies readonly EntityKind[];

/** The store adds one node kind of its own: the article an entity or edge comes from. */
export const ARTICLE_LABEL = 'Article' as const;
export const NODE_LABELS = [...ENTITY_KINDS, ARTICLE_LABEL] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The four relation types every article is scored on, with their CAMEO codes. */
export const SCORED_RELATIONS = ['EXPELLED', 'ACCUSED', 'DENIED', 'CONGRATULATED'] as const;
export type ScoredRelation = (typeof SCORED_RELATIONS)[number];

/**
 * Unscored relation types: events that must never stand in for one of the four (a threat is
 * not an expulsion) and supporting structure (offices, membership).
 */
export const OTHER_RELATIONS = [
  'THREATENED',
  'CRITICIZED',
  'SANCTIONED',
  'SUMMONED',
  'CALLED',
  'RECALLED',
  'HOLDS_OFFICE',
  'LEADS',
  'PART_OF',
  'SPOKESPERSON_FOR',
] as const;

export const RELATION_TYPES = [...SCORED_RELATIONS, ...OTHER_RELATIONS] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Store-level relationship from an Article to every entity it names. */
export const MENTIONS = 'MENTIONS' as const;
export const STORE_RELATIONSHIP_TYPES = [...RELATION_TYPES, MENTIONS] as const;
export type StoreRelationshipType = (typeof STORE_RELATIONSHIP_TYPES)[number];

/** CAMEO event codes (Conflict and Mediation Event Observations) where one applies. */
export const CAMEO: Readonly<Partial<Record<RelationType, string>>> = {
  EXPELLED: '174',
  ACCUSED: '112',
  DENIED: '016',
  CONGRATULATED: '051',
  THREATENED: '130',
  CRITICIZED: '111',
  SANCTIONED: '163',
  CALLED: '040',
  RECALLED: '161',
};

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export function isScoredRelation(value: unknown): value is ScoredRelation {
  return typeof value === 'string' && (SCORED_RELATIONS as readonly string[]).includes(value);
}
