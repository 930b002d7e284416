import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { resolveJurisdiction } from './name-resolution.ts';
import type { ReviewScope } from './model.ts';
import { governmentOfficesOf, reportOfficesOf } from '../domain/index.ts';

export const MINIMUM_YEAR = 1949;
export const MAXIMUM_YEAR = 2100;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (match === null) return false;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.toISOString().slice(0, 10) === text;
}

/** Checks a date argument; BAD_USER_INPUT naming the field otherwise. */
export function validDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `${field}: expected a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Checks a year argument; BAD_USER_INPUT naming the field otherwise. */
export function validYear(field: string, value: number): number {
  if (!Number.isInteger(value) || value < MINIMUM_YEAR || value > MAXIMUM_YEAR) {
    throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `${field}: expected a year between ${MINIMUM_YEAR} and ${MAXIMUM_YEAR}, got ${value}`);
  }
  return value;
}

/** The default as-of date of a review of `year`: 31 December, or `today` when that is earlier. */
export function defaultAsOf(year: number, today: Date = new Date()): string {
  const endOfYear = `${year}-12-31`;
  const todayText = today.toISOString().slice(0, 10);
  return todayText < endOfYear ? todayText : endOfYear;
}

export interface ReviewScopeInput {
  year: number;
  jurisdiction?: string | null;
  asOf?: string | null;
  /** Review every jurisdiction within this one too (a province's prefectures and counties), each on its own. */
  includeDescendants?: boolean | null;
}

/** Validates the arguments and resolves the jurisdiction (default 资阳市, by name, full name or alias). */
export async function resolveReviewScope(database: Database, input: ReviewScopeInput, today: Date = new Date()): Promise<ReviewScope> {
  const year = validYear('year', input.year);
  const asOf = input.asOf === undefined || input.asOf === null ? defaultAsOf(year, today) : validDate('asOf', input.asOf);
  const jurisdiction = await resolveJurisdiction(database, input.jurisdiction);
  return { jurisdiction, year, asOf };
}

/** The query parameters every rule takes. */
export function scopeParameters(scope: ReviewScope): Record<string, unknown> {
  return {
    jurisdiction: scope.jurisdiction,
    year: scope.year,
    yearStart: `${scope.year}-01-01`,
    yearEnd: `${scope.year}-12-31`,
    asOf: scope.asOf,
    governmentOffices: governmentOfficesOf(scope.jurisdiction),
    reportOffices: reportOfficesOf(scope.jurisdiction),
  };
}
