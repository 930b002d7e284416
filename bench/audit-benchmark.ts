import { mintToken } from '../src/auth/index.ts';
import type { Database } from '../src/db/index.ts';
import { importRawRecords, rawRecordsFromObject, removeDataset } from '../src/records/index.ts';
import { type BenchmarkOptions, type Timing, summarise } from './harness.ts';

export interface AuditBenchmarkResult {
  write: string;
  iterations: number;
  /** The write as the API runs it: with its audit entry and the touched nodes stamped. */
  audited: Timing;
  /** The same write through a façade without the audit trail (made only for this comparison). */
  unaudited: Timing;
  medianRatio: number;
  /** The same write as a GraphQL mutation over HTTP with an editor token (verify + write + entry). */
  overHttp: Timing;
}

const DATASET = 'bench-audit';

/** One activity of 资阳市, a new title each round so that every round changes it. */
function records(round: number) {
  return rawRecordsFromObject({
    activities: [{ id: 'BENCH-AUDIT', date: '2023-06-01', kind: '座谈会', title: `基准测试座谈 ${round}`, organiser: ['市政府'] }],
  });
}

const MUTATION = `mutation ($activity: ActivityRecordInput!, $target: RecordTarget) {
  recordActivity(activity: $activity, target: $target) { ok errors { message } }
}`;

async function postMutation(url: string, token: string, round: number): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: MUTATION,
      variables: {
        activity: { id: 'BENCH-AUDIT', date: '2023-06-01', kind: '座谈会', title: `基准测试座谈 http ${round}`, organiser: ['市政府'] },
        target: { dataset: DATASET },
      },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: { recordActivity?: { ok: boolean } } };
  if (body.errors !== undefined || body.data?.recordActivity?.ok !== true) {
    throw new Error(`recordActivity failed (HTTP ${response.status}): ${JSON.stringify(body)}`);
  }
}

/**
 * The cost of the audit trail: the same one-activity write (recordActivity's path: validation,
 * planning, one transaction) with its entry and stamps, and through a façade without the trail,
 * alternating in one run; and the mutation over HTTP with an editor token for scale.
 */
export async function auditSection(
  url: string,
  secret: string,
  database: Database,
  options: BenchmarkOptions,
): Promise<AuditBenchmarkResult> {
  const audited = database.actingAs({ id: 'bench', role: 'editor' });
  const unaudited = database.withoutAuditTrailForBenchmark();
  const token = await mintToken(secret, { role: 'editor', subject: 'bench' });
  const write = (target: Database, round: number) =>
    importRawRecords(target, records(round), 'bench', {
      dataset: DATASET,
      mode: 'merge',
      operation: { operation: 'bench:recordActivity' },
    });
  let round = 0;
  const next = (): number => {
    round += 1;
    return round;
  };
  try {
    for (let warm = 0; warm < options.warmup + 1; warm += 1) {
      await write(audited, next());
      await write(unaudited, next());
      await postMutation(url, token, next());
    }
    const withEntry: number[] = [];
    const withoutEntry: number[] = [];
    const http: number[] = [];
    for (let iteration = 0; iteration < options.iterations; iteration += 1) {
      let started = performance.now();
      await write(audited, next());
      withEntry.push(performance.now() - started);
      started = performance.now();
      await write(unaudited, next());
      withoutEntry.push(performance.now() - started);
      started = performance.now();
      await postMutation(url, token, next());
      http.push(performance.now() - started);
    }
    const timedAudited = summarise(withEntry);
    const timedUnaudited = summarise(withoutEntry);
    return {
      write: 'recordActivity (one activity of 资阳市, changed each round)',
      iterations: options.iterations,
      audited: timedAudited,
      unaudited: timedUnaudited,
      medianRatio: timedAudited.median / timedUnaudited.median,
      overHttp: summarise(http),
    };
  } finally {
    await removeDataset(database, DATASET).catch(() => undefined);
  }
}

export function formatAuditSection(result: AuditBenchmarkResult): string {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return [
    `audit trail: ${result.write}, ${result.iterations} rounds`,
    `  with its audit entry (and updatedAt/updatedBy)  median ${ms(result.audited.median)}  p95 ${ms(result.audited.p95)}`,
    `  without an audit entry                          median ${ms(result.unaudited.median)}  p95 ${ms(result.unaudited.p95)}`,
    `  ratio (audited / unaudited)                     ${result.medianRatio.toFixed(2)}`,
    `  the mutation over HTTP with an editor token     median ${ms(result.overHttp.median)}  p95 ${ms(result.overHttp.p95)}`,
  ].join('\n');
}
