import { z } from 'zod';
import { LIST_SEPARATOR_PATTERN } from '../records-format.ts';
import { enumerationValue, type EnumerationDefinition } from '../../domain/index.ts';

/**
 * zod field types of the records format. Each takes a raw cell (text, number, Excel date, JSON
 * list) and yields the clean value, or an issue whose message is the one users read.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days between Excel's day 0 (1899-12-30) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;

function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join('、');
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** A name as the graph keeps it: all whitespace removed (`李  东` → `李东`). */
export function compactName(text: string): string {
  return text.replace(/\s+/gu, '');
}

function required<T>(value: T | undefined, context: z.RefinementCtx, isRequired: boolean): T | undefined {
  if (value === undefined && isRequired) context.addIssue({ code: 'custom', message: 'a value is required' });
  return value;
}

export function textField(isRequired = false) {
  return z.unknown().transform((value, context) => required(cellText(value), context, isRequired));
}

export function nameField(isRequired = false) {
  return z.unknown().transform((value, context) => {
    const text = cellText(value);
    return required(text === undefined ? undefined : compactName(text), context, isRequired);
  });
}

/** Items of a list cell, split on 、 ; ； , ， (or a JSON array), whitespace removed, empty items dropped. */
export function splitList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value.map((item) => String(item ?? '')) : String(value).split(LIST_SEPARATOR_PATTERN);
  return items.map(compactName).filter((item) => item !== '');
}

export function listField(isRequired = false) {
  return z.unknown().transform((value, context) => {
    const items = splitList(value);
    if (items.length === 0 && isRequired) context.addIssue({ code: 'custom', message: 'a value is required' });
    return items;
  });
}

/** `YYYY-MM-DD` for a valid calendar day; undefined otherwise. */
export function isoDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? text : undefined;
}

/** A date cell: `YYYY-MM-DD` text, an Excel date cell, or an Excel day number. */
export function parseDateCell(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2_958_466) {
    return new Date((value - EXCEL_EPOCH_OFFSET_DAYS) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value === 'string') return isoDate(value.trim());
  return undefined;
}

export function dateField(isRequired = false) {
  return z.unknown().transform((value, context) => {
    if (cellText(value) === undefined) return required(undefined, context, isRequired);
    const date = parseDateCell(value);
    if (date === undefined) context.addIssue({ code: 'custom', message: `not a date "${cellText(value)}" (expected YYYY-MM-DD)` });
    return date;
  });
}

export function yearField() {
  return z.unknown().transform((value, context) => {
    const text = cellText(value);
    if (text === undefined) return undefined;
    const year = Number(text);
    if (!/^\d{4}$/.test(text) || year < 1900 || year > 2200) {
      context.addIssue({ code: 'custom', message: `not a year "${text}" (expected four digits, e.g. 2023)` });
      return undefined;
    }
    return year;
  });
}

export function enumerationField(enumeration: EnumerationDefinition, isRequired = true) {
  return z.unknown().transform((value, context) => {
    const text = cellText(value);
    if (text === undefined) return required(undefined, context, isRequired);
    const name = enumerationValue(enumeration, text);
    if (name === undefined) {
      const choices = enumeration.terms.map(([term, chinese]) => `${chinese} ${term}`).join(', ');
      context.addIssue({ code: 'custom', message: `unknown ${enumeration.label} "${text}" (one of ${choices})` });
    }
    return name;
  });
}
