// Kùzu's bulk path for a database that holds nothing yet: each batch is validated and staged as
// CSV while extraction goes on, then one transaction COPYs everything in (KuzuStore.commitBulk).
// Why only into an empty database: COPY into a relationship table that already holds rows costs
// seconds per transaction in Kùzu 0.11.3, and rolling such a COPY back also drops the rows
// committed before it (reproduced). Into empty tables it is ~4x faster than CREATE and a
// rollback leaves them empty, as they were.
import { ARTICLE_LABEL, MENTIONS, type EntityKind, type RelationType } from '../../ontology.ts';
import type { ArticleGraph, BulkLoad, WriteResult } from '../types.ts';
import { buildWritePlan, mergeEntity, type EntityRow } from '../writePlan.ts';
import { CsvStaging, type CsvValue, type StagedFile } from './csvStaging.ts';

// Field order = property order of the tables in ddl.ts (COPY maps fields by position; a
// relationship file starts with its two endpoint ids).
const ARTICLE_COLUMNS = ['id', 'kind', 'title', 'source'] as const;
const MENTION_COLUMNS = ['from', 'to', 'relation', 'count'] as const;
const RELATION_COLUMNS = ['from', 'to', 'key', 'relation', 'cameo', 'evidence', 'start', 'end', 'article', 'count', 'object', 'confidence'] as const;

export interface StagedRelationFile {
  relation: RelationType | typeof MENTIONS;
  sourceKind: EntityKind | typeof ARTICLE_LABEL;
  targetKind: EntityKind;
  file: StagedFile;
}

/** Everything a bulk load hands to the store at commit. */
export interface StagedLoad {
  /** One row per entity, merged across every staged article. */
  entities: EntityRow[];
  articles: StagedFile | undefined;
  /** MENTIONS and the extracted relations, one file per relationship type and node pair. */
  relationships: StagedRelationFile[];
  articleCount: number;
  relationCount: number;
}

/** A file that a failed batch created and then cut back to nothing is left out. */
const withRows = (file: StagedFile | undefined): StagedFile | undefined => (file && file.rows > 0 ? file : undefined);

export type CommitStaged = (staged: StagedLoad) => Promise<WriteResult>;

export class KuzuBulkLoad implements BulkLoad {
  private readonly staging: CsvStaging;
  private readonly entities = new Map<string, EntityRow>();
  private readonly articleIds = new Set<string>();
  private readonly groups = new Map<string, Omit<StagedRelationFile, 'file'>>();
  private relationCount = 0;
  private done = false;

  constructor(
    stagingParent: string,
    private readonly commitStaged: CommitStaged,
  ) {
    this.staging = new CsvStaging(stagingParent);
  }

  stagedArticleIds(ids: readonly string[]): Set<string> {
    return new Set(ids.filter((id) => this.articleIds.has(id)));
  }

  async stage(batch: readonly ArticleGraph[]): Promise<WriteResult> {
    if (this.done) throw new Error('this bulk load has already ended');
    // An entity keeps the kind it was first staged with, as it would in the store.
    const plan = buildWritePlan(batch, (id) => this.entities.get(id)?.kind);
    const { articles } = plan;
    // Not reached through the loader (it asks stagedArticleIds first); refusing keeps the files consistent.
    if (articles.some((article) => this.articleIds.has(article.id))) throw new Error('a batch repeats an article that is already staged');
    const groupRows = new Map<string, { meta: Omit<StagedRelationFile, 'file'>; rows: CsvValue[][] }>();
    const rowsOf = (group: string, meta: Omit<StagedRelationFile, 'file'>): CsvValue[][] => {
      let entry = groupRows.get(group);
      if (!entry) groupRows.set(group, (entry = { meta, rows: [] }));
      return entry.rows;
    };
    for (const m of plan.mentions) {
      rowsOf(`${MENTIONS}|${m.kind}`, { relation: MENTIONS, sourceKind: ARTICLE_LABEL, targetKind: m.kind }).push([m.article, m.entity, MENTIONS, m.count]);
    }
    for (const r of plan.relations) {
      rowsOf(`${r.relation}|${r.sourceKind}|${r.targetKind}`, { relation: r.relation, sourceKind: r.sourceKind, targetKind: r.targetKind }).push([
        r.source, r.target, r.key, r.relation, r.cameo, r.evidence, r.start, r.end, r.article, r.count, r.object, r.confidence,
      ]);
    }
    // Written all or nothing; only then does the batch count as staged.
    this.staging.append([
      { name: 'articles', columns: ARTICLE_COLUMNS, rows: articles.map((a) => [a.id, ARTICLE_LABEL, a.title, a.source]) },
      ...[...groupRows].map(([group, { meta, rows }]) => ({ name: group, columns: meta.relation === MENTIONS ? MENTION_COLUMNS : RELATION_COLUMNS, rows })),
    ]);
    for (const article of articles) this.articleIds.add(article.id);
    for (const [group, { meta }] of groupRows) if (!this.groups.has(group)) this.groups.set(group, meta);
    let newEntities = 0;
    for (const entity of plan.entities) {
      const known = this.entities.get(entity.id);
      if (known) mergeEntity(known, entity);
      else {
        this.entities.set(entity.id, { ...entity, aliases: [...entity.aliases] });
        newEntities++;
      }
    }
    this.relationCount += plan.relations.length;
    return { articles: articles.length, nodes: newEntities, edges: plan.relations.length };
  }

  async commit(): Promise<WriteResult> {
    if (this.done) throw new Error('this bulk load has already ended');
    this.done = true;
    try {
      const relationships: StagedRelationFile[] = [];
      for (const [group, meta] of this.groups) {
        const staged = withRows(this.staging.finish(group));
        if (staged) relationships.push({ ...meta, file: staged });
      }
      return await this.commitStaged({
        entities: [...this.entities.values()],
        articles: withRows(this.staging.finish('articles')),
        relationships,
        articleCount: this.articleIds.size,
        relationCount: this.relationCount,
      });
    } finally {
      this.staging.remove();
    }
  }

  async discard(): Promise<void> {
    this.done = true;
    this.staging.remove();
  }
}
