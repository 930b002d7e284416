import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { Principal } from '../auth/index.ts';
import type { Database } from '../db/index.ts';

/**
 * What every request's resolvers see. The server builds it once per request from the one open
 * `Database` (there is no request without a database: the server is only created with one), so our
 * resolvers read `database` without checking for it; @neo4j/graphql's generated resolvers run on
 * `executionContext` (the same driver) and `sessionConfig`. codegen.ts names this type as the
 * `contextType` of the generated resolver types.
 */
export interface GraphQLContext extends Neo4jGraphQLContext {
  database: Database;
  executionContext: Database['driver'];
  /** The verified caller; `jwt` is its payload, which @neo4j/graphql's @authentication rules read. */
  principal: Principal;
  jwt?: NonNullable<Principal['jwt']>;
}

/**
 * The per-request context: @neo4j/graphql runs on the driver (and database name) of `database`, as
 * `principal`; our resolvers' writes are recorded as the principal's (subject and highest role).
 */
export function createGraphQLContext(database: Database, principal: Principal): GraphQLContext {
  return {
    database: database.actingAs({ id: principal.subject, role: principal.roles.at(-1) ?? null }),
    principal,
    // @neo4j/graphql's own transactions get the same timeout as ours.
    ...(database.transactionTimeoutMs === undefined ? {} : { transaction: { timeout: database.transactionTimeoutMs } }),
    ...(principal.jwt === undefined ? {} : { jwt: principal.jwt }),
    executionContext: database.driver,
    ...(database.databaseName === undefined ? {} : { sessionConfig: { database: database.databaseName } }),
  };
}
