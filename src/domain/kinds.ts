import { jurisdictionLevel } from './jurisdictions.ts';

/**
 * The enumerations of the model with their Chinese terms, in the order the records format lists
 * them. Records accept either form; evidence labels and exports write the Chinese one.
 */
export interface EnumerationDefinition {
  /** What a value is called in messages ("role", "activity kind"). */
  label: string;
  terms: ReadonlyArray<readonly [name: string, chinese: string]>;
  /** Other Chinese terms that also name a value (a county's 县长 for MAYOR …). */
  alsoNamed?: (text: string) => string | undefined;
}

export const ORGANISATION_TYPES: EnumerationDefinition = {
  label: 'organisation type',
  terms: [
    ['DEPARTMENT', '部门'],
    ['OFFICE', '机关'],
    ['COUNTERPART', '党派'],
  ],
};

/** 市长, 常务副县长, 副省长, 副区长 …: the leader titles at every level. */
const leaderTitlePattern = /^(常务)?(副)?(?:自治区|自治州|自治县|[省市县区州盟旗])长$/;

/** The leader title a Chinese title names at any level (县长 → MAYOR, 常务副区长 → EXECUTIVE_VICE_MAYOR). */
export function leaderTitleKind(text: string): string | undefined {
  const match = leaderTitlePattern.exec(text.trim());
  if (match === null) return undefined;
  if (match[1] !== undefined) return match[2] === undefined ? undefined : 'EXECUTIVE_VICE_MAYOR';
  return match[2] === undefined ? 'MAYOR' : 'VICE_MAYOR';
}

export const ROLE_KINDS: EnumerationDefinition = {
  label: 'role',
  terms: [
    ['MAYOR', '市长'],
    ['EXECUTIVE_VICE_MAYOR', '常务副市长'],
    ['VICE_MAYOR', '副市长'],
    ['HEAD', '主要负责人'],
    ['LEADER_IN_CHARGE', '分管领导'],
    ['LIAISON_OFFICER', '联络人员'],
    ['MEMBER', '成员'],
    ['SPECIAL_SUPERVISOR', '特约监督员'],
  ],
  alsoNamed: leaderTitleKind,
};

export const ACTIVITY_KINDS: EnumerationDefinition = {
  label: 'activity kind',
  terms: [
    ['SYMPOSIUM', '座谈会'],
    ['PLENARY', '全体会议'],
    ['EXECUTIVE_MEETING', '常务会议'],
    ['THEMATIC_MEETING', '专题会议'],
    ['BRIEFING', '情况通报会'],
    ['JOINT_MEETING', '联席会议'],
    ['INSPECTION_VISIT', '视察'],
    ['FIELD_RESEARCH', '考察调研'],
    ['COMMENDATION', '表彰'],
    ['CELEBRATION', '庆典'],
    ['INSPECTION', '检查'],
    ['LAW_ENFORCEMENT_INSPECTION', '执法检查'],
    ['CONDUCT_REVIEW', '行风评议'],
    ['COMMISSIONED_RESEARCH', '委托调研'],
    ['CONSULTATION', '征求意见'],
    ['OTHER', '其他'],
  ],
};

export const DOCUMENT_KINDS: EnumerationDefinition = {
  label: 'document kind',
  terms: [
    ['POLICY', '政策性文件'],
    ['REGULATORY', '政策法规性文件'],
    ['BRIEF', '重要简报'],
    ['PERIODICAL', '刊物'],
    ['WORK_PLAN', '工作计划'],
    ['ANNUAL_SUMMARY', '年度工作总结'],
    ['NOTICE', '通知'],
    ['OTHER', '其他'],
  ],
};

/** The enum name for a Chinese term or an enum name (case-insensitive); undefined when neither. */
export function enumerationValue(enumeration: EnumerationDefinition, text: string): string | undefined {
  const wanted = text.trim();
  const upper = wanted.toUpperCase();
  const found = enumeration.terms.find(([name, chinese]) => name === upper || chinese === wanted);
  return found?.[0] ?? enumeration.alsoNamed?.(wanted);
}

/** The Chinese term of an enum name (export writes these). */
export function chineseTerm(enumeration: EnumerationDefinition, name: string): string {
  return enumeration.terms.find(([value]) => value === name)?.[1] ?? name;
}

/** Every value's Chinese term, as a map (the $activityKinds / $roleTitles of Cypher labels). */
export function chineseTerms(enumeration: EnumerationDefinition): Record<string, string> {
  return Object.fromEntries(enumeration.terms.map(([name, chinese]) => [name, chinese]));
}

/** Leader titles: the role kinds a leader holds at the jurisdiction's government. */
export const LEADER_TITLES: ReadonlySet<string> = new Set(['MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR']);

/** The role kinds' Chinese terms as the jurisdiction's level writes them: 县长, 常务副县长, 副县长 for a county. */
export function roleTitlesOf(jurisdiction: string): Record<string, string> {
  const level = jurisdictionLevel(jurisdiction);
  return { ...chineseTerms(ROLE_KINDS), MAYOR: `${level}长`, EXECUTIVE_VICE_MAYOR: `常务副${level}长`, VICE_MAYOR: `副${level}长` };
}
