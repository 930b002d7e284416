/** The database façade: the only code that talks to neo4j-driver; transactions, schema, driver errors mapped to our codes, Neo4j's health kept in memory. */
export { Database, type OpenOptions } from './database.ts';
export type { Row, Transaction } from './transaction.ts';
export {
  AUDIT_ENTRY_LABEL,
  MAX_TOUCHED_KEYS,
  commandLineActor,
  summariseVariables,
  type AuditActor,
  type AuditedOperation,
  type WriteCounters,
} from './audit-trail.ts';
export {
  DatabaseHealth,
  HEALTH_TTL_MILLISECONDS,
  PROBE_TIMEOUT_MILLISECONDS,
  type DatabaseHealthOptions,
  type Health,
  type HealthStatus,
} from './database-health.ts';
export { DbHits, planDbHits } from './db-hits.ts';
export { GRAPH_VERSION_LABEL } from './graph-version.ts';
export { isDatabaseUnavailable, mapDriverError } from './map-driver-error.ts';
export { ensureSchema, NAME_SEARCH_INDEX, schemaStatements } from './schema-setup.ts';
export {
  backfillSearchScopes,
  newJurisdictionScopes,
  refreshSearchScopes,
  SCOPED_LABELS,
  SEARCH_SCOPES_PROPERTY,
  SEARCH_TOKEN_PROPERTY,
  searchScopeToken,
  setSearchScopes,
} from './search-scopes.ts';
