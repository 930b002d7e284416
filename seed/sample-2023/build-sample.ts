// The fictional sample year (seed/sample-2023/): sample-2023.xlsx (Excel date cells), its CSV twin
// csv/*.csv, expected-gaps-2023.json and README.md, all built from sample-design.ts. generate.ts
// writes them here; a unit test writes them to a temporary folder and compares (drift check).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { emptyRecordsTable, writeCsvRecords, writeXlsxRecords, type RecordsTable } from '../../src/records/index.ts';
import {
  COUNTERPARTS,
  DEPARTMENT_DOCUMENTS,
  DEPARTMENTS,
  LEADER_TITLES,
  POLICY_DOCUMENTS,
  SAMPLE_DATASET,
  sampleName,
  type DepartmentDesign,
} from './sample-design.ts';
import { sampleReadme } from './sample-readme.ts';

const OFFICES = '市政府办公室、市委统战部';
const REVIEW_KINDS = ['执法检查', '行风评议', '征求意见'];
const allCounterparts = Object.values(COUNTERPARTS);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function departmentPeople(
  table: RecordsTable,
  design: DepartmentDesign,
  index: number,
): { head?: string; leader?: string; officer?: string } {
  const person = (name: string, role: string, extra: Record<string, string | null> = {}) =>
    table.people.push({ name, organisation: design.name, role, section: null, party: null, from: '2023-01-01', to: null, ...extra });
  const names: { head?: string; leader?: string; officer?: string } = {};
  if (design.head === 'yes' || design.head === 'changed') {
    names.head = sampleName(index);
    person(names.head, '主要负责人', design.head === 'changed' ? { to: '2023-06-30' } : {});
  }
  if (design.head === 'changed') person(sampleName(140), '主要负责人', { from: '2023-07-01' });
  const section = design.section ? '办公室' : null;
  if (design.leaderInCharge) {
    names.leader = sampleName(20 + index);
    person(names.leader, '分管领导', { section });
  }
  if (design.liaisonOfficer !== 'none') {
    names.officer = sampleName(40 + index);
    person(names.officer, '联络人员', { section, to: design.liaisonOfficer === 'ended' ? '2023-10-31' : null });
  }
  const party = COUNTERPARTS[design.formal[0] ?? ''] ?? null;
  if (design.supervisor === 'yes') person(sampleName(60 + index), '特约监督员', { party, from: '2023-03-01', to: '2024-02-29' });
  if (design.supervisor === 'lapsed') person(sampleName(60 + index), '特约监督员', { party, from: '2021-03-01', to: '2022-12-31' });
  return names;
}

