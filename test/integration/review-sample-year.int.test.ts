import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageReport, type CoverageReport } from '../../src/review/index.ts';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { loadNotice, parseNotice, readReferenceNames } from '../../src/notice/index.ts';
import { importRecordsFromPath, removeDataset } from '../../src/records/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

/**
 * The sample year (seed/sample-2023/) loaded into a jurisdiction of this test file's own: the notice
 * loaded under that name, then the workbook imported as a dataset of its own. The expected gaps are
 * the designed cases of seed/sample-2023/README.md, written out here.
 */
const root = join(import.meta.dirname, '..', '..');
const jurisdiction = `样本审查市${randomUUID().slice(0, 8)}`;
const dataset = `sample-2023-review-${jurisdiction.slice(-8)}`;
let database: Database;
let report: CoverageReport;

const expectedGaps: Record<string, Array<{ subject: string; missing: string[] }>> = {
  R1: [],
  R2: [{ subject: '样资府办发〔2023〕5号', missing: ['民进资阳市总支', '市工商联'] }],
  R3: [{ subject: '样资经信刊〔2023〕3期', missing: ['民建资阳市委会', '市工商联'] }],
  R4: [
    { subject: '市交通运输局', missing: [] },
    { subject: '市商务局', missing: [] },
    { subject: '市经济合作外事局', missing: [] },
  ],
  R5: [
    { subject: '市科学技术局', missing: ['联络人员'] },
    { subject: '市生态环境局', missing: ['分管领导', '责任科室'] },
    { subject: '市农业农村局', missing: ['联络人员'] },
    { subject: '市经济合作外事局', missing: ['分管领导', '责任科室', '联络人员'] },
  ],
  R6: [
    { subject: '市同城化发展局', missing: [] },
    { subject: '市卫生健康委', missing: [] },
    { subject: '市经济合作外事局', missing: [] },
  ],
  R7: [],
  R8: [
    { subject: '市商务局', missing: ['工作计划'] },
    { subject: '市市场监管局', missing: ['年度工作总结'] },
    { subject: '市经济合作外事局', missing: ['工作计划', '年度工作总结'] },
  ],
  R9: [{ subject: '致公党资阳市支部', missing: ['领导', '部门'] }],
  R10: [
    { subject: '市同城化发展局', missing: [] },
    { subject: '市文化广电旅游局', missing: [] },
    { subject: '市经济合作外事局', missing: [] },
  ],
};

function gapsOf(result: CoverageReport, id: string): Array<{ subject: string; missing: string[] }> {
  return (result.rules.find((rule) => rule.id === id)?.gaps ?? []).map((gap) => ({ subject: gap.subject, missing: gap.missing }));
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  // The notice under a number of this file's own (document numbers are unique across jurisdictions),
  // and without the repeal of 资府发〔2017〕16号, which belongs to 资阳市's own notice.
  const notice = parseNotice(readFileSync(join(root, 'seed', 'ziyang-2022-65.txt'), 'utf8'), { number: `${jurisdiction}〔2022〕65号` });
  const parsed = { ...notice, supersedes: [] };
  const referenceNames = await readReferenceNames(join(root, 'seed', 'ziyang-aliases.json'));
  await loadNotice(database, parsed, { jurisdiction, referenceNames: { ...referenceNames, jurisdiction } });
  const imported = await importRecordsFromPath(database, join(root, 'seed', 'sample-2023', 'sample-2023.xlsx'), { jurisdiction, dataset });
  expect(imported.errors).toEqual([]);
  report = await coverageReport(database, { year: 2023, jurisdiction });
});

afterAll(async () => {
  await removeDataset(database, dataset).catch(() => undefined);
  await database.write(
    `MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
     OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(jurisdiction) WHERE NOT node:Document
     DETACH DELETE node, jurisdiction`,
    { jurisdiction },
  );
  await database.close();
});

describe('the review of the sample year 2023', () => {
  it('checks the 15 liaison departments of the notice, not the sample’s department without a formal liaison', () => {
    for (const id of ['R4', 'R5', 'R6', 'R8', 'R10']) expect(report.rules.find((rule) => rule.id === id)?.checked).toBe(15);
    expect(report.rules.find((rule) => rule.id === 'R9')?.checked).toBe(8);
  });

  for (const id of Object.keys(expectedGaps)) {
    it(`reports exactly the designed gaps of ${id} (subject and missing)`, () => {
      expect(gapsOf(report, id)).toEqual(expectedGaps[id]);
    });
  }

  it('agrees with the expected gaps the sample publishes beside its README', () => {
    const published = JSON.parse(readFileSync(join(root, 'seed', 'sample-2023', 'expected-gaps-2023.json'), 'utf8')) as unknown;
    expect(published).toEqual(expectedGaps);
  });

  it('gives each gap evidence that names the dataset and row of the records it considered', () => {
    const r5 = report.rules.find((rule) => rule.id === 'R5')?.gaps.find((gap) => gap.subject === '市农业农村局');
    expect(r5?.evidence.length).toBeGreaterThan(0);
    for (const item of r5?.evidence ?? []) {
      expect(item).toMatchObject({ kind: 'ROLE', dataset, sourceSheet: expect.any(String), sourceRow: expect.any(Number) });
    }
  });

  it('falls short of R1 and R7 in 2022, a year with no symposium and no joint meeting recorded', async () => {
    const previous = await coverageReport(database, { year: 2022, jurisdiction });
    expect(gapsOf(previous, 'R1')).toEqual([{ subject: jurisdiction, missing: [] }]);
    expect(gapsOf(previous, 'R7')).toEqual([{ subject: jurisdiction, missing: [] }]);
  });
});
