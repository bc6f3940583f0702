// The Neo4j store, through the official driver: connectivity checked first, every write in a
// managed transaction (session.executeWrite) of batched UNWIND ... MERGE statements, reads in
// READ-mode sessions, and the driver always closed.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { firstLine, StoreError } from '../../errors.ts';
import { createGraph, type NewsGraph } from '../../graph/model.ts';
import type { PersonMerge } from '../../graph/personMerges.ts';
import { schemaStatements } from '../cypherFiles.ts';
import { graphFromStoredRows, type StoredEdgeRow, type StoredEntityRow, type StoredMentionRow } from '../exportRows.ts';
import { normalizeStatement } from '../statement.ts';
import type { ArticleGraph, QueryOptions, Row, Store, WriteResult } from '../types.ts';
import { mapRow } from '../values.ts';
import { buildWritePlan, groupBy, type WritePlan } from '../writePlan.ts';
import { connectionError, isAccessModeRefusal, isConnectionFailure } from './errors.ts';
import * as statements from './statements.ts';
import { plainNeo4jValue, toNeo4jParameter } from './values.ts';

export interface Neo4jStoreOptions {
  uri: string;
  user: string;
  password: string;
  /** Sessions open in READ access mode and schema is not touched. */
  readOnly?: boolean;
  /** Neo4j database name; the server's default when absent. */
  database?: string;
  /** Test seam, as in the Kùzu store: a throw aborts the write transaction. */
  beforeWriteStep?: (step: string) => void;
}

