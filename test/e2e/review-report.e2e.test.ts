import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { launchBrowser } from '../support/browser.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { removeReviewFixture, writeReviewFixture } from '../support/review-fixture.ts';
import { reviewScenario } from '../support/review-scenario.ts';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const jurisdiction = `报告测试市${randomUUID().slice(0, 8)}`;
const outputDirectory = join(root, '.scratch', `review-e2e-${jurisdiction.slice(-8)}`);
const htmlPath = join(outputDirectory, 'review.html');
const screenshotPath = join(root, '.scratch', 'review-report-e2e.png');
let database: Database;
let browser: Browser;

/** Runs `npm run review` (the command file itself) against the test run's Neo4j. */
async function review(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'review.ts'), ...args], {
      cwd: outputDirectory,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
        LOG_LEVEL: 'silent',
      },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  await writeReviewFixture(database, reviewScenario(jurisdiction));
  await mkdir(outputDirectory, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeReviewFixture(database, jurisdiction);
  await database.close();
  await rm(outputDirectory, { recursive: true, force: true });
});

describe('npm run review', () => {
  it('writes the HTML and JSON reports to reports/ by default, prints a summary and exits 0 although there are gaps', async () => {
    const result = await review(['--year', '2023', '--jurisdiction', jurisdiction]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(outputDirectory, 'reports', `review-${jurisdiction}-2023.html`)}`);
    expect(result.stdout).toMatch(/^R9\s+二\s+NO\s+4\s+1\s+Every counterpart/m);
    expect(result.stdout).toContain('2 of 10 rules satisfied, 12 gaps');
    const json = JSON.parse(await readFile(join(outputDirectory, 'reports', `review-${jurisdiction}-2023.json`), 'utf8')) as {
      formatVersion: number;
      jurisdiction: string;
      rules: Array<{ id: string; gaps: unknown[] }>;
    };
    expect(json.formatVersion).toBe(1);
    expect(json.jurisdiction).toBe(jurisdiction);
    expect(json.rules.map((rule) => rule.gaps.length)).toEqual([0, 1, 1, 2, 2, 2, 0, 2, 1, 1]);
  });

  it('exits 3 with --fail-on-gaps, 2 on bad arguments or an unknown jurisdiction', async () => {
    expect((await review(['--year', '2023', '--jurisdiction', jurisdiction, '--fail-on-gaps', '--format', 'md'])).code).toBe(3);
    const badYear = await review(['--year', 'last']);
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain('--year: expected a four-digit year, got "last"');
    const unknown = await review(['--year', '2023', '--jurisdiction', '无此市']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"无此市"');
  });

  it('writes JSON to standard output with --out -', async () => {
    const result = await review(['--year', '2024', '--jurisdiction', jurisdiction, '--out', '-']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { year: number; rules: Array<{ id: string; satisfied: boolean }> };
    expect(json.year).toBe(2024);
    expect(json.rules.find((rule) => rule.id === 'R7')?.satisfied).toBe(false);
  });
});

describe('the HTML report in a browser', () => {
  it('draws one matrix cell per department × counterpart, highlights the departments with gaps, and renders Chinese', async () => {
    const result = await review(['--year', '2023', '--jurisdiction', jurisdiction, '--as-of', '2023-06-30', '--out', htmlPath]);
    expect(result.code).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(htmlPath).href);
    const cells = await page
      .locator('svg.liaison-matrix rect.matrix-cell')
      .evaluateAll((elements) =>
        elements.map(
          (element) =>
            `${element.getAttribute('data-department')}×${element.getAttribute('data-counterpart')}:${element.getAttribute('data-kind')}`,
        ),
      );
    const departments = ['市甲局', '市乙局', '市丙局', '市丁局'];
    const counterparts = ['民盟测试委', '民进测试委', '九三测试委', '测试工商联'];
    expect(cells).toHaveLength(departments.length * counterparts.length);
    expect(new Set(cells.map((cell) => cell.split(':')[0])).size).toBe(16);
    expect(cells).toContain('市乙局×民进测试委:FORMAL');
    expect(cells).toContain('市丁局×民进测试委:WORKING_CONTACT');
    expect(cells.filter((cell) => !cell.endsWith(':NONE'))).toHaveLength(6);
    const highlighted = await page
      .locator('text.matrix-department.has-gap')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-department')));
    expect(highlighted).toEqual(['市乙局', '市丙局']);
    expect(await page.locator('section.rule').count()).toBe(10);
    expect(await page.locator('#rule-R5 tr.gap').count()).toBe(2);
    const fontFamily = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(fontFamily.startsWith('"Noto Sans CJK SC"')).toBe(true);
    const labelWidth = await page
      .locator('text.matrix-department[data-department="市甲局"]')
      .evaluate((element) => (element as SVGTextElement).getComputedTextLength());
    expect(labelWidth).toBeGreaterThan(30);
    expect(requests).toEqual([]);
    await page.screenshot({ path: screenshotPath, fullPage: true });
    await page.close();
  });
});
