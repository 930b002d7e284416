import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importRecordsFromPath, removeDataset } from '../../src/records/index.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { dataOf, postGraphQL } from './api-test-server.ts';
import { startWebWorld, type WebWorld } from './web-app-world.ts';
import { choose, DatasetNames, DepartmentFacts, JurisdictionActivities, NetworkFacts } from './web-page-helpers.ts';

/**
 * The editors' upload of a records file and their liaison entry, in Chromium against the real server
 * and Neo4j, over a jurisdiction of this file's own holding the notice and, of the sample year, only
 * its organisations (单位.csv): the sample's document numbers are unique in the graph, so only one
 * file (web-pages) may hold the whole year while the files run side by side. The gaps used here are
 * R9 (the sample's 致公党资阳市支部, which the notice gives no liaison) and R10 (no department has
 * consulted its counterparts yet). What the pages change is read back from the API and the review,
 * never from numbers written here.
 */
const root = join(import.meta.dirname, '..', '..');
let world: WebWorld;
let viewerToken: string;
let uploadDataset: string;
let organisationsDataset: string;

async function api<Result, Variables>(
  document: Parameters<typeof postGraphQL<Result, Variables>>[1],
  variables: Variables,
): Promise<Result> {
  return dataOf(await postGraphQL(world.api.url, document, variables, { token: viewerToken }));
}

/** The datasets this file made: the other files add and remove their own while it runs. */
async function ownDatasets(): Promise<string[]> {
  const suffix = world.jurisdiction.slice(-8);
  return (await api(DatasetNames, {})).datasets.map((dataset) => dataset.name).filter((name) => name.endsWith(suffix));
}

async function gapSubjects(page: Page, rule: string): Promise<string[]> {
  await page.goto(world.url('/review', { rule }));
  await page.locator(`.review-rule[data-rule="${rule}"]`).waitFor();
  return page
    .locator(`.review-rule[data-rule="${rule}"] .review-gap`)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-subject') ?? ''));
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await page.locator('.ant-upload-list-item', { hasText: name }).waitFor();
}

beforeAll(async () => {
  world = await startWebWorld({ prefix: '网页导入市', sample: false });
  viewerToken = await tokenFor('viewer');
  uploadDataset = `web-upload-${world.jurisdiction.slice(-8)}`;
  organisationsDataset = `web-organisations-${world.jurisdiction.slice(-8)}`;
  const organisations = await importRecordsFromPath(world.database, join(root, 'seed', 'sample-2023', 'csv', '单位.csv'), {
    jurisdiction: world.jurisdiction,
    dataset: organisationsDataset,
  });
  if (organisations.errors.length > 0)
    throw new Error(`the sample's organisations did not import: ${JSON.stringify(organisations.errors)}`);
}, 240_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') console.error(await world.capturePages(context.task.name.slice(0, 40)));
});

afterAll(async () => {
  for (const dataset of [uploadDataset, organisationsDataset]) {
    if (world !== undefined && dataset !== undefined) await removeDataset(world.database, dataset).catch(() => undefined);
  }
  await world?.dispose();
});

