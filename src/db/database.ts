import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Config } from '../config/index.ts';
import { startOrAttachNeo4j, type Neo4jHandle } from '../neo4j/index.ts';
import { ErrorCode, isLiaisonError, type LiaisonError } from '../errors/index.ts';
import { DatabaseHealth } from './database-health.ts';
import { mapDriverError } from './map-driver-error.ts';
import { toPlain } from './to-plain.ts';

export type Row = Record<string, unknown>;
export type Parameters = Record<string, unknown>;

/** A transaction handed to `Database.writeTransaction` work: run Cypher, get plain rows. */
export interface Transaction {
  run(cypher: string, parameters?: Parameters): Promise<Row[]>;
}

/**
 * Runs statements through the driver's streaming API. The driver keeps every result of a
 * transaction, with its parameters, until the transaction ends; so that a long import stays flat
 * in memory, records are handed over (not kept by the result) and the parameters given to the
 * driver are a copy that is emptied once the statement has run.
 */
function wrapTransaction(transaction: ManagedTransaction): Transaction {
  return {
    run(cypher, parameters = {}) {
      const sent: Parameters = { ...parameters };
      const rows: Row[] = [];
      return new Promise<Row[]>((resolve, reject) => {
        const release = () => {
          for (const name of Object.keys(sent)) delete sent[name];
        };
        transaction.run(cypher, sent).subscribe({
          onNext: (record) => rows.push(toPlain(record.toObject()) as Row),
          onCompleted: () => {
            release();
            resolve(rows);
          },
          onError: (error) => {
            release();
            reject(error);
          },
        });
      });
    },
  };
}

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
  private readonly neo4jHandle: Neo4jHandle | undefined;
  /** False for a view made by `withTransactionTimeout`: closing it leaves the driver open. */
  private readonly ownsDriver: boolean;

  private constructor(
    driver: Driver,
    uri: string,
    databaseName: string | undefined,
    handle: Neo4jHandle | undefined,
    view?: { health: DatabaseHealth; transactionTimeoutMs: number },
  ) {
    this.driver = driver;
    this.uri = uri;
    this.databaseName = databaseName;
    this.neo4jHandle = handle;
    this.health = view?.health ?? new DatabaseHealth({ probe: () => this.ping() });
    this.transactionTimeoutMs = view?.transactionTimeoutMs;
    this.ownsDriver = view === undefined;
  }

  /**
   * The same database (driver, health) whose every transaction Neo4j stops after `milliseconds`
   * (QUERY_TIMEOUT). The API runs requests through one; commands such as a large import do not.
   * Closing the view closes nothing.
   */
  withTransactionTimeout(milliseconds: number): Database {
    return new Database(this.driver, this.uri, this.databaseName, undefined, { health: this.health, transactionTimeoutMs: milliseconds });
  }

  /**
   * Connects to `NEO4J_URI` when set; otherwise to the embedded Neo4j of the data folder, starting
   * it for this process's duration when it is not already running.
   */
  static async open(config: Config): Promise<Database> {
    let handle: Neo4jHandle | undefined;
    let uri: string;
    let user = config.neo4j.user;
    let password = config.neo4j.password;
    if (config.neo4j.uri === undefined) {
      handle = await startOrAttachNeo4j(config.neo4j);
      uri = handle.uri;
      user = handle.user;
      password = handle.password;
    } else {
      uri = config.neo4j.uri;
    }
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password ?? ''), {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxConnectionLifetime: 30 * 60_000,
      // Fail fast while Neo4j is down (the default retries a transaction for 30 s).
      maxTransactionRetryTime: 5_000,
    });
    const database = new Database(driver, uri, config.neo4j.database, handle);
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
    return this.execute('READ', cypher, parameters);
  }

  async write(cypher: string, parameters: Parameters = {}): Promise<Row[]> {
    return this.execute('WRITE', cypher, parameters);
  }

  /** Runs `work` in one write transaction, retried on transient errors; all or nothing. */
  async writeTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionOptions('WRITE'));
    try {
      const result = await session.executeWrite((transaction) => work(wrapTransaction(transaction)), this.transactionConfig());
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
      const result = await session.executeRead((transaction) => work(wrapTransaction(transaction)), this.transactionConfig());
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
      ...(this.databaseName === undefined ? {} : { database: this.databaseName }),
    };
  }

  private async execute(mode: 'READ' | 'WRITE', cypher: string, parameters: Parameters): Promise<Row[]> {
    return mode === 'READ'
      ? this.readTransaction((transaction) => transaction.run(cypher, parameters))
      : this.writeTransaction((transaction) => transaction.run(cypher, parameters));
  }
}
