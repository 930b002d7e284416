import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

export const NEO4J_VERSION = '5.26.19';
const pomPath = join(import.meta.dirname, 'pom.xml');
const completeMarker = '.complete';

export interface Neo4jInstallation {
  libDir: string;
  pluginsDir: string;
}

function installationOf(libraryDir: string): Neo4jInstallation {
  return { libDir: join(libraryDir, 'lib'), pluginsDir: join(libraryDir, 'plugins') };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Runs a command, collecting its output; resolves with the exit code (or -1 when it cannot start). */
export function runCommand(command: string, arguments_: string[]): Promise<{ code: number; output: string; missing: boolean }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, arguments_, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => resolve({ code: -1, output: error.message, missing: error.code === 'ENOENT' }));
    child.on('close', (code) => resolve({ code: code ?? -1, output, missing: false }));
  });
}

/**
 * Makes sure the Neo4j Community and APOC core jars are in `libraryDir` (resolved once from Maven
 * Central with the pom beside this file, cached after). Returns the lib and plugins folders.
 */
export async function ensureNeo4jInstalled(libraryDir: string, log: (line: string) => void = () => undefined): Promise<Neo4jInstallation> {
  const installation = installationOf(libraryDir);
  if (await exists(join(libraryDir, completeMarker))) return installation;

  const maven = await runCommand('mvn', ['--version']);
  if (maven.missing) {
    throw new LiaisonError(
      ErrorCode.NEO4J_LAUNCH_FAILED,
      'Maven (mvn) was not found on PATH: install Maven 3.8+ (e.g. `apt-get install maven`), or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  log(`resolving Neo4j ${NEO4J_VERSION} and APOC core from Maven Central into ${libraryDir} (once, ~120 MB)`);
  const staging = `${libraryDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const staged = installationOf(staging);
  await mkdir(staged.pluginsDir, { recursive: true });
  const result = await runCommand('mvn', [
    '-q',
    '-B',
    '-f',
    pomPath,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${staged.libDir}`,
    '-DincludeScope=runtime',
  ]);
  if (result.code !== 0) {
    await rm(staging, { recursive: true, force: true });
    throw new LiaisonError(
      ErrorCode.NEO4J_LAUNCH_FAILED,
      `Maven could not resolve Neo4j ${NEO4J_VERSION} (is Maven Central reachable?):\n${result.output.trim().split('\n').slice(-15).join('\n')}`,
    );
  }
  // APOC must be both on the class path (lib) and in the plugins folder, or the server refuses to start.
  for (const jar of await readdir(staged.libDir)) {
    if (jar.startsWith('apoc-')) await copyFile(join(staged.libDir, jar), join(staged.pluginsDir, jar));
  }
  await writeFile(join(staging, completeMarker), `${NEO4J_VERSION}\n`);
  await mkdir(join(libraryDir, '..'), { recursive: true });
  await rm(libraryDir, { recursive: true, force: true });
  try {
    await rename(staging, libraryDir);
  } catch (error) {
    // Another process finished the same installation first: use theirs.
    await rm(staging, { recursive: true, force: true });
    if (!(await exists(join(libraryDir, completeMarker)))) throw error;
  }
  return installation;
}
