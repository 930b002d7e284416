import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/test-tokens.ts';
import { dataOf, postGraphQL } from './api-test-server.ts';
import { startWebWorld, type WebWorld } from './web-app-world.ts';
import {
  choose,
  CounterpartLiaisons,
  DepartmentFacts,
  JurisdictionActivities,
  MatrixAndReview,
  MonthlyDates,
  NetworkFacts,
  tableRows,
} from './web-page-helpers.ts';

/**
 * The web application's reading pages in Chromium against the real server and Neo4j, over a
 * jurisdiction of this file's own holding the notice and the fictional sample year 2023. What the
 * pages show is compared with what the API answers for the same question, or with the sample's
 * published expected gaps, never with numbers written here.
 */
const root = join(import.meta.dirname, '..', '..');
let world: WebWorld;
let viewerToken: string;

async function api<Result, Variables>(
  document: Parameters<typeof postGraphQL<Result, Variables>>[1],
  variables: Variables,
): Promise<Result> {
  return dataOf(await postGraphQL(world.api.url, document, variables, { token: viewerToken }));
}

beforeAll(async () => {
  world = await startWebWorld({ prefix: '网页页面市', sample: true });
  viewerToken = await tokenFor('viewer');
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.error(await world.capturePages(context.task.name.slice(0, 40)));
});

afterAll(async () => {
  await world?.dispose();
});

describe('the overview page', () => {
  it('shows every cell of the liaison matrix with the kind the API gives it and marks the departments the review finds gaps in', async () => {
    const expected = await api(MatrixAndReview, { jurisdiction: world.jurisdiction });
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/'));
    const cells = page.locator('[data-testid="liaison-matrix"] .matrix-cell');
    await cells.first().waitFor();
    const shown = await cells.evaluateAll((elements) =>
      elements.map(
        (element) =>
          `${element.getAttribute('data-department')}×${element.getAttribute('data-counterpart')}:${element.getAttribute('data-kind')}`,
      ),
    );
    const { liaisonMatrix, coverageReport } = expected;
    expect(liaisonMatrix.cells.filter((cell) => cell.kind === 'FORMAL').length).toBeGreaterThan(0);
    expect(shown).toEqual(liaisonMatrix.cells.map((cell) => `${cell.department}×${cell.counterpart}:${cell.kind ?? ''}`));

    const departments = new Set(liaisonMatrix.departments);
    const withGaps = new Set(
      coverageReport.rules.flatMap((rule) => rule.gaps.map((gap) => gap.subject)).filter((subject) => departments.has(subject)),
    );
    expect(withGaps.has('市经济合作外事局')).toBe(true);
    const marked = await page
      .locator('[data-testid="department-gap"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-department')));
    expect(new Set(marked)).toEqual(withGaps);

    const results = await page
      .locator('[data-testid="rule-results"] .rule-result')
      .evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-rule')}:${row.getAttribute('data-gaps')}`));
    expect(results).toEqual(coverageReport.rules.map((rule) => `${rule.id}:${rule.gaps.length}`));
    // The chart (ECharts, loaded on demand) counts per month what the API dates in the year.
    const dates = await api(MonthlyDates, { jurisdiction: world.jurisdiction });
    const perMonth = (days: Array<string | null | undefined>) =>
      Array.from({ length: 12 }, (_, month) => days.filter((day) => Number(day?.slice(5, 7)) === month + 1).length).join(',');
    await page.locator('[data-testid="monthly-chart-canvas"][data-rendered]').waitFor();
    const chart = page.getByTestId('monthly-chart');
    expect(dates.activities.length).toBeGreaterThan(0);
    expect(await chart.getAttribute('data-activities')).toBe(perMonth(dates.activities.map((activity) => activity.date)));
    expect(await chart.getAttribute('data-documents')).toBe(perMonth(dates.documents.map((document) => document.issuedAt)));
    await world.screenshot(page, 'overview');
    await page.close();
  });
});

