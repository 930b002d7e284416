/** Apollo Server over HTTP: the API, the IDE page, /health and /ready, logging. */
export { createApiServer, type ApiServer } from './create-api-server.ts';
export { createLogger, type LogDestination, type Logger, logFormatFor } from './create-logger.ts';
export { createDatabaseGatePlugin, touchesDatabase } from './database-gate-plugin.ts';
export { exampleQueries } from './ide-page.ts';
export { IDE_PAGE_DIRECTORY, loadIdePage, writeIdePage } from './ide-page-file.ts';
export { buildStaticAsset, chooseEncoding, type ContentEncoding, sendStaticAsset, type StaticAsset } from './static-asset.ts';
export { webAppContentSecurityPolicy } from './web-app.ts';
export { type WebConfig, webConfigOf } from './web-config-endpoint.ts';
