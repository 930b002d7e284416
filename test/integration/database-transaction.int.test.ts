import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ENTRY_LABEL, MAX_TOUCHED_KEYS, commandLineActor, type Database } from '../../src/db/index.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { uniqueName } from '../support/records-world.ts';

const label = uniqueName('TransactionTest');
const auditedAs = { operation: uniqueName('test:transaction') };
let database: Database;

/** The audit entries of an operation, oldest first. */
async function entriesOf(operation: string) {
  return database.read(
    `MATCH (entry:${AUDIT_ENTRY_LABEL} {operation: $operation})
     RETURN entry.actor AS actor, entry.role AS role, entry.variables AS variables, entry.labels AS labels, entry.touched AS touched,
            entry.touchedCount AS touchedCount, entry.nodesCreated AS nodesCreated, entry.nodesDeleted AS nodesDeleted,
            entry.relationshipsCreated AS relationshipsCreated, entry.propertiesSet AS propertiesSet, entry.at IS NOT NULL AS timed
     ORDER BY entry.at`,
    { operation },
  );
}

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
    }, auditedAs);
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
    const rows = await database.writeTransaction(
      (transaction) => transaction.run('UNWIND range(1, $count) AS item RETURN item', { count: 2500 }),
      auditedAs,
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
      }, auditedAs),
    ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toMatch(/by zero/i);
    expect(given).toEqual(copy);
    const written = await database.read(`MATCH (node:${label} {name: $name}) RETURN node`, { name: `${copy.name}-failed` });
    expect(written).toEqual([]);
  });

  it('leaves the caller’s parameters as they were when a statement does not even compile', async () => {
    const { given, copy } = parameters();
    await expect(database.writeTransaction((transaction) => transaction.run('RETURN $name AS', given), auditedAs)).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(Object.keys(given)).toEqual(['name', 'list', 'nested', 'missing']);
    expect(given).toEqual(copy);
  });
});

describe('a write transaction whose node another transaction deletes meanwhile', () => {
  it('runs again and sees the graph after the deletion, instead of failing on the deleted node', async () => {
    const name = uniqueName('deleted-meanwhile');
    await database.write(`CREATE (:${label} {name: $name})`, { name });
    let released: () => void = () => undefined;
    const release = new Promise<void>((resolve) => {
      released = resolve;
    });
    let locked: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // The first holds the node's lock until released, then deletes it.
    const deleting = database.writeTransaction(async (transaction) => {
      await transaction.run(`MATCH (node:${label} {name: $name}) SET node.locked = true`, { name });
      locked();
      await release;
      await transaction.run(`MATCH (node:${label} {name: $name}) DELETE node`, { name });
    }, auditedAs);
    await holding;
    // The second matches the node, then waits for its lock.
    const merging = database.writeTransaction(async (transaction) => {
      await transaction.run(`MERGE (node:${label} {name: $name}) SET node:${label}`, { name });
      return transaction.run(`MERGE (node:${label} {name: $name}) SET node.merged = true RETURN node.merged AS merged`, { name });
    }, auditedAs);
    await new Promise((resolve) => setTimeout(resolve, 500));
    released();
    const [deleted, merged] = await Promise.allSettled([deleting, merging]);
    expect([deleted.status, merged]).toEqual(['fulfilled', { status: 'fulfilled', value: [{ merged: true }] }]);
    expect(
      await database.read(`MATCH (node:${label} {name: $name}) RETURN node.locked AS locked, node.merged AS merged`, { name }),
    ).toEqual([{ locked: null, merged: true }]);
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

describe('the audit entry every write transaction appends', () => {
  it('records who, what, the summarised variables, the touched keys and Neo4j’s counters, in the same transaction', async () => {
    const operation = uniqueName('test:audited');
    await database.writeTransaction(
      async (transaction) => {
        await transaction.run(`CREATE (:${label} {key: 'a'})-[:NEXT]->(:${label} {key: 'b'})`);
        transaction.touch(label, 'key', ['a', 'b', 'a']);
      },
      { operation, variables: { dataset: 'x', password: 'hunter2', rows: Array.from({ length: 50 }, (_, index) => index) } },
    );
    const [entry, ...others] = await entriesOf(operation);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actor: commandLineActor().id,
      role: null,
      labels: [label],
      touched: [`${label}:a`, `${label}:b`],
      touchedCount: 2,
      nodesCreated: 2,
      nodesDeleted: 0,
      relationshipsCreated: 1,
      propertiesSet: 2,
      timed: true,
    });
    expect(JSON.parse(String(entry?.variables))).toEqual({
      dataset: 'x',
      password: '[redacted]',
      rows: { items: 50, first: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    });
  });

  it('leaves neither the change nor an entry when the write fails', async () => {
    const operation = uniqueName('test:failed');
    await expect(
      database.writeTransaction(
        async (transaction) => {
          await transaction.run(`CREATE (:${label} {key: 'failed-write'})`);
          await transaction.run('RETURN 1 / 0 AS broken');
        },
        { operation },
      ),
    ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await entriesOf(operation)).toEqual([]);
    expect(await database.read(`MATCH (node:${label} {key: 'failed-write'}) RETURN node`)).toEqual([]);
  });

  it('names an API caller and stamps the nodes it touched with updatedAt and updatedBy', async () => {
    const operation = uniqueName('test:api-write');
    const caller = database.actingAs({ id: '张三', role: 'editor' });
    await caller.writeTransaction(
      async (transaction) => {
        await transaction.run(`CREATE (:${label} {key: 'stamped'}), (:${label} {key: 'not-stamped'})`);
        transaction.touch(label, 'key', ['stamped']);
      },
      { operation },
    );
    expect(await entriesOf(operation)).toMatchObject([{ actor: '张三', role: 'editor', touched: [`${label}:stamped`] }]);
    const rows = await database.read(
      `MATCH (node:${label}) WHERE node.key IN ['stamped', 'not-stamped']
       RETURN node.key AS key, node.updatedBy AS updatedBy, node.updatedAt IS NOT NULL AS stamped ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'not-stamped', updatedBy: null, stamped: false },
      { key: 'stamped', updatedBy: '张三', stamped: true },
    ]);
  });

  it('keeps at most MAX_TOUCHED_KEYS keys on an entry of a command, and counts them all', async () => {
    const operation = uniqueName('test:many-keys');
    const keys = Array.from({ length: MAX_TOUCHED_KEYS + 5 }, (_, index) => `k${index}`);
    await database.writeTransaction(
      async (transaction) => {
        transaction.touch(label, 'key', keys);
      },
      { operation },
    );
    const [entry] = await entriesOf(operation);
    expect(entry?.touchedCount).toBe(MAX_TOUCHED_KEYS + 5);
    expect(entry?.touched).toHaveLength(MAX_TOUCHED_KEYS);
  });
});
