import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/index.ts';
import { ensureSchema } from '../../src/db/index.ts';
import { loadNotice, parseNotice, readReferenceNames } from '../../src/notice/index.ts';
import { importRecordsFromPath, removeDataset } from '../../src/records/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { openTestDatabase, testConfig } from '../support/test-database.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { postGraphQL, type RunningApi, startApi } from './api-test-server.ts';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Where the browser tests save their screenshots (git-ignored with the rest of .scratch/). */
export const SCREENSHOT_DIRECTORY = join(root, '.scratch', 'web-screenshots');

/**
 * A jurisdiction of the test file's own, holding the notice (under a number of its own: numbers are
 * unique across jurisdictions) and, when asked, the fictional sample year as a dataset of its own;
 * the API with the web application over it, and a headless Chromium.
 */
export interface WebWorld {
  jurisdiction: string;
  dataset: string | undefined;
  database: Database;
  api: RunningApi;
  browser: Browser;
  /** A page signed in with a token of `role` (through localStorage, as the sign-in page leaves it), or anonymous. */
  pageAs(role: 'viewer' | 'editor' | 'admin' | undefined, subject?: string): Promise<Page>;
  /** `/path?jurisdiction=<ours>&year=2023…` on the test server. */
  url(path: string, parameters?: Record<string, string>): string;
  screenshot(page: Page, name: string): Promise<string>;
  /** After a failed test: a screenshot of every page still open, and the text each shows, to tell why. */
  capturePages(name: string): Promise<string>;
  dispose(): Promise<void>;
}

/** `npm run build:web` (skipped when dist/web/ is current), so the server has the app to serve. */
export async function buildWebApp(): Promise<void> {
  // Vitest sets NODE_ENV=test, with which Vite would bundle React's development build: build as `npm run build:web` does.
  await run(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'build-web.ts')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    timeout: 170_000,
  });
}

export async function startWebWorld(options: { prefix: string; sample: boolean; environment?: Record<string, string> }): Promise<WebWorld> {
  await buildWebApp();
  const jurisdiction = `${options.prefix}${randomUUID().slice(0, 8)}`;
  const dataset = options.sample ? `sample-2023-web-${jurisdiction.slice(-8)}` : undefined;
  const database = await openTestDatabase();
  await ensureSchema(database);
  const notice = parseNotice(await readFile(join(root, 'seed', 'ziyang-2022-65.txt'), 'utf8'), { number: `${jurisdiction}〔2022〕65号` });
  const referenceNames = await readReferenceNames(join(root, 'seed', 'ziyang-aliases.json'));
  await loadNotice(database, { ...notice, supersedes: [] }, { jurisdiction, referenceNames: { ...referenceNames, jurisdiction } });
  if (dataset !== undefined) {
    const imported = await importRecordsFromPath(database, join(root, 'seed', 'sample-2023', 'sample-2023.xlsx'), {
      jurisdiction,
      dataset,
    });
    if (imported.errors.length > 0) throw new Error(`the sample year did not import: ${JSON.stringify(imported.errors.slice(0, 3))}`);
  }
  const api = await startApi(testConfig(options.environment ?? {}), database);
  // The first review on a Neo4j that has not planned its queries takes seconds: plan them before any page waits on one.
  await postGraphQL(
    api.url,
    `{ coverageReport(year: 2023, jurisdiction: ${JSON.stringify(jurisdiction)}) { year } }`,
    {},
    { token: await tokenFor('viewer') },
  );
  const browser = await launchBrowser();
  // The packaged Chromium runs as one process (--single-process), which closing a browser context ends:
  // every page of the world lives in this one context, each setting its own sign-in when it loads.
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  await context.newPage();
  await mkdir(SCREENSHOT_DIRECTORY, { recursive: true });
  const pages = new Set<Page>();

  return {
    jurisdiction,
    dataset,
    database,
    api,
    browser,
    async pageAs(role, subject) {
      const page = await context.newPage();
      pages.add(page);
      page.on('close', () => pages.delete(page));
      if (role === undefined) {
        // Nobody signed in: what an earlier page of the context kept is removed once, so that a sign-in on this page stays.
        await page.goto(`${api.origin}/health`);
        await page.evaluate(() => window.localStorage.removeItem('liaison-graph.token'));
      } else {
        const token = await tokenFor(role, subject ?? `测试${role}`);
        await page.addInitScript((value) => window.localStorage.setItem('liaison-graph.token', value), token);
      }
      return page;
    },
    url(path, parameters = {}) {
      const search = new URLSearchParams({ jurisdiction, year: '2023', ...parameters });
      return `${api.origin}${path}?${search.toString()}`;
    },
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIRECTORY, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async capturePages(name) {
      const texts: string[] = [];
      let index = 0;
      for (const page of [...pages]) {
        index += 1;
        await page.screenshot({ path: join(SCREENSHOT_DIRECTORY, `failed-${name}-${index}.png`), fullPage: true }).catch(() => undefined);
        const text = await page
          .locator('body')
          .textContent()
          .catch(() => '');
        texts.push(`${page.url()}\n${(text ?? '').slice(0, 1500)}`);
        await page.close();
      }
      return texts.join('\n---\n');
    },
    async dispose() {
      await browser.close().catch(() => undefined);
      await api.server.close();
      if (dataset !== undefined) await removeDataset(database, dataset).catch(() => undefined);
      await database.write(
        `MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
         OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(jurisdiction)
         DETACH DELETE node, jurisdiction`,
        { jurisdiction },
      );
      await database.close();
    },
  };
}
