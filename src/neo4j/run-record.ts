import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** What a running embedded server leaves in its data folder so that other commands can attach. */
export interface RunRecord {
  /** The JVM's pid. */
  pid: number;
  boltPort: number;
  startedAt: string;
}

export function runRecordPath(dataDir: string): string {
  return join(dataDir, 'run', 'liaison-neo4j.json');
}

export function passwordPath(dataDir: string): string {
  return join(dataDir, 'password');
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The record of a live server, or undefined. A stale record (dead pid) is removed, never trusted. */
export async function readLiveRunRecord(dataDir: string): Promise<RunRecord | undefined> {
  let record: RunRecord;
  try {
    record = JSON.parse(await readFile(runRecordPath(dataDir), 'utf8')) as RunRecord;
  } catch {
    return undefined;
  }
  if (Number.isInteger(record.pid) && record.pid > 0 && isProcessAlive(record.pid)) return record;
  await removeRunRecord(dataDir);
  return undefined;
}

export async function writeRunRecord(dataDir: string, record: RunRecord): Promise<void> {
  await mkdir(join(dataDir, 'run'), { recursive: true });
  await writeFile(runRecordPath(dataDir), `${JSON.stringify(record)}\n`);
}

export async function removeRunRecord(dataDir: string): Promise<void> {
  await rm(runRecordPath(dataDir), { force: true });
}

/** The stored password of the embedded server, if it was started before. */
export async function readStoredPassword(dataDir: string): Promise<string | undefined> {
  try {
    return (await readFile(passwordPath(dataDir), 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Stores the password with mode 0600 (readable by its owner only). */
export async function storePassword(dataDir: string, password: string): Promise<void> {
  await writeFile(passwordPath(dataDir), `${password}\n`, { mode: 0o600 });
  await chmod(passwordPath(dataDir), 0o600);
}

export function generatePassword(): string {
  // Letters and digits only: a password starting with '-' would read as an option to neo4j-admin.
  return randomBytes(18).toString('hex');
}
