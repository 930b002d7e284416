import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, resolveDeploymentAuth } from '../../src/auth/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { buildGraphQLSchema } from '../../src/graphql/index.ts';
import { TEST_JWT_SECRET, tokenFor } from '../support/test-tokens.ts';
import { testConfig } from '../support/test-database.ts';
import { postGraphQL, type SeededApi, startApi, startSeededApi } from './api-test-server.ts';

let api: SeededApi;

beforeAll(async () => {
  // No ANONYMOUS_ROLE: a caller without a token may do nothing.
  api = await startSeededApi({ MAX_ALIASES: '10', MAX_DIRECTIVES: '5', MAX_TOKENS: '400', MAX_COST: '50', MAX_BODY_BYTES: '20000' });
});

afterAll(async () => {
  await api?.stop();
});

const IMPORT = `mutation ($records: RecordsInput!) { importRecords(records: $records, dryRun: true) { ok dryRun } }`;
const UPLOAD = `mutation ($fileName: String!, $contentBase64: String!, $dataset: String) {
  importRecordsFile(fileName: $fileName, contentBase64: $contentBase64, dataset: $dataset, dryRun: true) { ok dryRun }
}`;

/** One class of operation, and the role it needs. */
const OPERATIONS = [
  { name: 'a generated query', query: '{ counterparts(limit: 1) { name } }', variables: {}, needs: 'viewer' },
  { name: 'search', query: '{ search(text: "民盟", limit: 1) { name } }', variables: {}, needs: 'viewer' },
  { name: 'the review', query: '{ coverageReport(year: 2023) { rules { id } } }', variables: {}, needs: 'viewer' },
  { name: 'importRecords', query: IMPORT, variables: { records: { dataset: 'security-test', people: [] } }, needs: 'editor' },
  {
    name: 'importRecordsFile',
    query: UPLOAD,
    variables: { fileName: '人员.csv', contentBase64: Buffer.from('姓名,单位,职务\n').toString('base64'), dataset: 'security-test' },
    needs: 'editor',
  },
] as const;

const CALLERS = [
  { caller: 'anonymous', role: undefined, rank: -1 },
  { caller: 'viewer', role: 'viewer', rank: 0 },
  { caller: 'editor', role: 'editor', rank: 1 },
  { caller: 'admin', role: 'admin', rank: 2 },
] as const;

const RANK = { viewer: 0, editor: 1, admin: 2 } as const;

