import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/index.ts';
import { webAppContentSecurityPolicy, webConfigOf } from '../../../src/server/index.ts';

/** The identity provider's keys, which the browser sign-in needs the server to verify with. */
const JWKS_URI = 'https://id.example.org/protocol/openid-connect/certs';

const connectSources = (policy: string) =>
  policy
    .split('; ')
    .find((directive) => directive.startsWith('connect-src '))
    ?.split(' ')
    .slice(1);

describe("the web application's sign-in settings", () => {
  it('tell the browser the identity provider, client and scopes, and nothing else', () => {
    const config = loadConfig({ OIDC_ISSUER: 'https://id.example.org/realms/liaison', OIDC_CLIENT_ID: 'liaison-web', JWKS_URI });
    expect(webConfigOf(config.auth.oidc)).toEqual({
      oidc: { issuer: 'https://id.example.org/realms/liaison', clientId: 'liaison-web', scopes: 'openid profile' },
    });
  });

  it('name no identity provider when none is configured', () => {
    expect(webConfigOf(loadConfig({ OIDC_ISSUER: '', OIDC_CLIENT_ID: '' }).auth.oidc)).toEqual({ oidc: null });
  });
});

describe("the web application's content security policy", () => {
  it('lets pages fetch from this server only when no identity provider is configured', () => {
    expect(connectSources(webAppContentSecurityPolicy())).toEqual(["'self'"]);
  });

  it("adds the identity provider's origin, and only it, to connect-src", () => {
    const policy = webAppContentSecurityPolicy(['https://id.example.org']);
    expect(connectSources(policy)).toEqual(["'self'", 'https://id.example.org']);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
