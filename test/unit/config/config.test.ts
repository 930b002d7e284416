import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.ts';

/** The identity provider's keys, which the browser sign-in needs the server to verify with. */
const JWKS_URI = 'https://id.example.org/protocol/openid-connect/certs';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const config = loadConfig({ NEO4J_URI: '', PORT: '', HOST: '' });
    expect(config.server.port).toBe(4000);
    expect(config.server.host).toBe('127.0.0.1');
    expect(config.neo4j.boltPort).toBe(7687);
    expect(config.neo4j.dataDir.endsWith('.data/neo4j')).toBe(true);
  });

  it('fails fast naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://example.org', NEO4J_PASSWORD: 'short' })).toThrow(
      /invalid configuration:[\s\S]*NEO4J_URI: a Bolt URI[\s\S]*NEO4J_PASSWORD: at least 8 characters[\s\S]*PORT/,
    );
  });

  it('uses JAVA_HOME to find java', () => {
    expect(loadConfig({ JAVA_HOME: '/opt/jdk' }).neo4j.javaCommand).toBe('/opt/jdk/bin/java');
  });

  it('reads LOG_FORMAT and refuses a format it does not know', () => {
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: '' }).logFormat).toBeUndefined();
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });

  it('takes settings from a .env file, the environment and overrides winning over it', () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'liaison-env-')), '.env');
    writeFileSync(envFile, '# local settings\nPORT=4100\nMAX_QUERY_DEPTH=9\nLOG_FORMAT="json"\n');
    const config = loadConfig({ MAX_QUERY_DEPTH: '7' }, envFile);
    expect(config.server.port).toBe(process.env.PORT === undefined || process.env.PORT === '' ? 4100 : Number(process.env.PORT));
    expect(config.server.maxQueryDepth).toBe(7);
    expect(config.logFormat).toBe('json');
  });

  it('names the variable when a .env file holds a bad value', () => {
    const envFile = join(mkdtempSync(join(tmpdir(), 'liaison-env-')), '.env');
    writeFileSync(envFile, 'NEO4J_BOLT_PORT=seventy\n');
    expect(() => loadConfig({}, envFile)).toThrow(/NEO4J_BOLT_PORT/);
  });

  it('reads the identity provider of the browser sign-in, with openid profile as the default scopes', () => {
    expect(loadConfig({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '' }).auth.oidc).toBeUndefined();
    const oidc = loadConfig({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: 'liaison-web', JWKS_URI, OIDC_SCOPES: '' }).auth.oidc;
    expect(oidc).toEqual({ issuer: 'https://id.example.org', clientId: 'liaison-web', scopes: 'openid profile' });
    expect(
      loadConfig({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: 'liaison-web', JWKS_URI, OIDC_SCOPES: 'openid profile roles' })
        .auth.oidc?.scopes,
    ).toBe('openid profile roles');
  });

  it('refuses an identity provider without its client, or a client without its provider, naming both variables', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: '', JWKS_URI })).toThrow(
      /OIDC_ISSUER and OIDC_CLIENT_ID: set both/,
    );
    expect(() => loadConfig({ OIDC_ISSUER: '', OIDC_CLIENT_ID: 'liaison-web' })).toThrow(/OIDC_ISSUER and OIDC_CLIENT_ID: set both/);
  });

  it('refuses an issuer that is not a URL and scopes without openid', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'id.example.org', OIDC_CLIENT_ID: 'liaison-web', JWKS_URI })).toThrow(
      /OIDC_ISSUER: the identity provider/,
    );
    expect(() =>
      loadConfig({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: 'liaison-web', JWKS_URI, OIDC_SCOPES: 'profile' }),
    ).toThrow(/OIDC_SCOPES: must include openid/);
  });

  it('refuses an identity provider without JWKS_URI, with which the server would verify its tokens', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://id.example.org', OIDC_CLIENT_ID: 'liaison-web', JWKS_URI: '' })).toThrow(
      /JWKS_URI: needed with OIDC_ISSUER/,
    );
  });
});
