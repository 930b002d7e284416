import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../../src/auth/index.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { postGraphQL } from './api-test-server.ts';
import { startWebWorld, type WebWorld } from './web-app-world.ts';

/**
 * Signing in to the web application and how the server serves it: against the real server and
 * Neo4j, without ANONYMOUS_ROLE, so that nothing is read without a token.
 */
let world: WebWorld;

/** The main route's budget: JavaScript a first visit to / downloads, gzipped. */
const MAIN_ROUTE_GZIP_BUDGET = 300 * 1024;

beforeAll(async () => {
  world = await startWebWorld({ prefix: '网页登录市', sample: false });
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.error(await world.capturePages(context.task.name.slice(0, 40)));
});

afterAll(async () => {
  await world?.dispose();
});

describe('signing in', () => {
  it('asks an anonymous visitor to sign in, then shows a viewer by name and role, with no entry controls', async () => {
    const page = await world.pageAs(undefined);
    await page.goto(world.url('/'));
    await page.getByText('没有权限读取：请先登录').waitFor();
    expect(await page.getByTestId('nav-entry').count()).toBe(0);

    await page.goto(`${world.api.origin}/sign-in`);
    await page.getByTestId('token-input').fill(await tokenFor('viewer', '张三'));
    await world.screenshot(page, 'sign-in');
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('张三');
    expect(await page.getByTestId('user-role').textContent()).toBe('查看者');
    await page.locator('[data-testid="liaison-matrix"] .matrix-cell').first().waitFor();
    expect(await page.getByTestId('nav-entry').count()).toBe(0);

    await page.goto(world.url('/entry/activity'));
    await page.getByText('需要编辑权限').waitFor();
    expect(await page.getByTestId('entry-submit').count()).toBe(0);
    // A reload keeps the user signed in: the token is kept in the browser.
    await page.reload();
    await page.getByTestId('user-name').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('张三');
    await page.getByRole('button', { name: '退 出' }).click();
    await page.getByRole('button', { name: '登 录' }).first().waitFor();
    expect(await page.getByTestId('user-name').count()).toBe(0);
    await page.close();
  });

  it('shows an editor by name and role, with the entry page in the navigation', async () => {
    const page = await world.pageAs(undefined);
    await page.goto(`${world.api.origin}/sign-in`);
    await page.getByTestId('token-input').fill(await tokenFor('editor', '李四'));
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('nav-entry').waitFor();
    expect(await page.getByTestId('user-name').textContent()).toBe('李四');
    expect(await page.getByTestId('user-role').textContent()).toBe('编辑者');
    expect(await page.getByTestId('nav-datasets').count()).toBe(0);
    await page.getByTestId('nav-entry').click();
    await page.getByTestId('entry-submit').waitFor();
    await page.close();
  });

  it('lets an admin list the datasets and remove one, which leaves the graph', async () => {
    const dataset = `web-throwaway-${world.jurisdiction.slice(-8)}`;
    const recorded = await postGraphQL(
      world.api.url,
      `mutation ($activity: ActivityRecordInput!, $target: RecordTarget) { recordActivity(activity: $activity, target: $target) { ok errors { message } } }`,
      {
        activity: { date: '2023-03-03', kind: 'SYMPOSIUM', title: '待删除的座谈会', organiser: ['市政府'] },
        target: { dataset, jurisdiction: world.jurisdiction },
      },
      { token: await tokenFor('editor') },
    );
    expect(recorded.data).toEqual({ recordActivity: { ok: true, errors: [] } });
    const page = await world.pageAs('admin', '管理员赵六');
    await page.goto(world.url('/'));
    await page.getByTestId('nav-datasets').click();
    const remove = page.locator(`.dataset-remove[data-dataset="${dataset}"]`);
    await remove.click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('dataset-outcome').waitFor();
    expect(await page.getByTestId('dataset-outcome').textContent()).toContain(`已删除数据集 ${dataset}`);
    await expect.poll(() => remove.count(), { timeout: 10_000 }).toBe(0);
    const left = await postGraphQL<{ datasets: unknown[] }, object>(
      world.api.url,
      `{ datasets(where: { name: { eq: "${dataset}" } }) { name } }`,
      {},
      { token: await tokenFor('viewer') },
    );
    expect(left.data?.datasets).toEqual([]);
    await page.close();
  });

  it('offers no identity provider button when the server names none, and its pages reach only this server', async () => {
    const config = await fetch(`${world.api.origin}/web-config`);
    expect(await config.json()).toEqual({ oidc: null });
    const home = await fetch(`${world.api.origin}/`, { headers: { accept: 'text/html' } });
    expect(home.headers.get('content-security-policy')).toContain("connect-src 'self';");
    const page = await world.pageAs(undefined);
    // The button would appear once the page has the server's settings: wait for them first.
    const settings = page.waitForResponse((response) => new URL(response.url()).pathname === '/web-config');
    await page.goto(`${world.api.origin}/sign-in`);
    await settings;
    await page.getByTestId('token-input').waitFor();
    expect(await page.getByTestId('oidc-sign-in').count()).toBe(0);
    await page.close();
  });

  it('refuses text that is not a token, an expired token and one the server did not sign, keeping nobody signed in', async () => {
    const page = await world.pageAs(undefined);
    const expired = await new SignJWT({ roles: ['viewer'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('过期用户')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode('test-secret-of-at-least-thirty-two-characters'));
    const forged = await mintToken('another-secret-of-at-least-thirty-two-characters', { role: 'admin', subject: '冒名者' });
    for (const [token, message] of [
      ['not a token', '这不是一个令牌'],
      [expired, '过期'],
      [forged, '服务器不接受这个令牌'],
    ] as const) {
      await page.goto(`${world.api.origin}/sign-in`);
      await page.getByTestId('token-input').fill(token);
      await page.getByTestId('sign-in-submit').click();
      await page.getByTestId('sign-in-problem').waitFor();
      expect(await page.getByTestId('sign-in-problem').textContent()).toContain(message);
      expect(await page.evaluate(() => window.localStorage.getItem('liaison-graph.token'))).toBeNull();
    }
    await page.close();
  });
});

describe('serving the web application', () => {
  it('serves index.html for the app and its routes with the CSP, hashed assets cached for good and compressed, and the IDE still at /graphql', async () => {
    const home = await fetch(`${world.api.origin}/`, { headers: { accept: 'text/html' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    expect(home.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await home.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/index-[\w-]+\.js$/);

    const route = await fetch(`${world.api.origin}/counterparts/${encodeURIComponent('民盟资阳市委会')}?year=2023`, {
      headers: { accept: 'text/html' },
    });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(html);

    const asset = await fetch(`${world.api.origin}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = asset.headers.get('etag') ?? '';
    const again = await fetch(`${world.api.origin}${script}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    expect((await fetch(`${world.api.origin}/assets/missing-0000.js`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${world.api.origin}/no-such-file.json`)).status).toBe(404);
    const ide = await fetch(`${world.api.origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(200);
    expect(await ide.text()).toContain('GraphiQL');
  });

  it('keeps the JavaScript of the main route under 300 KB gzipped, fetching the chart library and the other pages only when shown', async () => {
    const html = await (await fetch(`${world.api.origin}/`, { headers: { accept: 'text/html' } })).text();
    // The main route is what index.html loads: its module script and the modules it preloads.
    const firstLoad = new Set(
      [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*\shref="([^"]+\.js)"/g)].map(
        (match) => match[1] ?? match[2] ?? '',
      ),
    );
    const page = await world.pageAs('viewer');
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(world.url('/'));
    await page.locator('[data-testid="liaison-matrix"] .matrix-cell').first().waitFor();
    await page.locator('[data-testid="monthly-chart-canvas"][data-rendered]').waitFor();
    await world.screenshot(page, 'overview-signed-in');
    const files = await Promise.all(
      [...new Set(scripts)].map(async (path) => {
        const body = Buffer.from(await (await fetch(`${world.api.origin}${path}`)).arrayBuffer());
        // ECharts marks the element it draws in with this attribute: its code is in the file that names it.
        // The OIDC library sends the PKCE verifier under this name: its code is in the file that names it.
        return {
          path,
          gzipped: gzipSync(body, { level: 9 }).length,
          echarts: body.includes('_echarts_instance_'),
          oidc: body.includes('code_verifier'),
        };
      }),
    );
    const main = files.filter((file) => firstLoad.has(file.path));
    const onDemand = files.filter((file) => !firstLoad.has(file.path));
    const gzipped = (list: typeof files) => list.reduce((sum, file) => sum + file.gzipped, 0);
    const kilobytes = (list: typeof files) => (gzipped(list) / 1024).toFixed(1);
    console.log(
      `main route: ${main.length} JavaScript file(s), ${kilobytes(main)} KB gzipped; then on demand (the chart): ${onDemand.length} file(s), ${kilobytes(onDemand)} KB gzipped`,
    );
    expect(main.length).toBe(firstLoad.size);
    expect(gzipped(main)).toBeLessThanOrEqual(MAIN_ROUTE_GZIP_BUDGET);
    expect(main.some((file) => file.echarts)).toBe(false);
    expect(onDemand.some((file) => file.echarts)).toBe(true);
    expect(main.some((file) => file.oidc)).toBe(false);
    expect(scripts.some((path) => path.includes('review-page'))).toBe(false);

    await page.getByRole('link', { name: '年度审查' }).click();
    await page.locator('.review-rule').first().waitFor();
    expect(scripts.some((path) => path.includes('review-page'))).toBe(true);
    await page.close();
  });
});
