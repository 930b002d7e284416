import { officesOf, PARTY_NAMES, type JurisdictionOffices, type PartyName } from '../domain/index.ts';
import type { GeneratedJurisdiction } from './jurisdiction-tree.ts';
import type { SeededRandom } from './seeded-random.ts';

/** The rules' ids, in order. */
export const RULE_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10'] as const;
export type GeneratedRuleId = (typeof RULE_IDS)[number];

/** A gap the review must find: its subject and missing parts, as the review reports them. */
export interface DesignedGap {
  subject: string;
  missing: string[];
}

export interface DepartmentYear {
  name: string;
  head: string;
  /** The head takes part in an activity with a formal counterpart (R4). */
  headAttends: boolean;
  leaderInCharge: string | null;
  section: boolean;
  liaisonOfficer: string | null;
  supervisor: string | null;
  workPlan: boolean;
  annualSummary: boolean;
  /** An inspection, conduct review or consultation with a formal counterpart (R10). */
  review: boolean;
  /** A brief sent to its formal counterparts, less `missing` (R3); null: it issues none. */
  brief: { number: string; missing: string[] } | null;
}

export interface JurisdictionYear {
  year: number;
  mayor: string;
  /** Qualifying symposia held (R1 asks for 1–2). */
  symposia: number;
  jointMeeting: boolean;
  /** Counterparts left out of the general office's policy document (R2). */
  policyMissing: string[];
  departments: DepartmentYear[];
  expected: Record<GeneratedRuleId, DesignedGap[]>;
}

export interface JurisdictionDesign extends GeneratedJurisdiction {
  /** The name without its level: the prefix of its document numbers. */
  stem: string;
  offices: JurisdictionOffices;
  counterparts: Array<{ party: PartyName; name: string }>;
  /** The notice's leaders (after the mayor): each with the counterparts it liaises with. */
  leaders: Array<{ name: string; title: string; counterparts: string[] }>;
  departments: Array<{ name: string; formal: string[] }>;
  notice: { number: string; issued: string };
  years: JurisdictionYear[];
}

const DEPARTMENT_STEMS = [
  ...'发展改革委 经济和信息化局 教育局 科学技术局 民族宗教局 公安局 民政局 司法局 财政局 人力资源社会保障局 自然资源局 生态环境局 住房城乡建设局 交通运输局 水利局 农业农村局 商务局 文化广电旅游局 卫生健康委 退役军人事务局 应急管理局 审计局 国资委 市场监管局 体育局 统计局 医疗保障局 林业局 信访局 机关事务管理局 投资促进局 大数据局 乡村振兴局 城市管理局 行政审批局 档案局 粮食和物资储备局 地方金融监管局 经济合作局 知识产权局 人民防空办 外事办 侨务办 供销社 科协 残联 妇联 文联 社科联 红十字会 公共资源交易中心 政务服务局 口岸物流办 气象局 地震局 税务局 烟草专卖局 邮政管理局 移民局 港航局'.split(
    ' ',
  ),
];
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玲红建国文斌志鹏宇浩然晨阳欣怡雪梅海燕春林德才光辉永胜立新宏图家兴佳琪子涵思远书瑶',
];
const PARTIES = PARTY_NAMES.filter((party) => party !== '工商联');
const REVIEW_KINDS = ['执法检查', '行风评议', '征求意见'] as const;
export { REVIEW_KINDS };

/** How often a designed gap is drawn, per subject and rule. */
const GAP = 0.08;