describe("a counterpart's page", () => {
  it('lists its liaison leaders and departments with the annex line stating each, reached from the matrix', async () => {
    const counterpart = '民进资阳市总支';
    const expected = await api(CounterpartLiaisons, { key: `${world.jurisdiction}/${counterpart}` });
    const [facts] = expected.counterparts;
    expect(facts?.liaisonDepartmentsConnection.edges.length).toBeGreaterThan(0);
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/'));
    await page.locator('[data-testid="matrix-counterpart"]', { hasText: counterpart }).click();
    await page.waitForURL(/\/counterparts\//);
    await page.locator('[data-testid="liaison-departments"] tr.ant-table-row').first().waitFor();
    for (const [testId, edges] of [
      ['liaison-leaders', facts?.liaisonLeadersConnection.edges ?? []],
      ['liaison-departments', facts?.liaisonDepartmentsConnection.edges ?? []],
    ] as const) {
      const rows = await tableRows(page, testId);
      expect(rows).toHaveLength(edges.length);
      for (const edge of edges) {
        const row = rows.find((text) => text.includes(edge.node.name));
        expect(row, `${testId}: ${edge.node.name}`).toBeDefined();
        expect(row).toContain(`${edge.properties.sourceDocument} 第 ${edge.properties.sourceLine} 行`);
        expect(row).toContain(edge.properties.sourceText ?? '');
      }
    }
    const documents = await tableRows(page, 'counterpart-documents');
    expect(documents).toHaveLength(expected.counterpartYear.documentsReceived.length);
    // R2: the sample's policy document that should have reached it and did not.
    const gaps = (await tableRows(page, 'counterpart-gaps')).join('\n');
    expect(expected.counterpartYear.gaps.map((gap) => gap.subject)).toContain('样资府办发〔2023〕5号');
    for (const gap of expected.counterpartYear.gaps) expect(gaps).toContain(gap.subject);
    await world.screenshot(page, 'counterpart');
    await page.close();
  });
});

describe("a department's page", () => {
  it('shows its counterparts, its people in their roles and each of its gaps, reached by searching an alias from another page', async () => {
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/review'));
    await page.getByTestId('global-search').locator('input').fill('发改委');
    await page.getByTestId('global-search').locator('input').press('Enter');
    await page.waitForURL(/\/search/);
    const hit = page.locator('.search-hit[data-name="市发展改革委"]');
    await hit.waitFor();
    await world.screenshot(page, 'search');
    await hit.getByRole('link').click();
    await page.waitForURL(/\/departments\//);
    const expected = await api(DepartmentFacts, { key: `${world.jurisdiction}/市发展改革委` });
    const [facts] = expected.departments;
    await page.locator('[data-testid="department-liaisons"] tr.ant-table-row').first().waitFor();
    const rows = await tableRows(page, 'department-liaisons');
    expect(rows).toHaveLength(facts?.liaisonsConnection.edges.length ?? -1);
    for (const edge of facts?.liaisonsConnection.edges ?? []) expect(rows.some((row) => row.includes(edge.node.name))).toBe(true);
    expect(await tableRows(page, 'department-roles')).toHaveLength(facts?.roles.length ?? -1);
    await page.close();

    const review = await api(MatrixAndReview, { jurisdiction: world.jurisdiction });
    const department = '市经济合作外事局';
    const expectedRules = review.coverageReport.rules
      .filter((rule) => rule.gaps.some((gap) => gap.subject === department))
      .map((rule) => rule.id);
    expect(expectedRules.length).toBeGreaterThan(0);
    const gapPage = await world.pageAs('viewer');
    await gapPage.goto(world.url(`/departments/${encodeURIComponent(department)}`));
    await gapPage.locator('.review-gap').first().waitFor();
    const shownRules = await gapPage.locator('.review-gap').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(shownRules).toEqual(expectedRules);
    await world.screenshot(gapPage, 'department');
    await gapPage.close();
  });
});

describe('the annual review page', () => {
  it("shows each rule with its clause and exactly the sample year's gaps, each with its evidence", async () => {
    const published = JSON.parse(await readFile(join(root, 'seed', 'sample-2023', 'expected-gaps-2023.json'), 'utf8')) as Record<
      string,
      Array<{ subject: string }>
    >;
    const review = await api(MatrixAndReview, { jurisdiction: world.jurisdiction });
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/review'));
    await page.locator('.review-rule').first().waitFor();
    for (const rule of review.coverageReport.rules) {
      const card = page.locator(`.review-rule[data-rule="${rule.id}"]`);
      await expect(card.locator('.ant-card-head').textContent()).resolves.toContain(rule.clause);
      const subjects = await card.locator('.review-gap').evaluateAll((items) => items.map((item) => item.getAttribute('data-subject')));
      expect(subjects, rule.id).toEqual((published[rule.id] ?? []).map((gap) => gap.subject));
      const evidenceRows = await card.locator('.gap-evidence tr.ant-table-row').count();
      expect(evidenceRows, rule.id).toBe(rule.gaps.reduce((sum, gap) => sum + gap.evidence.length, 0));
    }
    const r4 = review.coverageReport.rules.find((rule) => rule.id === 'R4');
    const evidence = r4?.gaps.find((gap) => gap.subject === '市交通运输局')?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    const transport = (await page.locator('.review-rule[data-rule="R4"] .review-gap[data-subject="市交通运输局"]').textContent()) ?? '';
    for (const item of evidence) expect(transport).toContain(item.label);
    // What each rule found and how it judged each record, in Chinese.
    const details = await page.locator('.review-gap .gap-detail').allTextContents();
    expect(details).toEqual(review.coverageReport.rules.flatMap((rule) => rule.gaps.map((gap) => gap.detailZh)));
    expect(details.every((detail) => /[一-龥]/.test(detail) && !/\b(counted|sent|named|symposia)\b/.test(detail))).toBe(true);
    for (const item of evidence) expect(transport).toContain(item.noteZh);
    // A viewer is offered no correction.
    expect(await page.locator('.gap-correct').count()).toBe(0);
    await world.screenshot(page, 'review');
    await page.close();
  });

  it('filters the gaps by rule and by department, keeping the filter in the URL', async () => {
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/review', { rule: 'R5' }));
    await page.locator('.review-rule').first().waitFor();
    expect(await page.locator('.review-rule').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-rule')))).toEqual(['R5']);
    await page.goto(world.url('/review', { subject: '市经济合作外事局' }));
    await page.locator('.review-gap').first().waitFor();
    const gaps = await page
      .locator('.review-gap')
      .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-rule')}:${item.getAttribute('data-subject')}`));
    expect(gaps).toEqual(['R4', 'R5', 'R6', 'R8', 'R10'].map((rule) => `${rule}:市经济合作外事局`));
    await page.close();
  });

  it('downloads the JSON, HTML and Markdown reports the server renders, and the server refuses them without a token', async () => {
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/review'));
    const buttons = page.getByTestId('report-downloads');
    await buttons.waitFor();
    const texts: Record<string, string> = {};
    for (const format of ['json', 'html', 'md']) {
      const [download] = await Promise.all([page.waitForEvent('download'), buttons.locator(`button[data-format="${format}"]`).click()]);
      expect(download.suggestedFilename()).toBe(`review-${world.jurisdiction}-2023.${format}`);
      texts[format] = await readFile((await download.path()) ?? '', 'utf8');
    }
    const json = JSON.parse(texts.json ?? '') as { jurisdiction: string; rules: Array<{ id: string; gaps: unknown[] }> };
    expect(json.jurisdiction).toBe(world.jurisdiction);
    const review = await api(MatrixAndReview, { jurisdiction: world.jurisdiction });
    expect(json.rules.map((rule) => rule.gaps.length)).toEqual(review.coverageReport.rules.map((rule) => rule.gaps.length));
    expect(texts.html).toContain('<svg');
    expect(texts.md).toContain(world.jurisdiction);
    await page.close();
    const anonymous = await fetch(
      `${world.api.origin}/reports/review.json?year=2023&jurisdiction=${encodeURIComponent(world.jurisdiction)}`,
    );
    expect(anonymous.status).toBe(401);
    const badYear = await fetch(`${world.api.origin}/reports/review.md?year=last`, { headers: { authorization: `Bearer ${viewerToken}` } });
    expect(badYear.status).toBe(400);
    expect(((await badYear.json()) as { message: string }).message).toContain('year');
  });
});

describe('recording an activity', () => {
  const department = '市文化广电旅游局';

  async function r10Subjects(page: Page): Promise<string[]> {
    await page.goto(world.url('/review', { rule: 'R10' }));
    await page.locator('.review-rule[data-rule="R10"]').waitFor();
    return page
      .locator('.review-rule[data-rule="R10"] .review-gap')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-subject') ?? ''));
  }

  it("closes the gap it answers: an editor's consultation of a formal counterpart takes the department off R10 at once", async () => {
    const liaisons = await api(DepartmentFacts, { key: `${world.jurisdiction}/${department}` });
    const formal = liaisons.departments[0]?.liaisonsConnection.edges.find((edge) => edge.properties.kind === 'FORMAL')?.node.name;
    expect(formal).toBeDefined();
    const page = await world.pageAs('editor', '编辑王五');
    const before = await r10Subjects(page);
    expect(before).toContain(department);

    await page.getByTestId('nav-entry').click();
    await page.getByTestId('entry-submit').waitFor();
    await page.getByTestId('entry-date').fill('2023-09-15');
    await choose(page, 'entry-kind', ['征求意见']);
    await page.getByTestId('entry-title').fill('文化旅游发展规划征求意见会（网页录入）');
    await choose(page, 'entry-organiser', [department]);
    await choose(page, 'entry-counterparts', [formal ?? '']);
    await page.getByTestId('entry-dataset').fill(world.dataset ?? '');
    await page.getByRole('heading', { name: '录入活动' }).click();
    await world.screenshot(page, 'entry');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('entry-saved').waitFor();

    const after = await r10Subjects(page);
    expect(after).toEqual(before.filter((subject) => subject !== department));
    await page.close();
  });

  it('refuses an activity naming a person nobody recorded, shows the error by field and writes nothing', async () => {
    const { activities: before } = await api(JurisdictionActivities, { jurisdiction: world.jurisdiction });
    const page = await world.pageAs('editor');
    await page.goto(world.url('/entry/activity'));
    await page.getByTestId('entry-submit').waitFor();
    await page.getByTestId('entry-date').fill('2023-10-08');
    await choose(page, 'entry-kind', ['座谈会']);
    await page.getByTestId('entry-title').fill('不应写入的座谈会');
    await choose(page, 'entry-organiser', ['市政府']);
    await page.getByTestId('entry-participants').click();
    await page.keyboard.type('无此人甲');
    await page.keyboard.press('Enter');
    await page.getByTestId('entry-dataset').fill(world.dataset ?? '');
    await page.getByTestId('entry-submit').click();
    const errors = page.getByTestId('entry-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('participants');
    expect(text).toContain('无此人甲');
    await world.screenshot(page, 'entry-errors');
    const { activities: after } = await api(JurisdictionActivities, { jurisdiction: world.jurisdiction });
    expect(after.map((activity) => activity.key).sort()).toEqual(before.map((activity) => activity.key).sort());
    await page.close();
  });
});

describe('correcting a document', () => {
  it("closes an R2 gap: an editor opens the gap's correction, adds the recipients it missed, and the gap leaves the review", async () => {
    const review = await api(MatrixAndReview, { jurisdiction: world.jurisdiction });
    const gap = review.coverageReport.rules.find((rule) => rule.id === 'R2')?.gaps[0];
    expect(gap?.missing.length).toBeGreaterThan(0);
    const page = await world.pageAs('editor');
    await page.goto(world.url('/review', { rule: 'R2' }));
    await page.locator(`.review-gap[data-subject="${gap?.subject}"] .gap-correct`).click();
    await page.waitForURL(/\/entry\/document/);
    // The form fills in once the recorded document has been read: on a busy machine that takes more than poll's default second.
    await expect.poll(() => page.getByTestId('document-number').inputValue(), { timeout: 15_000 }).toBe(gap?.subject);
    await choose(page, 'document-recipients', gap?.missing ?? []);
    await page.getByRole('heading').first().click();
    await world.screenshot(page, 'document-entry');
    await page.getByTestId('document-submit').click();
    await page.getByTestId('entry-saved').waitFor();
    await page.goto(world.url('/review', { rule: 'R2' }));
    await page.locator('.review-rule[data-rule="R2"]').waitFor();
    await page.locator('.review-rule[data-rule="R2"] .ant-empty').waitFor();
    expect(await page.locator('.review-rule[data-rule="R2"] .review-gap').count()).toBe(0);
    await page.close();
  });
});

describe('recording a role', () => {
  it("closes an R5 gap: an editor opens the gap's entry, names the missing liaison officer, and the department leaves R5", async () => {
    const department = '市科学技术局';
    const review = await api(MatrixAndReview, { jurisdiction: world.jurisdiction });
    const r5 = review.coverageReport.rules.find((rule) => rule.id === 'R5')?.gaps ?? [];
    expect(r5.find((gap) => gap.subject === department)?.missing).toEqual(['联络人员']);
    const page = await world.pageAs('editor');
    await page.goto(world.url('/review', { rule: 'R5' }));
    await page.locator(`.review-gap[data-subject="${department}"] .gap-correct`).click();
    await page.waitForURL(/\/entry\/role/);
    await page.getByTestId('role-submit').waitFor();
    await page.getByTestId('role-name').fill('网页联络员');
    await choose(page, 'role-kind', ['联络人员']);
    await page.getByTestId('role-from').fill('2023-01-01');
    await page.getByTestId('entry-dataset').fill(world.dataset ?? '');
    await page.getByTestId('role-submit').click();
    await page.getByTestId('entry-saved').waitFor();
    expect(await page.getByTestId('entry-saved').textContent()).toContain(department);
    await page.goto(world.url('/review', { rule: 'R5' }));
    await page.locator('.review-rule[data-rule="R5"] .review-gap').first().waitFor();
    const after = await page
      .locator('.review-rule[data-rule="R5"] .review-gap')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-subject')));
    expect(after).toEqual(r5.map((gap) => gap.subject).filter((subject) => subject !== department));
    await page.close();
  });
});

describe('the network map', () => {
  it("draws every leader, department and counterpart of the jurisdiction and highlights the API's path between a party and a department", async () => {
    const [from, to] = ['民盟资阳市委会', '市发展改革委'];
    const facts = await api(NetworkFacts, {
      jurisdiction: world.jurisdiction,
      from: `${world.jurisdiction}/${from}`,
      to: `${world.jurisdiction}/${to}`,
    });
    const steps = facts.liaisonPaths[0]?.steps.map((step) => step.label) ?? [];
    expect(steps.length).toBeGreaterThan(0);
    const page = await world.pageAs('viewer');
    await page.goto(world.url('/network'));
    const graph = page.getByTestId('network-graph');
    await page.locator('[data-testid="network-graph"][data-nodes]').waitFor();
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(
      facts.leaders.length + facts.departments.length + facts.counterparts.length,
    );
    expect(Number(await graph.getAttribute('data-edges'))).toBeGreaterThan(0);
    await choose(page, 'path-from', [from]);
    await choose(page, 'path-to', [to]);
    await page.getByTestId('path-find').click();
    await page.locator('.path-step').first().waitFor();
    expect(await page.locator('.path-step').allTextContents()).toEqual(steps);
    await page.locator('[data-testid="network-graph"][data-highlighted]').waitFor();
    expect(Number(await graph.getAttribute('data-highlighted'))).toBeGreaterThanOrEqual(steps.length * 2 + 1);
    await world.screenshot(page, 'network');
    await page.close();
  });
});
