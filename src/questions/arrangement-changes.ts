import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';
import { counterpartOrder, reachedFrom, resolveJurisdiction, validDate } from '../review/index.ts';
import { PARTY_NAMES } from '../domain/index.ts';

/** A liaison that began or ended between the two dates. */
export interface LiaisonChange {
  /** The leader or department. */
  source: string;
  sourceLabel: 'Leader' | 'Department';
  counterpart: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
  sourceDocument: string | null;
  sourceLine: number | null;
  sourceText: string | null;
}

export interface ArrangementChanges {
  jurisdiction: string;
  from: string;
  to: string;
  /** First day in force after `from` and no later than `to`: not in force on `from`, in force by `to`. */
  added: LiaisonChange[];
  /** Last day in force on or after `from` and before `to`: in force on `from` (or since), no longer on `to`. */
  ended: LiaisonChange[];
}

/** The liaisons of J's leaders and departments that began or ended in the window, in one query. */
export const ARRANGEMENT_CHANGES_CYPHER = `
MATCH (jurisdiction:Jurisdiction {name: $jurisdiction})
${reachedFrom('jurisdiction', '(jurisdiction)<-[:IN_JURISDICTION]-(source)', 'source', 'source:Leader OR source:Department')}
${reachedFrom('source', '(source)-[liaison:LIAISES_WITH]->(counterpart)', 'liaison, counterpart', 'counterpart:Counterpart')}
WITH source, liaison, counterpart,
     liaison.validFrom > date($from) AND liaison.validFrom <= date($to) AS added,
     liaison.validTo >= date($from) AND liaison.validTo < date($to) AS ended
WHERE added OR ended
RETURN {source: source.name, sourceLabel: CASE WHEN source:Leader THEN 'Leader' ELSE 'Department' END,
        counterpart: counterpart.name, kind: liaison.kind, validFrom: liaison.validFrom, validTo: liaison.validTo,
        sourceDocument: liaison.sourceDocument, sourceLine: liaison.sourceLine, sourceText: liaison.sourceText} AS change,
       coalesce(added, false) AS added, coalesce(ended, false) AS ended
ORDER BY source:Department, coalesce(source.sourceLine, 1000000), source.name, ${counterpartOrder()}`;

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function toChange(value: Record<string, unknown>): LiaisonChange {
  return {
    source: String(value.source),
    sourceLabel: value.sourceLabel === 'Leader' ? 'Leader' : 'Department',
    counterpart: String(value.counterpart),
    kind: String(value.kind),
    validFrom: text(value.validFrom),
    validTo: text(value.validTo),
    sourceDocument: text(value.sourceDocument),
    sourceLine: typeof value.sourceLine === 'number' ? value.sourceLine : null,
    sourceText: text(value.sourceText),
  };
}

/**
 * Liaisons added and ended between two dates: how one arrangement differs from an earlier one (e.g.
 * 2017 → 2022), or what changed during a year. A liaison both begun and ended in the window is in both lists.
 */
export async function arrangementChanges(
  database: Database,
  input: { jurisdiction?: string | null; from: string; to: string },
): Promise<ArrangementChanges> {
  const from = validDate('from', input.from);
  const to = validDate('to', input.to);
  if (from > to) throw new LiaisonError(ErrorCode.BAD_USER_INPUT, `from (${from}) must not be after to (${to})`);
  const jurisdiction = await resolveJurisdiction(database, input.jurisdiction);
  const rows = await database.read(ARRANGEMENT_CHANGES_CYPHER, { jurisdiction, from, to, partyOrder: PARTY_NAMES });
  return {
    jurisdiction,
    from,
    to,
    added: rows.filter((row) => row.added === true).map((row) => toChange(row.change as Record<string, unknown>)),
    ended: rows.filter((row) => row.ended === true).map((row) => toChange(row.change as Record<string, unknown>)),
  };
}
