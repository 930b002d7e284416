import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config/index.ts';
import { findFreePort, startOrAttachNeo4j } from '../src/neo4j/index.ts';
import type { TestNeo4j } from './support/test-database.ts';

/**
 * Starts a real embedded Neo4j on a free port in a temporary data folder for the test run, or uses
 * NEO4J_URI when it is set; stops it (and removes the folder) at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  if (config.neo4j.uri !== undefined) {
    const external: TestNeo4j = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database ?? '',
    };
    project.provide('neo4j', external);
    return async () => undefined;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'liaison-test-neo4j-'));
  const boltPort = await findFreePort();
  const started = Date.now();
  const handle = await startOrAttachNeo4j(
    { ...config.neo4j, dataDir, boltPort, heapSize: '1g', pageCacheSize: '256m' },
    (line) => console.log(`[neo4j] ${line}`),
  );
  console.log(`[neo4j] test server ready on ${handle.uri} in ${Date.now() - started} ms`);
  project.provide('neo4j', { uri: handle.uri, user: handle.user, password: handle.password, database: '' });
  return async () => {
    await handle.release();
    await rm(dataDir, { recursive: true, force: true });
  };
}
