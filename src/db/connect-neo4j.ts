import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config/index.ts';
import { startOrAttachNeo4j, startSupervisedNeo4j, type Neo4jHandle, type SupervisorEvent } from '../neo4j/index.ts';

/** A driver for the configured Neo4j, with the embedded server's handle when this process reached one. */
export interface Neo4jConnection {
  driver: Driver;
  uri: string;
  handle: Neo4jHandle | undefined;
}

/**
 * Reaches `NEO4J_URI` when set; otherwise the embedded Neo4j of the data folder, started for this
 * process's duration when it is not already running, and started again whenever it dies when
 * `onEvent` is given (the supervisor reports to it).
 */
export async function connectNeo4j(config: Config, onEvent?: (event: SupervisorEvent) => void): Promise<Neo4jConnection> {
  let handle: Neo4jHandle | undefined;
  let uri: string;
  let user = config.neo4j.user;
  let password = config.neo4j.password;
  if (config.neo4j.uri === undefined) {
    handle = onEvent === undefined ? await startOrAttachNeo4j(config.neo4j) : await startSupervisedNeo4j(config.neo4j, { onEvent });
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
  return { driver, uri, handle };
}

/**
 * Whether the database answers a query within `milliseconds`, asking every 200 ms: a restarted
 * Neo4j accepts connections before its first query has loaded the query engine (seconds on a small machine).
 */
export async function answersQuery(driver: Driver, databaseName: string | undefined, milliseconds: number): Promise<boolean> {
  const deadline = performance.now() + milliseconds;
  const database = databaseName === undefined ? {} : { database: databaseName };
  for (;;) {
    try {
      await driver.executeQuery('RETURN 1', {}, database);
      return true;
    } catch {
      if (performance.now() > deadline) return false;
      await sleep(200);
    }
  }
}
