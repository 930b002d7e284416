import { emptyRecordsTable, type RecordsTable } from '../records/index.ts';
import { type JurisdictionDesign, type JurisdictionYear, policyNumber, REVIEW_KINDS } from './jurisdiction-design.ts';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * One jurisdiction-year as records in the import format: its leaders' and departments' roles, its
 * activities and documents, each with the gaps of its design and nothing else missing.
 */
export function yearRecords(design: JurisdictionDesign, plan: JurisdictionYear): RecordsTable {
  const table = emptyRecordsTable();
  const { year } = plan;
  const level = design.level;
  const counterparts = design.counterparts.map((item) => item.name);
  const reportOffices = `${design.offices.generalOffice}、${design.offices.unitedFront}`;
  const person = (name: string, organisation: string, role: string, extra: Record<string, string | null> = {}) =>
    table.people.push({ name, organisation, role, section: null, party: null, from: `${year}-01-01`, to: `${year}-12-31`, ...extra });
  const activity = (
    id: string,
    date: string,
    kind: string,
    title: string,
    organiser: string,
    chair: string | null,
    participants: string[],
    with_: string[],
  ) =>
    table.activities.push({
      id: `${design.name}-${year}-${id}`,
      date,
      kind,
      title,
      organiser,
      chair,
      participants: participants.join('、') || null,
      counterparts: with_.join('、') || null,
    });
  const document = (
    number: string,
    title: string,
    issuer: string,
    issuedAt: string,
    kind: string,
    recipients: string[],
    of: number | null = null,
  ) => table.documents.push({ number, title, issuer, issuedAt, kind, year: of, recipients: recipients.join('、') || null });

  person(plan.mayor, design.offices.government, `${level}长`);
  for (const leader of design.leaders) person(leader.name, design.offices.government, leader.title);
  for (let index = 0; index < plan.symposia; index += 1) {
    activity(
      `S${index + 1}`,
      `${year}-${pad(3 + index * 3)}-15`,
      '座谈会',
      `${design.name}政府与民主党派负责人座谈会`,
      index % 2 === 0 ? design.offices.government : design.offices.generalOffice,
      plan.mayor,
      [],
      counterparts,
    );
  }
  if (plan.jointMeeting)
    activity(
      'J1',
      `${year}-06-20`,
      '联席会议',
      '对口联系工作联席会议',
      `${design.offices.unitedFront}、${design.offices.generalOffice}`,
      null,
      [],
      counterparts,
    );
  document(
    policyNumber(design, year, 1),
    '关于促进民营经济发展的若干措施',
    design.offices.government,
    `${year}-03-01`,
    '政策性文件',
    counterparts,
  );
  document(
    policyNumber(design, year, 2),
    '关于优化营商环境的实施意见',
    design.offices.generalOffice,
    `${year}-06-12`,
    '政策性文件',
    counterparts.filter((name) => !plan.policyMissing.includes(name)),
  );

  plan.departments.forEach((department, index) => {
    const formal = design.departments[index]?.formal ?? [];
    const section = department.section ? '办公室' : null;
    person(department.head, department.name, '主要负责人');
    if (department.leaderInCharge !== null) person(department.leaderInCharge, department.name, '分管领导', { section });
    if (department.liaisonOfficer !== null) person(department.liaisonOfficer, department.name, '联络人员', { section });
    if (department.supervisor !== null)
      person(department.supervisor, department.name, '特约监督员', { party: formal[0] ?? null, from: `${year}-03-01` });
    const date = `${year}-${pad(3 + (index % 9))}-10`;
    const participants = department.headAttends ? [department.head] : [];
    if (department.review) {
      const kind = REVIEW_KINDS[index % REVIEW_KINDS.length] ?? '执法检查';
      activity(`D${index + 1}`, date, kind, `${department.name}${kind}`, department.name, null, participants, formal.slice(0, 1));
    } else if (department.headAttends) {
      activity(`D${index + 1}`, date, '考察调研', `${department.name}考察调研`, department.name, null, participants, formal.slice(0, 1));
    }
    if (department.brief !== null) {
      const missing = department.brief.missing;
      document(
        department.brief.number,
        `${department.name}工作简报`,
        department.name,
        `${year}-05-10`,
        '重要简报',
        formal.filter((name) => !missing.includes(name)),
      );
    }
    if (department.workPlan)
      document(
        `${design.stem}${department.name.slice(1, 3)}计〔${year}〕${index + 1}号`,
        `${department.name}${year}年对口联系工作计划`,
        department.name,
        `${year}-02-10`,
        '工作计划',
        reportOffices.split('、'),
      );
    if (department.annualSummary)
      document(
        `${design.stem}${department.name.slice(1, 3)}总〔${year + 1}〕${index + 1}号`,
        `${department.name}${year}年对口联系工作总结`,
        department.name,
        `${year + 1}-01-15`,
        '年度工作总结',
        reportOffices.split('、'),
        year,
      );
  });
  return table;
}
