import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config/index.ts';
import type { Neo4jHandle, SupervisorEvent } from '../neo4j/index.ts';
import { answersQuery, connectNeo4j } from './connect-neo4j.ts';
import { ErrorCode, isLiaisonError, LiaisonError } from '../errors/index.ts';
import { DatabaseHealth } from './database-health.ts';
import { mapDriverError } from './map-driver-error.ts';
import { type Parameters, type Row, type Transaction, wrapTransaction } from './transaction.ts';
import {
  APPEND_AUDIT_ENTRY,
  AuditCollector,
  commandLineActor,
  stampStatement,
  type AuditActor,
  type AuditedOperation,
} from './audit-trail.ts';
import type { DbHits } from './db-hits.ts';
import { ADVANCE_GRAPH_VERSION, CONSISTENT_READ_ATTEMPTS, READ_GRAPH_VERSION } from './graph-version.ts';
import { retryOnConcurrentDeletion } from './retry-concurrent-deletion.ts';
import type { ViewSettings } from './view-settings.ts';

/** How long a restarted embedded Neo4j is given to answer its first query before it is reported back anyway. */
const RETURN_WAIT_MILLISECONDS = 30_000;

/**
 * The only code that talks to the Neo4j driver. Rows come back as plain values (numbers, ISO
 * date strings); driver errors come back as `LiaisonError`s with our codes. Every call's outcome
 * feeds `health`, which the API consults instead of pinging Neo4j before each request.
 */
export class Database {
  readonly driver: Driver;
  readonly databaseName: string | undefined;
  readonly uri: string;
  /** Whether Neo4j answers, from the latest driver call or probe (`ping`). */
  readonly health: DatabaseHealth;
  /** Neo4j stops each transaction of this database after this long (undefined: the server's setting). */
  readonly transactionTimeoutMs: number | undefined;
  /** Who this façade's writes are recorded as (a command's OS user unless made by `actingAs`). */
  readonly actor: AuditActor;
  private readonly neo4jHandle: Neo4jHandle | undefined;
  /** False for a view (`withTransactionTimeout`, `actingAs`): closing it leaves the driver open. */
  private readonly ownsDriver: boolean;
  private readonly settings: ViewSettings;

  private constructor(driver: Driver, uri: string, databaseName: string | undefined, handle: Neo4jHandle | undefined, view?: ViewSettings) {
    this.driver = driver;
    this.uri = uri;
    this.databaseName = databaseName;
    this.neo4jHandle = handle;
    this.health = view?.health ?? new DatabaseHealth({ probe: () => this.ping() });
    this.settings = view ?? {
      health: this.health,
      transactionTimeoutMs: undefined,
      actor: commandLineActor(),
      stamp: false,
      auditTrail: true,
      bookmarks: neo4j.bookmarkManager(),
    };
    this.transactionTimeoutMs = this.settings.transactionTimeoutMs;
    this.actor = this.settings.actor;
    this.ownsDriver = view === undefined;
  }

  private view(changes: Partial<ViewSettings>): Database {
    return new Database(this.driver, this.uri, this.databaseName, undefined, { ...this.settings, ...changes });
  }

  /** The bookmarks of the writes this process committed, which every later session waits for. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.settings.bookmarks.getBookmarks())];
  }

  /** The embedded or attached Neo4j's JVM pid (its memory can be sampled); undefined for `NEO4J_URI`. */
  get neo4jPid(): number | undefined {
    return this.neo4jHandle?.pid;
  }

  /**
   * The same database (driver, health) whose every transaction Neo4j stops after `milliseconds`
   * (QUERY_TIMEOUT). The API runs requests through one; commands such as a large import do not.
   * Closing the view closes nothing.
   */
  withTransactionTimeout(milliseconds: number): Database {
    return this.view({ transactionTimeoutMs: milliseconds });
  }

  /**
   * The same database whose writes are recorded as `actor`'s (an API caller) and stamp the nodes
   * they touch with `updatedAt`/`updatedBy`. Closing the view closes nothing.
   */
  actingAs(actor: AuditActor): Database {
    return this.view({ actor, stamp: true });
  }

