import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestIdentityProvider, type TestIdentityProvider } from '../support/identity-provider.ts';
import { testConfig } from '../support/test-database.ts';
import { type RunningApi, startApi } from './api-test-server.ts';
import { startWebWorld, type WebWorld } from './web-app-world.ts';

/**
 * Signing in through the identity provider's own login page (OpenID Connect, authorization code with
 * PKCE): an oidc-provider in this process, the real server verifying its ID tokens (JWKS_URI, the
 * issuer, the client id as audience) and Neo4j, without ANONYMOUS_ROLE.
 */
let provider: TestIdentityProvider;
let world: WebWorld;
/** The same app and provider, but a server expecting another audience: it refuses the tokens the sign-in brings back. */
let refusing: RunningApi;

const EDITOR = { login: 'wang.bianji', name: '王编辑', roles: ['editor'] };
const VIEWER = { login: 'zhao.chakan', name: '赵查看', roles: ['viewer'] };

beforeAll(async () => {
  provider = await startTestIdentityProvider([EDITOR, VIEWER]);
  const environment = {
    JWT_SECRET: '',
    JWKS_URI: provider.jwksUri,
    JWT_ISSUER: provider.issuer,
    JWT_AUDIENCE: provider.clientId,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
  };
  world = await startWebWorld({ prefix: '统一认证市', sample: false, environment });
  refusing = await startApi(testConfig({ ...environment, JWT_AUDIENCE: 'another-api' }), world.database);
  provider.serveFor([world.api.origin, refusing.origin]);
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.error(await world.capturePages(context.task.name.slice(0, 40)));
});

afterAll(async () => {
  await refusing?.server.close();
  await world?.dispose();
  await provider?.close();
});

/** From a page of the app, through the header's 登录 and the button, to the provider's login page. */
async function openProviderLogin(page: Page, from: string): Promise<void> {
  // The provider remembers who signed in last: each test starts with no session there.
  await page.context().clearCookies();
  await page.goto(from);
  await page.getByRole('button', { name: '登 录' }).first().click();
  await page.getByTestId('oidc-sign-in').click();
  await page.locator('input[name="login"]').waitFor();
  expect(new URL(page.url()).origin).toBe(provider.issuer);
}

/** Signs in on the provider's login page and grants the consent it asks for. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').waitFor();
  await page.locator('button[type="submit"]').click();
}

function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('signing in through the identity provider', () => {
  it('serves the provider to the browser and lets its pages reach it, and nothing else', async () => {
    const config = await fetch(`${world.api.origin}/web-config`);
    expect(config.status).toBe(200);
    expect(await config.json()).toEqual({ oidc: { issuer: provider.issuer, clientId: provider.clientId, scopes: 'openid profile' } });
    const home = await fetch(`${world.api.origin}/`, { headers: { accept: 'text/html' } });
    expect(home.headers.get('content-security-policy')).toContain(`connect-src 'self' ${provider.issuer};`);
  });

  it("signs an editor in on the provider's login and consent pages and returns to the page they came from", async () => {
    const page = await world.pageAs(undefined);
    const from = world.url('/entry/activity');
    await openProviderLogin(page, from);
    await signInAtProvider(page, EDITOR.login);
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe(EDITOR.name);
    expect(await page.getByTestId('user-role').textContent()).toBe('编辑者');
    expect(page.url()).toBe(from);
    await page.getByTestId('nav-entry').waitFor();
    await page.getByTestId('entry-submit').waitFor();
    await world.screenshot(page, 'oidc-signed-in');
    // What is kept is the provider's ID token, where a pasted token is kept: the server verified it.
    const token = await page.evaluate(() => window.localStorage.getItem('liaison-graph.token'));
    expect(payloadOf(token ?? '')).toMatchObject({ iss: provider.issuer, aud: provider.clientId, sub: EDITOR.login, roles: ['editor'] });
    await page.close();
  });

  it('shows a viewer signed in through the provider no entry controls', async () => {
    const page = await world.pageAs(undefined);
    await openProviderLogin(page, world.url('/entry/activity'));
    await signInAtProvider(page, VIEWER.login);
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe(VIEWER.name);
    expect(await page.getByTestId('user-role').textContent()).toBe('查看者');
    await page.getByText('需要编辑权限').waitFor();
    expect(await page.getByTestId('nav-entry').count()).toBe(0);
    expect(await page.getByTestId('entry-submit').count()).toBe(0);
    await page.close();
  });

  it('comes back to the sign-in page saying so when the login is cancelled, keeping nobody signed in', async () => {
    const page = await world.pageAs(undefined);
    await openProviderLogin(page, world.url('/'));
    await page.getByRole('link', { name: /cancel/i }).click();
    await page.getByTestId('sign-in-problem').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByTestId('sign-in-problem').textContent()).toContain('统一身份认证登录已取消');
    await world.screenshot(page, 'oidc-sign-in-cancelled');
    expect(await page.evaluate(() => window.localStorage.getItem('liaison-graph.token'))).toBeNull();
    expect(await page.getByTestId('user-name').count()).toBe(0);
    await page.close();
  });

  it("comes back to the sign-in page saying so when the server refuses the provider's token, keeping nobody signed in", async () => {
    const page = await world.pageAs(undefined);
    await openProviderLogin(page, `${refusing.origin}/`);
    await signInAtProvider(page, EDITOR.login);
    await page.getByTestId('sign-in-problem').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByTestId('sign-in-problem').textContent()).toContain('服务器不接受统一身份认证返回的令牌');
    expect(await page.evaluate(() => window.localStorage.getItem('liaison-graph.token'))).toBeNull();
    expect(await page.getByTestId('user-name').count()).toBe(0);
    await page.close();
  });
});
