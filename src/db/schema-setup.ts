import type { Database } from './database.ts';
import { backfillSearchScopes, SCOPED_LABELS, SEARCH_SCOPES_PROPERTY } from './search-scopes.ts';
import type { Row } from './transaction.ts';

/**
 * The full-text index over the names of everything a user looks up by name: name, full name,
 * aliases (a LIST<STRING>, which Neo4j 5 full-text indexes accept), a document's number and title.
 * It uses the `cjk` analyzer (character bigrams), so `发改委` finds 市发展改革委 through its alias
 * 市发改委, and `民盟` finds 民盟资阳市委会. `searchScopes` holds the tokens of the jurisdictions a node
 * belongs to, so that a search within one intersects inside Lucene (src/db/search-scopes.ts).
 */
export const NAME_SEARCH_INDEX = 'nameSearch';
export const NAME_SEARCH_LABELS = SCOPED_LABELS;
export const NAME_SEARCH_PROPERTIES = ['name', 'fullName', 'aliases', 'number', 'title', SEARCH_SCOPES_PROPERTY] as const;
const NAME_SEARCH_ANALYZER = 'cjk';

/** Uniqueness constraints: the natural key of each label (`key` is "<jurisdiction>/<name>" or the records' key). */
const uniqueProperties: ReadonlyArray<readonly [label: string, property: string]> = [
  ['Jurisdiction', 'name'],
  ['Office', 'key'],
  ['Department', 'key'],
  ['Counterpart', 'key'],
  ['Leader', 'key'],
  ['Person', 'key'],
  ['Role', 'key'],
  ['Activity', 'key'],
  ['Document', 'number'],
  ['Dataset', 'name'],
  ['AuditEntry', 'id'],
  ['GraphVersion', 'id'],
];

/** Range indexes for lookups, the review's filters and dataset removal. */
const indexedNodeProperties: ReadonlyArray<readonly [label: string, property: string]> = [
  ['Office', 'name'],
  ['Department', 'name'],
  ['Counterpart', 'name'],
  ['Counterpart', 'party'],
  ['Leader', 'name'],
  ['Person', 'name'],
  ['Role', 'kind'],
  ['Activity', 'date'],
  ['Activity', 'kind'],
  ['Document', 'issuedAt'],
  ['Document', 'kind'],
  ['Person', 'dataset'],
  ['Role', 'dataset'],
  ['Activity', 'dataset'],
  ['Document', 'dataset'],
  ['AuditEntry', 'at'],
  ['AuditEntry', 'actor'],
  ['AuditEntry', 'operation'],
];

const indexedRelationshipProperties: ReadonlyArray<readonly [type: string, property: string]> = [
  ['LIAISES_WITH', 'sourceDocument'],
  ['LIAISES_WITH', 'kind'],
];

