import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isLiaisonError } from '../../../src/errors/index.ts';
import { createDepthLimitRules } from '../../../src/graphql/index.ts';

const schema = buildSchema(`
  type Query { leaders: [Leader!]! }
  type Leader { name: String! liaisons: [Counterpart!]! }
  type Counterpart { name: String! leaders: [Leader!]! }
`);

function validateWithLimit(query: string, limit: number) {
  return validate(schema, parse(query), [...specifiedRules, ...createDepthLimitRules(limit)]);
}

describe('the query depth limit', () => {
  it('accepts a query exactly at the limit', () => {
    expect(validateWithLimit('{ leaders { liaisons { name } } }', 3)).toEqual([]);
  });

  it('reports a deeper query as QUERY_TOO_DEEP, carrying a LiaisonError', () => {
    const errors = validateWithLimit('{ leaders { liaisons { leaders { name } } } }', 3);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(errors[0]?.message).toBe('Query depth limit of 3 exceeded, found 4.');
    expect(isLiaisonError(errors[0]?.originalError)).toBe(true);
  });

  it('counts the depth through fragments', () => {
    const query = 'query { leaders { ...deep } } fragment deep on Leader { liaisons { leaders { name } } }';
    expect(validateWithLimit(query, 3)[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('lets introspection through whatever its depth', () => {
    const introspection = '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }';
    expect(validateWithLimit(introspection, 2)).toEqual([]);
  });
});
