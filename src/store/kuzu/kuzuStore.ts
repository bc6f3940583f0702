// The embedded default store: Kùzu (in-process Cypher) in one database file.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import kuzu, { type Connection, type Database, type KuzuValue, type PreparedStatement, type QueryResult } from 'kuzu';
import { firstLine, StoreError } from '../../errors.ts';
import { createGraph, type NewsGraph } from '../../graph/model.ts';
import { ARTICLE_LABEL, ENTITY_KINDS, isEntityKind, isRelationType, MENTIONS, RELATION_TYPES, type EntityKind, type RelationType } from '../../ontology.ts';
import type { PersonMerge } from '../../graph/personMerges.ts';
import { graphFromStoredRows, type StoredEdgeRow, type StoredEntityRow, type StoredMentionRow } from '../exportRows.ts';
import { normalizeStatement } from '../statement.ts';
import type { ArticleGraph, BulkLoad, QueryOptions, Row, Store, WriteResult } from '../types.ts';
import { mapRow } from '../values.ts';
import { buildWritePlan, groupBy, type EntityRow, type WritePlan } from '../writePlan.ts';
import { KuzuBulkLoad, type StagedLoad } from './bulkLoad.ts';
import { toColumns } from './columns.ts';
import { kuzuSchemaStatements } from './ddl.ts';
import * as statements from './statements.ts';
import { plainKuzuValue } from './values.ts';

export interface KuzuStoreOptions {
  /** Database file (Kùzu 0.11 keeps one file plus a `.wal` beside it). */
  path: string;
  /** Opens a read-only handle: every write is refused by Kùzu itself. */
  readOnly?: boolean;
  /** Buffer pool size; Kùzu's default is 80% of RAM, too much for a CLI on a shared machine. */
  bufferPoolBytes?: number;
  /** WAL size at which a commit also checkpoints (default 256 MiB; closing always checkpoints). */
  checkpointThresholdBytes?: number;
  /**
   * Test seam: called before each statement of a write transaction (and before COMMIT); a throw
   * aborts the batch like any database failure would.
   */
  beforeWriteStep?: (step: string) => void;
}

const DEFAULT_BUFFER_POOL_BYTES = 1024 * 1024 * 1024;
// Kùzu's default (16 MiB) checkpoints every few batches, and each checkpoint rewrites the
// relationship tables touched so far: a 10,000-article load spent most of its time there.
const DEFAULT_CHECKPOINT_THRESHOLD_BYTES = 256 * 1024 * 1024;

/** Entity rows as the MERGE statement's columns. */
function entityColumns(rows: readonly EntityRow[]): ReturnType<typeof toColumns> {
  return toColumns(rows, { id: ['string', (r) => r.id], name: ['string', (r) => r.name], aliases: ['strings', (r) => r.aliases], title: ['string', (r) => r.title], iso: ['string', (r) => r.iso] });
}

/** Entities per statement in a bulk commit: bounds the size of one parameter list. */
const BULK_ENTITY_CHUNK = 5000;

const READ_ONLY_REFUSAL = /read-only (transaction|database)/i;

