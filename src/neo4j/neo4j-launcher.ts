import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childProcessEnvironment, type Neo4jConfig } from '../config/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { checkDataFolder } from './data-folder.ts';
import { checkJava } from './java-check.ts';
import { acquireLaunchLock } from './launch-lock.ts';
import { measureStoreBytes, type Neo4jMemory, sizeNeo4jMemory } from './memory-sizing.ts';
import { ensureNeo4jInstalled, type Neo4jInstallation } from './neo4j-installer.ts';
import { canConnect, ensurePortFree } from './ports.ts';

/** Tests and tools that start a server of their own pick its Bolt port with this. */
export { findFreePort } from './ports.ts';
import {
  generatePassword,
  isProcessAlive,
  readLiveRunRecord,
  readStoredPassword,
  removeRunRecord,
  storePassword,
  writeRunRecord,
} from './run-record.ts';

/** A connection to the embedded server, owned (started by this process) or attached. */
export interface Neo4jHandle {
  uri: string;
  user: string;
  password: string;
  /** True when this process started the server and `release` stops it. */
  owned: boolean;
  /** The JVM's pid. */
  pid: number;
  logPath: string;
  /** Stops the server if this process owns it; a no-op for an attached one. */
  release(): Promise<void>;
  /**
   * Settles with the JVM's exit status when a server this process started ends, whoever ended it
   * (`release`, a crash, a kill); undefined for an attached server, whose owner watches it.
   */
  exited?: Promise<number>;
}

const user = 'neo4j';
const templatePath = join(import.meta.dirname, 'neo4j.conf.template');
const guardianPath = join(import.meta.dirname, 'neo4j-guardian.sh');

function launchError(message: string, cause?: unknown): LiaisonError {
  return new LiaisonError(ErrorCode.NEO4J_LAUNCH_FAILED, message, { cause });
}

/** Resolves with true when `promise` settles within `milliseconds`, false otherwise; leaves no timer behind. */
async function settlesWithin(promise: Promise<unknown>, milliseconds: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), milliseconds)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function renderConfiguration(config: Neo4jConfig, installation: Neo4jInstallation, memory: Neo4jMemory): Promise<string> {
  const values: Record<string, string> = {
    dataDir: config.dataDir,
    libDir: installation.libDir,
    pluginsDir: installation.pluginsDir,
    boltPort: String(config.boltPort),
    pageCacheSize: memory.pageCache,
  };
  const template = await readFile(templatePath, 'utf8');
  const configDir = join(config.dataDir, 'conf');
  await writeFile(
    join(configDir, 'neo4j.conf'),
    template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? ''),
  );
  return configDir;
}

function classPath(installation: Neo4jInstallation): string {
  return `${installation.libDir}/*:${installation.pluginsDir}/*`;
}

function javaEnvironment(config: Neo4jConfig, configDir: string): NodeJS.ProcessEnv {
  return childProcessEnvironment({ NEO4J_HOME: config.dataDir, NEO4J_CONF: configDir });
}

