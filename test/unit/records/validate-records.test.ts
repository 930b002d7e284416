import { describe, expect, it } from 'vitest';
import { rawRecordsFromObject, formatRecordError, planRecords, validateRecords } from '../../../src/records/index.ts';
import { ziyangDirectory } from './name-directory-fixture.ts';

/** Every message a records object gives, formatted as the import command prints them. */
function messages(input: unknown): string[] {
  const raw = rawRecordsFromObject(input);
  const validation = validateRecords(raw);
  const planning = planRecords(validation.records, ziyangDirectory());
  return [...raw.errors, ...validation.errors, ...planning.errors].map(formatRecordError);
}

const person = { name: '张三', organisation: '市发展改革委', role: '主要负责人', from: '2023-01-01' };

describe('validating records', () => {
  it('accepts a clean row with Chinese enumeration terms and gives no message', () => {
    expect(messages({ people: [person] })).toEqual([]);
  });

  it('suggests the closest known organisation for an unknown one', () => {
    expect(messages({ people: [person, { ...person, organisation: '市发改局' }] })).toEqual([
      'people:2:organisation: unknown organisation "市发改局" (did you mean 市发展改革委?)',
    ]);
  });

  it('resolves full names and aliases to the same organisation', () => {
    const raw = rawRecordsFromObject({
      people: [
        { ...person, organisation: '市发改委' },
        { ...person, name: '李四', organisation: '资阳市发展和改革委员会' },
      ],
    });
    const { plan } = planRecords(validateRecords(raw).records, ziyangDirectory());
    const targets = plan.links.filter((link) => link.type === 'AT').map((link) => link.to.key);
    expect(targets).toEqual(['资阳市/市发展改革委', '资阳市/市发展改革委']);
  });

  it('reports a missing required value, a bad date, an unknown role and an end before the start', () => {
    expect(
      messages({
        people: [
          { ...person, name: '' },
          { ...person, from: '2023-02-30' },
          { ...person, role: '局长' },
          { ...person, from: '2023-03-01', to: '2023-01-01' },
        ],
      }),
    ).toEqual([
      'people:1:name: a value is required',
      'people:2:from: not a date "2023-02-30" (expected YYYY-MM-DD)',
      'people:3:role: unknown role "局长" (one of 市长 MAYOR, 常务副市长 EXECUTIVE_VICE_MAYOR, 副市长 VICE_MAYOR, 主要负责人 HEAD, 分管领导 LEADER_IN_CHARGE, 联络人员 LIAISON_OFFICER, 成员 MEMBER, 特约监督员 SPECIAL_SUPERVISOR)',
      'people:4:to: ends before it starts (2023-01-01 is before 2023-03-01)',
    ]);
  });

  it('reports unknown sheets and columns instead of dropping them', () => {
    expect(messages({ meetings: [], people: [{ ...person, phone: '123' }] })).toEqual([
      'meetings: unknown sheet "meetings" (sheets are organisations/单位, people/人员, activities/活动, documents/文件)',
      'people:1:phone: unknown column "phone" (columns are name/姓名, organisation/单位, role/职务, section/责任科室, party/党派, from/起始日期, to/终止日期)',
    ]);
  });

  it('reports a duplicate row inside the file with the row it repeats', () => {
    expect(messages({ people: [person, { ...person, organisation: '市发改委' }] })).toEqual([
      'people:2: duplicate of row 1 (same name, organisation, role and from)',
    ]);
    const document = { number: '资发改〔2023〕1号', issuer: '市发展改革委', issuedAt: '2023-03-01', kind: '刊物' };
    expect(messages({ documents: [document, document] })).toEqual(['documents:2:number: duplicate of row 1 (same number)']);
  });

  it('requires a leader and 市政府 for a mayor title', () => {
    expect(
      messages({
        people: [
          { name: '王小明', organisation: '市政府', role: '市长' },
          { name: '李东', organisation: '市发展改革委', role: 'VICE_MAYOR' },
        ],
      }),
    ).toEqual([
      'people:1:name: unknown leader "王小明"',
      'people:2:organisation: a 副市长 (VICE_MAYOR) title is held at 市政府, not "市发展改革委"',
    ]);
  });

  it('checks that chairs are leaders and counterparts are counterparts', () => {
    expect(
      messages({
        activities: [
          { date: '2023-05-01', kind: '座谈会', title: '座谈会', organiser: '市政府', chair: '李冬', counterparts: '民盟、市商务局' },
        ],
      }),
    ).toEqual([
      'activities:1:chair: unknown leader "李冬" (did you mean 李东?)',
      'activities:1:counterparts: "市商务局" is a department, not a counterpart',
    ]);
  });

  it('splits list cells on every accepted separator', () => {
    const raw = rawRecordsFromObject({
      documents: [
        {
          number: 'X1',
          issuer: '市政府',
          issuedAt: '2023-01-05',
          kind: 'POLICY',
          recipients: '民盟；市工商联, 市委统战部，市政府办公室;市司法局',
        },
      ],
    });
    expect(validateRecords(raw).records.documents[0]?.recipients).toEqual(['民盟', '市工商联', '市委统战部', '市政府办公室', '市司法局']);
  });

  it('takes a document year from its issue date unless given', () => {
    const raw = rawRecordsFromObject({
      documents: [
        { number: 'A', issuer: '市发改委', issuedAt: '2023-01-05', kind: '工作计划' },
        { number: 'B', issuer: '市发改委', issuedAt: '2024-01-05', kind: '年度工作总结', year: 2023 },
      ],
    });
    const { plan } = planRecords(validateRecords(raw).records, ziyangDirectory());
    expect(plan.nodes.map((node) => node.properties.year)).toEqual([2023, 2023]);
  });
});