export class KuzuStore implements Store {
  readonly kind = 'kuzu' as const;
  readonly location: string;
  readonly readOnly: boolean;
  private readonly database: Database;
  private readonly connection: Connection;
  private readonly prepared = new Map<string, PreparedStatement>();
  private readonly beforeWriteStep: (step: string) => void;
  /** Kind of every stored entity id: an id keeps the kind it was first stored with. */
  private storedKinds: Map<string, EntityKind> | undefined;
  /**
   * Every stored article id, read once by a read-write handle: the loader asks about each batch
   * twice (its own skip, then the write's), and a query per ask cost more than the set. Kùzu
   * lets one read-write process hold the file, so only this handle's writes can change it.
   */
  private storedArticles: Set<string> | undefined;
  /** One connection runs one thing at a time; calls queue here so transactions never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(options: KuzuStoreOptions, database: Database, connection: Connection) {
    this.location = options.path;
    this.readOnly = options.readOnly ?? false;
    this.database = database;
    this.connection = connection;
    this.beforeWriteStep = options.beforeWriteStep ?? (() => {});
  }

  static async open(options: KuzuStoreOptions): Promise<KuzuStore> {
    const path = resolve(options.path);
    const readOnly = options.readOnly ?? false;
    if (existsSync(path) && statSync(path).isDirectory()) {
      throw new StoreError('STORE_CONNECTION', `${options.path} is a directory; --db names a Kùzu database file (e.g. ./newsgraph.db)`);
    }
    if (readOnly && !existsSync(path)) {
      throw new StoreError('STORE_CONNECTION', `no Kùzu database at ${options.path}; load articles first (newsgraph load ...) or pass --db`);
    }
    if (!readOnly) mkdirSync(dirname(path), { recursive: true });
    const database = new kuzu.Database(path, options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES, true, readOnly, undefined, true, options.checkpointThresholdBytes ?? DEFAULT_CHECKPOINT_THRESHOLD_BYTES);
    const connection = new kuzu.Connection(database);
    try {
      await database.init();
      await connection.init();
    } catch (error) {
      await database.close().catch(() => {});
      const cause = firstLine(error);
      const hint = /lock/i.test(cause) ? ' (is another newsgraph process using it?)' : '';
      throw new StoreError('STORE_CONNECTION', `cannot open Kùzu database ${options.path}: ${cause}${hint}`, { cause: error });
    }
    return new KuzuStore({ ...options, readOnly }, database, connection);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new StoreError('STORE_QUERY', `the Kùzu store at ${this.location} is closed`);
      return work();
    });
    this.queue = run.catch(() => {});
    return run;
  }

  private async prepare(statement: string): Promise<PreparedStatement> {
    let prepared = this.prepared.get(statement);
    if (!prepared) {
      prepared = await this.connection.prepare(statement);
      if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
      this.prepared.set(statement, prepared);
    }
    return prepared;
  }

  /** Runs one statement and returns its rows (Kùzu's raw values). */
  private async run(statement: string, params: Record<string, KuzuValue> = {}, cache = true): Promise<Record<string, KuzuValue>[]> {
    let result: QueryResult | QueryResult[];
    if (Object.keys(params).length === 0) result = await this.connection.query(statement);
    else if (cache) result = await this.connection.execute(await this.prepare(statement), params);
    else {
      const prepared = await this.connection.prepare(statement);
      if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
      result = await this.connection.execute(prepared, params);
    }
    const results: QueryResult[] = Array.isArray(result) ? result : [result];
    try {
      if (results.length !== 1) throw new StoreError('STORE_QUERY', 'give one Cypher statement at a time');
      // getAll() awaits one native call per row; the rows are already computed, so read them in one go.
      return results[0]!.getAllSync();
    } finally {
      for (const each of results) each.close();
    }
  }

  init(): Promise<void> {
    return this.exclusive(async () => {
      if (!this.readOnly) {
        try {
          for (const statement of kuzuSchemaStatements()) await this.run(statement);
        } catch (error) {
          throw new StoreError('STORE_CONNECTION', `cannot create the schema in Kùzu database ${this.location}: ${firstLine(error)}`, { cause: error });
        }
      }
    });
  }

  private async loadStoredKinds(): Promise<Map<string, EntityKind>> {
    if (!this.storedKinds) {
      const kinds = new Map<string, EntityKind>();
      for (const kind of ENTITY_KINDS) for (const row of await this.run(statements.entityIds(kind))) kinds.set(String(row.id), kind);
      this.storedKinds = kinds;
    }
    return this.storedKinds;
  }

  private async loadStoredArticles(): Promise<Set<string>> {
    if (!this.storedArticles) {
      const ids = new Set<string>();
      for (const row of await this.run(statements.ALL_ARTICLE_IDS)) ids.add(String(row.id));
      this.storedArticles = ids;
    }
    return this.storedArticles;
  }

  /** A write query may have changed anything: the caches are read again when next needed. */
  private forgetCaches(): void {
    this.storedKinds = undefined;
    this.storedArticles = undefined;
  }

