import { describe, expect, it } from 'vitest';
import { memoryGrowth } from '../../../bench/load/format-load-result.ts';
import { apportion, LOAD_DATASETS, loadDatasetName, loadMix } from '../../../bench/load/load-mix.ts';
import { failureOf } from '../../../bench/load/run-load.ts';

describe('a load response’s failure', () => {
  it('is the GraphQL error code when there is one, whatever the HTTP status', () => {
    expect(failureOf(200, JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'QUERY_TIMEOUT' } }] }))).toBe('QUERY_TIMEOUT');
    expect(failureOf(503, JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'DATABASE_UNAVAILABLE' } }] }))).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('is the HTTP status for a failure without a code, and nothing for data', () => {
    expect(failureOf(413, 'body too large')).toBe('HTTP 413');
    expect(failureOf(502, '{}')).toBe('HTTP 502');
    expect(failureOf(200, '<html>')).toBe('UNPARSEABLE_RESPONSE');
    expect(failureOf(200, JSON.stringify({ data: { search: [] } }))).toBeUndefined();
  });
});

describe('memory growth over a load run', () => {
  const samples = (api: (second: number) => number, oldGen: (second: number) => number | null = () => null) =>
    Array.from({ length: 200 }, (_, index) => ({
      second: index + 1,
      apiRssMb: api(index + 1),
      neo4jRssMb: 1000,
      neo4jOldGenMb: oldGen(index + 1),
    }));

  it('compares the first minute after warm-up with the last minute, by medians', () => {
    const growth = memoryGrowth(samples((second) => (second <= 10 ? 900 : second <= 70 ? 400 : second > 140 ? 480 : 440)));
    expect(growth).toMatchObject({ apiFirstMb: 400, apiLastMb: 480, neo4jFirstMb: 1000, neo4jRatio: 1 });
    expect(growth?.apiRatio).toBeCloseTo(1.2);
  });

  it('compares Neo4j’s old generation the same way, and leaves it unknown when Neo4j never reported it', () => {
    const growth = memoryGrowth(
      samples(
        () => 400,
        (second) => (second <= 70 ? 50 : second > 140 ? 100 : 75),
      ),
    );
    expect(growth).toMatchObject({ neo4jOldGenFirstMb: 50, neo4jOldGenLastMb: 100, neo4jOldGenRatio: 2 });
    expect(memoryGrowth(samples(() => 400))).toMatchObject({ neo4jOldGenFirstMb: null, neo4jOldGenRatio: null });
  });

  it('is unknown for a run that ends during warm-up', () => {
    expect(memoryGrowth(samples(() => 400).slice(0, 11))).toBeNull();
  });
});

describe('the load mix', () => {
  it('writes as an editor only, cycling through a bounded set of datasets', () => {
    const mix = loadMix('run');
    expect(mix.filter((kind) => kind.role === 'editor').map((kind) => kind.name)).toEqual(['import (editor)']);
    const importKind = mix.find((kind) => kind.role === 'editor');
    const datasetOf = (sequence: number) =>
      (importKind?.body(sequence).variables as { records: { dataset: string } } | undefined)?.records.dataset;
    expect(datasetOf(1)).toBe(loadDatasetName('run', 1));
    expect(datasetOf(1 + LOAD_DATASETS)).toBe(datasetOf(1));
    expect(datasetOf(2)).not.toBe(datasetOf(1));
  });
});

describe('apportioning the rate over the mix', () => {
  const weights = loadMix('run').map((kind) => kind.weight);

  it('gives whole shares in proportion to the weights that sum to exactly the rate', () => {
    expect(apportion(100, weights)).toEqual(weights);
    for (const total of [10, 13, 20, 37, 50, 99]) {
      const shares = apportion(total, weights);
      expect(
        shares.reduce((sum, share) => sum + share, 0),
        `total ${total}`,
      ).toBe(total);
      expect(shares.every((share) => share >= 1)).toBe(true);
    }
    expect(apportion(10, [3, 1])).toEqual([8, 2]);
  });

  it('gives every kind one at least, so below one per kind the sum is the number of kinds', () => {
    expect(apportion(2, [1, 1, 1, 1])).toEqual([1, 1, 1, 1]);
    expect(apportion(3, [90, 5, 5])).toEqual([1, 1, 1]);
    expect(apportion(4, [90, 5, 5])).toEqual([2, 1, 1]);
  });
});