describe('uploading a records file', () => {
  it('shows a broken upload’s problems by sheet, row and column of the file, offers no import and changes nothing', async () => {
    const datasetsBefore = await ownDatasets();
    expect(datasetsBefore).toEqual([organisationsDataset]);
    const { activities: before } = await api(JurisdictionActivities, { jurisdiction: world.jurisdiction });
    const csv = [
      '编号,日期,类型,名称,主办单位,参加党派',
      '网传-01,2023-05-10,座谈会,网页上传的座谈会,市政府,民盟资阳市委会',
      '',
      '网传-02,2023-06-10,座谈会,不应写入的座谈会,市不存在局,民盟资阳市委会',
    ].join('\r\n');
    const page = await world.pageAs('editor', '编辑钱七');
    await page.goto(world.url('/'));
    await page.getByTestId('nav-upload').click();
    await chooseFile(page, '活动.csv', Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'));
    await page.getByTestId('upload-dataset').fill(uploadDataset);
    await page.getByTestId('upload-check').click();
    await page.getByTestId('upload-errors').waitFor();
    const rows = await page.locator('[data-testid="upload-errors"] tr.upload-error').allInnerTexts();
    expect(rows).toHaveLength(1);
    // The header is line 1 and an empty line 3 is skipped: the bad record is line 4 of the file.
    for (const part of ['活动（activities）', '4', '主办单位（organiser）', '市不存在局']) expect(rows[0]).toContain(part);
    expect(await page.getByTestId('upload-import').isDisabled()).toBe(true);
    await world.screenshot(page, 'upload-errors');

    expect(await ownDatasets()).toEqual(datasetsBefore);
    const { activities: after } = await api(JurisdictionActivities, { jurisdiction: world.jurisdiction });
    expect(after.map((activity) => activity.key).sort()).toEqual(before.map((activity) => activity.key).sort());
    await page.close();
  });

  it('checks a good workbook, imports it after the check, and the review shows its change at once', async () => {
    const department = '市同城化发展局';
    const facts = await api(DepartmentFacts, { key: `${world.jurisdiction}/${department}` });
    const formal = facts.departments[0]?.liaisonsConnection.edges.find((edge) => edge.properties.kind === 'FORMAL')?.node.name;
    expect(formal).toBeDefined();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('活动');
    sheet.addRow(['编号', '日期', '类型', '名称', '主办单位', '参加党派']);
    sheet.addRow(['网传-03', '2023-07-12', '征求意见', '同城化发展规划征求意见会（网页导入）', department, formal]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const page = await world.pageAs('editor', '编辑钱七');
    const r10 = await gapSubjects(page, 'R10');
    expect(r10).toContain(department);
    await page.goto(world.url('/entry/upload'));
    await chooseFile(page, '网页导入.xlsx', buffer);
    await page.getByTestId('upload-dataset').fill(uploadDataset);
    await page.getByTestId('upload-check').click();
    await page.getByTestId('upload-checked').waitFor();
    const counts = await page.locator('[data-testid="upload-counts"] tr.ant-table-row').allInnerTexts();
    expect(counts.find((row) => row.startsWith('活动'))?.split(/\s+/)).toEqual(['活动', '1', '0', '0', '0']);
    await world.screenshot(page, 'upload');
    expect((await api(DatasetNames, {})).datasets.map((dataset) => dataset.name)).not.toContain(uploadDataset);

    await page.getByTestId('upload-import').click();
    await page.getByTestId('upload-imported').waitFor();
    expect(await page.getByTestId('upload-import').isDisabled()).toBe(true);
    expect((await api(DatasetNames, {})).datasets.map((dataset) => dataset.name)).toContain(uploadDataset);
    expect(await gapSubjects(page, 'R10')).toEqual(r10.filter((subject) => subject !== department));
    await page.close();
  });
});

describe('entering a liaison', () => {
  const counterpart = '致公党资阳市支部';
  const department = '市商务局';

  it("closes an R9 gap: from the gap's link an editor states a liaison department and leader with their source line, and the counterpart leaves R9", async () => {
    const facts = await api(NetworkFacts, {
      jurisdiction: world.jurisdiction,
      from: `${world.jurisdiction}/${counterpart}`,
      to: `${world.jurisdiction}/${department}`,
    });
    const leader = facts.leaders[0]?.name ?? '';
    expect(leader).not.toBe('');
    const notice = `${world.jurisdiction}〔2022〕65号`;
    const page = await world.pageAs('editor', '编辑钱七');
    expect(await gapSubjects(page, 'R9')).toEqual([counterpart]);
    await page.locator(`.review-gap[data-subject="${counterpart}"] .gap-correct`).click();
    await page.waitForURL(/\/entry\/liaison/);
    await page.getByTestId('liaison-submit').waitFor();
    expect(await page.getByTestId('liaison-counterpart').textContent()).toContain(counterpart);

    for (const from of [department, leader]) {
      await choose(page, 'liaison-from', [from]);
      await choose(page, 'liaison-document', [notice]);
      await page.locator('input[data-testid="liaison-line"], [data-testid="liaison-line"] input').first().fill('40');
      await page.getByTestId('liaison-text').fill(`${from}联系${counterpart}（网页录入）`);
      if (from === department) {
        await page.getByRole('heading', { name: '录入联系' }).click();
        await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 }).toBe(0);
        await world.screenshot(page, 'liaison-entry');
      }
      await page.getByTestId('liaison-submit').click();
      await expect
        .poll(
          async () =>
            (await page
              .getByTestId('entry-saved')
              .textContent()
              .catch(() => '')) ?? '',
          { timeout: 20_000 },
        )
        .toContain(from);
    }
    await page.goto(world.url('/review', { rule: 'R9' }));
    await page.locator('.review-rule[data-rule="R9"] .ant-empty').waitFor();
    expect(await page.locator('.review-rule[data-rule="R9"] .review-gap').count()).toBe(0);
    await page.close();
  });

  it('refuses to end a liaison before its first day, showing the error by field, and leaves it in force', async () => {
    const page = await world.pageAs('editor');
    await page.goto(world.url('/entry/liaison', { from: department, counterpart }));
    await page.getByTestId('liaison-submit').waitFor();
    await page.getByText('终止联系', { exact: true }).click();
    await page.getByTestId('liaison-valid-to').fill('2001-01-01');
    await page.getByTestId('liaison-submit').click();
    const errors = page.getByTestId('entry-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('终止日期（validTo）');
    expect(text).toContain('2001-01-01');
    await world.screenshot(page, 'liaison-errors');
    const liaisons = await world.database.read(
      `MATCH (:Department {key: $from})-[liaison:LIAISES_WITH]->(:Counterpart {key: $to}) RETURN liaison.validTo AS validTo`,
      { from: `${world.jurisdiction}/${department}`, to: `${world.jurisdiction}/${counterpart}` },
    );
    expect(liaisons).toEqual([{ validTo: null }]);
    await page.close();
  });
});
