import { setTimeout as sleep } from 'node:timers/promises';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { isProcessAlive } from './run-record.ts';

/** Takes the data folder's launch lock; waits while another live process holds it. */
export async function acquireLaunchLock(dataDir: string, timeoutMs: number): Promise<() => Promise<void>> {
  const lockPath = join(dataDir, 'run', 'launch.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const file = await open(lockPath, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (!Number.isInteger(holder) || holder <= 0 || !isProcessAlive(holder)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new LiaisonError(
          ErrorCode.NEO4J_LAUNCH_FAILED,
          `the Neo4j data folder ${dataDir} is locked by process ${holder}: wait for it or stop it.`,
        );
      }
      await sleep(250);
    }
  }
}
