import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  coverageReport,
  ruleParameters,
  COVERAGE_RULES,
  type CoverageReport,
  type ReviewScope,
  type RuleResult,
} from '../../src/review/index.ts';
import { benchmarkReview } from '../../bench/review-benchmark.ts';
import type { Database } from '../../src/db/index.ts';
import { isLiaisonError } from '../../src/errors/index.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { removeReviewFixture, writeReviewFixture } from '../support/review-fixture.ts';
import { reviewScenario } from '../support/review-scenario.ts';

const jurisdiction = `规则测试市${randomUUID().slice(0, 8)}`;
const number = (name: string) => `${jurisdiction}〔2023〕${name}号`;
let database: Database;
let yearEnd: CoverageReport;

/** The rows of one rule's query: one per subject checked, gap or not. */
async function ruleRows(id: string, scope: ReviewScope) {
  const query = COVERAGE_RULES.find((candidate) => candidate.id === id);
  if (query === undefined) throw new Error(`no rule ${id}`);
  return database.read(query.cypher, ruleParameters(scope));
}

function rule(report: CoverageReport, id: string): RuleResult {
  const found = report.rules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
}

/** The gap set of a rule: subject → missing, as a plain object. */
function gapSet(report: CoverageReport, id: string): Record<string, string[]> {
  return Object.fromEntries(rule(report, id).gaps.map((gap) => [gap.subject, gap.missing]));
}

beforeAll(async () => {
  database = await openTestDatabase();
  await writeReviewFixture(database, reviewScenario(jurisdiction));
  yearEnd = await coverageReport(database, { year: 2023, jurisdiction });
});

afterAll(async () => {
  await removeReviewFixture(database, jurisdiction);
  await database.close();
});

