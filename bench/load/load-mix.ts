import { readAnalystOperation } from '../../src/graphql/index.ts';

/** One kind of request of the mixed workload: what is sent, and its share of the rate. */
export interface LoadKind {
  name: string;
  /** Share of the total rate, as a weight (the weights need not sum to anything). */
  weight: number;
  /** The caller's role; the token is minted for it. */
  role: 'viewer' | 'editor';
  /** The GraphQL body of the n-th request of this kind (writes change with n so each one writes). */
  body(sequence: number): { query: string; variables?: Record<string, unknown> };
}

/**
 * How many datasets one run's writes cycle through: each import replaces its dataset, so the graph
 * stays the same size however long the run, and no two imports in flight share a dataset.
 */
export const LOAD_DATASETS = 50;

/** Datasets the writes of one load run create; removed when the run ends. */
export function loadDatasetName(runId: string, sequence: number): string {
  return `load-${runId}-${sequence}`;
}

const REVIEW = `query Review($year: Int!) {
  coverageReport(year: $year) { year rules { id checked gaps { subject } } }
}`;
const MATRIX = `query Matrix { liaisonMatrix { jurisdiction departments counterparts cells { department counterpart kind } } }`;
const IMPORT = `mutation Import($records: RecordsInput!) { importRecords(records: $records) { ok errors { sheet row column message } } }`;

/**
 * The stated mix: the analysts' questions as the IDE asks them, the annual review, search, the
 * liaison matrix, and an editor importing a one-activity dataset. Reads dominate, as they do for a
 * liaison office; the review, the heaviest question, is asked least.
 */
export function loadMix(runId: string): LoadKind[] {
  const analyst = (name: Parameters<typeof readAnalystOperation>[0], variables?: Record<string, unknown>): LoadKind['body'] => {
    const query = readAnalystOperation(name);
    return () => (variables === undefined ? { query } : { query, variables });
  };
  const searches = ['发改委', '民盟', '教育', '工商联', '统战部'];
  return [
    { name: 'party liaisons', weight: 15, role: 'viewer', body: analyst('party-liaisons', { party: '民盟' }) },
    { name: 'departments without formal', weight: 10, role: 'viewer', body: analyst('departments-without-formal-liaison') },
    { name: 'leader counterparts', weight: 10, role: 'viewer', body: analyst('leader-counterparts') },
    { name: 'analyst matrix', weight: 10, role: 'viewer', body: analyst('liaison-matrix') },
    {
      name: 'search',
      weight: 25,
      role: 'viewer',
      body: (sequence) => ({ query: readAnalystOperation('search'), variables: { text: searches[sequence % searches.length] } }),
    },
    { name: 'liaison matrix', weight: 15, role: 'viewer', body: () => ({ query: MATRIX }) },
    { name: 'annual review', weight: 5, role: 'viewer', body: () => ({ query: REVIEW, variables: { year: 2023 } }) },
    {
      name: 'import (editor)',
      weight: 10,
      role: 'editor',
      body: (sequence) => ({
        query: IMPORT,
        variables: {
          records: {
            dataset: loadDatasetName(runId, sequence % LOAD_DATASETS),
            activities: [
              {
                id: `L${sequence}`,
                date: '2023-06-01',
                kind: '考察调研',
                title: `负载测试调研 ${sequence}`,
                organiser: ['市发展改革委'],
                counterparts: ['民盟资阳市委'],
              },
            ],
          },
        },
      }),
    },
  ];
}

/**
 * Splits `total` requests/s (or connections) over the kinds in proportion to their weights, in
 * whole numbers (autocannon paces whole requests per second) that sum to exactly `total`: largest
 * remainders first. Every kind gets at least 1, so below one per kind the sum is the number of kinds.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((all, weight) => all + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let left = total - shares.reduce((all, share) => all + share, 0), next = 0; left > 0; left -= 1, next += 1) {
    shares[byRemainder[next % byRemainder.length]!.index]! += 1;
  }
  for (let index = 0; index < shares.length; index += 1) {
    if (shares[index] !== 0) continue;
    shares[index] = 1;
    // Taken from the largest share that can spare it, so the sum stays `total` while it can.
    const largest = shares.indexOf(Math.max(...shares));
    if (shares[largest]! > 1 && shares.reduce((all, share) => all + share, 0) > total) shares[largest]! -= 1;
  }
  return shares;
}