/** Connection budget: an unreachable or silent server fails well inside 15 s. */
const CONNECTION_TIMEOUT_MS = 5_000;
const ACQUISITION_TIMEOUT_MS = 10_000;
const CONNECT_DEADLINE_MS = 12_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  readonly readOnly: boolean;
  private readonly driver: Driver;
  private readonly options: Neo4jStoreOptions;
  private readonly beforeWriteStep: (step: string) => void;
  private initialised = false;

  private constructor(options: Neo4jStoreOptions, driver: Driver) {
    this.options = options;
    this.location = options.uri;
    this.readOnly = options.readOnly ?? false;
    this.driver = driver;
    this.beforeWriteStep = options.beforeWriteStep ?? (() => {});
  }

  /** Creates the driver and checks the server answers and accepts the credentials. */
  static async open(options: Neo4jStoreOptions): Promise<Neo4jStore> {
    let driver: Driver;
    try {
      driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
        maxTransactionRetryTime: 15_000,
      });
    } catch (error) {
      throw connectionError(options.uri, options.user, error);
    }
    try {
      await withDeadline(driver.verifyConnectivity(options.database ? { database: options.database } : {}), CONNECT_DEADLINE_MS);
    } catch (error) {
      await driver.close().catch(() => {});
      throw connectionError(options.uri, options.user, error);
    }
    return new Neo4jStore(options, driver);
  }

  private session(write: boolean) {
    return this.driver.session({
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
  }

  private failure(error: unknown, what: string): StoreError {
    if (error instanceof StoreError) return error;
    if (isConnectionFailure(error)) return connectionError(this.options.uri, this.options.user, error);
    return new StoreError('STORE_WRITE', `${what} in Neo4j (${this.location}) failed: ${firstLine(error)}`, { cause: error });
  }

  private async read(statement: statements.Neo4jStatement, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session(false);
    try {
      const result = await session.executeRead((tx) => tx.run(statement.text, params));
      return result.records.map((record) => mapRow(record.toObject(), plainNeo4jValue));
    } catch (error) {
      if (isConnectionFailure(error)) throw connectionError(this.options.uri, this.options.user, error);
      throw new StoreError('STORE_QUERY', `reading from Neo4j (${this.location}) failed: ${firstLine(error)}`, { cause: error });
    } finally {
      await session.close();
    }
  }

  /** Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS). */
  async init(): Promise<void> {
    if (this.readOnly || this.initialised) return;
    const session = this.session(true);
    try {
      for (const statement of schemaStatements()) await session.executeWrite((tx) => tx.run(statement));
      this.initialised = true;
    } catch (error) {
      throw this.failure(error, 'creating the schema');
    } finally {
      await session.close();
    }
  }

  async writeArticles(batch: readonly ArticleGraph[]): Promise<WriteResult> {
    if (this.readOnly) throw new StoreError('STORE_WRITE', `the Neo4j store at ${this.location} was opened read-only`);
    const plan = buildWritePlan(batch);
    if (plan.articles.length === 0) return { articles: 0, nodes: 0, edges: 0 };
    const session = this.session(true);
    try {
      await session.executeWrite((tx) => this.writePlan(tx, plan));
    } catch (error) {
      throw this.failure(error, `writing ${plan.articles.length} article(s) (nothing from this batch was written)`);
    } finally {
      await session.close();
    }
    return { articles: plan.articles.length, nodes: plan.entities.length, edges: plan.relations.length };
  }

  private async writePlan(tx: ManagedTransaction, plan: WritePlan): Promise<void> {
    this.beforeWriteStep('articles');
    await tx.run(statements.MERGE_ARTICLES.text, { rows: plan.articles });
    for (const [kind, rows] of groupBy(plan.entities, (row) => row.kind)) {
      this.beforeWriteStep(`entities:${kind}`);
      await tx.run(statements.MERGE_ENTITIES[kind].text, { rows });
    }
    this.beforeWriteStep('mentions');
    await tx.run(statements.MERGE_MENTIONS.text, { rows: plan.mentions.map((row) => ({ article: row.article, entity: row.entity, count: neo4j.int(row.count) })) });
    for (const [relation, rows] of groupBy(plan.relations, (row) => row.relation)) {
      this.beforeWriteStep(`relations:${relation}`);
      await tx.run(statements.MERGE_RELATIONS[relation].text, {
        rows: rows.map((row) => ({
          key: row.key,
          source: row.source,
          target: row.target,
          cameo: row.cameo,
          evidence: row.evidence,
          start: neo4j.int(row.start),
          end: neo4j.int(row.end),
          article: row.article,
          count: row.count === null ? null : neo4j.int(row.count),
          object: row.object,
          // A JS number goes to Neo4j as a float: confidence stays a float even when it is 1.
          confidence: row.confidence,
        })),
      });
    }
    this.beforeWriteStep('commit');
  }

  async mergePeople(merges: readonly PersonMerge[]): Promise<number> {
    if (this.readOnly) throw new StoreError('STORE_WRITE', `the Neo4j store at ${this.location} was opened read-only`);
    if (merges.length === 0) return 0;
    const session = this.session(true);
    try {
      await session.executeWrite(async (tx) => {
        for (const { from, into } of merges) {
          const both = await tx.run(statements.BOTH_PEOPLE.text, { from, into });
          if (from === into || neo4j.integer.toNumber(both.records[0]?.get('n') ?? 0) !== 1) {
            throw new StoreError('STORE_WRITE', `cannot merge person ${JSON.stringify(from)} into ${JSON.stringify(into)}: both must be stored people, and different`);
          }
          for (const [type, pair] of Object.entries(statements.MOVE_PERSON_RELATIONS)) {
            this.beforeWriteStep(`merge:${type}`);
            await tx.run(pair.out.text, { from, into });
            await tx.run(pair.in.text, { from, into });
          }
          await tx.run(statements.FOLD_PERSON.text, { from, into });
        }
        this.beforeWriteStep('commit');
      });
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw this.failure(error, 'merging people (nothing was merged)');
    } finally {
      await session.close();
    }
    return merges.length;
  }

  async storedArticleIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.read(statements.STORED_ARTICLE_IDS, { ids: [...ids] });
    return new Set(rows.map((row) => String(row.id)));
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<Row[]> {
    const statement = normalizeStatement(cypher);
    const write = options.write === true;
    if (write && this.readOnly) throw new StoreError('STORE_QUERY', `the Neo4j store at ${this.location} was opened read-only`);
    const parameters = toNeo4jParameter(params) as Record<string, unknown>;
    const session = this.session(write);
    try {
      const work = (tx: ManagedTransaction) => tx.run(statement, parameters);
      const result = write ? await session.executeWrite(work) : await session.executeRead(work);
      return result.records.map((record) => mapRow(record.toObject(), plainNeo4jValue));
    } catch (error) {
      if (!write && isAccessModeRefusal(error)) {
        throw new StoreError('QUERY_NOT_READ_ONLY', 'the query writes to the database and was refused; nothing changed (add --write to allow writes)');
      }
      if (isConnectionFailure(error)) throw connectionError(this.options.uri, this.options.user, error);
      throw new StoreError('STORE_QUERY', `Neo4j query failed: ${firstLine(error)}`, { cause: error });
    } finally {
      await session.close();
    }
  }

  async exportGraph(): Promise<NewsGraph> {
    const entities = (await this.read(statements.EXPORT_ENTITIES)) as unknown as StoredEntityRow[];
    const mentions = (await this.read(statements.EXPORT_MENTIONS)) as unknown as StoredMentionRow[];
    const edges = (await this.read(statements.EXPORT_RELATIONS)) as unknown as StoredEdgeRow[];
    return entities.length === 0 ? createGraph() : graphFromStoredRows(entities, mentions, edges);
  }

  async counts(): Promise<{ articles: number; nodes: number; edges: number }> {
    const count = async (statement: statements.Neo4jStatement) => Number((await this.read(statement))[0]?.n ?? 0);
    return { articles: await count(statements.COUNT_ARTICLES), nodes: await count(statements.COUNT_ENTITIES), edges: await count(statements.COUNT_RELATIONS) };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
