import { z } from 'zod';
import { recordError, type RecordError } from '../record-error.ts';
import { dateField, enumerationField, listField, nameField, textField, yearField } from './record-fields.ts';
import { sheetDefinition, type SheetKey } from '../records-format.ts';
import type { RawRecords, RawRow } from '../read/raw-records.ts';
import { ACTIVITY_KINDS, DOCUMENT_KINDS, ORGANISATION_TYPES, ROLE_KINDS } from '../../domain/index.ts';

/** The row schemas of the four sheets: the types and required values of the records format. */
export const ROW_SCHEMAS = {
  organisations: z.object({
    name: nameField(true),
    type: enumerationField(ORGANISATION_TYPES),
    fullName: nameField(),
    aliases: listField(),
  }),
  people: z.object({
    name: nameField(true),
    organisation: nameField(true),
    role: enumerationField(ROLE_KINDS),
    section: textField(),
    party: nameField(),
    from: dateField(),
    to: dateField(),
  }),
  activities: z.object({
    id: textField(),
    date: dateField(true),
    kind: enumerationField(ACTIVITY_KINDS),
    title: textField(true),
    organiser: listField(true),
    chair: listField(),
    participants: listField(),
    counterparts: listField(),
  }),
  documents: z.object({
    number: textField(true),
    title: textField(),
    issuer: nameField(true),
    issuedAt: dateField(true),
    kind: enumerationField(DOCUMENT_KINDS),
    year: yearField(),
    recipients: listField(),
  }),
} as const;

export interface OrganisationRecord {
  row: number;
  name: string;
  type: string;
  fullName: string | undefined;
  aliases: string[];
}
export interface PersonRecord {
  row: number;
  name: string;
  organisation: string;
  role: string;
  section: string | undefined;
  party: string | undefined;
  from: string | undefined;
  to: string | undefined;
}
export interface ActivityRecord {
  row: number;
  id: string | undefined;
  date: string;
  kind: string;
  title: string;
  organiser: string[];
  chair: string[];
  participants: string[];
  counterparts: string[];
}
export interface DocumentRecord {
  row: number;
  number: string;
  title: string | undefined;
  issuer: string;
  issuedAt: string;
  kind: string;
  year: number | undefined;
  recipients: string[];
}

/** Rows that passed the type checks (required values present, dates and enumerations valid). */
export interface ValidRecords {
  organisations: OrganisationRecord[];
  people: PersonRecord[];
  activities: ActivityRecord[];
  documents: DocumentRecord[];
}

function parseRows(key: SheetKey, rows: readonly RawRow[], errors: RecordError[]): Array<Record<string, unknown> & { row: number }> {
  const schema: z.ZodType<Record<string, unknown>> = ROW_SCHEMAS[key];
  const valid: Array<Record<string, unknown> & { row: number }> = [];
  for (const raw of rows) {
    const cells: Record<string, unknown> = {};
    for (const column of sheetDefinition(key).columns) cells[column.key] = raw.cells[column.key] ?? null;
    const result = schema.safeParse(cells);
    if (result.success) {
      valid.push({ ...result.data, row: raw.row });
      continue;
    }
    for (const issue of result.error.issues) {
      const column = typeof issue.path[0] === 'string' ? issue.path[0] : null;
      errors.push(recordError(key, raw.row, column, column === null ? null : raw.cells[column], issue.message));
    }
  }
  return valid;
}

/** The records of each sheet, once their types are checked. */
export interface SheetRecords {
  organisations: OrganisationRecord;
  people: PersonRecord;
  activities: ActivityRecord;
  documents: DocumentRecord;
}

/** Checks the types of rows of one sheet; rows with a problem are left out and reported. Also: `to` ≥ `from`. */
export function validateRows<K extends SheetKey>(sheet: K, rows: readonly RawRow[], errors: RecordError[]): Array<SheetRecords[K]> {
  const valid = parseRows(sheet, rows, errors) as unknown as Array<SheetRecords[K]>;
  if (sheet !== 'people') return valid;
  return valid.filter((record) => {
    const person = record as PersonRecord;
    if (person.from !== undefined && person.to !== undefined && person.to < person.from) {
      errors.push(recordError('people', person.row, 'to', person.to, `ends before it starts (${person.to} is before ${person.from})`));
      return false;
    }
    return true;
  });
}

/** Checks each row's types (see `validateRows`). */
export function validateRecords(raw: RawRecords): { records: ValidRecords; errors: RecordError[] } {
  const errors: RecordError[] = [];
  const records: ValidRecords = {
    organisations: validateRows('organisations', raw.sheets.organisations?.rows ?? [], errors),
    people: validateRows('people', raw.sheets.people?.rows ?? [], errors),
    activities: validateRows('activities', raw.sheets.activities?.rows ?? [], errors),
    documents: validateRows('documents', raw.sheets.documents?.rows ?? [], errors),
  };
  return { records, errors };
}