function identifier(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

interface SchemaRule {
  /** The name Neo4j knows the constraint or index by. */
  name: string;
  /** The idempotent command creating it. */
  statement: string;
}

function constraintRule(label: string, property: string): SchemaRule {
  const name = `${label.toLowerCase()}_${property}_unique`;
  return {
    name,
    statement: `CREATE CONSTRAINT ${identifier(name)} IF NOT EXISTS FOR (node:${identifier(label)}) REQUIRE node.${identifier(property)} IS UNIQUE`,
  };
}

function nodeIndexRule(label: string, property: string): SchemaRule {
  const name = `${label.toLowerCase()}_${property}`;
  return {
    name,
    statement: `CREATE INDEX ${identifier(name)} IF NOT EXISTS FOR (node:${identifier(label)}) ON (node.${identifier(property)})`,
  };
}

function relationshipIndexRule(type: string, property: string): SchemaRule {
  const name = `${type.toLowerCase()}_${property}`;
  return {
    name,
    statement: `CREATE INDEX ${identifier(name)} IF NOT EXISTS FOR ()-[relationship:${identifier(type)}]-() ON (relationship.${identifier(property)})`,
  };
}

function nameSearchRule(): SchemaRule {
  const labels = NAME_SEARCH_LABELS.map(identifier).join('|');
  const properties = NAME_SEARCH_PROPERTIES.map((property) => `node.${identifier(property)}`).join(', ');
  return {
    name: NAME_SEARCH_INDEX,
    statement:
      `CREATE FULLTEXT INDEX ${identifier(NAME_SEARCH_INDEX)} IF NOT EXISTS FOR (node:${labels}) ON EACH [${properties}] ` +
      `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${NAME_SEARCH_ANALYZER}' } }`,
  };
}

function schemaRules(): SchemaRule[] {
  return [
    ...uniqueProperties.map(([label, property]) => constraintRule(label, property)),
    ...indexedNodeProperties.map(([label, property]) => nodeIndexRule(label, property)),
    ...indexedRelationshipProperties.map(([type, property]) => relationshipIndexRule(type, property)),
    nameSearchRule(),
  ];
}

/** The schema commands `ensureSchema` runs when nothing exists yet, in order; each is idempotent. */
export function schemaStatements(): string[] {
  return schemaRules().map((rule) => rule.statement);
}

function sameMembers(left: readonly unknown[], right: readonly string[]): boolean {
  return left.length === right.length && right.every((item) => left.includes(item));
}

/** Whether the name-search index found covers the labels, properties and analyzer of this version. */
function isCurrentNameSearch(index: Row): boolean {
  return (
    Array.isArray(index.labelsOrTypes) &&
    Array.isArray(index.properties) &&
    sameMembers(index.labelsOrTypes, NAME_SEARCH_LABELS) &&
    sameMembers(index.properties, NAME_SEARCH_PROPERTIES) &&
    index.analyzer === NAME_SEARCH_ANALYZER
  );
}

/** Whether a failed schema command lost a race with another process creating the same rule. */
function isAlreadyExists(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/.test(code);
}

/**
 * The names of the constraints and indexes there are, and the indexes, in one read: a uniqueness
 * constraint is listed through the index backing it (`owningConstraint`).
 */
async function existingSchema(database: Database): Promise<{ names: Set<string>; indexes: Row[] }> {
  const indexes = await database.read(
    `SHOW INDEXES YIELD name, state, labelsOrTypes, properties, options, owningConstraint
     RETURN name, state, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer, owningConstraint`,
  );
  const names = new Set<string>();
  for (const index of indexes) {
    names.add(String(index.name));
    if (typeof index.owningConstraint === 'string') names.add(index.owningConstraint);
  }
  return { names, indexes };
}

/**
 * Creates the uniqueness constraints, indexes and the full-text name index that do not exist (the
 * name index is recreated when an earlier version of it covers other labels, properties or
 * analyzer), and waits until every index is online; then gives the jurisdictions of a graph written
 * before search scopes their tokens (`backfillSearchScopes`). Two reads when everything exists
 * already. Safe to run at every start and from several processes at once.
 */
export async function ensureSchema(database: Database): Promise<void> {
  const { names, indexes } = await existingSchema(database);
  const nameSearch = indexes.find((index) => index.name === NAME_SEARCH_INDEX);
  if (nameSearch !== undefined && !isCurrentNameSearch(nameSearch)) {
    await database.runSchemaStatement(`DROP INDEX ${identifier(NAME_SEARCH_INDEX)} IF EXISTS`);
    names.delete(NAME_SEARCH_INDEX);
  }
  const missing = schemaRules().filter((rule) => !names.has(rule.name));
  for (const rule of missing) {
    try {
      await database.runSchemaStatement(rule.statement);
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  const allOnline = indexes.every((index) => index.state === 'ONLINE');
  if (missing.length > 0 || !allOnline) await database.runSchemaStatement('CALL db.awaitIndexes(300)');
  await backfillSearchScopes(database);
}
