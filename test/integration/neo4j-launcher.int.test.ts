import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { findFreePort, startOrAttachNeo4j, isProcessAlive, passwordPath, readLiveRunRecord, runRecordPath } from '../../src/neo4j/index.ts';

const folders: string[] = [];
async function temporaryDataDir(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'liaison-launcher-'));
  folders.push(folder);
  return folder;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

/** Command lines of live processes that mention `text` (e.g. a JVM started for a data folder). */
function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text));
}

afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

describe('the embedded Neo4j launcher', () => {
  it('lets a second command attach to the running server and stops the JVM when its starter is killed', async () => {
    const dataDir = await temporaryDataDir();
    const port = await findFreePort();
    // A password that looks like an option must still be set as the password.
    const password = '-starts-with-a-dash';
    const holder = spawn(process.execPath, ['--import', 'tsx', 'test/support/hold-neo4j.ts', dataDir, String(port), password], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const firstLine = await new Promise<string>((resolve) => createInterface({ input: holder.stdout! }).once('line', resolve));
    const started = JSON.parse(firstLine) as { pid: number; uri: string };
    expect(isProcessAlive(started.pid)).toBe(true);

    const passwordMode = (await stat(passwordPath(dataDir))).mode & 0o777;
    expect(passwordMode).toBe(0o600);

    const config = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port) });
    const attached = await startOrAttachNeo4j(config.neo4j);
    expect(attached.owned).toBe(false);
    expect(attached.pid).toBe(started.pid);
    expect(attached.uri).toBe(started.uri);
    expect(attached.password).toBe(password);
    expect((await readFile(passwordPath(dataDir), 'utf8')).trim()).toBe(password);
    await attached.release();
    expect(isProcessAlive(started.pid)).toBe(true);

    holder.kill('SIGKILL');
    expect(await waitFor(() => !isProcessAlive(started.pid), 60_000)).toBe(true);
    // The record the dead server left is stale: it is removed, not trusted.
    expect(await readLiveRunRecord(dataDir)).toBeUndefined();
    await expect(stat(runRecordPath(dataDir))).rejects.toThrow();
  }, 120_000);

  it('refuses a Bolt port that is already in use, naming the setting to change', async () => {
    const dataDir = await temporaryDataDir();
    const port = await findFreePort();
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      const config = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port) });
      await expect(startOrAttachNeo4j(config.neo4j)).rejects.toThrow(
        `port ${port} is already in use on 127.0.0.1: stop what uses it, or set NEO4J_BOLT_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('reports a data folder that cannot be written, naming NEO4J_DATA_DIR', async () => {
    const file = join(await temporaryDataDir(), 'a-file');
    await writeFile(file, 'not a folder');
    const config = loadConfig({ NEO4J_DATA_DIR: join(file, 'neo4j') });
    await expect(startOrAttachNeo4j(config.neo4j)).rejects.toThrow(/is not writable .*set NEO4J_DATA_DIR to a writable folder/);
  });

  it('names a missing java and the way around it', async () => {
    const config = loadConfig({ NEO4J_DATA_DIR: await temporaryDataDir(), JAVA_HOME: '/nonexistent/jdk' });
    await expect(startOrAttachNeo4j(config.neo4j)).rejects.toThrow(
      /Java was not found \(\/nonexistent\/jdk\/bin\/java\): install a JDK 17\+/,
    );
  });

  it('gives up on a server that is not ready in time, names its log and leaves no JVM behind', async () => {
    const dataDir = await temporaryDataDir();
    const config = loadConfig({
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await findFreePort()),
      NEO4J_START_TIMEOUT_MS: '300',
      NEO4J_HEAP_SIZE: '512m',
    });
    const error = await startOrAttachNeo4j(config.neo4j).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toContain('Neo4j did not become ready within 0.3 s: see its log');
    expect(error?.message).toContain(join(dataDir, 'logs', 'console.log'));
    expect(await readLiveRunRecord(dataDir)).toBeUndefined();
    expect(processesMentioning(dataDir)).toEqual([]);
  }, 90_000);
});
