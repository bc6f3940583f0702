// Scores one article's graph against its gold (ANNOTATION.md "Scoring"). Pure: no I/O.
//
// Decisions the annotation guide leaves open (also in docs of `newsgraph eval`):
// - A node matches every gold entity one of whose names equals its name or an alias (after
//   normaliseName); kinds are not compared. A node may thus match several gold ids.
// - Entities: only system Person/State/Agency nodes are judged. Each gold entity takes at most
//   one node, each node counts for at most one gold entity, and credit is a maximum matching
//   (preferring the entity the node's canonical name matches) so that a node matching two ids
//   never steals credit another node needs. Required Person/State/Agency entities are matched
//   first (right, found); left-over nodes then match optional or Group/Event/Place gold entities
//   (neutral: neither right nor wrong, left out of precision); a node still left that matches some
//   gold entity is a duplicate (wrong), one matching none is unmatched (wrong).
// - Relations: a node's ends are all the gold ids it matches, plus "@Event" for Event nodes, so
//   an edge on a node matching two ids can match a relation on either. Required relations are
//   credited by maximum matching; an edge left over that matches any gold relation (optional,
//   or one already credited) is right but adds no recall, as the guide says.
import { SCORED_ENTITY_KINDS, SCORED_RELATIONS, type EntityKind, type RelationType, isScoredRelation } from '../ontology.ts';
import type { NewsGraph } from '../graph/model.ts';
import { ANY_EVENT, ANY_NODE, type Gold, type GoldEntity, type GoldForbidden, type GoldRelation } from './gold.ts';
import { maximumMatching } from './match.ts';
import type { Counts } from './metrics.ts';
import { normaliseName } from './normalise.ts';

export interface NodeRef {
  key: string;
  name: string;
  kind: EntityKind;
}

export interface EntityResult {
  counts: Counts;
  /** Nodes credited to a required gold entity. */
  credited: (NodeRef & { gold: string })[];
  /** Nodes matching an optional or unscored-type gold entity: not counted either way. */
  neutral: (NodeRef & { gold: string })[];
  /** Nodes matching only gold entities already held by another node. */
  duplicates: (NodeRef & { gold: string[] })[];
  /** Nodes matching no gold entity. */
  unmatched: NodeRef[];
  /** Required gold entities no node matched. */
  missed: GoldEntity[];
}

export interface EdgeRef {
  key: string;
  relation: RelationType;
  source: NodeRef;
  target: NodeRef;
  evidence: string;
}

export interface WrongEdge extends EdgeRef {
  /** The `why` of the first forbidden entry the edge matches; absent when not forbidden. */
  forbidden?: { why: string };
}

export interface RelationResult {
  counts: Counts;
  forbidden: number;
  /** Edges credited to a required gold relation (index into gold.relations). */
  credited: (EdgeRef & { gold: number })[];
  /** Edges that match a gold relation but earn no recall (optional, or already credited). */
  extra: (EdgeRef & { gold: number })[];
  wrong: WrongEdge[];
  missed: GoldRelation[];
}

export interface ArticleScore {
  entities: EntityResult;
  relations: RelationResult;
}

const scoredKinds: readonly EntityKind[] = SCORED_ENTITY_KINDS;

function isCounted(entity: GoldEntity): boolean {
  return !entity.optional && scoredKinds.includes(entity.type);
}

/** Gold ids each node matches by name or alias, in gold order. */
function goldIdsByNode(graph: NewsGraph, gold: Gold): Map<string, string[]> {
  const idsByName = new Map<string, string[]>();
  for (const entity of gold.entities) {
    for (const name of entity.names) {
      const key = normaliseName(name);
      if (key === '') continue;
      const ids = idsByName.get(key) ?? [];
      if (!ids.includes(entity.id)) ids.push(entity.id);
      idsByName.set(key, ids);
    }
  }
  const byNode = new Map<string, string[]>();
  graph.forEachNode((key, attributes) => {
    // The canonical name comes first so the matching prefers the entity it names.
    const ids: string[] = [];
    for (const name of [attributes.name, ...(attributes.aliases ?? [])]) {
      for (const id of idsByName.get(normaliseName(name)) ?? []) if (!ids.includes(id)) ids.push(id);
    }
    byNode.set(key, ids);
  });
  return byNode;
}

function nodeRef(graph: NewsGraph, key: string): NodeRef {
  const { name, kind } = graph.getNodeAttributes(key);
  return { key, name, kind };
}

