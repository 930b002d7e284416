/**
 * The design of the fictional sample year 2023 for 资阳市 (seed/sample-2023/): which department,
 * document and counterpart complies with which rule and which falls short, and why. generate.ts
 * turns it into records and into README.md; the annual-review tests assert the `expected` gaps.
 * Every person, document number and meeting here is invented.
 */

export const SAMPLE_YEAR = 2023;
export { SAMPLE_DATASET } from '../../src/domain/index.ts';

const SURNAMES = ['周', '吴', '孙', '钱', '冯', '陈', '褚', '卫', '蒋', '沈', '韩', '杨', '朱', '秦', '尤', '许', '何', '吕', '施', '曹'];
const GIVEN = ['明远', '晓岚', '志强', '海燕', '文博', '雅琴', '国栋', '春梅'];

/** The i-th invented name (distinct for i < 160, none a leader's name). */
export function sampleName(index: number): string {
  return `${SURNAMES[index % SURNAMES.length]}${GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length]}`;
}

export type Missing5 = '分管领导' | '责任科室' | '联络人员';
export type Missing8 = '工作计划' | '年度工作总结';

export interface DepartmentDesign {
  name: string;
  /** Its formal counterparts by the notice (short names). */
  formal: string[];
  /** Head recorded? `changed`: head A until 06-30 (took part after leaving), head B from 07-01 (took part in nothing). */
  head: 'yes' | 'none' | 'changed';
  /** The head takes part only in an activity without any of the formal counterparts. */
  headOnlyWithOthers?: boolean;
  leaderInCharge: boolean;
  section: boolean;
  /** `ended`: the liaison officer's role ends 2023-10-31. */
  liaisonOfficer: 'yes' | 'none' | 'ended';
  /** `lapsed`: the supervisor's engagement ended 2022-12-31. */
  supervisor: 'yes' | 'none' | 'lapsed';
  /** `one-office`: the plan went to 市政府办公室 only. */
  workPlan: 'both' | 'one-office' | 'none';
  annualSummary: 'both' | 'none';
  /** R10 activity: a qualifying kind with a formal counterpart, a non-qualifying kind, or with a non-formal counterpart only. */
  review: 'qualifies' | 'wrong-kind' | 'not-formal' | 'none';
  expected: { R4: boolean; R5: Missing5[]; R6: boolean; R8: Missing8[]; R10: boolean };
}

const ok = { R4: false, R5: [] as Missing5[], R6: false, R8: [] as Missing8[], R10: false };
const base = {
  head: 'yes',
  leaderInCharge: true,
  section: true,
  liaisonOfficer: 'yes',
  supervisor: 'yes',
  workPlan: 'both',
  annualSummary: 'both',
  review: 'qualifies',
} as const;

