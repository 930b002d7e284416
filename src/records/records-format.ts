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
