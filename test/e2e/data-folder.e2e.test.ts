import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, open, readdir, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_FREE_BYTES } from '../../src/neo4j/index.ts';
import { TEST_JWT_SECRET } from '../support/test-tokens.ts';
import { dataOf, postGraphQL } from './api-test-server.ts';
import { startProcess, timedPost } from './start-process.ts';

// `npm start` on a data folder it cannot write, or on a disk that is full. Root ignores file modes,
// so as root the folders are tmpfs mounts (read-only, or small and filled); without the right to
// mount, the full-disk case cannot be made and is skipped, saying so.
const isRoot = process.getuid?.() === 0;
const canMount = isRoot && spawnSync('mount', ['--version']).status === 0;
const mounts: string[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const point of mounts.reverse()) spawnSync('umount', ['-l', point]);
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
}, 60_000);

async function folder(): Promise<string> {
  const created = await mkdtemp(join(tmpdir(), 'liaison-folder-'));
  folders.push(created);
  return created;
}

function mountTmpfs(point: string, options: string): void {
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', point], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`mount failed: ${result.stderr}`);
  mounts.push(point);
}

/** A folder nothing can be written into, whoever this process runs as. */
async function readOnlyFolder(): Promise<string> {
  const point = await folder();
  if (isRoot) mountTmpfs(point, 'ro,size=16m');
  else await chmod(point, 0o555);
  return join(point, 'neo4j');
}

/** Writes a file of zeros until the disk has at most `leaveBytes` free (none: full); returns its path. */
async function fillDisk(dir: string, leaveBytes = 0): Promise<string> {
  const path = join(dir, 'filler');
  const file = await open(path, 'w');
  const chunk = Buffer.alloc(4 * 1024 * 1024);
  const free = async () => {
    const space = await statfs(dir);
    return space.bavail * space.bsize;
  };
  try {
    while ((await free()) > leaveBytes + chunk.length) await file.write(chunk);
    if (leaveBytes === 0) for (;;) await file.write(chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await file.close();
  }
  return path;
}

const anonymous = { JWT_SECRET: TEST_JWT_SECRET, ANONYMOUS_ROLE: 'viewer' };
const COUNT = '{ departments { name } counterparts { name } }';

async function graphSize(url: string): Promise<number> {
  const { departments, counterparts } = dataOf(await postGraphQL<{ departments: unknown[]; counterparts: unknown[] }, object>(url, COUNT));
  return departments.length + counterparts.length;
}

describe('npm start on a data folder it cannot use', () => {
  it('exits 1 naming a read-only data folder and NEO4J_DATA_DIR', async () => {
    const dataDir = await readOnlyFolder();
    await expect(startProcess(anonymous, dataDir)).rejects.toThrow(
      /exited \(1\)[\s\S]*start failed: the Neo4j data folder \S+ is not writable \([A-Z]+: [^)]*\): fix its permissions or set NEO4J_DATA_DIR/,
    );
  }, 60_000);

  it.skipIf(!canMount)(
    'exits 1 naming a full disk and leaves the graph on it intact for the next start',
    async () => {
      const point = await folder();
      mountTmpfs(point, 'size=1200m');
      const dataDir = join(point, 'neo4j');
      await mkdir(dataDir);

      const first = await startProcess(anonymous, dataDir);
      const before = await graphSize(first.url);
      expect(before).toBeGreaterThan(0);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const filler = await fillDisk(point);
      const stored = (await readdir(join(dataDir, 'data', 'databases', 'neo4j'))).sort();
      await expect(startProcess(anonymous, dataDir)).rejects.toThrow(
        /exited \(1\)[\s\S]*start failed: the disk of the Neo4j data folder \S+ is full \(ENOSPC: [^)]*\): free some space, or set NEO4J_DATA_DIR/,
      );
      // Nothing was written into the store while the disk was full.
      expect((await readdir(join(dataDir, 'data', 'databases', 'neo4j'))).sort()).toEqual(stored);

      // Room again, but still under what Neo4j needs: refused, saying how much is free.
      await rm(filler);
      await fillDisk(point, MIN_FREE_BYTES / 2);
      await expect(startProcess(anonymous, dataDir)).rejects.toThrow(/is almost full \(\d+ MB free, Neo4j needs at least 256 MB\)/);

      await rm(filler);
      const again = await startProcess(anonymous, dataDir);
      try {
        expect(await graphSize(again.url)).toBe(before);
        expect((await timedPost(again.url, '{ departments(limit: 1) { name } }')).status).toBe(200);
      } finally {
        again.child.kill('SIGTERM');
        await again.exited;
        await again.dispose();
      }
    },
    240_000,
  );
});
