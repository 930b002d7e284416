import type { FixtureSpec } from './review-fixture.ts';

/**
 * The designed world of the rule edge-case tests (see the expectations in review-rules.int.test.ts):
 * 市甲局 complies with every department rule, 市乙局 has its head change and a liaison end mid-year,
 * 市丙局 records nothing but one conduct review, 市丁局 has only a working contact (not a liaison
 * department). Leader 丙常务 is a vice mayor until 30 June 2023 and executive vice mayor after.
 */
export function reviewScenario(jurisdiction: string): FixtureSpec {
  const number = (name: string) => `${jurisdiction}〔2023〕${name}号`;
  return {
    jurisdiction,
    departments: ['市甲局', '市乙局', '市丙局', '市丁局'],
    counterparts: [
      { name: '民盟测试委', party: '民盟', aliases: [`${jurisdiction}的民盟`] },
      { name: '九三测试委', party: '九三学社' },
      { name: '测试工商联', party: '工商联' },
      { name: '民进测试委', party: '民进' },
    ],
    leaders: [
      { name: '甲市长', titles: [{ kind: 'MAYOR', from: '2021-01-01' }] },
      { name: '乙副市长', titles: [{ kind: 'VICE_MAYOR', from: '2021-01-01' }] },
      {
        name: '丙常务',
        titles: [
          { kind: 'VICE_MAYOR', from: '2021-01-01', to: '2023-06-30' },
          { kind: 'EXECUTIVE_VICE_MAYOR', from: '2023-07-01' },
        ],
      },
    ],
    liaisons: [
      { from: '甲市长', to: '民盟测试委' },
      { from: '乙副市长', to: '九三测试委' },
      { from: '丙常务', to: '测试工商联' },
      { from: '市甲局', to: '民盟测试委' },
      { from: '市甲局', to: '测试工商联' },
      { from: '市乙局', to: '九三测试委' },
      { from: '市乙局', to: '民进测试委', validTo: '2023-06-30' },
      { from: '市丙局', to: '民盟测试委' },
      { from: '市丁局', to: '民进测试委', kind: 'WORKING_CONTACT' },
    ],
    roles: [
      { person: '张甲', organisation: '市甲局', kind: 'HEAD', from: '2020-01-01' },
      { person: '陈甲', organisation: '市甲局', kind: 'LEADER_IN_CHARGE', section: '综合科', from: '2020-01-01' },
      { person: '刘甲', organisation: '市甲局', kind: 'LIAISON_OFFICER', from: '2020-01-01' },
      { person: '周甲', organisation: '市甲局', kind: 'SPECIAL_SUPERVISOR', party: '民盟测试委', from: '2021-01-01', to: '2023-03-31' },
      { person: '李乙', organisation: '市乙局', kind: 'HEAD', from: '2019-01-01', to: '2023-06-30' },
      { person: '王乙', organisation: '市乙局', kind: 'HEAD', from: '2023-07-01' },
      { person: '赵乙', organisation: '市乙局', kind: 'LEADER_IN_CHARGE', from: '2020-01-01' },
      { person: '孙乙', organisation: '市乙局', kind: 'LIAISON_OFFICER', from: '2020-01-01', to: '2023-06-30' },
      { person: '吴乙', organisation: '市乙局', kind: 'SPECIAL_SUPERVISOR', party: '九三测试委', from: '2021-01-01', to: '2022-12-31' },
    ],
    activities: [
      {
        key: 'S1',
        date: '2023-03-10',
        kind: 'SYMPOSIUM',
        organiser: '市政府',
        chair: '甲市长',
        counterparts: ['民盟测试委', '九三测试委'],
      },
      { key: 'S2', date: '2023-05-10', kind: 'SYMPOSIUM', organiser: '市政府办公室', chair: '丙常务', counterparts: ['测试工商联'] },
      { key: 'S3', date: '2023-09-10', kind: 'SYMPOSIUM', organiser: '市政府', chair: '丙常务', counterparts: ['民进测试委'] },
      { key: 'S4', date: '2023-10-10', kind: 'SYMPOSIUM', organiser: '市政府', chair: '乙副市长', counterparts: ['民盟测试委'] },
      { key: 'S5', date: '2024-03-10', kind: 'SYMPOSIUM', organiser: '市政府', chair: '甲市长', counterparts: ['民盟测试委'] },
      { key: 'S6', date: '2024-06-10', kind: 'SYMPOSIUM', organiser: '市政府', chair: '甲市长', counterparts: ['九三测试委'] },
      { key: 'S7', date: '2024-09-10', kind: 'SYMPOSIUM', organiser: '市政府办公室', chair: '丙常务', counterparts: ['测试工商联'] },
      { key: 'J1', date: '2023-06-01', kind: 'JOINT_MEETING', organiser: '市委统战部' },
      { key: 'A1', date: '2023-04-01', kind: 'CONSULTATION', organiser: '市甲局', participants: ['张甲'], counterparts: ['民盟测试委'] },
      {
        key: 'A2',
        date: '2023-08-01',
        kind: 'LAW_ENFORCEMENT_INSPECTION',
        organiser: '市乙局',
        participants: ['李乙'],
        counterparts: ['民进测试委'],
      },
      { key: 'A3', date: '2023-05-01', kind: 'FIELD_RESEARCH', organiser: '市乙局', participants: ['王乙'], counterparts: ['九三测试委'] },
      { key: 'A4', date: '2023-05-05', kind: 'CONDUCT_REVIEW', organiser: '市丙局', counterparts: ['民盟测试委'] },
    ],
    documents: [
      {
        number: number('P1'),
        kind: 'POLICY',
        issuer: '市政府',
        issuedAt: '2023-02-01',
        recipients: ['民盟测试委', '九三测试委', '测试工商联', '民进测试委'],
      },
      { number: number('P2'), kind: 'POLICY', issuer: '市政府办公室', issuedAt: '2023-04-01', recipients: ['民盟测试委', '九三测试委'] },
      { number: number('P3'), kind: 'POLICY', issuer: '市甲局', issuedAt: '2023-04-02', recipients: [] },
      { number: number('P4'), kind: 'POLICY', issuer: '市政府', issuedAt: '2022-12-01', recipients: [] },
      { number: number('D1'), kind: 'REGULATORY', issuer: '市甲局', issuedAt: '2023-03-01', recipients: ['民盟测试委', '测试工商联'] },
      { number: number('D2'), kind: 'BRIEF', issuer: '市乙局', issuedAt: '2023-03-01', recipients: ['九三测试委'] },
      { number: number('D3'), kind: 'PERIODICAL', issuer: '市乙局', issuedAt: '2023-08-01', recipients: ['九三测试委'] },
      { number: number('D4'), kind: 'BRIEF', issuer: '市丁局', issuedAt: '2023-08-01', recipients: [] },
      { number: number('W1'), kind: 'WORK_PLAN', issuer: '市甲局', issuedAt: '2023-01-20', recipients: ['市政府办公室', '市委统战部'] },
      {
        number: number('W2'),
        kind: 'ANNUAL_SUMMARY',
        issuer: '市甲局',
        issuedAt: '2024-01-10',
        year: 2023,
        recipients: ['市政府办公室', '市委统战部'],
      },
      { number: number('W3'), kind: 'WORK_PLAN', issuer: '市乙局', issuedAt: '2023-01-20', recipients: ['市政府办公室'] },
      {
        number: number('W4'),
        kind: 'ANNUAL_SUMMARY',
        issuer: '市乙局',
        issuedAt: '2023-12-20',
        recipients: ['市政府办公室', '市委统战部'],
      },
    ],
  };
}