describe('the coverage rules on a designed year', () => {
  it('lists the ten rules in order with their clauses, reviewed as of 31 December', () => {
    expect(yearEnd.rules.map((result) => `${result.id} ${result.clause}`)).toEqual([
      'R1 二（一）',
      'R2 二（三）',
      'R3 二（三）',
      'R4 三（一）',
      'R5 三（一）',
      'R6 三（二）',
      'R7 三（二）',
      'R8 三（三）',
      'R9 二',
      'R10 二（三）',
    ]);
    expect(yearEnd.asOf).toBe('2023-12-31');
    expect(yearEnd.jurisdiction).toBe(jurisdiction);
  });

  it('counts only the liaison departments, leaving out a department with just a working contact', () => {
    for (const id of ['R4', 'R5', 'R6', 'R8', 'R10']) expect(rule(yearEnd, id).checked).toBe(3);
    expect(rule(yearEnd, 'R9').checked).toBe(4);
    expect(rule(yearEnd, 'R3').checked).toBe(3);
  });

  it('R1 counts a symposium by who chaired it that day: the mayor, the executive vice mayor after a mid-year change, never a vice mayor', async () => {
    expect(rule(yearEnd, 'R1').satisfied).toBe(true);
    const [row] = await ruleRows('R1', { jurisdiction, year: 2023, asOf: '2023-12-31' });
    expect(row?.detail).toBe('2 qualifying symposia in 2023 (1–2 required)');
    expect((row?.evidence as Array<{ key: string; note: string }> | undefined)?.map((item) => [item.key.split('/')[1], item.note])).toEqual(
      [
        ['S1', 'counted; chaired by 甲市长（市长）'],
        ['S2', 'not counted: not chaired by the mayor or executive vice mayor that day; chaired by 丙常务（副市长）'],
        ['S3', 'counted; chaired by 丙常务（常务副市长）'],
        ['S4', 'not counted: not chaired by the mayor or executive vice mayor that day; chaired by 乙副市长（副市长）'],
      ],
    );
  });

  it('R1 reports three qualifying symposia as a gap with every symposium as evidence', async () => {
    const report = await coverageReport(database, { year: 2024, jurisdiction });
    const [gap] = rule(report, 'R1').gaps;
    expect(gap?.subject).toBe(jurisdiction);
    expect(gap?.missing).toEqual([]);
    expect(gap?.detail).toBe('3 qualifying symposia in 2024 (1–2 required)');
    expect(gap?.evidence.map((evidence) => evidence.key)).toEqual([`${jurisdiction}/S5`, `${jurisdiction}/S6`, `${jurisdiction}/S7`]);
    expect(gap?.evidence.every((evidence) => evidence.note?.startsWith('counted'))).toBe(true);
    expect(gap?.evidence[0]).toMatchObject({ kind: 'ACTIVITY', date: '2024-03-10', sourceSheet: 'activities', sourceRow: 6 });
  });

  it('R1 reports a year without symposia as a gap', async () => {
    const empty = await coverageReport(database, { year: 2022, jurisdiction });
    expect(gapSet(empty, 'R1')).toEqual({ [jurisdiction]: [] });
    expect(rule(empty, 'R1').gaps[0]?.detail).toBe('0 qualifying symposia in 2022 (1–2 required)');
  });

  it('R2 names the counterparts a policy document of 市政府办公室 did not reach, ignoring a department’s policy and last year’s', () => {
    expect(gapSet(yearEnd, 'R2')).toEqual({ [number('P2')]: ['民进测试委', '测试工商联'] });
    expect(rule(yearEnd, 'R2').checked).toBe(2);
    const [evidence] = rule(yearEnd, 'R2').gaps[0]?.evidence ?? [];
    expect(evidence).toMatchObject({ kind: 'DOCUMENT', key: number('P2'), sourceSheet: 'documents', sourceRow: 3 });
    expect(evidence?.dataset).toBe(`review-test:${jurisdiction}`);
  });

  it('R3 expects a department’s brief to reach a counterpart only while the liaison is in force', () => {
    expect(gapSet(yearEnd, 'R3')).toEqual({ [number('D2')]: ['民进测试委'] });
    const evidence = rule(yearEnd, 'R3').gaps[0]?.evidence ?? [];
    expect(evidence.filter((item) => item.kind === 'LIAISON').map((item) => [item.key, item.note])).toEqual([
      ['市乙局 → 民进测试委', 'not sent'],
      ['市乙局 → 九三测试委', 'sent'],
    ]);
    expect(evidence.find((item) => item.kind === 'LIAISON')?.sourceDocument).toBe(`${jurisdiction}〔2022〕1号`);
  });

  it('R4 does not count activities of a head outside their term when the head changes mid-year, nor a department with no head', () => {
    expect(gapSet(yearEnd, 'R4')).toEqual({ 市乙局: [], 市丙局: [] });
    const [changing, headless] = rule(yearEnd, 'R4').gaps;
    expect(changing?.evidence.map((item) => [item.kind, item.note])).toEqual([
      ['ROLE', 'head during the year'],
      ['ROLE', 'head during the year'],
      ['ACTIVITY', '王乙 took part but was not the head that day'],
      ['ACTIVITY', '李乙 took part but was not the head that day'],
    ]);
    expect(headless?.detail).toBe('no head recorded for 2023');
  });

  it('R5 checks the roles in force on the as-of date, so a liaison officer who left mid-year is missing at year end but not in June', async () => {
    expect(gapSet(yearEnd, 'R5')).toEqual({ 市乙局: ['责任科室', '联络人员'], 市丙局: ['分管领导', '责任科室', '联络人员'] });
    const june = await coverageReport(database, { year: 2023, jurisdiction, asOf: '2023-06-30' });
    expect(gapSet(june, 'R5')).toEqual({ 市乙局: ['责任科室'], 市丙局: ['分管领导', '责任科室', '联络人员'] });
  });

  it('R6 accepts a special supervisor engaged for part of the year and rejects one whose term ended the year before', () => {
    expect(gapSet(yearEnd, 'R6')).toEqual({ 市乙局: [], 市丙局: [] });
  });

  it('R7 is satisfied by one joint meeting and falls short in a year without one', async () => {
    expect(rule(yearEnd, 'R7').satisfied).toBe(true);
    const next = await coverageReport(database, { year: 2024, jurisdiction });
    expect(gapSet(next, 'R7')).toEqual({ [jurisdiction]: [] });
  });

  it('R8 reports a plan sent to only one office as missing, and counts a summary issued the next January for its year', () => {
    expect(gapSet(yearEnd, 'R8')).toEqual({ 市乙局: ['工作计划'], 市丙局: ['工作计划', '年度工作总结'] });
    const notes = rule(yearEnd, 'R8').gaps[0]?.evidence.map((item) => item.note);
    expect(notes).toEqual(['not sent to 市委统战部', 'sent to both']);
  });

  it('R9 treats a liaison ended mid-year as gone at year end and a working contact as no liaison', async () => {
    expect(gapSet(yearEnd, 'R9')).toEqual({ 民进测试委: ['领导', '部门'] });
    const june = await coverageReport(database, { year: 2023, jurisdiction, asOf: '2023-06-30' });
    expect(gapSet(june, 'R9')).toEqual({ 民进测试委: ['领导'] });
  });

  it('says what each rule found and how it judged each record in Chinese too, beside the English', async () => {
    const [symposia] = await ruleRows('R1', { jurisdiction, year: 2023, asOf: '2023-12-31' });
    expect(symposia?.detailZh).toBe('2023年召开符合条件的座谈会2次（应为1–2次）');
    expect((symposia?.evidence as Array<{ noteZh: string }> | undefined)?.map((item) => item.noteZh)).toEqual([
      '计入；主持人：甲市长（市长）',
      '不计入：当日主持人不是市长或常务副市长；主持人：丙常务（副市长）',
      '计入；主持人：丙常务（常务副市长）',
      '不计入：当日主持人不是市长或常务副市长；主持人：乙副市长（副市长）',
    ]);
    const zh = (id: string) => rule(yearEnd, id).gaps.map((gap) => [gap.subject, gap.detailZh]);
    expect(zh('R2')).toEqual([[number('P2'), '送达4个党派团体中的2个']]);
    expect(zh('R3')).toEqual([[number('D2'), '市乙局送达其2个对口党派团体中的1个']]);
    expect(zh('R4')).toEqual([
      ['市乙局', '2023年主要负责人未参加有对口党派团体参加的活动'],
      ['市丙局', '未记录2023年的主要负责人'],
    ]);
    expect(zh('R5')).toEqual([
      ['市乙局', '2023-12-31未明确：责任科室、联络人员'],
      ['市丙局', '2023-12-31未明确：分管领导、责任科室、联络人员'],
    ]);
    expect(zh('R6')).toEqual([
      ['市乙局', '2023年聘请特约人员0名'],
      ['市丙局', '2023年聘请特约人员0名'],
    ]);
    expect(zh('R8')).toEqual([
      ['市乙局', '2023年未向两个部门报送：工作计划'],
      ['市丙局', '2023年未向两个部门报送：工作计划、年度工作总结'],
    ]);
    expect(zh('R9')).toEqual([['民进测试委', '2023-12-31有联系领导0名、联系部门0个']]);
    expect(zh('R10')).toEqual([['市乙局', '2023年邀请对口党派团体参加执法检查、行风评议或征求意见0次']]);
    const notes = (id: string) => rule(yearEnd, id).gaps[0]?.evidence.map((item) => [item.note, item.noteZh]);
    expect(notes('R3')).toContainEqual(['not sent', '未送达']);
    expect(notes('R4')?.[0]).toEqual(['head during the year', '年内任主要负责人']);
    expect(notes('R8')).toEqual([
      ['not sent to 市委统战部', '未报送市委统战部'],
      ['sent to both', '已报送两个部门'],
    ]);
    expect(notes('R10')).toEqual([
      ['not counted: none of its formal counterparts that day took part', '不计入：当日其对口党派团体均未参加'],
    ]);
    const next = await coverageReport(database, { year: 2024, jurisdiction });
    expect(rule(next, 'R7').gaps.map((gap) => gap.detailZh)).toEqual(['2024年召开联席会议0次']);
  });

  it('R10 does not count an inspection with a counterpart whose liaison had ended that day', () => {
    expect(gapSet(yearEnd, 'R10')).toEqual({ 市乙局: [] });
    expect(rule(yearEnd, 'R10').gaps[0]?.evidence.map((item) => item.note)).toEqual([
      'not counted: none of its formal counterparts that day took part',
    ]);
  });

  it('refuses an unknown jurisdiction with NOT_FOUND naming it, and a bad as-of date with BAD_USER_INPUT', async () => {
    const unknown = await coverageReport(database, { year: 2023, jurisdiction: '没有这个市' }).catch((error: unknown) => error);
    expect(isLiaisonError(unknown) && unknown.code).toBe('NOT_FOUND');
    expect((unknown as Error).message).toContain('没有这个市');
    const badDate = await coverageReport(database, { year: 2023, jurisdiction, asOf: '2023-02-30' }).catch((error: unknown) => error);
    expect(isLiaisonError(badDate) && badDate.code).toBe('BAD_USER_INPUT');
  });

  it('finds the same gaps as the hand-written Cypher of the benchmark, at year end, mid-year and in other years', async () => {
    for (const scope of [{ year: 2023 }, { year: 2023, asOf: '2023-06-30' }, { year: 2024 }, { year: 2022 }]) {
      const result = await benchmarkReview(database, { ...scope, jurisdiction, iterations: 1, warmup: 0 });
      expect(result.disagreements).toEqual([]);
      expect(result.review.medianMs).toBeGreaterThan(0);
      expect(result.handWritten.medianMs).toBeGreaterThan(0);
    }
  });
});
