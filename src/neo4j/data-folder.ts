import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, open, rm, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

/**
 * Free space the data folder must have before Neo4j is started on it: Neo4j rotates (and
 * preallocates) its transaction log in files of up to this size by default, so with less room the
 * writes of the day are the ones that would fail. Refused at start, before anything is written.
 */
export const MIN_FREE_BYTES = 256 * 1024 * 1024;

/** Bytes the probe writes and syncs: a full disk often still takes a few bytes, rarely a megabyte. */
const PROBE_BYTES = 1024 * 1024;

function folderError(message: string, cause?: unknown): LiaisonError {
  return new LiaisonError(ErrorCode.NEO4J_LAUNCH_FAILED, message, { cause });
}

function describe(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code === undefined ? message : `${code}: ${message.replace(/^[A-Z]+: /, '')}`;
}

/**
 * Makes sure the embedded Neo4j's data folder exists, can be written and has room, before anything
 * is written into it: a clear error naming the folder and NEO4J_DATA_DIR otherwise. The probe file
 * is written beside the store, never into it, and removed again.
 */
export async function checkDataFolder(dataDir: string, minFreeBytes = MIN_FREE_BYTES): Promise<void> {
  const probe = join(dataDir, 'run', `.write-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(join(dataDir, 'run'), { recursive: true });
    await mkdir(join(dataDir, 'conf'), { recursive: true });
    await access(dataDir, constants.W_OK);
    const file = await open(probe, 'wx', 0o600);
    try {
      await file.writeFile(randomBytes(PROBE_BYTES));
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    await rm(probe, { force: true }).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC' || (error as NodeJS.ErrnoException).code === 'EDQUOT') {
      throw folderError(
        `the disk of the Neo4j data folder ${dataDir} is full (${describe(error)}): free some space, or set NEO4J_DATA_DIR to a folder on another disk.`,
        error,
      );
    }
    throw folderError(
      `the Neo4j data folder ${dataDir} is not writable (${describe(error)}): fix its permissions or set NEO4J_DATA_DIR to a writable folder.`,
      error,
    );
  }
  await rm(probe, { force: true });
  const space = await statfs(dataDir);
  const free = space.bavail * space.bsize;
  if (free < minFreeBytes) {
    const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;
    throw folderError(
      `the disk of the Neo4j data folder ${dataDir} is almost full (${megabytes(free)} free, Neo4j needs at least ${megabytes(minFreeBytes)}): free some space, or set NEO4J_DATA_DIR to a folder on another disk.`,
    );
  }
}
