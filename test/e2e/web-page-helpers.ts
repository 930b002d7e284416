import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { graphql } from '../generated/gql.ts';

/** What the web application's page tests ask the API, to compare the pages with. */
export const MatrixAndReview = graphql(`
  query WebTestMatrixAndReview($jurisdiction: String!) {
    liaisonMatrix(jurisdiction: $jurisdiction, asOf: "2023-12-31") { departments counterparts cells { department counterpart kind } }
    coverageReport(year: 2023, jurisdiction: $jurisdiction) {
      rules { id clause satisfied gaps { subject missing detailZh evidence { label noteZh } } }
    }
  }
`);

export const CounterpartLiaisons = graphql(`
  query WebTestCounterpartLiaisons($key: String!) {
    counterparts(where: { key: { eq: $key } }) {
      liaisonLeadersConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }
      liaisonDepartmentsConnection { edges { properties { sourceDocument sourceLine sourceText } node { name } } }
    }
    counterpartYear(name: $key, year: 2023) { documentsReceived { number } gaps { rule subject } }
  }
`);

export const DepartmentFacts = graphql(`
  query WebTestDepartmentFacts($key: String!) {
    departments(where: { key: { eq: $key } }) {
      liaisonsConnection { edges { properties { kind sourceText } node { name } } }
      roles { key }
    }
  }
`);

export const JurisdictionActivities = graphql(`
  query WebTestJurisdictionActivities($jurisdiction: String!) {
    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { key }
  }
`);

export const DatasetNames = graphql(`
  query WebTestDatasetNames {
    datasets(sort: [{ name: ASC }]) { name }
  }
`);

export const MonthlyDates = graphql(`
  query WebTestMonthlyDates($jurisdiction: String!) {
    activities(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, date: { gte: "2023-01-01", lte: "2023-12-31" } }) { date }
    documents(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } }, issuedAt: { gte: "2023-01-01", lte: "2023-12-31" } }) {
      issuedAt
    }
  }
`);

export const NetworkFacts = graphql(`
  query WebTestNetworkFacts($jurisdiction: String!, $from: String!, $to: String!) {
    leaders(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }
    departments(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }
    counterparts(where: { jurisdiction: { some: { name: { eq: $jurisdiction } } } }) { name }
    liaisonPaths(from: $from, to: $to, maxHops: 4) { steps { label } }
  }
`);

/** The text of each data row of an antd table. */
export async function tableRows(page: Page, testId: string): Promise<string[]> {
  return page.locator(`[data-testid="${testId}"] tr.ant-table-row`).allInnerTexts();
}

/**
 * Chooses `values` in an antd Select: types each, then clicks its option once the list shows it.
 * Not Enter: a Select that already has a value opens with that option active, and on a busy machine
 * Enter can land before the typed filter has re-rendered the list, choosing the old value again.
 */
export async function choose(page: Page, testId: string, values: string[]): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  for (const value of values) {
    await page.keyboard.type(value);
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: value }).first();
    await option.click({ timeout: 15_000 });
    await expect.poll(async () => (await select.textContent()) ?? '', { timeout: 15_000 }).toContain(value);
  }
  await page.keyboard.press('Escape');
}
