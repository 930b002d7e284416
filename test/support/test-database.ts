import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config/index.ts';
import { Database } from '../../src/db/index.ts';
import { TEST_JWT_SECRET } from './test-tokens.ts';

/** The Neo4j that the global setup started (or NEO4J_URI), as handed to the test workers. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Empty for the server's default database. */
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** A configuration that points at the test run's Neo4j (never starts another one), verifying tokens with TEST_JWT_SECRET. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const neo4j = inject('neo4j');
  return loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    // The first review on a cold server plans ten large rule queries: on this shared machine one may
    // take longer than the 10 s default, which would fail tests that are not about the timeout.
    QUERY_TIMEOUT_MS: '60000',
    ...overrides,
  });
}

/** Opens a connection to the test run's Neo4j; close it in `afterAll`. */
export async function openTestDatabase(): Promise<Database> {
  return Database.open(testConfig());
}
