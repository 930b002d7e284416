import type { ActivityKind, DocumentKind, LeaderTitle, LiaisonKind, ReviewEvidenceKind, RoleKind } from './generated/graphql.ts';

/** The Chinese terms of the schema's enumerations (those of the notice, as src/domain/kinds.ts has them). */
export const ACTIVITY_KIND: Record<ActivityKind, string> = {
  SYMPOSIUM: '座谈会',
  PLENARY: '全体（扩大）会议',
  EXECUTIVE_MEETING: '常务会议',
  THEMATIC_MEETING: '专题会议',
  BRIEFING: '情况通报会',
  JOINT_MEETING: '联席会议',
  INSPECTION_VISIT: '视察',
  FIELD_RESEARCH: '考察调研',
  COMMENDATION: '表彰',
  CELEBRATION: '庆典',
  INSPECTION: '检查',
  LAW_ENFORCEMENT_INSPECTION: '执法检查',
  CONDUCT_REVIEW: '行风评议',
  COMMISSIONED_RESEARCH: '委托调研',
  CONSULTATION: '征求意见',
  OTHER: '其他',
};

export const DOCUMENT_KIND: Record<DocumentKind, string> = {
  POLICY: '政策性文件',
  REGULATORY: '政策法规性文件',
  BRIEF: '重要简报',
  PERIODICAL: '刊物',
  WORK_PLAN: '工作计划',
  ANNUAL_SUMMARY: '年度工作总结',
  NOTICE: '通知',
  OTHER: '其他',
};

export const LIAISON_KIND: Record<LiaisonKind, string> = {
  FORMAL: '正式对口联系',
  GENERAL: '普遍联系',
  WORKING_CONTACT: '工作联系',
};

/** Short forms for the matrix cells. */
export const LIAISON_KIND_SHORT: Record<LiaisonKind, string> = { FORMAL: '对口', GENERAL: '普遍', WORKING_CONTACT: '工作联系' };

export const LIAISON_KIND_COLOR: Record<LiaisonKind, string> = { FORMAL: 'blue', GENERAL: 'default', WORKING_CONTACT: 'orange' };

export const ROLE_KIND: Record<RoleKind, string> = {
  MAYOR: '市长',
  EXECUTIVE_VICE_MAYOR: '常务副市长',
  VICE_MAYOR: '副市长',
  HEAD: '主要负责人',
  LEADER_IN_CHARGE: '分管领导',
  LIAISON_OFFICER: '联络人员',
  MEMBER: '成员',
  SPECIAL_SUPERVISOR: '特约监督员',
};

export const LEADER_TITLE: Record<LeaderTitle, string> = { MAYOR: '市长', EXECUTIVE_VICE_MAYOR: '常务副市长', VICE_MAYOR: '副市长' };

export const EVIDENCE_KIND: Record<ReviewEvidenceKind, string> = { ACTIVITY: '活动', DOCUMENT: '文件', ROLE: '职务', LIAISON: '联系' };

export const SEARCH_KIND: Record<string, string> = {
  Jurisdiction: '行政区',
  Office: '机关',
  Department: '部门',
  Counterpart: '党派团体',
  Leader: '市政府领导',
  Person: '人员',
  Document: '文件',
};

export function labelOf<K extends string>(labels: Record<K, string>, value: K | null | undefined): string {
  return value === null || value === undefined ? '' : labels[value];
}

/** A period as 2023-01-01 至 2023-12-31, or 起 / 至今 when open. */
export function period(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '—';
  return `${from ?? '…'} 至 ${to ?? '今'}`;
}

/** Where a liaison is stated: 文号 第 N 行. */
export function sourceOf(document: string | null | undefined, line: number | null | undefined): string {
  if (!document) return '—';
  return line === null || line === undefined ? document : `${document} 第 ${line} 行`;
}

/** What each rule of the review asks, in the notice's words (the server gives the titles in English). */
export const RULE_TITLE: Record<string, string> = {
  R1: '每年召开 1–2 次同民主党派、工商联的座谈会，由市长或常务副市长主持',
  R2: '市政府、市政府办公室的政策性文件送达各民主党派和工商联',
  R3: '各部门的政策法规性文件、重要简报和刊物送达其对口联系的党派团体',
  R4: '各部门主要负责人每年至少参加一次对口联系活动',
  R5: '各部门明确分管领导、责任科室和联络人员',
  R6: '各部门聘请民主党派成员担任特约监督员',
  R7: '建立并召开对口联系工作联席会议',
  R8: '各部门向市政府办公室和市委统战部报送工作计划和年度工作总结',
  R9: '每个党派团体都有联系领导和联系部门',
  R10: '各部门邀请对口党派团体参加执法检查、行风评议或征求意见',
};

export function ruleTitle(rule: { id: string; title: string }): string {
  return RULE_TITLE[rule.id] ?? rule.title;
}
