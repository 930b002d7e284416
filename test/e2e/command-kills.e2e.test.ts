import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedActivityCsv } from '../../bench/import-benchmark.ts';
import { backupGraph, restoreGraph, serialiseBackup } from '../../src/backup/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { Database, ensureSchema } from '../../src/db/index.ts';
import { findFreePort, isProcessAlive, type Neo4jHandle, startOrAttachNeo4j } from '../../src/neo4j/index.ts';
import { loadSeed } from '../../src/notice/index.ts';
import { importRecordsFromPath, listDatasets } from '../../src/records/index.ts';

// Commands killed for real (SIGKILL) in the middle of their write, and Neo4j killed under them: a
// Neo4j of this file's own, never the shared test server.
const ROWS = 8_000;
const DATASET = 'killed-import';
const root = join(import.meta.dirname, '..', '..');
let folder: string;
let neo4jConfig: ReturnType<typeof loadConfig>['neo4j'];
let handle: Neo4jHandle | undefined;
let database: Database;
let seedBackup: string;
let records: string;
let notice: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'liaison-kills-'));
  const base = loadConfig({ LOG_LEVEL: 'silent' });
  neo4jConfig = {
    ...base.neo4j,
    uri: undefined,
    dataDir: join(folder, 'neo4j'),
    boltPort: await findFreePort(),
    heapSize: '768m',
    pageCacheSize: '128m',
  };
  handle = await startOrAttachNeo4j(neo4jConfig);
  database = await Database.open(connection());
  await ensureSchema(database);
  await loadSeed(database, root);
  seedBackup = join(folder, 'seed-backup.json');
  await writeFile(seedBackup, serialiseBackup(await backupGraph(database)));
  records = join(folder, 'records');
  await writeGeneratedActivityCsv(records, ROWS, 'killed', '市政府办公室', ['民盟', '九三学社', '工商联']);
  notice = join(root, 'test', 'fixtures', 'notices', 'linlan-2022-9.txt');
}, 180_000);

afterAll(async () => {
  await database?.close();
  await handle?.release();
  await rm(folder, { recursive: true, force: true });
}, 120_000);

function connection() {
  return loadConfig({ NEO4J_URI: handle!.uri, NEO4J_USER: handle!.user, NEO4J_PASSWORD: handle!.password, LOG_LEVEL: 'silent' });
}

/** The facts of the graph (no audit entries) as one hash: equal hashes, equal graphs. */
async function fingerprint(): Promise<string> {
  return createHash('sha256')
    .update(serialiseBackup(await backupGraph(database, { auditTrail: false })))
    .digest('hex');
}

interface Run {
  child: ChildProcess;
  exited: Promise<{ code: number | null; stderr: string }>;
}

function run(script: string, args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      NEO4J_URI: handle!.uri,
      NEO4J_USER: handle!.user,
      NEO4J_PASSWORD: handle!.password,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, exited: new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr }))) };
}

/** Waits until a write transaction other than ours holds locks in Neo4j: the command is writing. */
async function untilWriting(command: Run): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 50) {
    if (command.child.exitCode !== null) throw new Error(`the command ended (${command.child.exitCode}) before it was seen writing`);
    const rows = await database.read(
      `SHOW TRANSACTIONS YIELD currentQuery, activeLockCount WHERE activeLockCount > 0 AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS writing`,
    );
    if (Number(rows[0]?.writing) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the command was never seen writing');
}

interface Scenario {
  name: string;
  script: string;
  args: () => string[];
  /** Brings the graph to the state the command starts from. */
  prepare: () => Promise<void>;
}

async function fromSeed(): Promise<void> {
  const { readBackup } = await import('../../src/backup/index.ts');
  await restoreGraph(database, await readBackup(seedBackup), { replace: true });
}

async function withDataset(): Promise<void> {
  await fromSeed();
  const imported = await importRecordsFromPath(database, records, { dataset: DATASET });
  expect(imported.errors).toEqual([]);
}

const scenarios: Scenario[] = [
  { name: 'npm run import', script: 'src/cli/import.ts', args: () => [records, '--dataset', DATASET], prepare: fromSeed },
  { name: 'the removal of a dataset', script: 'src/cli/import.ts', args: () => ['--remove', DATASET], prepare: withDataset },
  { name: 'npm run restore --replace', script: 'src/cli/restore.ts', args: () => [seedBackup, '--replace'], prepare: withDataset },
];

/** Brings the graph to the command's starting state, runs the command and returns once it is writing. */
async function startWriting(prepare: () => Promise<void>, script: string, args: string[]): Promise<{ before: string; command: Run }> {
  await prepare();
  const before = await fingerprint();
  const command = run(script, args);
  await untilWriting(command);
  // Well inside the write, not at its first lock.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return { before, command };
}

describe.each(scenarios)('$name killed in the middle of its write', ({ script, args, prepare }) => {
  it('leaves the graph exactly as before or after, and the same command then succeeds', async () => {
    const { before, command } = await startWriting(prepare, script, args());
    command.child.kill('SIGKILL');
    expect((await command.exited).code).toBeNull();
    const killed = await fingerprint();

    const again = await run(script, args()).exited;
    expect(again).toMatchObject({ code: 0 });
    const after = await fingerprint();
    expect(after).not.toBe(before);
    // A kill that lands while the commit is being applied may leave the after; never anything else.
    expect([before, after]).toContain(killed);
  }, 180_000);

  it('leaves the graph exactly as before when Neo4j is killed under it, and the command succeeds once Neo4j is back', async () => {
    const { before, command } = await startWriting(prepare, script, args());
    const pid = handle!.pid;
    process.kill(pid, 'SIGKILL');
    const ended = await command.exited;
    // The command says what happened, in one line, without a stack trace.
    expect(ended.code).not.toBe(0);
    expect(ended.stderr).toMatch(/Neo4j/);
    expect(ended.stderr).not.toMatch(/\n\s+at \S/);
    for (let waited = 0; isProcessAlive(pid) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    handle = await startOrAttachNeo4j(neo4jConfig);
    expect(await fingerprint()).toBe(before);

    const again = await run(script, args()).exited;
    expect(again).toMatchObject({ code: 0 });
    expect(await fingerprint()).not.toBe(before);
  }, 240_000);
});

describe('npm run ingest killed at any moment', () => {
  it('leaves the graph before or after the notice, and the same command then succeeds', async () => {
    await fromSeed();
    const before = await fingerprint();
    const command = run('src/cli/ingest.ts', ['notice', notice]);
    await untilWriting(command).catch(() => undefined);
    command.child.kill('SIGKILL');
    await command.exited;
    const killed = await fingerprint();
    expect((await run('src/cli/ingest.ts', ['notice', notice]).exited).code).toBe(0);
    const after = await fingerprint();
    expect(after).not.toBe(before);
    expect([before, after]).toContain(killed);
    expect((await listDatasets(database)).length).toBe(0);
  }, 120_000);
});
