import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { DefaultJurisdictionDocument, JurisdictionsDocument } from '../generated/graphql.ts';

/** The jurisdiction and year a page shows, kept in its URL (?jurisdiction=…&year=…) so that a link says what it shows. */
export interface Scope {
  /** Undefined only while the server's default is being asked for. */
  jurisdiction: string | undefined;
  year: number;
  /** The year's last day, or today within the current year: what "as of" means for the year. */
  asOf: string;
  /** `?jurisdiction=…&year=…`, for links to other pages of the same scope. */
  search: string;
  setScope: (next: { jurisdiction?: string; year?: number }) => void;
}

export const THIS_YEAR = new Date().getFullYear();

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function asOfYear(year: number): string {
  return year >= THIS_YEAR ? todayIso() : `${year}-12-31`;
}

function parseYear(text: string | null): number {
  const year = Number(text);
  return Number.isInteger(year) && year >= 1949 && year <= 2100 ? year : THIS_YEAR;
}

export function useScope(): Scope {
  const [params, setParams] = useSearchParams();
  const named = params.get('jurisdiction') ?? undefined;
  // Without a jurisdiction in the URL the server's own default (the root of the notice) is shown; a
  // graph without it (another city's notice only) shows its first jurisdiction that lies in no other.
  const fallback = useQuery(DefaultJurisdictionDocument, {}, { skip: named !== undefined });
  const roots = useQuery(JurisdictionsDocument, {}, { skip: named !== undefined || fallback.error === undefined });
  const firstRoot = roots.data?.jurisdictions.find((candidate) => candidate.parent.length === 0)?.name;
  const jurisdiction = named ?? fallback.data?.liaisonMatrix.jurisdiction ?? firstRoot;
  const year = parseYear(params.get('year'));
  const setScope = useCallback(
    (next: { jurisdiction?: string; year?: number }) =>
      setParams((previous) => {
        const updated = new URLSearchParams(previous);
        if (next.jurisdiction !== undefined) updated.set('jurisdiction', next.jurisdiction);
        if (next.year !== undefined) updated.set('year', String(next.year));
        return updated;
      }),
    [setParams],
  );
  return useMemo(() => {
    const search = new URLSearchParams();
    if (jurisdiction !== undefined) search.set('jurisdiction', jurisdiction);
    search.set('year', String(year));
    return { jurisdiction, year, asOf: asOfYear(year), search: `?${search.toString()}`, setScope };
  }, [jurisdiction, year, setScope]);
}
