/** Apollo Server over HTTP: the API, the IDE page, /health and /ready, logging. */
export { createApiServer, type ApiServer } from './create-api-server.ts';
export { createLogger, type Logger } from './create-logger.ts';
export { createDatabaseGatePlugin, touchesDatabase } from './database-gate-plugin.ts';
export { exampleQueries } from './ide-page.ts';