  writeArticles(batch: readonly ArticleGraph[]): Promise<WriteResult> {
    return this.exclusive(async () => {
      if (this.readOnly) throw new StoreError('STORE_WRITE', `the Kùzu database ${this.location} was opened read-only`);
      const kinds = await this.loadStoredKinds();
      const plan = buildWritePlan(batch, (id) => kinds.get(id));
      if (plan.articles.length === 0) return { articles: 0, nodes: 0, edges: 0 };
      await this.run('BEGIN TRANSACTION');
      try {
        await this.writePlan(plan);
        this.beforeWriteStep('commit');
        await this.run('COMMIT');
      } catch (error) {
        await this.run('ROLLBACK').catch(() => {});
        if (error instanceof StoreError) throw error;
        throw new StoreError('STORE_WRITE', `writing ${plan.articles.length} article(s) to Kùzu (${this.location}) failed, nothing from this batch was written: ${firstLine(error)}`, { cause: error });
      }
      for (const entity of plan.entities) if (!kinds.has(entity.id)) kinds.set(entity.id, entity.kind);
      for (const article of plan.articles) this.storedArticles?.add(article.id);
      return { articles: plan.articles.length, nodes: plan.entities.length, edges: plan.relations.length };
    });
  }

  /** The statements of one write transaction. New articles' edges are created without a
   * per-edge MERGE (their keys embed the article id, so none can exist yet); only articles
   * stored before have their existing keys and mentions looked up and skipped.
   * Not COPY FROM, though it is ~6x faster per row: in Kùzu 0.11.3 rolling back a transaction
   * that ran a COPY into a relationship table drops every row of that table committed before,
   * even after a CHECKPOINT (reproduced; after a CREATE-written batch it segfaulted), so one
   * failed batch would destroy the ones before it. LOAD FROM a CSV file instead of list
   * parameters was measured too: no faster, the rows' insertion is what costs. */
  private async writePlan(plan: WritePlan): Promise<void> {
    const stored = await this.storedIn(plan.articles.map((article) => article.id));
    let relations = plan.relations;
    let mentions = plan.mentions;
    if (stored.size > 0) {
      const existingKeys = new Set<string>();
      for (const [relation, rows] of groupBy(relations.filter((row) => stored.has(row.article)), (row) => row.relation)) {
        for (const row of await this.run(statements.existingRelationKeys(relation), { keys: rows.map((r) => r.key) })) existingKeys.add(String(row.key));
      }
      const existingMentions = new Set<string>();
      for (const row of await this.run(statements.EXISTING_MENTIONS, { ids: [...stored] })) existingMentions.add(`${String(row.article)}\u0000${String(row.entity)}`);
      relations = relations.filter((row) => !existingKeys.has(row.key));
      mentions = mentions.filter((row) => !existingMentions.has(`${row.article}\u0000${row.entity}`));
    }

    this.beforeWriteStep('articles');
    await this.run(statements.MERGE_ARTICLES, toColumns(plan.articles, { id: ['string', (r) => r.id], title: ['string', (r) => r.title], source: ['string', (r) => r.source] }));

    for (const [kind, rows] of groupBy(plan.entities, (row) => row.kind)) {
      this.beforeWriteStep(`entities:${kind}`);
      await this.run(statements.mergeEntities(kind), entityColumns(rows));
    }

    for (const [kind, rows] of groupBy(mentions, (row) => row.kind)) {
      this.beforeWriteStep(`mentions:${kind}`);
      await this.run(statements.createMentions(kind), toColumns(rows, { article: ['string', (r) => r.article], entity: ['string', (r) => r.entity], count: ['int', (r) => r.count] }));
    }

    for (const [group, rows] of groupBy(relations, (row) => `${row.relation}|${row.sourceKind}|${row.targetKind}`)) {
      const [relation, sourceKind, targetKind] = group.split('|') as [RelationType, EntityKind, EntityKind];
      this.beforeWriteStep(`relations:${group}`);
      await this.run(
        statements.createRelations(relation, sourceKind, targetKind),
        toColumns(rows, {
          key: ['string', (r) => r.key],
          source: ['string', (r) => r.source],
          target: ['string', (r) => r.target],
          cameo: ['string', (r) => r.cameo],
          evidence: ['string', (r) => r.evidence],
          startAt: ['int', (r) => r.start],
          endAt: ['int', (r) => r.end],
          article: ['string', (r) => r.article],
          count: ['int', (r) => r.count],
          object: ['string', (r) => r.object],
          confidence: ['double', (r) => r.confidence],
        }),
      );
    }
  }

  /**
   * A bulk load when this database holds no article and no entity yet (see bulkLoad.ts); its
   * staging folder sits beside the database file, on the same disk.
   */
  beginBulkLoad(): Promise<BulkLoad | undefined> {
    return this.exclusive(async () => {
      if (this.readOnly || !(await this.isEmpty())) return undefined;
      const parent = dirname(resolve(this.location));
      if (!statements.SAFE_STAGING_PATH.test(parent)) return undefined;
      return new KuzuBulkLoad(parent, (staged) => this.commitBulk(staged));
    });
  }

