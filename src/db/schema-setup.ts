import type { Database } from './database.ts';

/**
 * The full-text index over the names of everything a user looks up by name: name, full name,
 * aliases (a LIST<STRING>, which Neo4j 5 full-text indexes accept), a document's number and title.
 * It uses the `cjk` analyzer (character bigrams), so `发改委` finds 市发展改革委 through its alias
 * 市发改委, and `民盟` finds 民盟资阳市委会.
 */
export const NAME_SEARCH_INDEX = 'nameSearch';
export const NAME_SEARCH_LABELS = ['Leader', 'Department', 'Counterpart', 'Jurisdiction', 'Office', 'Person', 'Document'] as const;
export const NAME_SEARCH_PROPERTIES = ['name', 'fullName', 'aliases', 'number', 'title'] as const;
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
];

const indexedRelationshipProperties: ReadonlyArray<readonly [type: string, property: string]> = [
  ['LIAISES_WITH', 'sourceDocument'],
  ['LIAISES_WITH', 'kind'],
];

function identifier(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

function constraintStatement(label: string, property: string): string {
  const name = identifier(`${label.toLowerCase()}_${property}_unique`);
  return `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (node:${identifier(label)}) REQUIRE node.${identifier(property)} IS UNIQUE`;
}

function nodeIndexStatement(label: string, property: string): string {
  const name = identifier(`${label.toLowerCase()}_${property}`);
  return `CREATE INDEX ${name} IF NOT EXISTS FOR (node:${identifier(label)}) ON (node.${identifier(property)})`;
}

function relationshipIndexStatement(type: string, property: string): string {
  const name = identifier(`${type.toLowerCase()}_${property}`);
  return `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[relationship:${identifier(type)}]-() ON (relationship.${identifier(property)})`;
}

function nameSearchStatement(): string {
  const labels = NAME_SEARCH_LABELS.map(identifier).join('|');
  const properties = NAME_SEARCH_PROPERTIES.map((property) => `node.${identifier(property)}`).join(', ');
  return (
    `CREATE FULLTEXT INDEX ${identifier(NAME_SEARCH_INDEX)} IF NOT EXISTS FOR (node:${labels}) ON EACH [${properties}] ` +
    `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${NAME_SEARCH_ANALYZER}' } }`
  );
}

/** The schema commands `ensureSchema` runs, in order; each is idempotent. */
export function schemaStatements(): string[] {
  return [
    ...uniqueProperties.map(([label, property]) => constraintStatement(label, property)),
    ...indexedNodeProperties.map(([label, property]) => nodeIndexStatement(label, property)),
    ...indexedRelationshipProperties.map(([type, property]) => relationshipIndexStatement(type, property)),
    nameSearchStatement(),
  ];
}

function sameMembers(left: readonly unknown[], right: readonly string[]): boolean {
  return left.length === right.length && right.every((item) => left.includes(item));
}

/** Drops the name-search index when an earlier version of it covers other labels, properties or analyzer. */
async function dropOutdatedNameSearch(database: Database): Promise<void> {
  const [existing] = await database.read(
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name
     RETURN labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { name: NAME_SEARCH_INDEX },
  );
  if (existing === undefined) return;
  const current =
    Array.isArray(existing.labelsOrTypes) &&
    Array.isArray(existing.properties) &&
    sameMembers(existing.labelsOrTypes, NAME_SEARCH_LABELS) &&
    sameMembers(existing.properties, NAME_SEARCH_PROPERTIES) &&
    existing.analyzer === NAME_SEARCH_ANALYZER;
  if (!current) await database.write(`DROP INDEX ${identifier(NAME_SEARCH_INDEX)} IF EXISTS`);
}

/** Whether a failed schema command lost a race with another process creating the same rule. */
function isAlreadyExists(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause ?? error) : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists/.test(code);
}

/**
 * Creates the uniqueness constraints, indexes and the full-text name index if they do not exist, and
 * waits until every index is online. Safe to run at every start and from several processes at once.
 */
export async function ensureSchema(database: Database): Promise<void> {
  await dropOutdatedNameSearch(database);
  for (const statement of schemaStatements()) {
    try {
      await database.write(statement);
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }
  await database.write('CALL db.awaitIndexes(300)');
}
