import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { uniqueName } from '../support/records-world.ts';

const label = uniqueName('TransactionTest');
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.write(`MATCH (node:${label}) DETACH DELETE node`);
  await database.close();
});

/** Parameters with nested values, and a deep copy to compare them with afterwards. */
function parameters() {
  const given = { name: '民盟资阳市委会', list: [1, 2, 3], nested: { year: 2031, parties: ['民盟', '九三学社'] }, missing: null };
  return { given, copy: structuredClone(given), list: given.list, nested: given.nested };
}

describe('running statements in a write transaction', () => {
  it('returns plain rows and leaves the caller’s parameters as they were', async () => {
    const { given, copy, list, nested } = parameters();
    const rows = await database.writeTransaction(async (transaction) => {
      const written = await transaction.run(
        `CREATE (node:${label} {name: $name, year: $nested.year, day: date('2031-03-15')})
         RETURN node, node.year AS year, node.day AS day, [item IN $list | item * 2] AS doubled, $nested AS nested`,
        given,
      );
      expect(given).toEqual(copy);
      const again = await transaction.run(`MATCH (node:${label} {name: $name}) RETURN count(node) AS count`, given);
      return [...written, ...again];
    });
    expect(rows).toEqual([
      {
        node: { name: '民盟资阳市委会', year: 2031, day: '2031-03-15' },
        year: 2031,
        day: '2031-03-15',
        doubled: [2, 4, 6],
        nested: { year: 2031, parties: ['民盟', '九三学社'] },
      },
      { count: 1 },
    ]);
    expect(typeof rows[0]?.year).toBe('number');
    expect(Object.keys(given)).toEqual(['name', 'list', 'nested', 'missing']);
    expect(given).toEqual(copy);
    expect(given.list).toBe(list);
    expect(given.nested).toBe(nested);
  });

  it('returns every row of a long result in order', async () => {
    const rows = await database.writeTransaction((transaction) =>
      transaction.run('UNWIND range(1, $count) AS item RETURN item', { count: 2500 }),
    );
    expect(rows).toHaveLength(2500);
    expect(rows.every((row, index) => row.item === index + 1)).toBe(true);
  });

  it('leaves the caller’s parameters as they were when the statement fails, and writes nothing', async () => {
    const { given, copy } = parameters();
    let failure: unknown;
    await expect(
      database.writeTransaction(async (transaction) => {
        await transaction.run(`CREATE (node:${label} {name: $name + '-failed'})`, given);
        try {
          await transaction.run(`UNWIND $list AS item RETURN toInteger(item) / toInteger(item - item) AS broken, $name AS name`, given);
        } catch (error) {
          failure = error;
          expect(Object.keys(given)).toEqual(['name', 'list', 'nested', 'missing']);
          expect(given).toEqual(copy);
          throw error;
        }
      }),
    ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toMatch(/by zero/i);
    expect(given).toEqual(copy);
    const written = await database.read(`MATCH (node:${label} {name: $name}) RETURN node`, { name: `${copy.name}-failed` });
    expect(written).toEqual([]);
  });

  it('leaves the caller’s parameters as they were when a statement does not even compile', async () => {
    const { given, copy } = parameters();
    await expect(database.writeTransaction((transaction) => transaction.run('RETURN $name AS', given))).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(Object.keys(given)).toEqual(['name', 'list', 'nested', 'missing']);
    expect(given).toEqual(copy);
  });
});

describe('a database view with a transaction timeout', () => {
  it('has Neo4j stop a transaction running longer than the timeout, with QUERY_TIMEOUT, and leaves the driver open', async () => {
    const database = await openTestDatabase();
    try {
      const limited = database.withTransactionTimeout(200);
      await expect(limited.read('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n')).rejects.toMatchObject({
        code: 'QUERY_TIMEOUT',
      });
      await limited.close();
      expect(await database.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
    }
  });
});