/** Sets the `neo4j` user's password before the very first start (the server refuses the default). */
async function setInitialPassword(
  config: Neo4jConfig,
  installation: Neo4jInstallation,
  configDir: string,
  password: string,
): Promise<void> {
  const child = spawn(
    config.javaCommand,
    ['-cp', classPath(installation), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
    { env: javaEnvironment(config, configDir), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (exitCode) => resolve(exitCode ?? -1)));
  if (code !== 0) throw launchError(`could not set the initial Neo4j password:\n${output.trim()}`);
}

async function resolvePassword(config: Neo4jConfig, installation: Neo4jInstallation, configDir: string): Promise<string> {
  const stored = await readStoredPassword(config.dataDir);
  if (stored !== undefined && (config.password === undefined || config.password === stored)) return stored;
  const password = config.password ?? generatePassword();
  // Takes effect only before the first start; a later NEO4J_PASSWORD must match what the data folder has.
  await setInitialPassword(config, installation, configDir, password);
  await storePassword(config.dataDir, password);
  return password;
}

async function tail(path: string, lines: number): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function attached(config: Neo4jConfig, pid: number, boltPort: number, password: string): Neo4jHandle {
  return {
    uri: `bolt://127.0.0.1:${boltPort}`,
    user,
    password,
    owned: false,
    pid,
    logPath: join(config.dataDir, 'logs', 'console.log'),
    release: async () => undefined,
  };
}

/**
 * Connects to the embedded Neo4j of `config.dataDir` when it runs, else starts it for this
 * process's duration (installing the jars on first use). The JVM never outlives this process.
 */
export async function startOrAttachNeo4j(config: Neo4jConfig, log: (line: string) => void = () => undefined): Promise<Neo4jHandle> {
  await checkDataFolder(config.dataDir);
  const releaseLock = await acquireLaunchLock(config.dataDir, config.startTimeoutMs);
  try {
    const running = await readLiveRunRecord(config.dataDir);
    if (running !== undefined) {
      const password = await readStoredPassword(config.dataDir);
      if (password === undefined) throw launchError(`the Neo4j in ${config.dataDir} runs but its password file is missing.`);
      return attached(config, running.pid, running.boltPort, password);
    }
    await checkJava(config.javaCommand);
    const installation = await ensureNeo4jInstalled(config.libraryDir, log);
    await ensurePortFree(config.boltPort);
    const memory = sizeNeo4jMemory({
      totalMemoryBytes: totalmem(),
      storeBytes: await measureStoreBytes(config.dataDir),
      heapSize: config.heapSize,
      pageCacheSize: config.pageCacheSize,
    });
    log(`Neo4j memory: ${memory.explanation}`);
    const configDir = await renderConfiguration(config, installation, memory);
    const password = await resolvePassword(config, installation, configDir);
    return await launch(config, installation, configDir, password, memory, log);
  } finally {
    await releaseLock();
  }
}

async function launch(
  config: Neo4jConfig,
  installation: Neo4jInstallation,
  configDir: string,
  password: string,
  memory: Neo4jMemory,
  log: (line: string) => void,
): Promise<Neo4jHandle> {
  const logPath = join(config.dataDir, 'logs', 'console.log');
  await mkdir(join(config.dataDir, 'logs'), { recursive: true });
  const logFile = await open(logPath, 'a');
  const javaArguments = [
    `-Xms${memory.initialHeap}`,
    `-Xmx${memory.maxHeap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    classPath(installation),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${config.dataDir}`,
    `--config-dir=${configDir}`,
  ];
  log(`starting Neo4j on bolt://127.0.0.1:${config.boltPort} (data ${config.dataDir})`);
  const guardian: ChildProcess = spawn('/bin/sh', [guardianPath, config.javaCommand, ...javaArguments], {
    env: javaEnvironment(config, configDir),
    stdio: ['pipe', 'pipe', logFile.fd],
  });
  await logFile.close();
  const exited = new Promise<number>((resolve) => guardian.once('exit', (code) => resolve(code ?? -1)));
  const lines = createInterface({ input: guardian.stdout! });
  const firstLine = new Promise<string>((resolve) => lines.once('line', resolve));
  const pid = Number(await Promise.race([firstLine, exited.then(() => 'exited')]));
  lines.close();

  const stop = async () => {
    guardian.stdin?.end();
    guardian.kill('SIGTERM');
    const stopped = await settlesWithin(exited, 60_000);
    if (!stopped && Number.isInteger(pid) && isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
    await removeRunRecord(config.dataDir);
  };

  if (!Number.isInteger(pid)) {
    throw launchError(`Neo4j did not start: see its log ${logPath}\n${await tail(logPath, 20)}`);
  }
  const deadline = Date.now() + config.startTimeoutMs;
  let guardianExited = false;
  void exited.then(() => (guardianExited = true));
  while (!(await canConnect(config.boltPort))) {
    if (guardianExited) {
      throw launchError(`Neo4j exited during start-up: see its log ${logPath}\n${await tail(logPath, 20)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw launchError(
        `Neo4j did not become ready within ${config.startTimeoutMs / 1000} s: see its log ${logPath} (raise NEO4J_START_TIMEOUT_MS on a slow machine).`,
      );
    }
    await sleep(200);
  }
  await writeRunRecord(config.dataDir, { pid, boltPort: config.boltPort, startedAt: new Date().toISOString() });
  let released = false;
  return {
    uri: `bolt://127.0.0.1:${config.boltPort}`,
    user,
    password,
    owned: true,
    pid,
    logPath,
    exited,
    release: async () => {
      if (released) return;
      released = true;
      await stop();
    },
  };
}