  private async isEmpty(): Promise<boolean> {
    return (await this.loadStoredKinds()).size === 0 && (await this.loadStoredArticles()).size === 0;
  }

  private commitBulk(staged: StagedLoad): Promise<WriteResult> {
    return this.exclusive(async () => {
      const nothing = `nothing from the ${staged.articleCount} staged article(s) was written`;
      // Rolling back a COPY is safe only into empty tables (see bulkLoad.ts).
      if (!(await this.isEmpty())) throw new StoreError('STORE_WRITE', `the Kùzu database ${this.location} was written to during a bulk load; ${nothing} (run the load again)`);
      await this.run('BEGIN TRANSACTION');
      try {
        const restores: string[] = [];
        // COPY is ~10x faster than MERGE for the thousands of entities of a corpus; the few whose
        // aliases a CSV list cannot carry are merged after (none of them was copied).
        for (const { kind, file } of staged.entityFiles) {
          this.beforeWriteStep(`bulk:entities:${kind}`);
          await this.run(statements.copyFromCsv(kind, file.path, file.multiline));
          for (const column of file.emptyStrings) restores.push(statements.restoreEmptyStrings(kind, false, column));
        }
        for (const [kind, rows] of groupBy(staged.entities, (row) => row.kind)) {
          this.beforeWriteStep(`bulk:entities-merged:${kind}`);
          for (let i = 0; i < rows.length; i += BULK_ENTITY_CHUNK) await this.run(statements.mergeEntities(kind), entityColumns(rows.slice(i, i + BULK_ENTITY_CHUNK)));
        }
        if (staged.articles) {
          this.beforeWriteStep('bulk:articles');
          await this.run(statements.copyFromCsv(ARTICLE_LABEL, staged.articles.path, staged.articles.multiline));
          for (const column of staged.articles.emptyStrings) restores.push(statements.restoreEmptyStrings(ARTICLE_LABEL, false, column));
        }
        for (const { relation, sourceKind, targetKind, file } of staged.relationships) {
          this.beforeWriteStep(`bulk:relations:${relation}|${sourceKind}|${targetKind}`);
          await this.run(statements.copyFromCsv(relation, file.path, file.multiline, { from: sourceKind, to: targetKind }));
          for (const column of file.emptyStrings) restores.push(statements.restoreEmptyStrings(relation, true, column));
        }
        this.beforeWriteStep('bulk:empty-strings');
        for (const statement of new Set(restores)) await this.run(statement);
        this.beforeWriteStep('commit');
        await this.run('COMMIT');
      } catch (error) {
        // A failed COPY has already rolled the transaction back; ROLLBACK then finds none.
        await this.run('ROLLBACK').catch(() => {});
        this.forgetCaches();
        if (error instanceof StoreError) throw error;
        throw new StoreError('STORE_WRITE', `bulk writing to Kùzu (${this.location}) failed, ${nothing}: ${firstLine(error)}`, { cause: error });
      }
      this.forgetCaches();
      return { articles: staged.articleCount, nodes: staged.entityCount, edges: staged.relationCount };
    });
  }

  mergePeople(merges: readonly PersonMerge[]): Promise<number> {
    return this.exclusive(async () => {
      if (this.readOnly) throw new StoreError('STORE_WRITE', `the Kùzu database ${this.location} was opened read-only`);
      if (merges.length === 0) return 0;
      await this.run('BEGIN TRANSACTION');
      try {
        for (const merge of merges) await this.mergePerson(merge);
        this.beforeWriteStep('commit');
        await this.run('COMMIT');
      } catch (error) {
        await this.run('ROLLBACK').catch(() => {});
        if (error instanceof StoreError) throw error;
        throw new StoreError('STORE_WRITE', `merging people in Kùzu (${this.location}) failed, nothing was merged: ${firstLine(error)}`, { cause: error });
      } finally {
        this.forgetCaches();
      }
      return merges.length;
    });
  }