describe('who may do what', () => {
  const cases = CALLERS.flatMap((caller) => OPERATIONS.map((operation) => ({ ...caller, operation })));
  it.each(cases)('$caller × $operation.name', async ({ role, rank, operation }) => {
    const token = role === undefined ? undefined : await tokenFor(role);
    const response = await postGraphQL<Record<string, unknown>, Record<string, unknown>>(api.url, operation.query, operation.variables, {
      token,
    });
    if (rank >= RANK[operation.needs]) {
      expect(response.errors).toBeUndefined();
      expect(response.status).toBe(200);
    } else {
      const code = role === undefined ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(response.errors)).not.toMatch(/\bat \S+\.(ts|js):\d+/);
    }
  });

  it('offers exactly these mutations: the generated create/update/delete ones are off', async () => {
    const schema = await buildGraphQLSchema();
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort()).toEqual([
      'endLiaison',
      'importRecords',
      'importRecordsFile',
      'ingestNotice',
      'recordActivity',
      'recordDocument',
      'recordPersonRole',
      'removeDataset',
      'stateLiaison',
    ]);
  });

  it('grants nothing for a role the server does not know', async () => {
    const token = await new SignJWT({ roles: ['superuser'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const response = await postGraphQL(api.url, '{ counterparts(limit: 1) { name } }', {}, { token });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('tokens that are refused with 401 UNAUTHENTICATED', () => {
  const sign = (claims: Record<string, unknown>, secret: string, expires: string | number = '1h') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setExpirationTime(expires)
      .sign(new TextEncoder().encode(secret));

  it.each([
    ['forged (another secret)', () => sign({ roles: ['admin'] }, 'another-secret-of-at-least-thirty-two-chars')],
    ['expired', () => sign({ roles: ['admin'] }, TEST_JWT_SECRET, Math.floor(Date.now() / 1000) - 60)],
    ['not a JWT', async () => 'not-a-token'],
  ])('%s', async (_name, make) => {
    const response = await postGraphQL(api.url, '{ counterparts(limit: 1) { name } }', {}, { token: await make() });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('checks the issuer and the audience when they are configured', async () => {
    const checked = await startApi(testConfig({ JWT_ISSUER: 'https://id.example.org', JWT_AUDIENCE: 'liaison-graph' }), api.database);
    try {
      const good = await mintToken(TEST_JWT_SECRET, {
        role: 'viewer',
        subject: 'x',
        issuer: 'https://id.example.org',
        audience: 'liaison-graph',
      });
      const wrongIssuer = await mintToken(TEST_JWT_SECRET, {
        role: 'viewer',
        subject: 'x',
        issuer: 'https://evil.example',
        audience: 'liaison-graph',
      });
      const wrongAudience = await mintToken(TEST_JWT_SECRET, {
        role: 'viewer',
        subject: 'x',
        issuer: 'https://id.example.org',
        audience: 'other',
      });
      expect((await postGraphQL(checked.url, '{ counterparts(limit: 1) { name } }', {}, { token: good })).errors).toBeUndefined();
      for (const token of [wrongIssuer, wrongAudience]) {
        const response = await postGraphQL(checked.url, '{ counterparts(limit: 1) { name } }', {}, { token });
        expect(response.status).toBe(401);
        expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      await checked.server.close();
    }
  });
});

describe('tokens from an identity provider (JWKS)', () => {
  let jwks: Server;
  let keys: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    jwks = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('verifies RS256 tokens with the published keys, reads a nested roles claim and picks up a rotated key', async () => {
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    const first = await generateKeyPair('RS256');
    const second = await generateKeyPair('RS256');
    keys = [{ ...(await exportJWK(first.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }];
    const sign = (key: KeyLike, kid: string) =>
      new SignJWT({ realm_access: { roles: ['viewer'] } })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject('kc-user')
        .setExpirationTime('1h')
        .sign(key);
    const served = await startApi(testConfig({ JWT_SECRET: '', JWKS_URI: url, JWT_ROLES_CLAIM: 'realm_access.roles' }), api.database);
    try {
      const query = '{ counterparts(limit: 1) { name } }';
      expect((await postGraphQL(served.url, query, {}, { token: await sign(first.privateKey, 'k1') })).errors).toBeUndefined();
      // The provider rotates: the new key is published, the old one withdrawn.
      keys = [{ ...(await exportJWK(second.publicKey)), kid: 'k2', alg: 'RS256', use: 'sig' }];
      await new Promise((resolve) => setTimeout(resolve, 5_200));
      expect((await postGraphQL(served.url, query, {}, { token: await sign(second.privateKey, 'k2') })).errors).toBeUndefined();
      const forged = await generateKeyPair('RS256');
      const refused = await postGraphQL(served.url, query, {}, { token: await sign(forged.privateKey, 'k2') });
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await served.server.close();
    }
  });
});

describe('the start on an address other machines can reach', () => {
  it('refuses without JWT_SECRET or JWKS_URI, naming them', async () => {
    const config = loadConfig({ HOST: '0.0.0.0', JWT_SECRET: '', JWKS_URI: '' });
    await expect(resolveDeploymentAuth({ ...config, auth: { ...config.auth, jwtSecret: undefined, jwksUri: undefined } })).rejects.toThrow(
      /HOST=0\.0\.0\.0.*JWT_SECRET.*JWKS_URI/s,
    );
  });

  it('lets anonymous callers read on loopback without a secret, and keeps a generated secret', async () => {
    const config = loadConfig({ HOST: '127.0.0.1' });
    const dataDir = `${config.neo4j.dataDir}-security-test-${process.pid}`;
    const resolved = await resolveDeploymentAuth({
      ...config,
      neo4j: { ...config.neo4j, dataDir },
      auth: { ...config.auth, jwtSecret: undefined, jwksUri: undefined },
    });
    expect(resolved.auth.anonymousRole).toBe('viewer');
    expect(resolved.auth.jwtSecret?.length).toBeGreaterThanOrEqual(32);
    expect(resolved.notice).toContain('ANONYMOUS_ROLE=viewer');
    const { rm } = await import('node:fs/promises');
    await rm(dataDir, { recursive: true, force: true });
  });
});

describe('limits on what one request may cost, refused before Neo4j', () => {
  const viewer = () => tokenFor('viewer');
  const matrixAliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, index) => `m${index}: liaisonMatrix { departments }`).join(' ')} }`;

  it.each([
    ['aliases', matrixAliases(11)],
    ['directives', `{ counterparts(limit: 1) { name ${Array.from({ length: 6 }, () => '@include(if: true)').join(' ')} } }`],
    ['tokens', `{ ${Array.from({ length: 150 }, (_, index) => `f${index}: __typename`).join(' ')} }`],
    [
      'cost',
      '{ counterparts { name fullName key aliases liaisonDepartments { name fullName key aliases liaisons { name fullName key aliases liaisonDepartments { name fullName key aliases } } } } }',
    ],
  ])('refuses too many %s with QUERY_TOO_COMPLEX', async (_limit, query) => {
    const started = performance.now();
    const response = await postGraphQL(api.url, query, {}, { token: await viewer() });
    const milliseconds = performance.now() - started;
    expect(response.errors?.[0]?.extensions?.code, response.errors?.[0]?.message).toBe('QUERY_TOO_COMPLEX');
    expect(response.data ?? undefined).toBeUndefined();
    // A refusal is answered without a database round trip: far below what 11 matrices cost.
    expect(milliseconds).toBeLessThan(2_000);
  });

  it('refuses a body over MAX_BODY_BYTES with 413, naming the setting', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await viewer()}` },
      body: JSON.stringify({ query: `{ search(text: "${'民'.repeat(8000)}") { name } }` }),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('MAX_BODY_BYTES');
  });
});
