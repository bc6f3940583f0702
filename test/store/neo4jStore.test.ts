// Neo4j: connection failures are tested everywhere (against local ports); the store contract
// runs against a real server only when NEO4J_URI is set (e.g. `docker compose up -d`).
import { createServer, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsgraphError } from '../../src/errors.ts';
import { openStore, withEnvironment } from '../../src/store/index.ts';
import { connectionError } from '../../src/store/neo4j/errors.ts';
import { Neo4jStore } from '../../src/store/neo4j/neo4jStore.ts';
import { ALL_ARTICLES } from './fixtures.ts';
import { storeContract } from './storeContract.ts';

async function connectionFailure(uri: string): Promise<{ error: NewsgraphError; ms: number }> {
  const started = Date.now();
  const error = await openStore({ neo4jUri: uri, neo4jUser: 'neo4j', neo4jPassword: 'wrong' }).then(
    (store) => store.close().then(() => undefined),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(NewsgraphError);
  return { error: error as NewsgraphError, ms: Date.now() - started };
}

describe('Neo4j connection failures', () => {
  let silent: Server;
  let silentPort = 0;
  const accepted = new Set<Socket>();
  beforeAll(async () => {
    // Accepts TCP connections and never answers: the Bolt handshake hangs until our timeouts.
    silent = createServer((socket) => {
      accepted.add(socket);
      socket.on('close', () => accepted.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    // The driver leaves a socket whose handshake never finished open even after driver.close().
    for (const socket of accepted) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  for (const uri of ['bolt://127.0.0.1:1', 'neo4j://127.0.0.1:1']) {
    it(`fails fast, in one line naming ${uri} and the cause, when nothing listens`, async () => {
      const { error, ms } = await connectionFailure(uri);
      expect(error.code).toBe('STORE_CONNECTION');
      expect(error.message).toBe(`cannot connect to Neo4j at ${uri}: connection refused (is Neo4j running and listening on that port?)`);
      expect(ms).toBeLessThan(15_000);
    });
  }

  it('gives up on a server that never answers in under 15 seconds', async () => {
    const uri = `bolt://127.0.0.1:${silentPort}`;
    const { error, ms } = await connectionFailure(uri);
    expect(error.code).toBe('STORE_CONNECTION');
    expect(error.message).toMatch(new RegExp(`^cannot connect to Neo4j at ${uri}: \\S`));
    expect(error.message).not.toContain('\n');
    expect(ms).toBeLessThan(15_000);
  }, 20_000);

  it('names a URI the driver cannot use', async () => {
    const { error } = await connectionFailure('http://localhost:7474');
    expect(error.message).toBe('cannot connect to Neo4j at http://localhost:7474: Unknown scheme: http');
  });

  it('explains a refused password without echoing it', () => {
    const refusal = new neo4j.Neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'auth');
    const error = connectionError('bolt://localhost:7687', 'neo4j', refusal);
    expect(error.code).toBe('STORE_CONNECTION');
    expect(error.message).toBe('cannot connect to Neo4j at bolt://localhost:7687: authentication failed for user "neo4j" (check NEO4J_USER / NEO4J_PASSWORD or --neo4j-user / --neo4j-password)');
  });

  it('takes the URI, user and password from NEO4J_* unless options give them', () => {
    const env = { NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'secret' };
    expect(withEnvironment({ db: 'x.db' }, env)).toEqual({ db: 'x.db', neo4jUri: 'bolt://db:7687', neo4jUser: 'analyst', neo4jPassword: 'secret' });
    expect(withEnvironment({ neo4jUri: 'bolt://other:7687', neo4jPassword: '' }, env)).toMatchObject({ neo4jUri: 'bolt://other:7687', neo4jPassword: '' });
    expect(withEnvironment({}, {})).toMatchObject({ neo4jUri: undefined });
  });
});

const uri = process.env.NEO4J_URI;
if (!uri) {
  console.log('Neo4j integration tests skipped: NEO4J_URI is not set (run `docker compose up -d`, then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... npx vitest run test/store)');
}

describe.skipIf(!uri)('Neo4j integration (NEO4J_URI)', () => {
  const connection = { uri: uri ?? '', user: process.env.NEO4J_USER || 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };
  const fixtureArticles = ALL_ARTICLES.map((article) => article.article.id).concat(['a-odd']);

  async function wipe(store: Neo4jStore): Promise<void> {
    await store.query('MATCH (n) DETACH DELETE n', {}, { write: true });
  }

  beforeAll(async () => {
    // These tests empty the database: refuse to run against one holding anything but their own data.
    const store = await Neo4jStore.open(connection);
    try {
      const [foreign] = await store.query(
        'MATCH (n) WHERE NOT ((n:Article AND n.id IN $ids) OR n:Entity) RETURN count(n) AS n',
        { ids: fixtureArticles },
      );
      if (Number(foreign?.n) > 0) throw new Error(`refusing to run: ${uri} holds data these tests would delete; point NEO4J_URI at a scratch database`);
    } finally {
      await store.close();
    }
  });

  storeContract('Neo4j', {
    async open(beforeWriteStep) {
      const store = await Neo4jStore.open({ ...connection, beforeWriteStep });
      await wipe(store);
      await store.init();
      return store;
    },
    async cleanup() {
      const store = await Neo4jStore.open(connection);
      await wipe(store);
      await store.close();
    },
  });
});
