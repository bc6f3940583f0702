// Test helpers for the loader: a few short articles written for these tests, and an in-memory
// Store whose batch write is all-or-nothing, like the real ones.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PersonMerge } from '../../src/graph/personMerges.ts';
import type { NewsGraph } from '../../src/graph/model.ts';
import type { ArticleGraph, Row, Store, WriteResult } from '../../src/store/types.ts';

export const ARTICLES: Record<string, string> = {
  'a-estonia.txt': 'Estonia expels two Belarusian diplomats\n\nEstonia expelled two Belarusian diplomats on Tuesday, the foreign ministry in Tallinn said.\n',
  'b-denial.txt': 'Minsk denies spying claims\n\nBelarus denied the accusations and called them absurd, a spokesman said.\n',
  'c-congrats.md': '# Leaders send congratulations\n\nPresident Maria Lindqvist congratulated Prime Minister Tomas Berg on his victory.\n',
  'd-accuse.html': '<p>Poland accuses Hungary</p>\n<p>Poland accused Hungary of ignoring the embassy report.</p>\n',
  'e-threat.txt': 'Ottawa threatens to expel envoys\n\nCanada threatened to expel three envoys but did not act, officials said.\n',
  'f-blame.txt': 'Kenya blames Uganda for border raid\n\nKenya blamed Uganda for the raid, and Uganda rejected the claim.\n',
  'g-order.txt': 'Chile orders Peruvian attaché out\n\nThe attaché was ordered to leave by Santiago within 72 hours.\n',
};

export async function tempDir(prefix = 'newsgraph-load-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes files (path relative to `root` -> content) and returns `root`. */
export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export interface FakeStoreOptions {
  /** An article this returns true for makes any transaction holding it fail. */
  rejects?: (article: ArticleGraph) => boolean;
  /** Runs inside every writeArticles call, before it commits. */
  duringWrite?: (batch: readonly ArticleGraph[]) => void | Promise<void>;
  /** Every write throws this (a store that is down). */
  failAll?: Error;
}

export class FakeStore implements Store {
  readonly kind = 'kuzu' as const;
  readonly location = 'memory';
  readonly articles = new Map<string, ArticleGraph>();
  /** Every id ever committed, once per commit: a duplicate write shows up here. */
  readonly commits: string[] = [];
  /** Size of every writeArticles call, committed or not. */
  readonly writeSizes: number[] = [];

  constructor(private readonly options: FakeStoreOptions = {}) {}

  async init(): Promise<void> {}

  async writeArticles(batch: readonly ArticleGraph[]): Promise<WriteResult> {
    this.writeSizes.push(batch.length);
    await this.options.duringWrite?.(batch);
    if (this.options.failAll) throw this.options.failAll;
    const bad = batch.find((article) => this.options.rejects?.(article));
    if (bad) throw new Error(`constraint violated by ${bad.article.id}`);
    let nodes = 0;
    let edges = 0;
    for (const article of batch) {
      this.articles.set(article.article.id, article);
      this.commits.push(article.article.id);
      nodes += article.graph.nodes.length;
      edges += (article.graph.edges ?? []).length;
    }
    return { articles: batch.length, nodes, edges };
  }

  async storedArticleIds(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.articles.has(id)));
  }

  /** The loader's only queries read the people it may merge: this store holds none. */
  async query(): Promise<Row[]> {
    return [];
  }

  async mergePeople(merges: readonly PersonMerge[]): Promise<number> {
    if (merges.length > 0) throw new Error('this store holds no people to merge');
    return 0;
  }

  async exportGraph(): Promise<NewsGraph> {
    throw new Error('not used by the loader');
  }

  async counts(): Promise<{ articles: number; nodes: number; edges: number }> {
    return { articles: this.articles.size, nodes: 0, edges: 0 };
  }

  async close(): Promise<void> {}
}
