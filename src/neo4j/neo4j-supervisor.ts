import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jConfig } from '../config/index.ts';
import { type Neo4jHandle, startOrAttachNeo4j } from './neo4j-launcher.ts';

/** What the supervisor of the embedded server saw and did, for the log. */
export type SupervisorEvent =
  | { kind: 'exited'; pid: number; status: number; restartInMilliseconds: number }
  | { kind: 'restarted'; pid: number; attempt: number; milliseconds: number }
  | { kind: 'restart-failed'; attempt: number; error: unknown; restartInMilliseconds: number }
  | { kind: 'attached'; pid: number };

/** Delays before the 1st, 2nd, … restart in a row; the last repeats. */
export const RESTART_BACKOFF_MILLISECONDS: readonly number[] = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];
/** A server that ran at least this long before it died was not crash-looping: the backoff starts over. */
export const STABLE_AFTER_MILLISECONDS = 60_000;

export interface SupervisorOptions {
  onEvent?: (event: SupervisorEvent) => void;
  /** The launcher's progress lines (installing, starting). */
  log?: (line: string) => void;
  backoffMilliseconds?: readonly number[];
}

/**
 * The embedded Neo4j, started (or attached to) like `startOrAttachNeo4j`, and started again
 * whenever the server this process started ends without `release` — a crash, the OOM killer, a
 * kill: a liaison office has nobody watching it. Restarts back off (0.5 s, 1 s, 2 s … 30 s) while
 * the server keeps dying, and each is reported through `onEvent`. The server comes back on the
 * same port with the same password, so the driver reconnects by itself. An attached server
 * belongs to the process that started it and is not supervised here.
 */
export async function startSupervisedNeo4j(config: Neo4jConfig, options: SupervisorOptions = {}): Promise<Neo4jHandle> {
  const backoff = options.backoffMilliseconds ?? RESTART_BACKOFF_MILLISECONDS;
  const report = options.onEvent ?? (() => undefined);
  let current = await startOrAttachNeo4j(config, options.log);
  if (!current.owned) return current;
  let released = false;
  let restarting: Promise<void> | undefined;
  let startedAt = performance.now();
  let failures = 0;
  // Cuts a backoff short when the server is released meanwhile.
  const releasing = new AbortController();
  const pause = (milliseconds: number) => sleep(milliseconds, undefined, { signal: releasing.signal }).catch(() => undefined);

  const delayFor = (attempt: number) => backoff[Math.min(attempt, backoff.length - 1)] ?? 1_000;

  const restart = async (): Promise<void> => {
    for (let attempt = failures; !released; attempt += 1) {
      const began = performance.now();
      try {
        const next = await startOrAttachNeo4j(config, options.log);
        if (released) {
          await next.release();
          return;
        }
        current = next;
        failures = attempt + 1;
        startedAt = performance.now();
        if (!next.owned) {
          report({ kind: 'attached', pid: next.pid });
          return;
        }
        report({ kind: 'restarted', pid: next.pid, attempt: attempt + 1, milliseconds: Math.round(performance.now() - began) });
        watch(next);
        return;
      } catch (error) {
        const delay = delayFor(attempt + 1);
        report({ kind: 'restart-failed', attempt: attempt + 1, error, restartInMilliseconds: delay });
        await pause(delay);
      }
    }
  };

  const watch = (handle: Neo4jHandle) => {
    void handle.exited?.then(async (status) => {
      if (released || handle !== current) return;
      if (performance.now() - startedAt >= STABLE_AFTER_MILLISECONDS) failures = 0;
      const delay = delayFor(failures);
      report({ kind: 'exited', pid: handle.pid, status, restartInMilliseconds: delay });
      restarting = (async () => {
        await pause(delay);
        await restart();
      })().finally(() => {
        restarting = undefined;
      });
    });
  };
  watch(current);

  return {
    get uri() {
      return current.uri;
    },
    user: current.user,
    get password() {
      return current.password;
    },
    owned: true,
    get pid() {
      return current.pid;
    },
    logPath: current.logPath,
    async release() {
      released = true;
      releasing.abort();
      await restarting?.catch(() => undefined);
      await current.release();
    },
  };
}
