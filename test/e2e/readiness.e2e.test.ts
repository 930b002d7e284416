import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { Database } from '../../src/db/index.ts';
import { findFreePort, startOrAttachNeo4j, type Neo4jHandle } from '../../src/neo4j/index.ts';
import { SearchDocument } from '../../schema/generated/client/graphql.ts';
import { postGraphQL, startApi, type RunningApi } from './api-test-server.ts';

// This test stops and restarts a Neo4j of its own (never the shared test server).
let dataDir: string | undefined;
let handle: Neo4jHandle | undefined;
let database: Database | undefined;
let api: RunningApi | undefined;

afterAll(async () => {
  await api?.server.close();
  await database?.close();
  await handle?.release();
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

async function readiness(origin: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${origin}/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMilliseconds: number): Promise<T> {
  const deadline = Date.now() + timeoutMilliseconds;
  let value = await probe();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await probe();
  }
  return value;
}

describe('the API while Neo4j goes away and comes back', () => {
  it('answers 503 and DATABASE_UNAVAILABLE while Neo4j is down, keeps running, and is ready again when it returns', async () => {
    const base = loadConfig({ LOG_LEVEL: 'silent' });
    dataDir = await mkdtemp(join(tmpdir(), 'liaison-readiness-neo4j-'));
    const neo4jConfig = { ...base.neo4j, uri: undefined, dataDir, boltPort: await findFreePort(), heapSize: '512m', pageCacheSize: '128m' };
    handle = await startOrAttachNeo4j(neo4jConfig);
    const config = loadConfig({
      NEO4J_URI: handle.uri,
      NEO4J_USER: handle.user,
      NEO4J_PASSWORD: handle.password,
      LOG_LEVEL: 'silent',
      ANONYMOUS_ROLE: 'viewer',
    });
    database = await Database.open(config);
    api = await startApi(config, database);

    expect((await readiness(api.origin)).status).toBe(200);
    expect((await postGraphQL(api.url, '{ counterparts { name } }')).errors).toBeUndefined();

    await handle.release();
    handle = undefined;

    const down = await readiness(api.origin);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE', reason: expect.any(String) });
    for (const query of ['{ counterparts { name } }', SearchDocument] as const) {
      const started = Date.now();
      const failed = await postGraphQL(api.url, query, { text: '民盟' });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(failed.status).toBe(503);
      expect(failed.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(JSON.stringify(failed.errors)).not.toMatch(/stacktrace|Neo4jError|\.js:\d+/);
    }
    expect((await fetch(`${api.origin}/health`)).status).toBe(200);
    const introspection = await postGraphQL(api.url, '{ __schema { queryType { name } } }');
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });

    handle = await startOrAttachNeo4j(neo4jConfig);
    const back = await eventually(
      () => readiness(api!.origin),
      (state) => state.status === 200,
      30_000,
    );
    expect(back).toEqual({ status: 200, body: { status: 'ready' } });
    const again = await postGraphQL(api.url, '{ counterparts { name } }');
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ counterparts: [] });
  }, 240_000);
});
