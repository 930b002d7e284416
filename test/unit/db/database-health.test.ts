import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseHealth } from '../../../src/db/index.ts';
import { ErrorCode, LiaisonError } from '../../../src/errors/index.ts';

const TTL = 1_000;

function serviceUnavailable(): Neo4jError {
  return new Neo4jError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', '', '');
}

/** A health over a probe whose outcome the test sets, on a clock the test moves. */
function healthWithFakes(options: { probeTimeoutMilliseconds?: number } = {}) {
  const state = { now: 0, probes: 0, neo4jUp: true, probe: undefined as (() => Promise<void>) | undefined };
  const health = new DatabaseHealth({
    ttlMilliseconds: TTL,
    now: () => state.now,
    ...options,
    probe: async () => {
      state.probes += 1;
      if (state.probe !== undefined) return state.probe();
      if (!state.neo4jUp) throw serviceUnavailable();
    },
  });
  return { health, state };
}

describe('DatabaseHealth', () => {
  it('probes on the first question, when nothing is known yet', async () => {
    const { health, state } = healthWithFakes();
    expect(health.status).toBe('unknown');
    expect(await health.current()).toEqual({ available: true });
    expect(state.probes).toBe(1);
    expect(health.status).toBe('available');
  });

  it('answers from memory while the last observation is younger than the TTL', async () => {
    const { health, state } = healthWithFakes();
    health.recordSuccess();
    state.now = TTL - 1;
    expect(await health.current()).toEqual({ available: true });
    expect(state.probes).toBe(0);
  });

  it('keeps answering from memory under steady successful traffic, never probing', async () => {
    const { health, state } = healthWithFakes();
    for (let step = 0; step < 10; step += 1) {
      health.recordSuccess();
      state.now += TTL / 2;
      await health.current();
    }
    expect(state.probes).toBe(0);
  });

  it('re-checks an available state once it is stale, and finds Neo4j gone', async () => {
    const { health, state } = healthWithFakes();
    health.recordSuccess();
    state.neo4jUp = false;
    state.now = TTL;
    const answer = await health.current();
    expect(answer.available).toBe(false);
    expect(state.probes).toBe(1);
    expect(health.status).toBe('unavailable');
  });

  it('turns unavailable as soon as a driver call fails to connect, with the mapped reason', async () => {
    const { health, state } = healthWithFakes();
    health.recordSuccess();
    health.recordFailure(serviceUnavailable());
    const answer = await health.current();
    expect(state.probes).toBe(0);
    expect(answer.available).toBe(false);
    if (!answer.available) {
      expect(answer.error.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect(answer.error.message).toContain('ECONNREFUSED');
    }
  });

  it('stays available when a call fails for a reason other than connectivity', () => {
    const { health } = healthWithFakes();
    health.recordSuccess();
    health.recordFailure(new Neo4jError('Node(1) already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', ''));
    health.recordFailure(new LiaisonError(ErrorCode.BAD_USER_INPUT, 'limit out of range'));
    expect(health.status).toBe('available');
  });

  it('while unavailable, fails from memory within the TTL and probes at most once per TTL', async () => {
    const { health, state } = healthWithFakes();
    state.neo4jUp = false;
    health.recordFailure(serviceUnavailable());
    for (let step = 0; step < 5; step += 1) {
      state.now += TTL / 5 - 1;
      expect((await health.current()).available).toBe(false);
    }
    expect(state.probes).toBe(0);
    state.now += TTL;
    expect((await health.current()).available).toBe(false);
    expect(state.probes).toBe(1);
    expect((await health.current()).available).toBe(false);
    expect(state.probes).toBe(1);
  });

  it('recovers on the first question after the TTL once Neo4j is back', async () => {
    const { health, state } = healthWithFakes();
    health.recordFailure(serviceUnavailable());
    state.neo4jUp = true;
    state.now = TTL / 2;
    expect((await health.current()).available).toBe(false);
    state.now = TTL;
    expect(await health.current()).toEqual({ available: true });
    expect(health.status).toBe('available');
  });

  it('recovers at once when any driver call succeeds meanwhile', async () => {
    const { health, state } = healthWithFakes();
    health.recordFailure(serviceUnavailable());
    health.recordSuccess();
    expect(await health.current()).toEqual({ available: true });
    expect(state.probes).toBe(0);
  });

  it('shares one probe between every caller asking while it is under way', async () => {
    const { health, state } = healthWithFakes();
    let answer: () => void = () => undefined;
    state.probe = () => new Promise<void>((resolve) => (answer = resolve));
    const asked = [health.current(), health.current(), health.check()];
    answer();
    expect(await Promise.all(asked)).toEqual([{ available: true }, { available: true }, { available: true }]);
    expect(state.probes).toBe(1);
  });

  it('checks now when asked to, however fresh the last observation', async () => {
    const { health, state } = healthWithFakes();
    health.recordSuccess();
    state.neo4jUp = false;
    expect((await health.check()).available).toBe(false);
    expect(state.probes).toBe(1);
  });

  it('counts a probe that does not answer within its timeout as unavailable', async () => {
    const { health, state } = healthWithFakes({ probeTimeoutMilliseconds: 20 });
    state.probe = () => new Promise<void>(() => undefined);
    const answer = await health.check();
    expect(answer.available).toBe(false);
    if (!answer.available) expect(answer.error.message).toBe('Neo4j did not answer within 20 ms');
  });

  it('counts a probe failing for any reason as unavailable, keeping the reason', async () => {
    const { health, state } = healthWithFakes();
    state.probe = async () => {
      throw new Error('socket hang up in a strange way');
    };
    const answer = await health.check();
    expect(answer.available).toBe(false);
    if (!answer.available) {
      expect(answer.error.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect(answer.error.message).toMatch(/^Neo4j is not available: /);
    }
  });

  it('probes while requests wait on Neo4j and nothing has been heard from it for the quiet time', async () => {
    const { health, state } = healthWithFakes();
    health.recordSuccess();
    state.now = 399;
    expect(health.probeIfQuiet(true, 400)).toBe(false);
    state.now = 400;
    state.neo4jUp = false;
    const outages: string[] = [];
    health.onUnavailable((error) => outages.push(error.code));
    expect(health.probeIfQuiet(true, 400)).toBe(true);
    await health.check();
    expect(state.probes).toBe(1);
    expect(outages).toEqual([ErrorCode.DATABASE_UNAVAILABLE]);
  });

  it('does not probe when idle, when already probing, or when Neo4j is known to be down', async () => {
    const { health, state } = healthWithFakes();
    state.now = 10_000;
    expect(health.probeIfQuiet(false, 400)).toBe(false);
    let answer: (() => void) | undefined;
    state.probe = () => new Promise<void>((resolve) => (answer = resolve));
    expect(health.probeIfQuiet(true, 400)).toBe(true);
    expect(health.probeIfQuiet(true, 400)).toBe(false);
    answer?.();
    await health.check();
    health.recordFailure(serviceUnavailable());
    state.now += 10_000;
    // While down, requests find out from memory and the TTL's probe, not from this one.
    expect(health.probeIfQuiet(true, 400)).toBe(false);
    expect(state.probes).toBe(1);
  });

  it('watches on a timer, probing only while busy, until stopped', async () => {
    vi.useFakeTimers();
    try {
      const { health, state } = healthWithFakes();
      let busy = false;
      const stop = health.watch(() => busy, 400);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(state.probes).toBe(0);
      busy = true;
      await vi.advanceTimersByTimeAsync(100);
      expect(state.probes).toBe(1);
      stop();
      state.now += 10_000;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(state.probes).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
