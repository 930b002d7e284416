import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema, NAME_SEARCH_INDEX, schemaStatements } from '../../src/db/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
});

afterAll(async () => {
  await database.close();
});

async function indexState(name: string): Promise<unknown> {
  const [index] = await database.read('SHOW INDEXES YIELD name, state WHERE name = $name RETURN state', { name });
  return index?.state;
}

describe('the schema set-up', () => {
  it('creates every constraint and index it declares', async () => {
    const indexes = await database.read('SHOW INDEXES YIELD name, owningConstraint RETURN name, owningConstraint');
    const names = new Set(indexes.flatMap((index) => [index.name, index.owningConstraint]));
    const declared = schemaStatements().map((statement) => /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) `([^`]+)`/.exec(statement)?.[1]);
    expect(declared).not.toContain(undefined);
    for (const name of declared) expect(names.has(name)).toBe(true);
    expect(await indexState(NAME_SEARCH_INDEX)).toBe('ONLINE');
  });

  it('recreates an index that was dropped, and changes nothing on a second run', async () => {
    await database.runSchemaStatement('DROP INDEX `activity_kind` IF EXISTS');
    expect(await indexState('activity_kind')).toBeUndefined();
    await ensureSchema(database);
    expect(await indexState('activity_kind')).toBe('ONLINE');
    const before = await database.read('SHOW INDEXES YIELD name, id RETURN name, id ORDER BY name');
    await ensureSchema(database);
    expect(await database.read('SHOW INDEXES YIELD name, id RETURN name, id ORDER BY name')).toEqual(before);
  });
});
