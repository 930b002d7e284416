/** The GraphQL API: type definitions, the @neo4j/graphql schema, custom resolvers, error formatting and query limits. */
export { buildGraphQLSchema } from './build-schema.ts';
export { createGraphQLContext, type GraphQLContext } from './graphql-context.ts';
export { KnownOperationTypesRule } from './known-operation-types.ts';
export { createDepthLimitRules, createRequestLimits, type RequestLimitProtection, type RequestLimits } from './request-limits.ts';
export { accessRefusal, applyRoleRequirements } from './role-requirements.ts';
export { createErrorFormatter, INTERNAL_ERROR_MESSAGE } from './format-error.ts';
export { readAnalystOperation } from './read-analyst-operation.ts';
export { escapeLuceneQuery, SEARCH_CYPHER, toSearchQuery } from './search-resolver.ts';