/** The sample year's records, as the import format's table. */
export function buildSampleTable(): RecordsTable {
  const table = emptyRecordsTable();
  table.organisations.push(
    { name: '致公党资阳市支部', type: '党派', fullName: '中国致公党资阳市支部（样本，虚构）', aliases: '致公党' },
    { name: '市数据局', type: '部门', fullName: '资阳市数据局（样本，虚构）', aliases: '资阳市数据局' },
  );
  for (const [name, title] of LEADER_TITLES) {
    table.people.push({ name, organisation: '市政府', role: title, section: null, party: null, from: '2023-01-01', to: null });
  }
  const partyHeads = allCounterparts.map((counterpart, index) => {
    const name = sampleName(100 + index);
    table.people.push({ name, organisation: counterpart, role: '主要负责人', section: null, party: null, from: '2023-01-01', to: null });
    return name;
  });
  table.people.push({
    name: sampleName(141),
    organisation: '市数据局',
    role: '主要负责人',
    section: null,
    party: null,
    from: '2023-01-01',
    to: null,
  });
  const staff = DEPARTMENTS.map((design, index) => departmentPeople(table, design, index));
  const headOf = (name: string) => staff[DEPARTMENTS.findIndex((design) => design.name === name)]?.head ?? '';
  const activity = (
    id: string,
    date: string,
    kind: string,
    title: string,
    organiser: string,
    chair: string | null,
    participants: string[],
    counterparts: string[],
  ) =>
    table.activities.push({
      id,
      date,
      kind,
      title,
      organiser,
      chair,
      participants: participants.join('、') || null,
      counterparts: counterparts.join('、') || null,
    });

  activity(
    '样2023-01',
    '2023-02-15',
    '情况通报会',
    '2023年全市经济运行情况通报会（样本）',
    '市政府办公室',
    '李东',
    partyHeads.slice(0, 2),
    allCounterparts.slice(0, 2),
  );
  activity(
    '样2023-02',
    '2023-04-18',
    '座谈会',
    '市政府与民主党派负责人座谈会（样本）',
    '市政府',
    '王善平',
    [...partyHeads, headOf('市文化广电旅游局'), headOf('市教育和体育局')],
    allCounterparts,
  );
  activity(
    '样2023-03',
    '2023-06-20',
    '联席会议',
    '对口联系工作联席会议（样本）',
    '市委统战部、市政府办公室',
    null,
    staff.map((names) => names.officer).filter((name): name is string => name !== undefined),
    allCounterparts,
  );
  activity(
    '样2023-04',
    '2023-08-08',
    '座谈会',
    '发展改革工作座谈会（副市长主持，样本）',
    '市发展改革委',
    '张宇星',
    [],
    [COUNTERPARTS.民盟 ?? ''],
  );
  activity(
    '样2023-05',
    '2023-11-20',
    '座谈会',
    '听取民主党派对政府工作报告意见座谈会（样本）',
    '市政府办公室',
    '李东',
    partyHeads,
    allCounterparts,
  );
  activity(
    '样2023-06',
    '2023-05-16',
    '考察调研',
    '商贸流通考察调研（样本）',
    '市商务局',
    null,
    [headOf('市商务局')],
    [COUNTERPARTS.九三学社 ?? ''],
  );
  activity('样2023-07', '2023-05-25', '委托调研', '科技成果转化委托调研（样本）', '市科学技术局', null, [], [COUNTERPARTS.九三学社 ?? '']);
  DEPARTMENTS.forEach((design, index) => {
    const names = staff[index] ?? {};
    const id = `样2023-${pad(10 + index)}`;
    const date = `2023-${pad(3 + (index % 9))}-10`;
    const formal = COUNTERPARTS[design.formal[0] ?? ''] ?? '';
    const joiners = design.headOnlyWithOthers === true ? [names.leader ?? ''] : [names.head ?? '', names.officer ?? ''];
    const participants = joiners.filter((name) => name !== '');
    if (design.review === 'qualifies') {
      const kind = REVIEW_KINDS[index % REVIEW_KINDS.length] ?? '执法检查';
      activity(
        id,
        design.head === 'changed' ? '2023-09-10' : date,
        kind,
        `${design.name}${kind}（样本）`,
        design.name,
        null,
        participants,
        [formal],
      );
    }
    if (design.review === 'wrong-kind')
      activity(id, date, '检查', `${design.name}安全生产检查（样本）`, design.name, null, participants, [formal]);
    if (design.review === 'not-formal')
      activity(id, date, '征求意见', `${design.name}征求意见（样本）`, design.name, null, participants, [COUNTERPARTS.九三学社 ?? '']);
  });

  const document = (
    number: string,
    title: string,
    issuer: string,
    issuedAt: string,
    kind: string,
    year: number | null,
    recipients: string,
  ) => table.documents.push({ number, title, issuer, issuedAt, kind, year, recipients: recipients || null });
  for (const item of POLICY_DOCUMENTS) {
    document(
      item.number,
      item.title,
      item.issuer,
      item.issuedAt,
      '政策性文件',
      null,
      allCounterparts.filter((name) => !item.missing.includes(name)).join('、'),
    );
  }
  for (const item of DEPARTMENT_DOCUMENTS) {
    document(
      item.number,
      item.title,
      item.issuer,
      item.issuedAt,
      item.kind,
      null,
      item.sentTo.map((name) => COUNTERPARTS[name] ?? name).join('、'),
    );
  }
  DEPARTMENTS.forEach((design, index) => {
    if (design.workPlan !== 'none') {
      document(
        `样${design.name}计〔2023〕1号`,
        `${design.name}2023年对口联系工作计划（样本）`,
        design.name,
        `2023-02-${pad(10 + index)}`,
        '工作计划',
        null,
        design.workPlan === 'both' ? OFFICES : '市政府办公室',
      );
    }
    if (design.annualSummary === 'both') {
      document(
        `样${design.name}总〔2024〕1号`,
        `${design.name}2023年对口联系工作总结（样本）`,
        design.name,
        `2024-01-${pad(10 + index)}`,
        '年度工作总结',
        2023,
        OFFICES,
      );
    }
  });
  return table;
}

/** Writes the workbook, the CSV folder, the expected gaps and the README into `folder`. */
export async function writeSample(folder: string): Promise<RecordsTable> {
  const table = buildSampleTable();
  await writeXlsxRecords(join(folder, `${SAMPLE_DATASET}.xlsx`), table, { dateCells: true });
  await writeCsvRecords(join(folder, 'csv'), table);
  const { readme, expected } = sampleReadme(table);
  await writeFile(join(folder, 'expected-gaps-2023.json'), `${JSON.stringify(expected, null, 2)}\n`, 'utf8');
  await writeFile(join(folder, 'README.md'), readme, 'utf8');
  return table;
}
