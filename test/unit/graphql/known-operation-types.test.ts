import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KnownOperationTypesRule } from '../../../src/graphql/index.ts';

const schema = buildSchema('type Query { a: Int } type Mutation { b: Int }');

describe('KnownOperationTypesRule', () => {
  it('refuses an operation whose type is not a root type of the schema, naming the type', () => {
    const errors = validate(schema, parse('subscription { a }'), [KnownOperationTypesRule]);
    expect(errors.map((error) => error.message)).toEqual(['The schema has no subscription operations.']);
    expect(errors[0]?.locations).toEqual([{ line: 1, column: 1 }]);
  });

  it('accepts queries and mutations the schema has', () => {
    expect(validate(schema, parse('query { a } mutation M { b }'), [KnownOperationTypesRule])).toEqual([]);
    expect(validate(buildSchema('type Query { a: Int }'), parse('mutation { a }'), [KnownOperationTypesRule])).toHaveLength(1);
  });
});
