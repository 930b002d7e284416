import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from '../config/index.ts';
import type { Database } from '../db/index.ts';
import { ErrorCode, isLiaisonError } from '../errors/index.ts';
import {
  buildGraphQLSchema,
  createGraphQLContext,
  type GraphQLContext,
  createErrorFormatter,
  createRequestLimits,
  KnownOperationTypesRule,
} from '../graphql/index.ts';
import { createTokenVerifier, type TokenVerifier } from '../auth/index.ts';
import type { Logger } from './create-logger.ts';
import { createDatabaseGatePlugin } from './database-gate-plugin.ts';
import { handleGraphQLRequest, sendJson } from './handle-graphql-request.ts';
import { createAccessStatusPlugin } from './access-status-plugin.ts';
import { applyCors } from './cors.ts';
import { IDE_PAGE_DIRECTORY, loadIdePage } from './ide-page-file.ts';
import { REVIEW_REPORT_PATH, serveReviewReport } from './review-report-endpoint.ts';
import { sendStaticAsset } from './static-asset.ts';
import { loadWebApp, serveWebApp } from './web-app.ts';
import { sendWebConfig, WEB_CONFIG_PATH } from './web-config-endpoint.ts';

export const GRAPHQL_PATH = '/graphql';
/** How long shutdown waits for requests in flight before it closes their connections. */
export const SHUTDOWN_GRACE_MILLISECONDS = 10_000;

export interface ApiServerOptions {
  config: Config;
  database: Database;
  logger: Logger;
  /** A schema built beforehand; by default it is built from the type definitions. */
  schema?: GraphQLSchema;
  /** How callers are told apart; by default from `config.auth`. */
  verifier?: TokenVerifier;
  /** The built web application served at `/` (default `dist/web/` of the project); null: none. */
  webAppDirectory?: string | null;
}

export interface Readiness {
  ready: boolean;
  /** Why the server is not ready (absent when it is). */
  reason?: string;
}

export interface ApiServer {
  /** Starts listening (port 0: a free port); resolves with the URL of the GraphQL endpoint and IDE. */
  listen(port?: number, host?: string): Promise<{ url: string; port: number }>;
  /** Neo4j answering (asked now) and the schema built. */
  readiness(): Promise<Readiness>;
  /** Whether the built web application is served at `/` (else `/` leads to the IDE). */
  readonly servesWebApp: boolean;
  /** Stops accepting connections, drains requests in flight, stops Apollo. Leaves the database open. */
  close(): Promise<void>;
}

/** The IDE page enforces what it promises: nothing may load from another host. */
const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
].join('; ');

/**
 * The origins the web application's pages may fetch from besides this server: the identity
 * provider's, whose discovery document, token endpoint and keys the browser's sign-in reaches.
 */
function identityProviderOrigins(config: Config): string[] {
  return config.auth.oidc === undefined ? [] : [new URL(config.auth.oidc.issuer).origin];
}