  /**
   * A view that PROFILEs every statement it runs and adds the database hits to `hits`: what a
   * question costs Neo4j, for cost tests and benchmarks. Profiling costs time; never serve with it.
   */
  profiling(hits: DbHits): Database {
    return this.view({ profile: hits });
  }

  /**
   * A façade over the same driver whose writes append no audit entry. Only the benchmark makes one,
   * to price the entry against the same write without it; no command or request path does.
   */
  withoutAuditTrailForBenchmark(): Database {
    return this.view({ auditTrail: false });
  }

  /**
   * Connects to `NEO4J_URI` when set; otherwise to the embedded Neo4j of the data folder, starting
   * it for this process's duration when it is not already running. With `supervise`, an embedded
   * server this process started is started again whenever it dies (the API's `npm start`); its end
   * marks Neo4j unavailable at once, so that requests fail fast instead of waiting on the driver.
   */
  static async open(config: Config, options: OpenOptions = {}): Promise<Database> {
    let opened: Database | undefined;
    const onEvent = (event: SupervisorEvent) => {
      if (event.kind === 'exited') {
        opened?.health.recordFailure(
          new LiaisonError(
            ErrorCode.DATABASE_UNAVAILABLE,
            `the embedded Neo4j stopped (exit status ${event.status}); it is being restarted`,
          ),
        );
      }
      if ((event.kind === 'restarted' || event.kind === 'attached') && opened !== undefined) {
        // Its port opens before it can serve: Neo4j is back once its database answers a query.
        const database = opened;
        void answersQuery(database.driver, database.databaseName, RETURN_WAIT_MILLISECONDS).then((answered) => {
          if (answered) database.health.recordSuccess();
          options.supervise?.(event);
        });
        return;
      }
      options.supervise?.(event);
    };
    const { driver, uri, handle } = await connectNeo4j(config, options.supervise === undefined ? undefined : onEvent);
    const database = new Database(driver, uri, config.neo4j.database, handle);
    opened = database;
    try {
      await database.waitUntilAvailable(handle === undefined ? 1 : 50);
    } catch (error) {
      await database.close();
      throw error;
    }
    return database;
  }

  /** Wraps an existing driver (tests of error mapping, tools). The caller owns the driver. */
  static fromDriver(driver: Driver, uri: string, databaseName?: string): Database {
    return new Database(driver, uri, databaseName, undefined);
  }

  /** Whether this process started the embedded server (and so stops it on `close`). */
  get ownsEmbeddedServer(): boolean {
    return this.neo4jHandle?.owned ?? false;
  }

