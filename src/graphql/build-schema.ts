import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Database } from '../db/database.ts';
import { createSearchResolvers } from './search-resolver.ts';
import { readTypeDefinitions } from './type-definitions.ts';

export interface BuildSchemaOptions {
  /** The database the API reads; without one the schema is built for printing (codegen) only. */
  database?: Database;
  /** Type definitions; by default `readTypeDefinitions()` (schema/*.graphql and this layer's extensions). */
  typeDefinitions?: string[];
}

/** Every deprecated field @neo4j/graphql 7 can still generate is left out: the schema is the modern one. */
export const EXCLUDE_DEPRECATED_FIELDS = {
  mutationOperations: true,
  aggregationFilters: true,
  aggregationFiltersOutsideConnection: true,
  relationshipFilters: true,
  attributeFilters: true,
} as const;

/** The @neo4j/graphql library object behind the API. */
export function createNeo4jGraphQL(options: BuildSchemaOptions = {}): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: options.typeDefinitions ?? readTypeDefinitions(),
    resolvers: createSearchResolvers(options.database),
    ...(options.database === undefined ? {} : { driver: options.database.driver }),
    features: { excludeDeprecatedFields: { ...EXCLUDE_DEPRECATED_FIELDS } },
  });
}

/**
 * The executable GraphQL schema generated from the type definitions. Needs no connection:
 * @neo4j/graphql reaches the database only when a request runs.
 */
export async function buildGraphQLSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  return createNeo4jGraphQL(options).getSchema();
}

/** The per-request context @neo4j/graphql reads: which database of the server to use. */
export function createGraphQLContext(database: Database): { sessionConfig?: { database: string } } {
  return database.databaseName === undefined ? {} : { sessionConfig: { database: database.databaseName } };
}
