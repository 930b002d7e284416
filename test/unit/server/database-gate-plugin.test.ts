import { ApolloServer } from '@apollo/server';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseHealth } from '../../../src/db/index.ts';
import { createDatabaseGatePlugin } from '../../../src/server/index.ts';

const TTL = 1_000;

function serviceUnavailable(): Neo4jError {
  return new Neo4jError('Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', '', '');
}

/**
 * Apollo with the gate over a one-field schema whose resolver stands for @neo4j/graphql's: it
 * reaches "Neo4j" directly (not through `Database`), which the test switches off and on.
 */
async function gatedServer() {
  const world = { now: 0, probes: 0, resolverCalls: 0, neo4jUp: true };
  const health = new DatabaseHealth({
    ttlMilliseconds: TTL,
    now: () => world.now,
    probe: async () => {
      world.probes += 1;
      if (!world.neo4jUp) throw serviceUnavailable();
    },
  });
  const server = new ApolloServer({
    typeDefs: 'type Query { counterparts: [String!]! }',
    resolvers: {
      Query: {
        counterparts: () => {
          world.resolverCalls += 1;
          if (!world.neo4jUp) throw serviceUnavailable();
          return ['民盟'];
        },
      },
    },
    plugins: [createDatabaseGatePlugin(health)],
  });
  await server.start();
  async function ask(query: string) {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  }
  return { health, world, ask, stop: () => server.stop() };
}

describe('the database gate', () => {
  it('admits operations from memory while Neo4j is known to answer, with no probe per request', async () => {
    const { health, world, ask, stop } = await gatedServer();
    health.recordSuccess();
    for (let request = 0; request < 5; request += 1) expect((await ask('{ counterparts }')).data).toEqual({ counterparts: ['民盟'] });
    expect(world.probes).toBe(0);
    await stop();
  });

  it('fails fast with DATABASE_UNAVAILABLE and HTTP 503 while Neo4j is known to be down, without running resolvers', async () => {
    const { health, world, ask, stop } = await gatedServer();
    world.neo4jUp = false;
    health.recordFailure(serviceUnavailable());
    const answer = await ask('{ counterparts }');
    expect(answer.status).toBe(503);
    expect(answer.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(world.resolverCalls).toBe(0);
    expect(world.probes).toBe(0);
    await stop();
  });

  it('lets introspection through while Neo4j is down', async () => {
    const { health, world, ask, stop } = await gatedServer();
    world.neo4jUp = false;
    health.recordFailure(serviceUnavailable());
    expect((await ask('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(world.probes).toBe(0);
    await stop();
  });

  it('learns that Neo4j went away from an admitted operation that fails to connect, and gates the next one', async () => {
    const { health, world, ask, stop } = await gatedServer();
    health.recordSuccess();
    world.neo4jUp = false;
    expect((await ask('{ counterparts }')).errors).toHaveLength(1);
    expect(health.status).toBe('unavailable');
    expect((await ask('{ counterparts }')).status).toBe(503);
    expect(world.resolverCalls).toBe(1);
    await stop();
  });

  it('keeps probing once per TTL while down, since the requests it rejects do not refresh what it knows', async () => {
    const { health, world, ask, stop } = await gatedServer();
    world.neo4jUp = false;
    health.recordFailure(serviceUnavailable());
    world.now = TTL / 2;
    expect((await ask('{ counterparts }')).status).toBe(503);
    world.now = TTL;
    world.neo4jUp = true;
    expect((await ask('{ counterparts }')).data).toEqual({ counterparts: ['民盟'] });
    expect(world.probes).toBe(1);
    await stop();
  });

  it('counts an admitted operation that succeeds as Neo4j answering', async () => {
    const { health, world, ask, stop } = await gatedServer();
    health.recordSuccess();
    world.now = TTL - 1;
    await ask('{ counterparts }');
    world.now = 2 * TTL - 2;
    await ask('{ counterparts }');
    expect(world.probes).toBe(0);
    await stop();
  });
});
