import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { apportion, type LoadKind } from './load-mix.ts';

export interface LoadOptions {
  url: string;
  seconds: number;
  /** Requests per second over all kinds together. */
  rate: number;
  connections: number;
  /** Bearer tokens per role. */
  tokens: Record<LoadKind['role'], string>;
  /** The API's process, whose memory is sampled. */
  apiPid: number;
  /** The JVM to sample besides the API; undefined when Neo4j is not local. */
  neo4jPid: number | undefined;
  /**
   * Megabytes of Neo4j's heap that young collections did not free (its old generation in use), or
   * null when Neo4j will not say. RSS alone cannot tell a leak from a JVM still touching the heap
   * it was given (-Xms): that one grows for minutes and then stops.
   */
  neo4jOldGenMb?: () => Promise<number | null>;
  /** Called each second with the seconds elapsed (a progress line). */
  onTick?: (elapsed: number) => void;
}

export interface KindResult {
  kind: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Failed requests by `extensions.code` (or `HTTP <status>`, `TIMEOUT`, `CONNECTION`). */
  errors: Record<string, number>;
}

export interface MemorySample {
  second: number;
  apiRssMb: number;
  neo4jRssMb: number | null;
  neo4jOldGenMb: number | null;
}

export interface LoadResult {
  seconds: number;
  rate: number;
  connections: number;
  requests: number;
  perSecond: number;
  kinds: KindResult[];
  errors: Record<string, number>;
  memory: MemorySample[];
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/** The code a response failed with, or undefined for a success. */
export function failureOf(status: number, body: string): string | undefined {
  let parsed: { errors?: Array<{ extensions?: { code?: unknown } }> } | undefined;
  try {
    parsed = JSON.parse(body);
  } catch {
    return status === 200 ? 'UNPARSEABLE_RESPONSE' : `HTTP ${status}`;
  }
  const code = parsed?.errors?.[0]?.extensions?.code;
  if (typeof code === 'string') return code;
  return status === 200 ? undefined : `HTTP ${status}`;
}

async function rssMb(pid: number | 'self'): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kilobytes === undefined ? null : Math.round(Number(kilobytes) / 1024);
  } catch {
    return null;
  }
}

function add(counts: Record<string, number>, code: string): void {
  counts[code] = (counts[code] ?? 0) + 1;
}

const WARM_UP_ATTEMPTS = 3;

/**
 * Asks each kind once, one after another, so that Neo4j has planned every query before the timed
 * run: a cold annual review plans ten large queries and takes seconds, which is start-up, not load.
 * Returns the seconds it took; a kind that fails here fails the run before it starts.
 */
export async function warmUp(
  mix: LoadKind[],
  options: Pick<LoadOptions, 'url' | 'tokens'> & { onRetry?: (kind: string, failure: string) => void },
): Promise<number> {
  const started = performance.now();
  for (const kind of mix) {
    // A cold review can outlast QUERY_TIMEOUT_MS; the plans Neo4j made before stopping it are kept,
    // so a second or third try finishes.
    let failure: string | undefined;
    for (let attempt = 1; attempt <= WARM_UP_ATTEMPTS; attempt += 1) {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.tokens[kind.role]}` },
        body: JSON.stringify(kind.body(0)),
      });
      failure = failureOf(response.status, await response.text());
      if (failure === undefined) break;
      options.onRetry?.(kind.name, failure);
    }
    if (failure !== undefined) throw new Error(`warm-up: ${kind.name} failed ${WARM_UP_ATTEMPTS} times, last with ${failure}`);
  }
  return (performance.now() - started) / 1000;
}

/**
 * Runs every kind of the mix at once, one autocannon instance per kind with its share of the rate
 * and of the connections (see `apportion`), for `seconds`: so no kind waits behind another's
 * queue, and at most rate × seconds requests are sent (one per kind and second at the least).
 */
export async function runLoad(mix: LoadKind[], options: LoadOptions): Promise<LoadResult> {
  const rates = apportion(
    options.rate,
    mix.map((kind) => kind.weight),
  );
  const connections = apportion(
    options.connections,
    mix.map((kind) => kind.weight),
  );
  const memory: MemorySample[] = [];
  const started = Date.now();
  const sampler = setInterval(async () => {
    const second = Math.round((Date.now() - started) / 1000);
    const [apiRss, neo4jRssMb, neo4jOldGenMb] = await Promise.all([
      rssMb(options.apiPid),
      options.neo4jPid === undefined ? null : rssMb(options.neo4jPid),
      options.neo4jOldGenMb === undefined ? null : options.neo4jOldGenMb().catch(() => null),
    ]);
    memory.push({ second, apiRssMb: apiRss ?? 0, neo4jRssMb, neo4jOldGenMb });
    options.onTick?.(second);
  }, 1000);
  try {
    const kinds = await Promise.all(
      mix.map(async (kind, index): Promise<KindResult> => {
        const latencies: number[] = [];
        const errors: Record<string, number> = {};
        let sequence = 0;
        await new Promise<void>((resolve, reject) => {
          const instance = autocannon(
            {
              url: options.url,
              connections: connections[index] ?? 1,
              overallRate: rates[index] ?? 1,
              duration: options.seconds,
              timeout: 10,
              requests: [
                {
                  method: 'POST',
                  headers: { 'content-type': 'application/json', authorization: `Bearer ${options.tokens[kind.role]}` },
                  setupRequest: (request) => {
                    sequence += 1;
                    return { ...request, body: JSON.stringify(kind.body(sequence)) };
                  },
                  onResponse: (status, body) => {
                    const failure = failureOf(status, body);
                    if (failure !== undefined) add(errors, failure);
                  },
                },
              ],
            },
            (error) => (error ? reject(error) : resolve()),
          );
          instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
          instance.on('reqError', (error) => add(errors, /timed? ?out/i.test(String(error)) ? 'TIMEOUT' : 'CONNECTION'));
        });
        latencies.sort((left, right) => left - right);
        return {
          kind: kind.name,
          requests: latencies.length,
          perSecond: latencies.length / options.seconds,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
          p99: percentile(latencies, 0.99),
          max: latencies.at(-1) ?? 0,
          errors,
        };
      }),
    );
    const errors: Record<string, number> = {};
    for (const kind of kinds) for (const [code, count] of Object.entries(kind.errors)) errors[code] = (errors[code] ?? 0) + count;
    const requests = kinds.reduce((sum, kind) => sum + kind.requests, 0);
    return {
      seconds: options.seconds,
      rate: options.rate,
      connections: options.connections,
      requests,
      perSecond: requests / options.seconds,
      kinds,
      errors,
      memory,
    };
  } finally {
    clearInterval(sampler);
  }
}
