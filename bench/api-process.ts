import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findFreePort } from '../src/neo4j/index.ts';

/** `npm start` in a process of its own, attached to a running embedded Neo4j, so that its memory is its own. */
export interface ApiProcess {
  url: string;
  /** Its process id. */
  pid: number;
  /** Its resident set size now, in MB. */
  rssMb(): Promise<number>;
  stop(): Promise<void>;
}

const root = join(import.meta.dirname, '..');

/** The Node flags of package.json's `start` script (the words between `node` and `--import`): the API runs as `npm start` runs it. */
async function startScriptFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = manifest.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf('--import'));
}

/**
 * Starts the API on a free loopback port for the embedded Neo4j of `dataDir` (already running on
 * `boltPort`: the new process attaches to it, as a second `npm start` would). `inherited` is passed
 * on beneath those settings (e.g. the caller's whole environment, for a `NEO4J_URI`).
 */
export async function startApiProcess(
  dataDir: string,
  boltPort: number,
  environment: NodeJS.ProcessEnv,
  inherited: NodeJS.ProcessEnv = {},
): Promise<ApiProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(await startScriptFlags()), '--import', 'tsx', 'src/cli/start.ts'], {
    cwd: root,
    env: {
      ...inherited,
      PATH: environment.PATH ?? '',
      HOME: environment.HOME ?? '',
      ...(environment.JAVA_HOME === undefined ? {} : { JAVA_HOME: environment.JAVA_HOME }),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(boltPort),
      PORT: String(await findFreePort()),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 120 s: ${stderr.slice(-1000)}`)), 120_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^Liaison Graph API and IDE: (\S+)/.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}) before it was ready: ${stderr.slice(-1000)}`));
    });
  });
  return {
    url,
    pid: child.pid ?? 0,
    async rssMb() {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
