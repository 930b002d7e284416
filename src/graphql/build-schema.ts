import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { analyticsResolvers } from './analytics/analytics-resolvers.ts';
import type { Resolvers } from './generated/types.ts';
import { importRecordsResolvers } from './records/import-records-resolver.ts';
import { importRecordsFileResolvers } from './records/import-records-file-resolver.ts';
import { domainMutationResolvers } from './records/domain-mutations-resolver.ts';
import { auditLogResolvers } from './audit/audit-log-resolver.ts';
import { searchResolvers } from './search-resolver.ts';
import { applyRoleRequirements } from './role-requirements.ts';
import { readTypeDefinitions } from './type-definitions.ts';

export interface BuildSchemaOptions {
  /** Type definitions; by default `readTypeDefinitions()` (schema/*.graphql and this layer's extensions). */
  typeDefinitions?: string[];
  /**
   * The key @neo4j/graphql's authorization is configured with (the HS256 secret or the JWKS URL).
   * Requests always bring the verified payload in `context.jwt`; codegen, which runs no request, needs none.
   */
  authorizationKey?: string | { url: string };
}

/** Every deprecated field @neo4j/graphql 7 can still generate is left out: the schema is the modern one. */
export const EXCLUDE_DEPRECATED_FIELDS = {
  mutationOperations: true,
  aggregationFilters: true,
  aggregationFiltersOutsideConnection: true,
  relationshipFilters: true,
  attributeFilters: true,
} as const;

/**
 * Resolvers of this layer's hand-written fields, one map per extension (its type definitions are
 * listed in `EXTENSION_TYPE_DEFINITION_FILES`). Each resolver finds the `Database` in `context.database`.
 */
export const EXTENSION_RESOLVERS: readonly Resolvers[] = [
  searchResolvers,
  analyticsResolvers,
  importRecordsResolvers,
  importRecordsFileResolvers,
  domainMutationResolvers,
  auditLogResolvers,
];

/** Merges resolver maps type by type (`Query` fields of every extension end up in one `Query`). */
export function mergeResolvers(maps: readonly Resolvers[]): Resolvers {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) merged[typeName] = { ...merged[typeName], ...(fields as object) };
  }
  return merged as Resolvers;
}

/** The @neo4j/graphql library object behind the API. */
export function createNeo4jGraphQL(options: BuildSchemaOptions = {}): Neo4jGraphQL {
  return new Neo4jGraphQL({
    typeDefs: options.typeDefinitions ?? readTypeDefinitions(),
    resolvers: mergeResolvers(EXTENSION_RESOLVERS),
    features: {
      excludeDeprecatedFields: { ...EXCLUDE_DEPRECATED_FIELDS },
      ...(options.authorizationKey === undefined || options.authorizationKey === ''
        ? {}
        : { authorization: { key: options.authorizationKey } }),
    },
  });
}

/**
 * The executable GraphQL schema generated from the type definitions. Needs no database (codegen
 * builds it offline; `npm start` builds it while Neo4j starts): each request's context names the
 * database (`createGraphQLContext`).
 */
export async function buildGraphQLSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  const handWritten = new Set(
    EXTENSION_RESOLVERS.flatMap((map) =>
      (['Query', 'Mutation'] as const).flatMap((type) => Object.keys(map[type] ?? {}).map((field) => `${type}.${field}`)),
    ),
  );
  return applyRoleRequirements(await createNeo4jGraphQL(options).getSchema(), handWritten);
}