  private async mergePerson({ from, into }: PersonMerge): Promise<void> {
    const params = { from, into };
    if (from === into || Number((await this.run(statements.BOTH_PEOPLE, params))[0]?.n ?? 0) !== 1) {
      throw new StoreError('STORE_WRITE', `cannot merge person ${JSON.stringify(from)} into ${JSON.stringify(into)}: both must be stored people, and different`);
    }
    for (const direction of ['out', 'in'] as const) {
      for (const row of await this.run(direction === 'out' ? statements.PERSON_EDGES_OUT : statements.PERSON_EDGES_IN, { from })) {
        const type = String(row.type);
        const kind = String(row.kind);
        this.beforeWriteStep(`merge:${type}:${kind}:${direction}`);
        if (type === MENTIONS && kind === ARTICLE_LABEL && direction === 'in') await this.run(statements.MOVE_PERSON_MENTIONS, params);
        else if (isRelationType(type) && isEntityKind(kind)) await this.run(statements.movePersonRelations(type, kind, direction), params);
        else throw new StoreError('STORE_WRITE', `cannot merge person ${JSON.stringify(from)}: it has a ${type} relationship with a ${kind}, which newsgraph never writes`);
      }
    }
    await this.run(statements.FOLD_PERSON_NAMES, params);
    await this.run(statements.DELETE_PERSON, { from });
  }

  private async storedIn(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (!this.readOnly) {
      const stored = await this.loadStoredArticles();
      return new Set(ids.filter((id) => stored.has(id)));
    }
    const rows = await this.run(statements.STORED_ARTICLE_IDS, { ids: [...ids] });
    return new Set(rows.map((row) => String(row.id)));
  }

  storedArticleIds(ids: readonly string[]): Promise<Set<string>> {
    return this.exclusive(() => this.storedIn(ids));
  }

  query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.exclusive(async () => {
      const statement = normalizeStatement(cypher);
      if (options.write && this.readOnly) throw new StoreError('STORE_QUERY', `the Kùzu database ${this.location} was opened read-only`);
      // A read-only handle refuses writes by itself; a read-write handle gets a read-only transaction.
      const guard = !options.write && !this.readOnly;
      if (options.write) this.forgetCaches();
      if (guard) await this.run('BEGIN TRANSACTION READ ONLY');
      try {
        const rows = await this.run(statement, params as Record<string, KuzuValue>, false);
        if (guard) await this.run('COMMIT');
        return rows.map((row) => mapRow(row, plainKuzuValue));
      } catch (error) {
        if (guard) await this.run('ROLLBACK').catch(() => {});
        if (error instanceof StoreError) throw error;
        const cause = firstLine(error);
        if (!options.write && READ_ONLY_REFUSAL.test(cause)) {
          throw new StoreError('QUERY_NOT_READ_ONLY', 'the query writes to the database and was refused; nothing changed (add --write to allow writes)');
        }
        throw new StoreError('STORE_QUERY', `Kùzu query failed: ${cause}`, { cause: error });
      }
    });
  }

  exportGraph(): Promise<NewsGraph> {
    return this.exclusive(async () => {
      const entities: StoredEntityRow[] = [];
      for (const kind of ENTITY_KINDS) {
        for (const row of await this.run(statements.exportEntities(kind))) entities.push({ ...(mapRow(row, plainKuzuValue) as Omit<StoredEntityRow, 'kind'>), kind });
      }
      const mentions = (await this.run(statements.EXPORT_MENTIONS)).map((row) => mapRow(row, plainKuzuValue) as unknown as StoredMentionRow);
      const edges: StoredEdgeRow[] = [];
      for (const relation of RELATION_TYPES) {
        for (const row of await this.run(statements.exportRelations(relation))) edges.push({ ...(mapRow(row, plainKuzuValue) as Omit<StoredEdgeRow, 'relation'>), relation });
      }
      return entities.length === 0 ? createGraph() : graphFromStoredRows(entities, mentions, edges);
    });
  }

  counts(): Promise<{ articles: number; nodes: number; edges: number }> {
    return this.exclusive(async () => {
      const count = async (statement: string) => Number((await this.run(statement))[0]?.n ?? 0);
      return { articles: await count(statements.COUNT_ARTICLES), nodes: await count(statements.COUNT_ENTITIES), edges: await count(statements.COUNT_RELATIONS) };
    });
  }

  /** Closes the connection and the database (which checkpoints the WAL into the file). Idempotent. */
  close(): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.closed) return;
      this.closed = true;
      this.prepared.clear();
      await this.connection.close();
      await this.database.close();
    });
    this.queue = run.catch(() => {});
    return run;
  }
}
