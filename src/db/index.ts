/** The database façade: the only code that talks to neo4j-driver; transactions, schema, driver errors mapped to our codes. */
export { Database, type Row, type Transaction } from './database.ts';
export { mapDriverError } from './map-driver-error.ts';
export { ensureSchema, NAME_SEARCH_INDEX, schemaStatements } from './schema-setup.ts';
