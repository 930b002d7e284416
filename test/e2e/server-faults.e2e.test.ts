import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { Database } from '../../src/db/index.ts';
import { findFreePort, isProcessAlive } from '../../src/neo4j/index.ts';
import { TEST_JWT_SECRET, tokenFor } from '../support/test-tokens.ts';
import { loadLoop, type StartedProcess, startProcess, timedPost } from './start-process.ts';

// `npm start` in a process of its own, with its own embedded Neo4j, killed and stopped for real.
let started: StartedProcess;

beforeAll(async () => {
  started = await startProcess({ JWT_SECRET: TEST_JWT_SECRET, ANONYMOUS_ROLE: 'viewer' });
}, 180_000);

afterAll(async () => {
  await started?.dispose();
}, 60_000);

const QUESTION = '{ counterparts(where: { party: { eq: "民盟" } }) { name } }';
const REVIEW = '{ coverageReport(year: 2023) { rules { id satisfied } } }';

describe('Neo4j killed under load', () => {
  it('answers 503 DATABASE_UNAVAILABLE within 1 s, never crashes, restarts Neo4j itself and serves within 5 s of its return', async () => {
    const load = loadLoop(started.url, QUESTION, 4);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const pid = await started.neo4jPid();
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');

    const restartedAt = await started.waitForLine(/"the embedded Neo4j was restarted"/, 120_000);
    let recoveredAt: number | undefined;
    for (let waited = 0; recoveredAt === undefined && waited < 20_000; waited += 50) {
      recoveredAt = load.outcomes.find((outcome) => outcome.status === 200 && outcome.sent > killedAt)?.done;
      if (recoveredAt === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await load.stop();
    // The restarted Neo4j has no query plans: the server plans the review again by itself.
    let warmedAgain = false;
    for (let waited = 0; !warmedAgain && waited < 120_000; waited += 100) {
      warmedAgain = started.lines.some((line) => line.at > restartedAt && line.text.includes('query plans are warm'));
      if (!warmedAgain) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(warmedAgain).toBe(true);

    expect(started.child.exitCode).toBeNull();
    expect(await started.neo4jPid()).not.toBe(pid);
    const afterKill = load.outcomes.filter((outcome) => outcome.done > killedAt);
    const failed = afterKill.filter((outcome) => outcome.status !== 200);
    // Only two answers exist for these requests: the data, or 503 DATABASE_UNAVAILABLE.
    expect(new Set(failed.map((outcome) => `${outcome.status} ${outcome.code}`))).toEqual(new Set(['503 DATABASE_UNAVAILABLE']));
    const firstUnavailable = Math.min(...failed.map((outcome) => outcome.done)) - killedAt;
    expect(firstUnavailable).toBeLessThan(1_000);
    // While Neo4j is away, requests are refused from memory, not after the driver's retries.
    const whileDown = failed.filter((outcome) => outcome.sent > killedAt + 1_000 && outcome.done < restartedAt);
    expect(whileDown.length).toBeGreaterThan(0);
    expect(Math.max(...whileDown.map((outcome) => outcome.done - outcome.sent))).toBeLessThan(1_000);
    expect(recoveredAt).toBeDefined();
    expect((recoveredAt ?? Number.POSITIVE_INFINITY) - restartedAt).toBeLessThan(5_000);
    const inFlightAtKill = load.outcomes.filter((outcome) => outcome.sent < killedAt && outcome.done > killedAt);
    const exitedLine = started.lines.find((line) => line.text.includes('the embedded Neo4j stopped unexpectedly'));
    expect(JSON.parse(exitedLine?.text ?? '{}')).toMatchObject({ level: 50, pid, restartInMilliseconds: expect.any(Number) });
    process.stdout.write(
      `[faults] Neo4j SIGKILL: first 503 after ${Math.round(firstUnavailable)} ms; slowest request in flight at the kill ${Math.round(
        Math.max(0, ...inFlightAtKill.map((outcome) => outcome.done - outcome.sent)),
      )} ms; Neo4j back after ${Math.round(restartedAt - killedAt)} ms; serving ${Math.round(
        (recoveredAt ?? 0) - restartedAt,
      )} ms after that; ${failed.length} of ${afterKill.length} requests refused\n`,
    );
  }, 180_000);
});

/** Polls /health until the server is answering at least `count` other requests. */
async function waitForRequestsInFlight(url: string, count: number): Promise<void> {
  const deadline = performance.now() + 10_000;
  let seen = 0;
  while (performance.now() < deadline) {
    const health = (await (await fetch(new URL('/health', url))).json()) as { requestsInFlight: number };
    seen = health.requestsInFlight;
    if (seen >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the server had ${seen} requests in flight after 10 s, not ${count}`);
}

describe('SIGTERM under load', () => {
  it('finishes the requests in flight, refuses new ones with 503, stops Neo4j cleanly and loses nothing', async () => {
    // The requests in flight are of their usual size, not a cold Neo4j's first plans.
    await started.waitForLine(/query plans are warm/, 120_000);
    const editor = await tokenFor('editor', 'sigterm-test');
    const id = `sigterm-${Date.now()}`;
    const write = timedPost(
      started.url,
      `mutation ($activity: ActivityRecordInput!, $target: RecordTarget) { recordActivity(activity: $activity, target: $target) { ok } }`,
      {
        activity: {
          id,
          date: '2031-05-06',
          kind: '考察调研',
          title: '停机前的调研',
          organiser: ['市政府办公室'],
          counterparts: ['民盟资阳市委会'],
        },
        target: { dataset: 'sigterm-test' },
      },
      editor,
    );
    const reviews = [timedPost(started.url, REVIEW), timedPost(started.url, REVIEW), timedPost(started.url, REVIEW)];
    // Signal only once the server has all four: sent is not yet received, and one that arrives after
    // the signal is rightly refused.
    await waitForRequestsInFlight(started.url, 4);
    const neo4jPid = await started.neo4jPid();
    const signalledAt = performance.now();
    started.child.kill('SIGTERM');
    await started.waitForLine(/shutting down/, 10_000);
    const refused = await timedPost(started.url, QUESTION);

    const finished = await Promise.all([write, ...reviews]);
    process.stdout.write(
      `[faults] SIGTERM in flight: ${finished.map((o) => `${o.status} ${Math.round(o.done - signalledAt)} ms`).join(', ')}\n`,
    );
    for (const outcome of finished) expect({ status: outcome.status, code: outcome.code }).toEqual({ status: 200, code: undefined });
    expect(refused).toMatchObject({ status: 503, code: 'SHUTTING_DOWN' });
    expect(await started.exited).toBe(0);
    expect(isProcessAlive(neo4jPid)).toBe(false);
    const neo4jLog = await readFile(join(started.dataDir, 'logs', 'neo4j.log'), 'utf8');
    expect(neo4jLog.slice(neo4jLog.lastIndexOf('Stopping...'))).toMatch(/Stopped\./);
    process.stdout.write(`[faults] SIGTERM: stopped in ${Math.round(performance.now() - signalledAt)} ms with 4 requests in flight\n`);

    // The write answered before the stop is in the graph after it.
    const config = loadConfig({
      NEO4J_DATA_DIR: started.dataDir,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: '512m',
      NEO4J_PAGE_CACHE_SIZE: '128m',
      LOG_LEVEL: 'silent',
    });
    const database = await Database.open(config);
    try {
      const rows = await database.read('MATCH (activity:Activity {id: $id}) RETURN activity.title AS title', { id });
      expect(rows).toEqual([{ title: '停机前的调研' }]);
    } finally {
      await database.close();
    }
  }, 180_000);
});