function wantsHtml(request: IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * The API server: Apollo Server 5 over plain `node:http`, serving GraphQL and the offline IDE at
 * `/graphql`, `/health` and `/ready`, the review report at `/reports/review.*` and the web application at `/`. Database errors never stop it: requests fail with
 * DATABASE_UNAVAILABLE while Neo4j is away, and succeed again when it returns (the driver reconnects).
 */
export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { config, database, logger } = options;
  const verifier = options.verifier ?? createTokenVerifier(config.auth);
  const schema = options.schema ?? (await buildGraphQLSchema({ authorizationKey: verifier.neo4jGraphQLKey }));
  const limits = createRequestLimits({ maxDepth: config.server.maxQueryDepth, ...config.limits });
  let closing: Promise<void> | undefined;

  const httpServer = createServer();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: createErrorFormatter(logger),
    validationRules: [KnownOperationTypesRule, ...limits.validationRules],
    parseOptions: limits.parseOptions,
    includeStacktraceInErrorResponses: false,
    introspection: config.limits.introspection,
    // Shutdown is ours (src/cli/start.ts): Apollo would re-raise the signal before the driver is closed.
    stopOnTerminationSignals: false,
    logger: logger.child({ component: 'apollo' }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      createAccessStatusPlugin<GraphQLContext>(),
      createDatabaseGatePlugin<GraphQLContext>(database.health),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN_GRACE_MILLISECONDS }),
    ],
  });
  // The IDE page (9 MB) is read as `npm run build:web` compressed it (or rendered here), while Apollo
  // starts, never per request.
  const webAppDirectory = options.webAppDirectory === undefined ? join(config.projectRoot, 'dist', 'web') : options.webAppDirectory;
  const [{ asset: idePage, prebuilt }, webApp] = await Promise.all([
    loadIdePage(join(config.projectRoot, IDE_PAGE_DIRECTORY), GRAPHQL_PATH),
    webAppDirectory === null ? undefined : loadWebApp(webAppDirectory, identityProviderOrigins(config)),
    apollo.start(),
  ]);
  if (!prebuilt) logger.debug('the IDE page was rendered at start (npm run build:web renders it ahead)');
  if (webAppDirectory !== null && webApp === undefined)
    logger.warn({ directory: webAppDirectory }, 'the web application is not built (npm run build:web): / leads to the IDE');
  // Every transaction a request opens is stopped by Neo4j after QUERY_TIMEOUT_MS.
  const requestDatabase = database.withTransactionTimeout(config.limits.queryTimeoutMs);
  // The caller is verified once per request, before Apollo runs anything; a bad token is a 401.
  const contextFor = (request: IncomingMessage) => async () => {
    try {
      return createGraphQLContext(requestDatabase, await verifier.principalOf(request.headers.authorization));
    } catch (error) {
      if (isLiaisonError(error) && error.code === ErrorCode.UNAUTHENTICATED)
        throw new GraphQLError(error.message, {
          originalError: error,
          extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
        });
      throw error;
    }
  };

  async function readiness(): Promise<Readiness> {
    if (closing !== undefined) return { ready: false, reason: 'the server is shutting down' };
    // The schema is built before this server exists: readiness is Neo4j answering. Unlike the gate,
    // it asks Neo4j every time (within the health's probe timeout): orchestrators poll it seldom
    // and act on it, so it must not report a stale "ready"; what it finds refreshes the gate's view.
    const health = await database.health.check();
    return health.available ? { ready: true } : { ready: false, reason: health.error.message };
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (path === '/health') {
      // The other requests being answered: what a drain is waiting for, and what a shutdown would cut.
      sendJson(response, 200, { status: 'ok', requestsInFlight: inFlight - 1 });
    } else if (path === WEB_CONFIG_PATH && (request.method === 'GET' || request.method === 'HEAD')) {
      sendWebConfig(response, config.auth.oidc);
    } else if (path === '/ready') {
      const state = await readiness();
      if (state.ready) sendJson(response, 200, { status: 'ready' });
      else sendJson(response, 503, { status: 'unavailable', code: ErrorCode.DATABASE_UNAVAILABLE, reason: state.reason });
    } else if (
      path === GRAPHQL_PATH &&
      request.method === 'GET' &&
      wantsHtml(request) &&
      !url.searchParams.has('query') &&
      config.limits.introspection
    ) {
      sendStaticAsset(request, response, idePage, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': IDE_CONTENT_SECURITY_POLICY,
      });
    } else if (path === GRAPHQL_PATH && closing !== undefined) {
      // Draining: what is in flight finishes; anything new is told to come back, on a connection
      // that closes, so that a client's next attempt reaches whichever server replaces this one.
      response.setHeader('connection', 'close');
      response.setHeader('retry-after', '5');
      sendJson(response, 503, {
        errors: [{ message: 'the server is shutting down: try again shortly', extensions: { code: ErrorCode.SHUTTING_DOWN } }],
      });
    } else if (path === GRAPHQL_PATH) {
      if (!applyCors(request, response, config.limits.corsOrigins)) return;
      await handleGraphQLRequest(apollo, contextFor(request), request, response, url.search, config.limits, (listener) =>
        database.health.onUnavailable(listener),
      );
    } else if (REVIEW_REPORT_PATH.test(path)) {
      await serveReviewReport(request, response, url, { database: requestDatabase, verifier, logger });
    } else if (
      webApp !== undefined &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      serveWebApp(webApp, request, response, url.pathname)
    ) {
      // The web application: a built file, or index.html for one of its pages.
    } else if (path === '/' && request.method === 'GET') {
      response.writeHead(302, { location: GRAPHQL_PATH });
      response.end();
    } else {
      sendJson(response, 404, { status: 'not found', paths: [GRAPHQL_PATH, '/health', '/ready'] });
    }
  }

  // Requests being answered, so that shutdown can wait for them before it stops Apollo.
  let inFlight = 0;
  let settled: (() => void) | undefined;
  const stopWatching = database.health.watch(() => inFlight > 0);
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    inFlight += 1;
    route(request, response)
      .catch((error: unknown) => {
        logger.error({ err: error, method: request.method, url: request.url }, 'unexpected error while serving a request');
        if (!response.headersSent)
          sendJson(response, 500, {
            errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
          });
        else response.destroy();
      })
      .finally(() => {
        inFlight -= 1;
        if (inFlight === 0) settled?.();
        logger.debug(
          { method: request.method, url: request.url, status: response.statusCode, milliseconds: Math.round(performance.now() - started) },
          'request',
        );
      });
  });

  return {
    readiness,
    servesWebApp: webApp !== undefined,
    listen(port = config.server.port, host = config.server.host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        httpServer.once('error', onError);
        httpServer.listen(port, host, () => {
          httpServer.off('error', onError);
          const address = httpServer.address() as AddressInfo;
          const urlHost = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : host;
          resolve({ url: `http://${urlHost}:${address.port}${GRAPHQL_PATH}`, port: address.port });
        });
      });
    },
    close() {
      closing ??= (async () => {
        // Still listening: what is in flight finishes, and new requests get 503 SHUTTING_DOWN
        // (not a refused connection) until it has, or until the grace period ends.
        if (inFlight > 0) {
          let timer: NodeJS.Timeout | undefined;
          await new Promise<void>((resolve) => {
            settled = resolve;
            timer = setTimeout(resolve, SHUTDOWN_GRACE_MILLISECONDS);
          });
          clearTimeout(timer);
        }
        stopWatching();
        await apollo.stop();
        if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      })();
      return closing;
    },
  };
}
