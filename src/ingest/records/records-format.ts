/**
 * The records format (a contract): sheets, their columns (English key and Chinese header) and the
 * enumerations, each accepted as the Chinese term or the enum name. Readers, validation, export and
 * the GraphQL input all read these tables.
 */

export type SheetKey = 'organisations' | 'people' | 'activities' | 'documents';

export interface ColumnDefinition {
  key: string;
  header: string;
  required: boolean;
}

export interface SheetDefinition {
  key: SheetKey;
  header: string;
  columns: readonly ColumnDefinition[];
}

function column(key: string, header: string, required = false): ColumnDefinition {
  return { key, header, required };
}

export const SHEETS: readonly SheetDefinition[] = [
  {
    key: 'organisations',
    header: '单位',
    columns: [column('name', '名称', true), column('type', '类型', true), column('fullName', '全称'), column('aliases', '别名')],
  },
  {
    key: 'people',
    header: '人员',
    columns: [
      column('name', '姓名', true),
      column('organisation', '单位', true),
      column('role', '职务', true),
      column('section', '责任科室'),
      column('party', '党派'),
      column('from', '起始日期'),
      column('to', '终止日期'),
    ],
  },
  {
    key: 'activities',
    header: '活动',
    columns: [
      column('id', '编号'),
      column('date', '日期', true),
      column('kind', '类型', true),
      column('title', '名称', true),
      column('organiser', '主办单位', true),
      column('chair', '主持人'),
      column('participants', '参加人员'),
      column('counterparts', '参加党派'),
    ],
  },
  {
    key: 'documents',
    header: '文件',
    columns: [
      column('number', '文号', true),
      column('title', '标题'),
      column('issuer', '发文单位', true),
      column('issuedAt', '发文日期', true),
      column('kind', '类别', true),
      column('year', '所属年度'),
      column('recipients', '抄送/送阅'),
    ],
  },
];

/** Columns whose cells hold lists. */
/** Columns holding dates (`YYYY-MM-DD`, or a date cell of a workbook). */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(['from', 'to', 'date', 'issuedAt']);

export const LIST_COLUMNS: ReadonlySet<string> = new Set(['aliases', 'participants', 'counterparts', 'recipients']);

/** Separators of list items inside a cell; export writes the first. */
export const LIST_SEPARATOR = '、';
export const LIST_SEPARATOR_PATTERN = /[、;；,，]/;

export function sheetDefinition(key: SheetKey): SheetDefinition {
  const found = SHEETS.find((sheet) => sheet.key === key);
  if (found === undefined) throw new Error(`no sheet ${key}`);
  return found;
}

/** The sheet a sheet name (English key or Chinese header, case and surrounding spaces ignored) stands for. */
export function findSheet(name: string): SheetDefinition | undefined {
  const wanted = name.trim().toLowerCase();
  return SHEETS.find((sheet) => sheet.key.toLowerCase() === wanted || sheet.header === wanted);
}

/** The column a header cell (English key or Chinese header) stands for. */
export function findColumn(sheet: SheetDefinition, header: string): ColumnDefinition | undefined {
  const wanted = header.trim();
  const lower = wanted.toLowerCase();
  return sheet.columns.find((item) => item.key.toLowerCase() === lower || item.header === wanted);
}

/** An enumeration: its values with their Chinese terms, in the order the format lists them. */
export interface EnumerationDefinition {
  /** What a value is called in messages ("role", "activity kind"). */
  label: string;
  terms: ReadonlyArray<readonly [name: string, chinese: string]>;
}

export const ORGANISATION_TYPES: EnumerationDefinition = {
  label: 'organisation type',
  terms: [
    ['DEPARTMENT', '部门'],
    ['OFFICE', '机关'],
    ['COUNTERPART', '党派'],
  ],
};

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
  return found?.[0];
}

/** The Chinese term of an enum name (export writes these). */
export function chineseTerm(enumeration: EnumerationDefinition, name: string): string {
  return enumeration.terms.find(([value]) => value === name)?.[1] ?? name;
}

/** Leader titles: the role kinds held at 市政府 by a leader. */
export const LEADER_TITLES: ReadonlySet<string> = new Set(['MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR']);

/** The built-in office at which leaders hold their titles. */
export const CITY_GOVERNMENT = '市政府';

/** Canonical short names of counterparts; a declared counterpart's party is the one its name contains. */
export const PARTY_NAMES = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟', '工商联'] as const;
