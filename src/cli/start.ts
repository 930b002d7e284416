import { resolveDeploymentAuth } from '../auth/index.ts';
import { ConfigError, loadConfig, type Config } from '../config/index.ts';
import { Database, ensureSchema } from '../db/index.ts';
import { checkDataFolder, type SupervisorEvent } from '../neo4j/index.ts';
import { isLiaisonError } from '../errors/index.ts';
import { buildGraphQLSchema } from '../graphql/index.ts';
import { isGraphEmpty, loadSeed } from '../notice/index.ts';
import { warmReviewPlans } from './warm-review-plans.ts';
import { createApiServer, type ApiServer, createLogger, type Logger } from '../server/index.ts';

/**
 * `npm start`: the database (NEO4J_URI, or the embedded Neo4j of the data folder, started when it is
 * not running), its constraints and indexes, the seed when the graph is empty, then the API and IDE
 * on HOST:PORT. SIGTERM / SIGINT: stop accepting, drain, close the driver, stop the embedded Neo4j.
 */

/** One line for a failure the user can fix (configuration, launch), the message for anything else. */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError || isLiaisonError(error)) return error.message.replace(/\n\s*/g, '; ');
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return `${error.message}: another process listens there; stop it or set PORT (and HOST).`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The embedded server's supervisor says what it did: an office reads this log, not a console. */
function logSupervisorEvent(logger: Logger, event: SupervisorEvent): void {
  if (event.kind === 'exited') {
    logger.error(
      { pid: event.pid, status: event.status, restartInMilliseconds: event.restartInMilliseconds },
      `the embedded Neo4j stopped unexpectedly: restarting it in ${event.restartInMilliseconds} ms`,
    );
  } else if (event.kind === 'restart-failed') {
    logger.error(
      { err: event.error, attempt: event.attempt, restartInMilliseconds: event.restartInMilliseconds },
      `restarting the embedded Neo4j failed: trying again in ${event.restartInMilliseconds} ms`,
    );
  } else if (event.kind === 'restarted') {
    logger.warn({ pid: event.pid, attempt: event.attempt, milliseconds: event.milliseconds }, 'the embedded Neo4j was restarted');
  } else {
    logger.warn({ pid: event.pid }, 'attached to an embedded Neo4j another process started meanwhile');
  }
}

/** How long after a restart of the embedded Neo4j its review plans are warmed again. */
const RESTART_WARM_UP_DELAY_MILLISECONDS = 10_000;

function elapsed(): number {
  return Math.round(performance.now());
}

async function start(config: Config, logger: Logger): Promise<{ database: Database; server: ApiServer; authNotice: string | undefined }> {
  // Before the embedded default writes its JWT secret there: a read-only or full data folder is
  // named as such, and nothing is written into it.
  if (config.neo4j.uri === undefined) await checkDataFolder(config.neo4j.dataDir);
  // Refuses a non-loopback HOST without JWT_SECRET or JWKS_URI before anything starts.
  const deployment = await resolveDeploymentAuth(config);
  config = { ...config, auth: deployment.auth };
  logger.info({ uri: config.neo4j.uri ?? `embedded (${config.neo4j.dataDir})` }, 'opening the database');
  // The GraphQL schema needs no database: build it while Neo4j starts.
  const building = buildGraphQLSchema({
    authorizationKey: config.auth.jwksUri === undefined ? config.auth.jwtSecret : { url: config.auth.jwksUri },
  });
  building.catch(() => undefined);
  // A restarted Neo4j has forgotten its query plans: warm them again, or the first reviews after a
  // restart each pay for the planning (seconds on this kind of machine). Not at once: the first
  // seconds back belong to the requests waiting to be served, and planning ten rule queries would
  // take Neo4j's CPU from them.
  let opened: Database | undefined;
  const database = await Database.open(config, {
    supervise: (event) => {
      logSupervisorEvent(logger, event);
      if (opened === undefined || (event.kind !== 'restarted' && event.kind !== 'attached')) return;
      const warming = opened;
      setTimeout(() => void warmReviewPlans(warming, logger), RESTART_WARM_UP_DELAY_MILLISECONDS).unref();
    },
  });
  opened = database;
  try {
    logger.info({ milliseconds: elapsed(), uri: database.uri, embeddedStartedHere: database.ownsEmbeddedServer }, 'Neo4j is reachable');
    await ensureSchema(database);
    logger.info({ milliseconds: elapsed() }, 'constraints and indexes are online');
    if (await isGraphEmpty(database)) {
      const summary = await loadSeed(database, config.projectRoot);
      logger.info({ source: summary.source, document: summary.document }, 'the graph was empty: loaded the seed notice');
    }
    const schema = await building;
    const server = await createApiServer({ config, database, logger, schema });
    return { database, server, authNotice: deployment.notice };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`start failed: ${describeFailure(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config);
  let starting: Promise<{ database: Database; server: ApiServer; authNotice: string | undefined }> | undefined;
  let stopping: Promise<void> | undefined;

  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down: draining requests, closing the driver, stopping the embedded Neo4j');
      // A signal during start-up waits for it, so that nothing it opened is left behind.
      const running = await starting?.catch(() => undefined);
      await running?.server.close().catch((error: unknown) => logger.error({ err: error }, 'error while stopping the server'));
      await running?.database.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing the database'));
      logger.info('stopped');
      process.exit(0);
    })();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  let running: { database: Database; server: ApiServer; authNotice: string | undefined } | undefined;
  try {
    starting = start(config, logger);
    running = await starting;
    if (stopping !== undefined) return;
    const { url } = await running.server.listen(config.server.port, config.server.host);
    logger.info({ url, milliseconds: elapsed() }, `ready in ${elapsed()} ms`);
    process.stdout.write(`Liaison Graph API and IDE: ${url} (ready in ${elapsed()} ms)\n`);
    if (running.server.servesWebApp) process.stdout.write(`Web application: ${new URL('/', url).href}\n`);
    if (running.server.servesWebApp && config.auth.oidc !== undefined)
      process.stdout.write(`Sign-in: through ${config.auth.oidc.issuer} (client ${config.auth.oidc.clientId}), or a pasted token\n`);
    if (running.authNotice !== undefined) process.stdout.write(`Access: ${running.authNotice}\n`);
    void warmReviewPlans(running.database, logger);
  } catch (error) {
    logger.debug({ err: error }, 'start failed');
    process.stderr.write(`start failed: ${describeFailure(error)}\n`);
    await running?.server.close().catch(() => undefined);
    await running?.database.close().catch(() => undefined);
    process.exit(1);
  }
}

await main();
