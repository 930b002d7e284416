import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../bench/load/run-load.ts';
import { findFreePort } from '../../src/neo4j/index.ts';

// The short version of `npm run load`: the real command, with an embedded Neo4j of its own (its
// imports would change the shared test graph's answers for other files), for 20 s at a rate this
// shared machine holds with room to spare. The long runs that find the highest rate stay out of npm test.
const SECONDS = 20;
const RATE = 10;
const root = join(import.meta.dirname, '..', '..');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'liaison-load-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function runLoadCommand(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts', ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      ...(process.env.JAVA_HOME === undefined ? {} : { JAVA_HOME: process.env.JAVA_HOME }),
      NEO4J_DATA_DIR: join(folder, 'neo4j'),
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_HEAP_SIZE: '768m',
      NEO4J_PAGE_CACHE_SIZE: '128m',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}

describe('npm run load for 20 seconds', () => {
  it('drives every kind of the mix, answers all of it without an error, and stops by itself', async () => {
    const run = await runLoadCommand(['--seconds', String(SECONDS), '--rate', String(RATE), '--connections', '4', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as LoadResult & { memoryGrowth: unknown };
    expect(result.errors).toEqual({});
    expect(result.seconds).toBe(SECONDS);
    // Paced by the rate: about RATE × SECONDS requests, never more than the run allows.
    expect(result.requests).toBeGreaterThanOrEqual(RATE * SECONDS * 0.8);
    expect(result.requests).toBeLessThanOrEqual(RATE * SECONDS * 1.1);
    const kinds = result.kinds.map((kind) => kind.kind);
    expect(kinds).toEqual(expect.arrayContaining(['search', 'liaison matrix', 'annual review', 'import (editor)', 'party liaisons']));
    for (const kind of result.kinds) {
      expect(kind.requests, kind.kind).toBeGreaterThan(0);
      expect(kind.p50, kind.kind).toBeLessThanOrEqual(kind.p99);
      expect(kind.errors, kind.kind).toEqual({});
    }
    // The API's and Neo4j's memory were sampled over the run.
    expect(result.memory.length).toBeGreaterThanOrEqual(SECONDS - 2);
    expect(result.memory.every((sample) => sample.apiRssMb > 0 && (sample.neo4jRssMb ?? 0) > 0)).toBe(true);
    expect(result.memory.some((sample) => (sample.neo4jOldGenMb ?? 0) > 0)).toBe(true);
    const p99 = Object.fromEntries(result.kinds.map((kind) => [kind.kind, kind.p99]));
    process.stdout.write(`[load] ${result.perSecond.toFixed(1)} req/s for ${SECONDS} s; p99 ms ${JSON.stringify(p99)}\n`);
  }, 240_000);

  it('refuses a bad argument with exit 2, naming it, before starting anything', async () => {
    const run = await runLoadCommand(['--rate', 'fast']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--rate must be a positive integer \(got fast\)/);
  }, 60_000);
});