  /** One round trip to Neo4j; throws DATABASE_UNAVAILABLE when it does not answer. */
  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity(this.databaseName === undefined ? {} : { database: this.databaseName });
      this.health.recordSuccess();
    } catch (error) {
      throw this.failed(error);
    }
  }

  /** Pings until Neo4j answers (a just-started server may still be opening its databases). */
  private async waitUntilAvailable(attempts: number): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.ping();
        return;
      } catch (error) {
        if (attempt >= attempts || !(isLiaisonError(error) && error.code === ErrorCode.DATABASE_UNAVAILABLE)) throw error;
        await sleep(200);
      }
    }
  }

  async read(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.readTransaction((transaction) => transaction.run(cypher, parameters));
  }

  /** One write statement in its own transaction, audited as `operation` (by default: the statement, cut short). */
  async write(cypher: string, parameters: Parameters = {}, operation?: AuditedOperation): Promise<Row[]> {
    return this.writeTransaction(
      (transaction) => transaction.run(cypher, parameters),
      operation ?? { operation: 'cypher', variables: { statement: cypher } },
    );
  }

  /**
   * A schema command (CREATE/DROP INDEX or CONSTRAINT, db.awaitIndexes). Neo4j runs schema and data
   * changes in different transactions, and a schema command changes no fact: it has no audit entry.
   */
  async runSchemaStatement(statement: string): Promise<Row[]> {
    const session = this.driver.session(this.sessionOptions('WRITE'));
    try {
      const result = await session.executeWrite((transaction) => wrapTransaction(transaction).run(statement), this.transactionConfig());
      this.health.recordSuccess();
      return result;
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction, retried on transient errors; all or nothing. The same
   * transaction appends the audit entry of `operation` (who, when, what, the variables summarised,
   * the touched keys, Neo4j's counters), so there is no change without its entry and no entry
   * without its change; through the API the touched nodes are stamped `updatedAt`/`updatedBy`.
   */
  async writeTransaction<T>(work: (transaction: Transaction) => Promise<T>, operation: AuditedOperation): Promise<T> {
    const session = this.driver.session(this.sessionOptions('WRITE'));
    const { actor, stamp, auditTrail } = this.settings;
    try {
      // A dataset removed while an import waited for its lock leaves the import holding a deleted node.
      const result = await retryOnConcurrentDeletion(() =>
        session.executeWrite(async (transaction) => {
          const collector = new AuditCollector(stamp);
          const value = await work(wrapTransaction(transaction, collector, this.settings.profile));
          const writes = wrapTransaction(transaction);
          if (!auditTrail) {
            await writes.run(ADVANCE_GRAPH_VERSION);
            return value;
          }
          if (stamp) {
            for (const { label, property, keys } of collector.touchedLabels()) {
              await writes.run(stampStatement(label, property), { keys, actor: actor.id });
            }
          }
          await writes.run(APPEND_AUDIT_ENTRY, collector.entry(actor, operation));
          // Last: from here until the commit is applied, readers of the graph's version wait.
          await writes.run(ADVANCE_GRAPH_VERSION);
          return value;
        }, this.transactionConfig()),
      );
      this.health.recordSuccess();
      return result;
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one read transaction. */
  async readTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionOptions('READ'));
    try {
      const result = await session.executeRead(
        (transaction) => work(wrapTransaction(transaction, undefined, this.settings.profile)),
        this.transactionConfig(),
      );
      this.health.recordSuccess();
      return result;
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs the read-only `work` so that it sees the graph as one committed state: no write applied,
   * even in part, while it ran (see graph-version.ts). It runs between two readings of the graph's
   * version, and again when they differ; after a few attempts, in one transaction holding the
   * version's lock, which writes wait for before they commit. Everything runs on the server that
   * takes writes, so that a cluster's lagging follower cannot answer part of it.
   */
  async readConsistent<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionOptions('WRITE'));
    const config = this.transactionConfig();
    const version = () =>
      session.executeWrite(async (transaction) => (await wrapTransaction(transaction).run(READ_GRAPH_VERSION))[0]?.version ?? null, config);
    try {
      for (let attempt = 1; attempt <= CONSISTENT_READ_ATTEMPTS; attempt += 1) {
        const before = await version();
        const value = await session.executeWrite(
          (transaction) => work(wrapTransaction(transaction, undefined, this.settings.profile)),
          config,
        );
        if ((await version()) === before) {
          this.health.recordSuccess();
          return value;
        }
      }
      const result = await session.executeWrite(async (transaction) => {
        await wrapTransaction(transaction).run(READ_GRAPH_VERSION);
        return work(wrapTransaction(transaction, undefined, this.settings.profile));
      }, config);
      this.health.recordSuccess();
      return result;
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close();
    }
  }

  /** Closes the driver, then stops the embedded server if this process started it. */
  async close(): Promise<void> {
    if (!this.ownsDriver) return;
    await this.driver.close().catch(() => undefined);
    if (this.neo4jHandle !== undefined) await this.neo4jHandle.release();
  }

  /** The error a failed driver call is reported as, after telling `health` about it. */
  private failed(error: unknown): LiaisonError {
    const mapped = mapDriverError(error);
    this.health.recordFailure(mapped);
    return mapped;
  }

  private transactionConfig(): { timeout?: number } {
    return this.transactionTimeoutMs === undefined ? {} : { timeout: this.transactionTimeoutMs };
  }

  private sessionOptions(mode: 'READ' | 'WRITE') {
    return {
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.settings.bookmarks,
      ...(this.databaseName === undefined ? {} : { database: this.databaseName }),
    };
  }
}

export interface OpenOptions {
  /** Supervise the embedded server this process starts, reporting what happens to it here. */
  supervise?: (event: SupervisorEvent) => void;
}