function scoreEntities(graph: NewsGraph, gold: Gold, idsByNode: Map<string, string[]>): EntityResult {
  const nodes = graph.filterNodes((_key, a) => scoredKinds.includes(a.kind)).map((key) => nodeRef(graph, key));
  const index = new Map(gold.entities.map((entity, i) => [entity.id, i]));
  const candidates = nodes.map((node) => (idsByNode.get(node.key) ?? []).map((id) => index.get(id) as number));

  const counted = new Set(gold.entities.flatMap((entity, i) => (isCounted(entity) ? [i] : [])));
  const uncounted = new Set(gold.entities.flatMap((entity, i) => (isCounted(entity) ? [] : [i])));
  const first = maximumMatching(candidates, gold.entities.length, uncounted);
  const held = new Set(first.filter((i) => i >= 0));
  const leftovers = candidates.map((list, n) => ((first[n] ?? -1) >= 0 ? [] : list));
  const second = maximumMatching(leftovers, gold.entities.length, new Set([...counted, ...held]));

  const result: EntityResult = { counts: { right: 0, wrong: 0, found: 0, required: counted.size }, credited: [], neutral: [], duplicates: [], unmatched: [], missed: [] };
  nodes.forEach((node, n) => {
    const inFirst = first[n] ?? -1;
    const inSecond = second[n] ?? -1;
    const list = candidates[n] ?? [];
    if (inFirst >= 0) result.credited.push({ ...node, gold: gold.entities[inFirst]!.id });
    else if (inSecond >= 0) result.neutral.push({ ...node, gold: gold.entities[inSecond]!.id });
    else if (list.length > 0) result.duplicates.push({ ...node, gold: list.map((i) => gold.entities[i]!.id) });
    else result.unmatched.push(node);
  });
  result.counts.right = result.credited.length;
  result.counts.found = result.credited.length;
  result.counts.wrong = result.duplicates.length + result.unmatched.length;
  result.missed = gold.entities.filter((entity, i) => counted.has(i) && !held.has(i));
  return result;
}

function endIds(graph: NewsGraph, key: string, idsByNode: Map<string, string[]>): Set<string> {
  const ids = new Set(idsByNode.get(key) ?? []);
  if (graph.getNodeAttribute(key, 'kind') === 'Event') ids.add(ANY_EVENT);
  return ids;
}

function accepts(acceptable: readonly string[], ids: ReadonlySet<string>): boolean {
  return acceptable.some((id) => id === ANY_NODE || ids.has(id));
}

function scoreRelations(graph: NewsGraph, gold: Gold, idsByNode: Map<string, string[]>): RelationResult {
  const scoredTypes: readonly string[] = SCORED_RELATIONS;
  const relations = gold.relations.filter((r) => scoredTypes.includes(r.type));
  const forbiddenEntries: GoldForbidden[] = gold.forbidden.filter((f) => scoredTypes.includes(f.type));

  const edges: (EdgeRef & { sourceIds: Set<string>; targetIds: Set<string> })[] = [];
  graph.forEachEdge((key, a, source, target) => {
    if (!isScoredRelation(a.relation)) return;
    edges.push({
      key,
      relation: a.relation,
      source: nodeRef(graph, source),
      target: nodeRef(graph, target),
      evidence: a.evidence,
      sourceIds: endIds(graph, source, idsByNode),
      targetIds: endIds(graph, target, idsByNode),
    });
  });

  const matches = (edge: (typeof edges)[number], r: GoldRelation | GoldForbidden) =>
    r.type === edge.relation && accepts(r.source, edge.sourceIds) && accepts(r.target, edge.targetIds);
  const candidates = edges.map((edge) => relations.flatMap((r, i) => (matches(edge, r) ? [i] : [])));
  const optional = new Set(relations.flatMap((r, i) => (r.optional ? [i] : [])));
  const assigned = maximumMatching(candidates, relations.length, optional);

  const result: RelationResult = {
    counts: { right: 0, wrong: 0, found: 0, required: relations.length - optional.size },
    forbidden: 0,
    credited: [],
    extra: [],
    wrong: [],
    missed: [],
  };
  edges.forEach(({ sourceIds: _s, targetIds: _t, ...edge }, e) => {
    const got = assigned[e] ?? -1;
    const list = candidates[e] ?? [];
    if (got >= 0) result.credited.push({ ...edge, gold: gold.relations.indexOf(relations[got]!) });
    // Any matching one: prefer a required relation (already credited) over an optional one.
    else if (list.length > 0) {
      const best = list.find((i) => !optional.has(i)) ?? list[0]!;
      result.extra.push({ ...edge, gold: gold.relations.indexOf(relations[best]!) });
    } else {
      const hit = forbiddenEntries.find((f) => matches(edges[e]!, f));
      result.wrong.push(hit ? { ...edge, forbidden: { why: hit.why ?? '' } } : edge);
      if (hit) result.forbidden++;
    }
  });
  const creditedIndexes = new Set(assigned.filter((i) => i >= 0));
  result.missed = relations.filter((r, i) => !r.optional && !creditedIndexes.has(i));
  result.counts.found = creditedIndexes.size;
  result.counts.right = result.credited.length + result.extra.length;
  result.counts.wrong = result.wrong.length;
  return result;
}

export function scoreArticle(graph: NewsGraph, gold: Gold): ArticleScore {
  const idsByNode = goldIdsByNode(graph, gold);
  return { entities: scoreEntities(graph, gold, idsByNode), relations: scoreRelations(graph, gold, idsByNode) };
}
