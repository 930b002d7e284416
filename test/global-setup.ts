import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/index.ts';
import { findFreePort, startOrAttachNeo4j } from '../src/neo4j/index.ts';
import type { TestNeo4j } from './support/test-database.ts';

interface SharedNeo4j {
  server: TestNeo4j;
  stop: () => Promise<void>;
  users: number;
}

/**
 * The one server of this run: both the integration and the e2e project use it. Vitest loads this
 * module once per project, so the server is kept on `globalThis`, which the projects share.
 */
const SHARED = Symbol.for('liaison-graph.test-neo4j');
const holder = globalThis as typeof globalThis & { [SHARED]?: Promise<SharedNeo4j> };

async function startNeo4j(): Promise<SharedNeo4j> {
  const config = loadConfig();
  if (config.neo4j.uri !== undefined) {
    const server: TestNeo4j = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database ?? '',
    };
    return { server, stop: async () => undefined, users: 0 };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'liaison-test-neo4j-'));
  const boltPort = await findFreePort();
  const started = Date.now();
  const handle = await startOrAttachNeo4j({ ...config.neo4j, dataDir, boltPort, heapSize: '1g', pageCacheSize: '256m' }, (line) =>
    console.log(`[neo4j] ${line}`),
  );
  console.log(`[neo4j] test server ready on ${handle.uri} in ${Date.now() - started} ms`);
  return {
    server: { uri: handle.uri, user: handle.user, password: handle.password, database: '' },
    stop: async () => {
      await handle.release();
      await rm(dataDir, { recursive: true, force: true });
    },
    users: 0,
  };
}

/**
 * Starts a real embedded Neo4j on a free port in a temporary data folder for the test run, or uses
 * NEO4J_URI when it is set; stops it (and removes the folder) when the last project using it ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  holder[SHARED] ??= startNeo4j();
  const neo4j = await holder[SHARED];
  neo4j.users += 1;
  project.provide('neo4j', neo4j.server);
  return async () => {
    neo4j.users -= 1;
    if (neo4j.users === 0) {
      delete holder[SHARED];
      await neo4j.stop();
    }
  };
}
