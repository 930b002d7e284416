import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { Database } from '../../src/db/index.ts';
import { findFreePort, type Neo4jHandle, startOrAttachNeo4j } from '../../src/neo4j/index.ts';
import { TEST_JWT_SECRET } from '../support/test-tokens.ts';
import { loadLoop, type StartedProcess, startProcess } from './start-process.ts';

// `npm start` on a Neo4j it does not run (NEO4J_URI), as against a server, a cluster or Aura: no
// process exit tells it that Neo4j is gone, only what it hears (and stops hearing) from Neo4j.
let dataDir: string | undefined;
let neo4jSettings: Parameters<typeof startOrAttachNeo4j>[0];
let handle: Neo4jHandle | undefined;
let started: StartedProcess | undefined;
let observer: Database | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'liaison-external-neo4j-'));
  const base = loadConfig({ LOG_LEVEL: 'silent' });
  neo4jSettings = { ...base.neo4j, uri: undefined, dataDir, boltPort: await findFreePort(), heapSize: '512m', pageCacheSize: '128m' };
  handle = await startOrAttachNeo4j(neo4jSettings);
  const connection = { NEO4J_URI: handle.uri, NEO4J_USER: handle.user, NEO4J_PASSWORD: handle.password };
  started = await startProcess({ ...connection, JWT_SECRET: TEST_JWT_SECRET, ANONYMOUS_ROLE: 'viewer' });
  observer = await Database.open(loadConfig({ ...connection, LOG_LEVEL: 'silent' }));
}, 240_000);

afterAll(async () => {
  await started?.dispose();
  await observer?.close();
  await handle?.release();
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
}, 60_000);

/** When the database next answers a query (not only its port open), polled every 50 ms. */
async function answersAgain(database: Database, timeoutMilliseconds: number): Promise<number> {
  const deadline = performance.now() + timeoutMilliseconds;
  for (;;) {
    try {
      await database.read('RETURN 1 AS one');
      return performance.now();
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('an external Neo4j killed under load', () => {
  it('answers 503 DATABASE_UNAVAILABLE within 1 s, in flight too, never crashes, and serves within 5 s of its return', async () => {
    const load = loadLoop(started!.url, '{ counterparts(where: { party: { eq: "民盟" } }) { name } }', 4);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const pid = handle!.pid;
    const killedAt = performance.now();
    process.kill(pid, 'SIGKILL');
    await handle!.exited;
    // Down for a while, as a server being restarted by its operator would be.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    handle = await startOrAttachNeo4j(neo4jSettings);
    const backAt = await answersAgain(observer!, 60_000);
    let recoveredAt: number | undefined;
    for (let waited = 0; recoveredAt === undefined && waited < 20_000; waited += 50) {
      recoveredAt = load.outcomes.find((outcome) => outcome.status === 200 && outcome.sent > backAt)?.done;
      if (recoveredAt === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await load.stop();

    expect(started!.child.exitCode).toBeNull();
    const afterKill = load.outcomes.filter((outcome) => outcome.done > killedAt);
    const failed = afterKill.filter((outcome) => outcome.status !== 200);
    expect(new Set(failed.map((outcome) => `${outcome.status} ${outcome.code}`))).toEqual(new Set(['503 DATABASE_UNAVAILABLE']));
    const firstUnavailable = Math.min(...failed.map((outcome) => outcome.done)) - killedAt;
    expect(firstUnavailable).toBeLessThan(1_000);
    // The requests waiting on Neo4j when it died are answered too, not left to the driver's retries.
    const inFlightAtKill = load.outcomes.filter((outcome) => outcome.sent < killedAt && outcome.done > killedAt);
    expect(inFlightAtKill.length).toBeGreaterThan(0);
    expect(Math.max(...inFlightAtKill.map((outcome) => outcome.done - killedAt))).toBeLessThan(1_000);
    const whileDown = failed.filter((outcome) => outcome.sent > killedAt + 1_000 && outcome.done < backAt - 1_000);
    expect(whileDown.length).toBeGreaterThan(0);
    expect(Math.max(...whileDown.map((outcome) => outcome.done - outcome.sent))).toBeLessThan(1_000);
    expect(recoveredAt).toBeDefined();
    expect((recoveredAt ?? Number.POSITIVE_INFINITY) - backAt).toBeLessThan(5_000);
    process.stdout.write(
      `[faults] external Neo4j SIGKILL: first 503 after ${Math.round(firstUnavailable)} ms; the ${inFlightAtKill.length} in flight answered by ${Math.round(
        Math.max(...inFlightAtKill.map((outcome) => outcome.done - killedAt)),
      )} ms; Neo4j answering again after ${Math.round(backAt - killedAt)} ms; serving ${Math.round(
        (recoveredAt ?? 0) - backAt,
      )} ms after that; ${failed.length} of ${afterKill.length} requests refused\n`,
    );
  }, 240_000);
});
