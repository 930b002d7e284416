import { randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangementChanges, counterpartYear, documentReach, liaisonMatrix, liaisonPaths } from '../../src/questions/index.ts';
import type { Database } from '../../src/db/index.ts';
import { isLiaisonError } from '../../src/errors/index.ts';
import { buildGraphQLSchema, createGraphQLContext } from '../../src/graphql/index.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { removeReviewFixture, writeReviewFixture } from '../support/review-fixture.ts';
import { reviewScenario } from '../support/review-scenario.ts';

const jurisdiction = `问题测试市${randomUUID().slice(0, 8)}`;
const number = (name: string) => `${jurisdiction}〔2023〕${name}号`;
let database: Database;

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isLiaisonError(error)) throw new Error(`expected a LiaisonError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await writeReviewFixture(database, reviewScenario(jurisdiction));
});

afterAll(async () => {
  await removeReviewFixture(database, jurisdiction);
  await database.close();
});

describe('the relational questions', () => {
  it('documentReach shows a department’s brief went through its formal liaison and missed the other formal counterpart', async () => {
    const reach = await documentReach(database, number('D2'));
    expect(reach).toMatchObject({ issuer: '市乙局', kind: 'BRIEF', rule: 'R3', issuedAt: '2023-03-01', recipients: ['九三测试委'] });
    expect(reach.reached).toEqual([
      { counterpart: '九三测试委', party: '九三学社', liaisonKind: 'FORMAL', sourceDocument: `${jurisdiction}〔2022〕1号`, sourceLine: 75 },
    ]);
    expect(reach.expected).toEqual(['民进测试委', '九三测试委']);
    expect(reach.missed).toEqual(['民进测试委']);
  });

  it('documentReach expects a policy of 市政府办公室 to reach every counterpart', async () => {
    const reach = await documentReach(database, number('P2'));
    expect(reach.rule).toBe('R2');
    expect(reach.expected).toEqual(['民盟测试委', '民进测试委', '九三测试委', '测试工商联']);
    expect(reach.missed).toEqual(['民进测试委', '测试工商联']);
  });

  it('documentReach of an unknown number is NOT_FOUND naming the number', async () => {
    expect(await errorOf(documentReach(database, `${jurisdiction}〔1999〕1号`))).toEqual({
      code: 'NOT_FOUND',
      message: `document "${jurisdiction}〔1999〕1号" not found (looked up by its number)`,
    });
  });

  it('liaisonMatrix has one cell per department × counterpart with the liaison in force on the date', async () => {
    const june = await liaisonMatrix(database, { jurisdiction, asOf: '2023-06-30' });
    expect(june.departments).toEqual(['市甲局', '市乙局', '市丙局', '市丁局']);
    expect(june.counterparts).toEqual(['民盟测试委', '民进测试委', '九三测试委', '测试工商联']);
    expect(june.cells).toHaveLength(16);
    const marked = (matrix: typeof june) =>
      matrix.cells.filter((cell) => cell.kind !== null).map((cell) => `${cell.department}→${cell.counterpart}:${cell.kind}`);
    expect(marked(june)).toEqual([
      '市甲局→民盟测试委:FORMAL',
      '市甲局→测试工商联:FORMAL',
      '市乙局→民进测试委:FORMAL',
      '市乙局→九三测试委:FORMAL',
      '市丙局→民盟测试委:FORMAL',
      '市丁局→民进测试委:WORKING_CONTACT',
    ]);
    const july = await liaisonMatrix(database, { jurisdiction, asOf: '2023-07-01' });
    expect(marked(july)).not.toContain('市乙局→民进测试委:FORMAL');
    expect(july.cells).toHaveLength(16);
  });

  it('liaisonPaths connects a party (by alias) and a department through the department’s liaison, each step labelled', async () => {
    const paths = await liaisonPaths(database, `${jurisdiction}的民盟`, `${jurisdiction}/市乙局`, 4);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.length === 3)).toBe(true);
    const labels = paths.map((path) => path.steps.map((step) => step.label).join(' / '));
    expect(labels).toContain(
      `民盟测试委 took part in 2023-03-10 S1 / 九三测试委 took part in 2023-03-10 S1 / 市乙局 liaises with 九三测试委 (FORMAL, 2022-11-02–, ${jurisdiction}〔2022〕1号)`,
    );
    const direct = await liaisonPaths(database, `${jurisdiction}/市甲局`, `${jurisdiction}/民盟测试委`);
    expect(direct.map((path) => path.steps.map((step) => [step.relationship, step.forward]))).toEqual([[['LIAISES_WITH', true]]]);
  });

  it('liaisonPaths names the unknown name in a NOT_FOUND error and refuses too many hops', async () => {
    expect(await errorOf(liaisonPaths(database, `${jurisdiction}的民盟`, '不存在的部门'))).toEqual({
      code: 'NOT_FOUND',
      message: 'to: nothing named "不存在的部门" was found (looked up by name, full name and aliases)',
    });
    expect((await errorOf(liaisonPaths(database, `${jurisdiction}的民盟`, `${jurisdiction}/市乙局`, 9))).code).toBe('BAD_USER_INPUT');
  });

  it('counterpartYear gathers a counterpart’s liaisons, activities, documents and the gaps that concern it', async () => {
    const year = await counterpartYear(database, `${jurisdiction}/民进测试委`, 2023);
    expect(year).toMatchObject({ counterpart: '民进测试委', party: '民进', jurisdiction, year: 2023, liaisonLeaders: [] });
    expect(year.liaisonDepartments.map((link) => `${link.name}:${link.kind}:${link.validTo}`)).toEqual([
      '市乙局:FORMAL:2023-06-30',
      '市丁局:WORKING_CONTACT:null',
    ]);
    expect(year.activities.map((activity) => activity.key)).toEqual([`${jurisdiction}/A2`, `${jurisdiction}/S3`]);
    expect(year.documentsReceived.map((document) => document.number)).toEqual([number('P1')]);
    expect(year.gaps.map((gap) => `${gap.rule} ${gap.subject}`)).toEqual([`R2 ${number('P2')}`, `R3 ${number('D2')}`, 'R9 民进测试委']);
  });

  it('counterpartYear of an unknown counterpart is NOT_FOUND naming it', async () => {
    expect((await errorOf(counterpartYear(database, '致公党不存在委', 2023))).message).toContain('"致公党不存在委"');
  });

  it('arrangementChanges lists a liaison ended during the year and, over a longer window, the ones added', async () => {
    const during = await arrangementChanges(database, { jurisdiction, from: '2023-01-01', to: '2023-12-31' });
    expect(during.added).toEqual([]);
    expect(during.ended.map((change) => `${change.source}→${change.counterpart} ${change.validTo}`)).toEqual([
      '市乙局→民进测试委 2023-06-30',
    ]);
    const since = await arrangementChanges(database, { jurisdiction, from: '2022-01-01', to: '2023-12-31' });
    expect(since.added).toHaveLength(9);
    expect(since.added.find((change) => change.source === '甲市长')).toMatchObject({
      sourceLabel: 'Leader',
      counterpart: '民盟测试委',
      validFrom: '2022-11-02',
      sourceText: '甲市长联系民盟测试委',
    });
    expect(since.added.slice(0, 3).every((change) => change.sourceLabel === 'Leader')).toBe(true);
    expect((await errorOf(arrangementChanges(database, { jurisdiction, from: '2024-01-01', to: '2023-01-01' }))).code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('the analytics queries in GraphQL', () => {
  it('runs coverageReport, liaisonMatrix and documentReach through the API schema', async () => {
    const schema = await buildGraphQLSchema();
    const result = await graphql({
      schema,
      source: `query Review($jurisdiction: String, $number: String!) {
        coverageReport(year: 2023, jurisdiction: $jurisdiction, asOf: "2023-06-30") {
          jurisdiction asOf rules { id satisfied checked gaps { subject missing evidence { kind date sourceRow } } }
        }
        liaisonMatrix(jurisdiction: $jurisdiction, asOf: "2023-12-31") { departments counterparts cells { kind } }
        documentReach(number: $number) { rule missed reached { counterpart liaisonKind } }
      }`,
      variableValues: { jurisdiction, number: number('D2') },
      contextValue: createGraphQLContext(database, {
        subject: 'test',
        roles: ['viewer'],
        anonymous: false,
        jwt: { sub: 'test', roles: ['viewer'] },
      }),
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      coverageReport: { asOf: string; rules: Array<{ id: string; gaps: Array<{ subject: string; missing: string[] }> }> };
      liaisonMatrix: { cells: unknown[] };
      documentReach: { missed: string[] };
    };
    expect(data.coverageReport.asOf).toBe('2023-06-30');
    expect(data.coverageReport.rules.find((rule) => rule.id === 'R9')?.gaps).toEqual([
      { subject: '民进测试委', missing: ['领导'], evidence: expect.any(Array) },
    ]);
    expect(data.liaisonMatrix.cells).toHaveLength(16);
    expect(data.documentReach.missed).toEqual(['民进测试委']);
  });
});
