import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Config } from '../../src/config/index.ts';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { createApiServer, type ApiServer, createLogger } from '../../src/server/index.ts';
import { loadSeed } from '../../src/notice/index.ts';
import { openTestDatabase, testConfig } from '../support/test-database.ts';

/** The API over HTTP on a free port of 127.0.0.1, for end-to-end tests. */
export interface RunningApi {
  server: ApiServer;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
}

export async function startApi(config: Config, database: Database): Promise<RunningApi> {
  const server = await createApiServer({ config, database, logger: createLogger({ logLevel: 'silent' }) });
  const { url } = await server.listen(0, '127.0.0.1');
  return { server, url, origin: new URL(url).origin };
}

/** One GraphQL error as the API sends it. */
export interface ApiError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface ApiResponse<Result> {
  status: number;
  data?: Result | null;
  errors?: ApiError[];
}

/** POSTs a query (a typed document or text) and returns the HTTP status with the parsed body. */
export async function postGraphQL<Result, Variables>(
  url: string,
  query: TypedDocumentNode<Result, Variables> | string,
  variables?: Variables,
  options: { token?: string } = {},
): Promise<ApiResponse<Result>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
    },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables: variables ?? {} }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: ApiError[] };
  return { status: response.status, ...body };
}

/** The data of a response that must have succeeded; fails naming the errors otherwise. */
export function dataOf<Result>(response: ApiResponse<Result>): Result {
  if (response.errors !== undefined || response.data === undefined || response.data === null) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}

/** The seeded test database and the API over it: what most end-to-end files start with. */
export interface SeededApi extends RunningApi {
  database: Database;
  /** Stops the server and closes the database. */
  stop(): Promise<void>;
}

/**
 * Opens the test run's Neo4j, makes sure the schema and the seed notice are there, and serves the API.
 * By default anonymous callers may read (ANONYMOUS_ROLE=viewer, as `npm start` on loopback); the
 * security tests pass their own settings.
 */
export async function startSeededApi(overrides: Record<string, string> = { ANONYMOUS_ROLE: 'viewer' }): Promise<SeededApi> {
  const database = await openTestDatabase();
  await ensureSchema(database);
  const config = testConfig(overrides);
  await loadSeed(database, config.projectRoot);
  const api = await startApi(config, database);
  return {
    ...api,
    database,
    stop: async () => {
      await api.server.close();
      await database.close();
    },
  };
}
