import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/index.ts';
import { loadNotice, parseNotice } from '../../src/notice/index.ts';
import { importRawRecords, rawRecordsFromObject, removeDataset } from '../../src/records/index.ts';
import { COVERAGE_RULES, coverageReport, ruleParameters, type CoverageReport, type RuleResult } from '../../src/review/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

/** A county name of Chinese characters only (the parser reads names as Chinese text), unique per run. */
const tag = Array.from({ length: 4 }, () => '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[Math.floor(Math.random() * 20)]).join('');
const county = `${tag}县`;
const dataset = `county-review-${tag}`;
const notice = `${county}人民政府办公室
关于进一步加强同民主党派对口联系的通知
${tag}府办〔2023〕1号
各乡镇人民政府，县政府各部门：
附件1
县政府领导联系民主党派安排
县长张东同志联系民盟${county}总支
常务副县长李南同志联系民建${county}支部
附件2
县级部门联系民主党派安排
县发展改革局联系民盟${county}总支、民建${county}支部
县财政局联系县工商联
${county}人民政府办公室
2023年1月5日`;

const counterparts = [`民盟${county}总支`, `民建${county}支部`, '县工商联'];
const report = (department: string, kind: string, number: string) => ({
  number: `${tag}${number}`,
  issuer: department,
  issuedAt: kind === '工作计划' ? '2023-02-01' : '2023-12-20',
  kind,
  year: 2023,
  recipients: ['县政府办公室', '县委统战部'],
});

/** The county's year: a symposium of 县政府 chaired by the 县长, a policy document to everyone, plans and summaries. */
const records = {
  people: [
    { name: '张东', organisation: '县政府', role: '县长', from: '2023-01-01' },
    { name: '李南', organisation: '县政府', role: '常务副县长', from: '2023-01-01' },
  ],
  activities: [{ id: 'S1', date: '2023-05-10', kind: '座谈会', title: '民主党派座谈会', organiser: '县政府', chair: '张东', counterparts }],
  documents: [
    {
      number: `${tag}府发〔2023〕3号`,
      title: '政策',
      issuer: '县政府办公室',
      issuedAt: '2023-03-01',
      kind: '政策性文件',
      recipients: counterparts,
    },
    report('县发展改革局', '工作计划', '发改〔2023〕1号'),
    report('县发展改革局', '年度工作总结', '发改〔2023〕9号'),
    report('县财政局', '工作计划', '财〔2023〕1号'),
    report('县财政局', '年度工作总结', '财〔2023〕9号'),
  ],
};

let database: Database;
let review: CoverageReport;

function rule(id: string): RuleResult {
  const found = review.rules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadNotice(database, parseNotice(notice));
  const imported = await importRawRecords(database, rawRecordsFromObject(records), 'county.json', { jurisdiction: county, dataset });
  expect(imported.errors).toEqual([]);
  review = await coverageReport(database, { year: 2023, jurisdiction: county });
});

afterAll(async () => {
  await removeDataset(database, dataset).catch(() => undefined);
  await database.write(
    `MATCH (jurisdiction:Jurisdiction {name: $county})
     OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(node)
     DETACH DELETE node, jurisdiction`,
    { county },
  );
  await database.close();
});

describe('the review of a county', () => {
  it('is made with the county’s own offices, 县政府, 县政府办公室 and 县委统战部', () => {
    expect(rule('R2').title).toBe('Policy documents of 县政府 and 县政府办公室 go to every party and the FIC');
    expect(rule('R8').title).toBe('Each department reports its work plan and annual summary to 县政府办公室 and 县委统战部');
  });

  it('counts a symposium of 县政府 chaired by the 县长 (R1 satisfied)', () => {
    expect(rule('R1')).toMatchObject({ satisfied: true, checked: 1, gaps: [] });
  });

  it('finds the county government’s policy document sent to every counterpart (R2 satisfied)', () => {
    expect(rule('R2')).toMatchObject({ satisfied: true, checked: 1, gaps: [] });
  });

  it('finds both departments’ plans and summaries reported to 县政府办公室 and 县委统战部 (R8 satisfied)', () => {
    expect(rule('R8')).toMatchObject({ satisfied: true, checked: 2, gaps: [] });
  });

  it('records the 县长 as the county’s mayor and names the title in the evidence', async () => {
    const r1 = COVERAGE_RULES.find((candidate) => candidate.id === 'R1');
    if (r1 === undefined) throw new Error('no rule R1');
    const [row] = await database.read(r1.cypher, ruleParameters(review));
    expect(row?.evidence).toEqual([expect.objectContaining({ note: 'counted; chaired by 张东（县长）', dataset })]);
    const titles = await database.read(
      `MATCH (leader:Leader)-[:HOLDS]->(role:Role)-[:AT]->(:Office {name: '县政府'})-[:IN_JURISDICTION]->(:Jurisdiction {name: $county})
       RETURN leader.name AS name, role.kind AS kind ORDER BY name`,
      { county },
    );
    expect(titles).toEqual([
      { name: '张东', kind: 'MAYOR' },
      { name: '李南', kind: 'EXECUTIVE_VICE_MAYOR' },
    ]);
  });
});
