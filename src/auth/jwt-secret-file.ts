import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Where the embedded default keeps its HS256 secret: beside the Neo4j password, owner-readable only. */
export function jwtSecretPath(dataDir: string): string {
  return join(dataDir, 'jwt-secret');
}

/** The secret of the data folder, generated (48 random bytes, base64url) and stored with mode 0600 on first use. */
export async function ensureJwtSecret(dataDir: string): Promise<string> {
  const path = jwtSecretPath(dataDir);
  const existing = await readJwtSecret(dataDir);
  if (existing !== undefined) return existing;
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // `wx`: two processes starting at once never overwrite each other's secret.
  await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await chmod(path, 0o600);
  return (await readJwtSecret(dataDir)) ?? secret;
}

/** The stored secret, or undefined when none has been generated yet. */
export async function readJwtSecret(dataDir: string): Promise<string | undefined> {
  try {
    const text = (await readFile(jwtSecretPath(dataDir), 'utf8')).trim();
    return text === '' ? undefined : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
