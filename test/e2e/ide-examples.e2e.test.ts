import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '../../src/server/index.ts';
import { postGraphQL, startSeededApi, type SeededApi } from './api-test-server.ts';

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api?.stop();
});

describe('the example queries the IDE opens with', () => {
  it.each(exampleQueries().map((example) => [example.title, example.query] as const))(
    '"%s" runs as it opens, with no variables typed in',
    async (_title, query) => {
      const response = await postGraphQL<Record<string, unknown[]>, Record<string, never>>(api.url, query);
      expect(response.errors).toBeUndefined();
      const lists = Object.values(response.data ?? {});
      expect(lists.length).toBeGreaterThan(0);
      expect(lists.every((list) => Array.isArray(list))).toBe(true);
    },
  );

  it('opens on a party and a search text that find something in the notice', async () => {
    const [partyLiaisons, , search] = exampleQueries();
    const party = await postGraphQL<{ counterparts: unknown[] }, Record<string, never>>(api.url, partyLiaisons?.query ?? '');
    const found = await postGraphQL<{ search: Array<{ name: string }> }, Record<string, never>>(api.url, search?.query ?? '');
    expect(party.data?.counterparts.length).toBeGreaterThan(0);
    expect(found.data?.search.map((hit) => hit.name)).toContain('市发展改革委');
  });
});
