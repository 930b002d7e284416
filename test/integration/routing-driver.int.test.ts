import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/index.ts';
import { uniqueName } from '../support/records-world.ts';
import { testConfig } from '../support/test-database.ts';

// The test server is one instance, but `neo4j://` makes the driver route as it would with a cluster
// or Aura: it asks the server for its routing table and sends reads to readers, writes to the leader.
const marker = uniqueName('routing-');
let database: Database;
let other: Database;

beforeAll(async () => {
  const uri = testConfig().neo4j.uri ?? '';
  const routed = uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  database = await Database.open(testConfig({ NEO4J_URI: routed }));
  other = database.withTransactionTimeout(30_000);
});

afterAll(async () => {
  await database.write('MATCH (probe:RoutingProbe {marker: $marker}) DETACH DELETE probe', { marker });
  await database.close();
});

describe('the database through a routing driver (neo4j://)', () => {
  it('connects with a neo4j:// address and answers reads and writes', async () => {
    expect(database.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const [row] = await database.read('RETURN 1 AS one');
    expect(Number(row?.one)).toBe(1);
  });

  it('carries each write’s bookmark to the reads that follow it, in every view of the database', async () => {
    const before = await database.bookmarks();
    await database.write('CREATE (:RoutingProbe {marker: $marker, step: 1})', { marker });
    const after = await database.bookmarks();
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    // A view shares the bookmark manager: its read starts after the write, on whichever server it is routed to.
    expect(await other.bookmarks()).toEqual(after);
    const [row] = await other.read('MATCH (probe:RoutingProbe {marker: $marker}) RETURN count(probe) AS probes', { marker });
    expect(Number(row?.probes)).toBe(1);
  });
});
