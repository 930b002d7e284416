import { mintToken } from '../src/auth/index.ts';
import { readAnalystOperation } from '../src/graphql/index.ts';
import { type BenchmarkOptions, type Timing, summarise } from './harness.ts';

export interface AuthBenchmarkResult {
  question: string;
  iterations: number;
  withToken: Timing;
  anonymous: Timing;
  medianRatio: number;
}

async function post(url: string, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors !== undefined) throw new Error(`GraphQL query failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
}

/**
 * The cost of verifying a bearer JWT: the same query (search) asked with a viewer token and
 * anonymously (the server allows anonymous viewers), alternating in the same run.
 */
export async function authSection(url: string, secret: string, options: BenchmarkOptions): Promise<AuthBenchmarkResult> {
  const token = await mintToken(secret, { role: 'viewer', subject: 'bench' });
  const query = readAnalystOperation('search');
  const variables = { text: '发改委', limit: 10 };
  for (let round = 0; round < options.warmup + 1; round += 1) {
    await post(url, query, variables, token);
    await post(url, query, variables, undefined);
  }
  const withToken: number[] = [];
  const anonymous: number[] = [];
  for (let round = 0; round < options.iterations; round += 1) {
    let started = performance.now();
    await post(url, query, variables, token);
    withToken.push(performance.now() - started);
    started = performance.now();
    await post(url, query, variables, undefined);
    anonymous.push(performance.now() - started);
  }
  const timedWithToken = summarise(withToken);
  const timedAnonymous = summarise(anonymous);
  return {
    question: 'search (发改委)',
    iterations: options.iterations,
    withToken: timedWithToken,
    anonymous: timedAnonymous,
    medianRatio: timedWithToken.median / timedAnonymous.median,
  };
}

export function formatAuthSection(result: AuthBenchmarkResult): string {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return [
    `authentication: ${result.question}, ${result.iterations} rounds`,
    `  with a bearer token (HS256 verified)  median ${ms(result.withToken.median)}  p95 ${ms(result.withToken.p95)}`,
    `  anonymous viewer                      median ${ms(result.anonymous.median)}  p95 ${ms(result.anonymous.p95)}`,
    `  ratio (token / anonymous)             ${result.medianRatio.toFixed(2)}`,
  ].join('\n');
}