/** `expected` lists gaps: true = the department falls short of the rule; missing lists for R5 and R8. */
export const DEPARTMENTS: DepartmentDesign[] = [
  { name: '市发展改革委', formal: ['民盟', '九三学社'], ...base, expected: ok },
  {
    name: '市同城化发展局',
    formal: ['民革', '民建'],
    ...base,
    supervisor: 'none',
    review: 'wrong-kind',
    expected: { ...ok, R6: true, R10: true },
  },
  { name: '市经济和信息化局', formal: ['民革', '民盟', '民建', '工商联'], ...base, expected: ok },
  { name: '市教育和体育局', formal: ['民盟', '民进'], ...base, expected: ok },
  { name: '市科学技术局', formal: ['九三学社'], ...base, liaisonOfficer: 'none', expected: { ...ok, R5: ['联络人员'] } },
  { name: '市司法局', formal: ['民革'], ...base, expected: ok },
  { name: '市自然资源规划局', formal: ['民建', '农工党'], ...base, expected: ok },
  {
    name: '市生态环境局',
    formal: ['九三学社', '农工党'],
    ...base,
    leaderInCharge: false,
    section: false,
    expected: { ...ok, R5: ['分管领导', '责任科室'] },
  },
  { name: '市交通运输局', formal: ['民盟', '农工党'], ...base, head: 'changed', expected: { ...ok, R4: true } },
  { name: '市农业农村局', formal: ['民革', '九三学社'], ...base, liaisonOfficer: 'ended', expected: { ...ok, R5: ['联络人员'] } },
  {
    name: '市商务局',
    formal: ['民盟', '民建'],
    ...base,
    headOnlyWithOthers: true,
    workPlan: 'one-office',
    expected: { ...ok, R4: true, R8: ['工作计划'] },
  },
  { name: '市文化广电旅游局', formal: ['民盟', '民进'], ...base, review: 'not-formal', expected: { ...ok, R10: true } },
  { name: '市卫生健康委', formal: ['九三学社', '农工党'], ...base, supervisor: 'lapsed', expected: { ...ok, R6: true } },
  { name: '市市场监管局', formal: ['工商联'], ...base, annualSummary: 'none', expected: { ...ok, R8: ['年度工作总结'] } },
  {
    name: '市经济合作外事局',
    formal: ['民革'],
    head: 'none',
    leaderInCharge: false,
    section: false,
    liaisonOfficer: 'none',
    supervisor: 'none',
    workPlan: 'none',
    annualSummary: 'none',
    review: 'none',
    expected: { R4: true, R5: ['分管领导', '责任科室', '联络人员'], R6: true, R8: ['工作计划', '年度工作总结'], R10: true },
  },
];

/** Counterparts by short name → name in the graph; 致公党资阳市支部 is declared by the sample itself. */
export const COUNTERPARTS: Record<string, string> = {
  民革: '民革资阳市委会',
  民盟: '民盟资阳市委会',
  民建: '民建资阳市委会',
  民进: '民进资阳市总支',
  农工党: '农工党资阳市总支',
  九三学社: '九三学社资阳市委会',
  工商联: '市工商联',
  致公党: '致公党资阳市支部',
};

/** The leaders' titles in 2023 (fictional). */
export const LEADER_TITLES: Array<[name: string, title: string]> = [
  ['王善平', '市长'],
  ['李东', '常务副市长'],
  ['张宇星', '副市长'],
  ['张建红', '副市长'],
  ['罗道坤', '副市长'],
  ['郑小清', '副市长'],
  ['贾发扬', '副市长'],
  ['林显奎', '副市长'],
];

/** R2: the city's policy documents; `missing` = counterparts left out. */
export const POLICY_DOCUMENTS = [
  {
    number: '样资府发〔2023〕1号',
    issuer: '市政府',
    title: '关于促进民营经济高质量发展的若干措施（样本）',
    issuedAt: '2023-03-01',
    missing: [] as string[],
  },
  {
    number: '样资府办发〔2023〕5号',
    issuer: '市政府办公室',
    title: '关于优化营商环境的实施意见（样本）',
    issuedAt: '2023-06-12',
    missing: ['民进资阳市总支', '市工商联'],
  },
];

/** R3: departments' regulatory documents, briefs and periodicals; `sentTo` short names; `missing` = formal counterparts left out. */
export const DEPARTMENT_DOCUMENTS = [
  {
    number: '样资发改简〔2023〕12号',
    issuer: '市发展改革委',
    kind: '重要简报',
    title: '发展改革工作简报（样本）',
    issuedAt: '2023-05-10',
    sentTo: ['民盟', '九三学社'],
    missing: [] as string[],
  },
  {
    number: '样资经信刊〔2023〕3期',
    issuer: '市经济和信息化局',
    kind: '刊物',
    title: '经信动态（样本）',
    issuedAt: '2023-07-03',
    sentTo: ['民革', '民盟'],
    missing: ['民建资阳市委会', '市工商联'],
  },
  {
    number: '样资司发〔2023〕8号',
    issuer: '市司法局',
    kind: '政策法规性文件',
    title: '行政执法公示办法（样本）',
    issuedAt: '2023-09-15',
    sentTo: ['民革'],
    missing: [] as string[],
  },
];
