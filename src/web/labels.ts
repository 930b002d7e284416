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
