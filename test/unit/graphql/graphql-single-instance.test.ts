import { createRequire } from 'node:module';
import * as graphql from 'graphql';
import { describe, expect, it } from 'vitest';

describe('the graphql package', () => {
  it('is one instance for our code and for @neo4j/graphql (no dual ESM/CommonJS copies)', () => {
    const requiredByLibraries = createRequire(import.meta.url)('graphql') as typeof graphql;
    expect(requiredByLibraries.GraphQLObjectType).toBe(graphql.GraphQLObjectType);
  });
});
