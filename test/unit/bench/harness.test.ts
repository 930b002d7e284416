import { describe, expect, it } from 'vitest';
import { formatTable, quantile, runCase, summarise } from '../../../bench/harness.ts';

describe('the benchmark statistics', () => {
  it('takes the median and the 95th percentile by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(summarise(values)).toEqual({ median: 50, p95: 95 });
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('runs warm-up and timed rounds of both sides and reports their ratio', async () => {
    let graphqlCalls = 0;
    let cypherCalls = 0;
    const result = await runCase(
      'test',
      {
        name: 'a question',
        graphql: async () => {
          graphqlCalls += 1;
          return 3;
        },
        cypher: async () => {
          cypherCalls += 1;
          return 3;
        },
      },
      { warmup: 2, iterations: 5 },
    );
    expect(graphqlCalls).toBe(1 + 2 + 5);
    expect(cypherCalls).toBe(1 + 2 + 5);
    expect(result).toMatchObject({ section: 'test', name: 'a question', iterations: 5, graphqlItems: 3, cypherItems: 3 });
    expect(result.medianRatio).toBeCloseTo(result.graphql.median / result.cypher.median);
  });

  it('prints one aligned row per case with both timings and the ratio', () => {
    const table = formatTable([
      {
        section: 'analyst queries',
        name: "a party's liaisons (民盟)",
        iterations: 10,
        graphqlItems: 8,
        cypherItems: 8,
        graphql: { median: 2, p95: 3 },
        cypher: { median: 1, p95: 2 },
        medianRatio: 2,
        p95Ratio: 1.5,
      },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('2.00 ms');
    expect(lines[2]).toContain('2.00×');
    expect(lines[2]).toContain('1.50×');
  });
});
