// Kùzu's bulk path for a database that holds nothing yet: each batch is validated and staged as
// CSV while extraction goes on, then one transaction COPYs everything in (KuzuStore.commitBulk).
// Why only into an empty database: COPY into a relationship table that already holds rows costs
// seconds per transaction in Kùzu 0.11.3, and rolling such a COPY back also drops the rows
// committed before it (reproduced). Into empty tables it is ~4x faster than CREATE and a
// rollback leaves them empty, as they were.
import type { EntityKind } from '../../ontology.ts';
import type { ArticleGraph, BulkLoad, WriteResult } from '../types.ts';
import { groupBy, mergeEntity, type EntityRow } from '../writePlan.ts';
import { ARTICLE_COLUMNS, columnsOf, ENTITY_COLUMNS, entityCsvRow, type KuzuBulkArticle, prepareKuzuBulkArticle, regroupRows, type RowTarget, targetName } from './bulkRows.ts';
import { type CsvChunk, type CsvValue, formatCsv, joinChunks } from './csvFormat.ts';
import { CsvStaging, type StagedFile, type StagingEntry } from './csvStaging.ts';

export interface StagedRelationFile extends RowTarget {
  file: StagedFile;
}

export interface StagedEntityFile {
  kind: EntityKind;
  file: StagedFile;
}

/** Everything a bulk load hands to the store at commit. */
export interface StagedLoad {
  /** One row per entity, merged across every staged article, in a CSV file per kind for COPY... */
  entityFiles: StagedEntityFile[];
  /** ...except those whose aliases a CSV list cannot carry (see entityCsvRow): merged row by row. */
  entities: EntityRow[];
  entityCount: number;
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
  private readonly targets = new Map<string, RowTarget>();
  readonly rowFormat = 'kuzu-csv' as const;
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
    return this.stagePrepared(batch.map(prepareKuzuBulkArticle));
  }

  async stagePrepared(batch: readonly KuzuBulkArticle[]): Promise<WriteResult> {
    if (this.done) throw new Error('this bulk load has already ended');
    // Not reached through the loader (it asks stagedArticleIds first); refusing keeps the files consistent.
    if (batch.some((prepared) => this.articleIds.has(prepared.article.id))) throw new Error('a batch repeats an article that is already staged');
    // An entity keeps the kind it was first staged with, as it would in the store.
    const batchKinds = new Map<string, EntityKind>();
    const kindOf = (id: string): EntityKind | undefined => this.entities.get(id)?.kind ?? batchKinds.get(id);
    const chunks = new Map<string, { target: RowTarget; chunks: CsvChunk[] }>();
    const articleRows: CsvChunk[] = [];
    const articles: KuzuBulkArticle[] = [];
    const seen = new Set<string>();
    for (const prepared of batch) {
      if (seen.has(prepared.article.id)) continue; // the same text twice in one batch is written once
      seen.add(prepared.article.id);
      articles.push(prepared);
      const own = new Map(prepared.entities.map((entity) => [entity.id, entity.kind]));
      const rekinded = prepared.entities.some((entity) => (kindOf(entity.id) ?? entity.kind) !== entity.kind);
      const groups = rekinded ? regroupRows(prepared, (id) => kindOf(id) ?? own.get(id)!) : prepared.groups;
      for (const [id, kind] of own) if (!kindOf(id)) batchKinds.set(id, kind);
      articleRows.push(prepared.articleRow);
      for (const group of groups) {
        const name = targetName(group);
        let entry = chunks.get(name);
        if (!entry) chunks.set(name, (entry = { target: { relation: group.relation, sourceKind: group.sourceKind, targetKind: group.targetKind }, chunks: [] }));
        entry.chunks.push(group.chunk);
      }
    }
    // Written all or nothing; only then does the batch count as staged.
    this.staging.append([
      { name: 'articles', columns: ARTICLE_COLUMNS, chunk: joinChunks(articleRows) },
      ...[...chunks].map(([name, { target, chunks: parts }]): StagingEntry => ({ name, columns: columnsOf(target.relation), chunk: joinChunks(parts) })),
    ]);
    for (const [name, { target }] of chunks) if (!this.targets.has(name)) this.targets.set(name, target);
    let newEntities = 0;
    let relations = 0;
    for (const prepared of articles) {
      this.articleIds.add(prepared.article.id);
      relations += prepared.relationCount;
      for (const entity of prepared.entities) {
        const known = this.entities.get(entity.id);
        if (known) mergeEntity(known, entity);
        else {
          this.entities.set(entity.id, { ...entity, aliases: [...entity.aliases] });
          newEntities++;
        }
      }
    }
    this.relationCount += relations;
    return { articles: articles.length, nodes: newEntities, edges: relations };
  }

  async commit(): Promise<WriteResult> {
    if (this.done) throw new Error('this bulk load has already ended');
    this.done = true;
    try {
      const relationships: StagedRelationFile[] = [];
      for (const [name, target] of this.targets) {
        const staged = withRows(this.staging.finish(name));
        if (staged) relationships.push({ ...target, file: staged });
      }
      // Entities are staged only now: an article staged later may still add aliases to them.
      const byKind = groupBy([...this.entities.values()], (entity) => entity.kind);
      const merged: EntityRow[] = [];
      const entries: StagingEntry[] = [];
      for (const [kind, entities] of byKind) {
        const rows: CsvValue[][] = [];
        for (const entity of entities) {
          const row = entityCsvRow(entity);
          if (row) rows.push(row);
          else merged.push(entity);
        }
        entries.push({ name: `entities|${kind}`, columns: ENTITY_COLUMNS, chunk: formatCsv(ENTITY_COLUMNS, rows) });
      }
      this.staging.append(entries);
      const entityFiles: StagedEntityFile[] = [];
      for (const kind of byKind.keys()) {
        const file = withRows(this.staging.finish(`entities|${kind}`));
        if (file) entityFiles.push({ kind, file });
      }
      return await this.commitStaged({
        entityFiles,
        entities: merged,
        entityCount: this.entities.size,
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
