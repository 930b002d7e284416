import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { isDatabaseUnavailable, mapDriverError } from './map-driver-error.ts';

/** How long what was last seen of Neo4j (a call's outcome or a probe) is trusted without a new probe. */
export const HEALTH_TTL_MILLISECONDS = 1_000;
/** A probe that takes longer than this counts as Neo4j not answering. */
export const PROBE_TIMEOUT_MILLISECONDS = 3_000;
/** Requests waiting on Neo4j with nothing heard from it for this long have it probed (see `watch`). */
export const QUIET_PROBE_MILLISECONDS = 400;

/** What is known of Neo4j: it answers, or why it does not. */
export type Health = { available: true } | { available: false; error: LiaisonError };

/** `unknown` until the first observation; then what the latest observation said. */
export type HealthStatus = 'unknown' | 'available' | 'unavailable';

export interface DatabaseHealthOptions {
  /** One round trip to Neo4j; resolves when it answers, throws when it does not. */
  probe: () => Promise<void>;
  ttlMilliseconds?: number;
  probeTimeoutMilliseconds?: number;
  /** Milliseconds on a clock that only moves forward; tests pass their own. */
  now?: () => number;
}

interface Observation {
  health: Health;
  at: number;
}

const AVAILABLE: Health = { available: true };

/**
 * Neo4j's health kept in memory, so that answering "may this request reach the database?" costs no
 * round trip. Every outcome of a driver call updates it: a connectivity failure marks it
 * unavailable, a success available. While an observation is younger than the TTL it is the answer;
 * once older (or before the first one) the next question probes Neo4j, one probe shared by every
 * caller asking meanwhile. Steady traffic thus never probes, and while Neo4j is down it is probed
 * at most once per TTL: requests fail fast from memory in between, and the first request after the
 * TTL finds out that Neo4j is back.
 */
export class DatabaseHealth {
  private readonly probe: () => Promise<void>;
  private readonly ttl: number;
  private readonly probeTimeout: number;
  private readonly now: () => number;
  private observation: Observation | undefined;
  private probing: Promise<Health> | undefined;
  private readonly outageListeners = new Set<(error: LiaisonError) => void>();

  constructor(options: DatabaseHealthOptions) {
    this.probe = options.probe;
    this.ttl = options.ttlMilliseconds ?? HEALTH_TTL_MILLISECONDS;
    this.probeTimeout = options.probeTimeoutMilliseconds ?? PROBE_TIMEOUT_MILLISECONDS;
    this.now = options.now ?? (() => performance.now());
  }

  /** What the latest observation said, however old. */
  get status(): HealthStatus {
    if (this.observation === undefined) return 'unknown';
    return this.observation.health.available ? 'available' : 'unavailable';
  }

  /** A driver call succeeded: Neo4j answers. */
  recordSuccess(): void {
    this.observation = { health: AVAILABLE, at: this.now() };
  }

  /**
   * A driver call failed. Only a connectivity failure (DATABASE_UNAVAILABLE once mapped) says
   * anything about Neo4j's health; other errors (a constraint, a bad query) are Neo4j answering.
   */
  recordFailure(error: unknown): void {
    if (isDatabaseUnavailable(error)) this.observeOutage(mapDriverError(error));
  }

  /**
   * Calls `listener` when Neo4j is next seen going from available (or unknown) to unavailable, so
   * that reads waiting on the driver's retries can be answered at once. Returns the unsubscribe.
   */
  onUnavailable(listener: (error: LiaisonError) => void): () => void {
    this.outageListeners.add(listener);
    return () => this.outageListeners.delete(listener);
  }

  private observeOutage(error: LiaisonError): void {
    const wasUnavailable = this.observation?.health.available === false;
    this.observation = { health: { available: false, error }, at: this.now() };
    if (wasUnavailable) return;
    for (const listener of [...this.outageListeners]) listener(error);
  }

  /**
   * Probes Neo4j when `busy` (requests are waiting on it), Neo4j was last seen answering, and
   * nothing has been heard from it for `quietMilliseconds`. Whether a probe started.
   */
  probeIfQuiet(busy: boolean, quietMilliseconds: number = QUIET_PROBE_MILLISECONDS): boolean {
    const observation = this.observation;
    if (!busy || this.probing !== undefined || observation?.health.available === false) return false;
    if (observation !== undefined && this.now() - observation.at < quietMilliseconds) return false;
    void this.check();
    return true;
  }

  /**
   * Asks `probeIfQuiet` every quarter of `quietMilliseconds` until the returned stop is called. A
   * Neo4j this process does not run (NEO4J_URI) leaves no process exit to see when it dies, and the
   * driver retries a transaction cut off by the outage for seconds before it fails: without a probe
   * the requests in flight, and every one behind them, would wait that long for their 503. Steady
   * traffic's successes keep the observation fresh, so this probes only when answers stop coming.
   */
  watch(busy: () => boolean, quietMilliseconds: number = QUIET_PROBE_MILLISECONDS): () => void {
    const timer = setInterval(() => this.probeIfQuiet(busy(), quietMilliseconds), quietMilliseconds / 4);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** The health from memory while fresh; otherwise probes first. */
  async current(): Promise<Health> {
    const observation = this.observation;
    if (observation !== undefined && this.now() - observation.at < this.ttl) return observation.health;
    return this.check();
  }

  /** Probes Neo4j now (joining a probe already under way) and records what it found. */
  check(): Promise<Health> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  private async runProbe(): Promise<Health> {
    try {
      await this.withinTimeout(this.probe());
      this.recordSuccess();
      return AVAILABLE;
    } catch (error) {
      const health: Health = { available: false, error: asUnavailable(error) };
      this.observeOutage(health.error);
      return health;
    }
  }

  private async withinTimeout(probe: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j did not answer within ${this.probeTimeout} ms`)),
        this.probeTimeout,
      );
    });
    try {
      await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A failed probe means Neo4j cannot serve requests, whatever the driver's code for the failure. */
function asUnavailable(error: unknown): LiaisonError {
  const mapped = mapDriverError(error);
  if (mapped.code === ErrorCode.DATABASE_UNAVAILABLE) return mapped;
  return new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j is not available: ${mapped.message}`, { cause: error });
}