function personNames(random: SeededRandom): () => string {
  const taken = new Set<string>();
  return () => {
    for (;;) {
      const given = random.chance(0.5) ? random.pick(GIVEN) : `${random.pick(GIVEN)}${random.pick(GIVEN)}`;
      const name = `${random.pick(SURNAMES)}${given}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
}

function counterpartName(party: PartyName, jurisdiction: GeneratedJurisdiction, random: SeededRandom): string {
  if (party === '工商联') return `${jurisdiction.level}工商联`;
  const unit =
    jurisdiction.level === '省'
      ? '委会'
      : jurisdiction.level === '市'
        ? random.pick(['委会', '委会', '总支'])
        : random.pick(['总支', '支部']);
  return `${party}${jurisdiction.name}${unit}`;
}

/** A department's name at the jurisdiction's level (a province's bureaux are 厅). */
function departmentName(stem: string, level: string): string {
  return `${level}${level === '省' && stem.endsWith('局') ? `${stem.slice(0, -1)}厅` : stem}`;
}

function partyOrder(names: readonly string[], counterparts: JurisdictionDesign['counterparts']): string[] {
  const rank = (name: string) => PARTY_NAMES.indexOf(counterparts.find((item) => item.name === name)?.party ?? '工商联');
  return [...names].sort((left, right) => rank(left) - rank(right) || left.localeCompare(right));
}

/** The jurisdiction's arrangement (from its notice) and its years of liaison work, with the gaps designed into them. */
export function designJurisdiction(
  jurisdiction: GeneratedJurisdiction,
  years: readonly number[],
  random: SeededRandom,
): JurisdictionDesign {
  const name = personNames(random.fork('people'));
  const level = jurisdiction.level;
  const present =
    level === '省'
      ? PARTIES
      : level === '市'
        ? random.sample(PARTIES.slice(0, 7), random.integer(5, 7))
        : random.sample(PARTIES.slice(0, 7), random.integer(2, 5));
  const counterparts = [...present, '工商联' as const]
    .sort((left, right) => PARTY_NAMES.indexOf(left) - PARTY_NAMES.indexOf(right))
    .map((party) => ({ party, name: counterpartName(party, jurisdiction, random) }));
  const counterpartNames = counterparts.map((item) => item.name);
  const departmentCount = level === '县' || level === '区' ? random.integer(20, 35) : random.integer(30, 60);
  const departments = random.sample(DEPARTMENT_STEMS, departmentCount).map((stem, index) => {
    // Every counterpart has a liaison department: the first ones are dealt out in turn.
    const first = counterpartNames[index % counterpartNames.length] ?? '';
    const extra = random.chance(0.4) ? random.pick(counterpartNames) : first;
    return { name: departmentName(stem, level), formal: partyOrder([...new Set([first, extra])], counterparts) };
  });
  // The leaders after the mayor share the counterparts out; a designed gap leaves one without a leader (R9).
  const uncovered = random.chance(0.3) ? random.pick(counterpartNames) : null;
  const leaderCount = Math.max(1, Math.ceil(counterparts.length / 2));
  const leaders = Array.from({ length: leaderCount }, (_, index) => ({
    name: name(),
    title: index === 0 ? `常务副${level}长` : `副${level}长`,
    counterparts: counterpartNames.filter((item, position) => position % leaderCount === index && item !== uncovered),
  })).filter((leader) => leader.counterparts.length > 0);
  const firstYear = years[0] ?? 2023;
  const design: JurisdictionDesign = {
    ...jurisdiction,
    stem: jurisdiction.name.slice(0, -1),
    offices: officesOf(jurisdiction.name),
    counterparts,
    leaders,
    departments,
    notice: {
      number: `${jurisdiction.name.slice(0, -1)}府办函〔${firstYear - 1}〕${random.integer(10, 99)}号`,
      issued: `${firstYear - 1}-12-01`,
    },
    years: [],
  };
  // The mayor is the notice's: a chair of the symposia must be one of its leaders.
  const mayor = name();
  const heads = new Map<string, string>();
  for (const year of years) {
    design.years.push(designYear(design, year, mayor, heads, name, random.fork(`year ${year}`)));
  }
  design.years.sort((left, right) => left.year - right.year);
  if (uncovered !== null) for (const year of design.years) year.expected.R9.push({ subject: uncovered, missing: ['领导'] });
  return design;
}

function designYear(
  design: JurisdictionDesign,
  year: number,
  mayor: string,
  heads: Map<string, string>,
  name: () => string,
  random: SeededRandom,
): JurisdictionYear {
  const expected = Object.fromEntries(RULE_IDS.map((id) => [id, [] as DesignedGap[]])) as Record<GeneratedRuleId, DesignedGap[]>;
  const symposia = random.chance(GAP) ? random.pick([0, 3]) : random.integer(1, 2);
  if (symposia === 0 || symposia > 2) expected.R1.push({ subject: design.name, missing: [] });
  const policyMissing = random.chance(GAP * 2)
    ? partyOrder(
        random.sample(
          design.counterparts.map((item) => item.name),
          1,
        ),
        design.counterparts,
      )
    : [];
  if (policyMissing.length > 0) expected.R2.push({ subject: policyNumber(design, year, 2), missing: policyMissing });
  const jointMeeting = !random.chance(GAP);
  if (!jointMeeting) expected.R7.push({ subject: design.name, missing: [] });
  const departments = design.departments.map((department, index): DepartmentYear => {
    // Roles change over the years: a new head in about one department of five each year.
    const head = heads.get(department.name) === undefined || random.chance(0.2) ? name() : (heads.get(department.name) ?? '');
    heads.set(department.name, head);
    const leaderInCharge = random.chance(GAP) ? null : name();
    const liaisonOfficer = random.chance(GAP) ? null : name();
    const section = !random.chance(GAP);
    const brief = random.chance(0.3)
      ? {
          number: `${design.stem}${department.name.slice(1, 3)}简〔${year}〕${index + 1}号`,
          missing: department.formal.length > 1 && random.chance(GAP * 3) ? department.formal.slice(-1) : [],
        }
      : null;
    const entry: DepartmentYear = {
      name: department.name,
      head,
      headAttends: !random.chance(GAP),
      leaderInCharge,
      section,
      liaisonOfficer,
      supervisor: random.chance(GAP) ? null : name(),
      workPlan: !random.chance(GAP),
      annualSummary: !random.chance(GAP),
      review: !random.chance(GAP),
      brief,
    };
    const subject = department.name;
    if (!entry.headAttends) expected.R4.push({ subject, missing: [] });
    const missing5 = [
      leaderInCharge === null ? '分管领导' : null,
      section && (leaderInCharge !== null || liaisonOfficer !== null) ? null : '责任科室',
      liaisonOfficer === null ? '联络人员' : null,
    ].filter((part): part is string => part !== null);
    if (missing5.length > 0) expected.R5.push({ subject, missing: missing5 });
    if (entry.supervisor === null) expected.R6.push({ subject, missing: [] });
    const missing8 = [entry.workPlan ? null : '工作计划', entry.annualSummary ? null : '年度工作总结'].filter(
      (part): part is string => part !== null,
    );
    if (missing8.length > 0) expected.R8.push({ subject, missing: missing8 });
    if (!entry.review) expected.R10.push({ subject, missing: [] });
    if (brief !== null && brief.missing.length > 0) expected.R3.push({ subject: brief.number, missing: brief.missing });
    return entry;
  });
  return { year, mayor, symposia, jointMeeting, policyMissing, departments, expected };
}

/** The number of the jurisdiction's `index`-th policy document of the year (1: the government's, 2: its office's). */
export function policyNumber(design: JurisdictionDesign, year: number, index: 1 | 2): string {
  return `${design.stem}${index === 1 ? '府发' : '府办发'}〔${year}〕${index}号`;
}
