import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { findFreePort, isProcessAlive, runRecordPath } from '../../src/neo4j/index.ts';

/** `npm start` as an office runs it, in a child process with a data folder and ports of its own. */
export interface StartedProcess {
  child: ChildProcess;
  dataDir: string;
  /** http://127.0.0.1:<port>/graphql, from the start line. */
  url: string;
  origin: string;
  /** Every line the process wrote to stdout (JSON log lines and the start line), with when it came. */
  lines: Array<{ at: number; text: string }>;
  /** Resolves with the time of the first line (already written or to come) matching `pattern`. */
  waitForLine(pattern: RegExp, timeoutMilliseconds: number): Promise<number>;
  /** The embedded Neo4j's JVM pid, from its run record. */
  neo4jPid(): Promise<number>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Kills the process and its Neo4j if still there, and removes the data folder. */
  dispose(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');

export async function startProcess(environment: Record<string, string> = {}, dataDir?: string): Promise<StartedProcess> {
  const folder = dataDir ?? (await mkdtemp(join(tmpdir(), 'liaison-start-')));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    ...(process.env.JAVA_HOME === undefined ? {} : { JAVA_HOME: process.env.JAVA_HOME }),
    NEO4J_DATA_DIR: folder,
    NEO4J_BOLT_PORT: String(await findFreePort()),
    NEO4J_HEAP_SIZE: '512m',
    NEO4J_PAGE_CACHE_SIZE: '128m',
    PORT: String(await findFreePort()),
    HOST: '127.0.0.1',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    // As in testConfig: on this shared machine a cold review may outlast the 10 s default, which would
    // fail tests that are not about the timeout.
    QUERY_TIMEOUT_MS: '60000',
    ...environment,
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: Array<{ at: number; text: string }> = [];
  const waiters: Array<{ pattern: RegExp; resolve: (at: number) => void }> = [];
  const onLine = (text: string) => {
    const line = { at: performance.now(), text };
    lines.push(line);
    for (const waiter of waiters.filter((candidate) => candidate.pattern.test(text))) waiter.resolve(line.at);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const waitForLine = (pattern: RegExp, timeoutMilliseconds: number) => {
    const seen = lines.find((line) => pattern.test(line.text));
    if (seen !== undefined) return Promise.resolve(seen.at);
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no line matching ${pattern} within ${timeoutMilliseconds} ms; stderr: ${stderr.slice(-2000)}`)),
        timeoutMilliseconds,
      );
      waiters.push({
        pattern,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${code}) before a line matching ${pattern}; stderr: ${stderr.slice(-2000)}`));
      });
    });
  };

  const neo4jPid = async () => Number((JSON.parse(await readFile(runRecordPath(folder), 'utf8')) as { pid: number }).pid);
  const dispose = async () => {
    const pid = await neo4jPid().catch(() => undefined);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    // The guardian stops the JVM when its parent dies; a JVM still there after that is killed.
    for (let waited = 0; pid !== undefined && isProcessAlive(pid) && waited < 30_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (pid !== undefined && isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
    if (dataDir === undefined) await rm(folder, { recursive: true, force: true });
  };

  try {
    await waitForLine(/^Liaison Graph API and IDE: /, 170_000);
  } catch (error) {
    await dispose();
    throw error;
  }
  const url = /(http:\/\/\S+)/.exec(lines.find((line) => line.text.startsWith('Liaison Graph API and IDE: '))?.text ?? '')?.[1] ?? '';
  return { child, dataDir: folder, url, origin: new URL(url).origin, lines, waitForLine, neo4jPid, exited, dispose };
}

/** One request of a load loop: when it was sent and answered, how, and with which error code. */
export interface Outcome {
  sent: number;
  done: number;
  status: number;
  code: string | undefined;
}

/** POSTs a GraphQL query and reports its outcome; a refused or cut connection is status 0. */
export async function timedPost(url: string, query: string, variables: object = {}, token?: string): Promise<Outcome> {
  const sent = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { sent, done: performance.now(), status: response.status, code: body.errors?.[0]?.extensions?.code };
  } catch (error) {
    return { sent, done: performance.now(), status: 0, code: (error as Error).name };
  }
}

/** Keeps `workers` requests in flight until `stop` is called, recording every outcome. */
export function loadLoop(url: string, query: string, workers: number): { outcomes: Outcome[]; stop: () => Promise<void> } {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const outcome = await timedPost(url, query);
      outcomes.push(outcome);
      // A refused request comes back at once: pace the loop so it does not spin.
      if (outcome.status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}
