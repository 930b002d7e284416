import { AUDIT_ENTRY_LABEL, type Database } from '../db/index.ts';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

export const DEFAULT_AUDIT_PAGE = 50;
export const MAXIMUM_AUDIT_PAGE = 500;

export interface AuditLogFilter {
  actor?: string | null;
  operation?: string | null;
  /** Entries at or after this instant (ISO 8601). */
  from?: string | null;
  /** Entries before this instant (ISO 8601). */
  to?: string | null;
  /** A touched node, as `Label:key` (`Department:资阳市/市教育局`) or its key alone. */
  touched?: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  role: string | null;
  operation: string;
  /** The operation's variables, summarised, as JSON. */
  variables: string;
  labels: string[];
  touched: string[];
  touchedCount: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export interface AuditLogPage {
  entries: AuditEntry[];
  /** Give it as `after` for the next page; null on the last page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

function badInput(field: string, message: string): LiaisonError {
  return new LiaisonError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { details: { field } });
}

function instant(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (Number.isNaN(Date.parse(value))) throw badInput(field, `"${value}" is not an ISO 8601 date or time`);
  return value.trim();
}

/** A cursor names the last entry of a page: its time and id, so that paging is stable while entries are appended. */
function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') return { at, id };
  } catch {
    // Reported below, as any cursor this server did not hand out.
  }
  throw badInput('after', 'not a cursor of this audit log (give the endCursor of the previous page)');
}

/**
 * Audit entries newest first, filtered by actor, operation, time range and touched node; `first`
 * per page (default 50, at most 500), `after` the previous page's `endCursor`.
 */
export async function auditLog(
  database: Database,
  filter: AuditLogFilter = {},
  first: number | null = null,
  after: string | null = null,
): Promise<AuditLogPage> {
  const size = first ?? DEFAULT_AUDIT_PAGE;
  if (!Number.isInteger(size) || size < 1 || size > MAXIMUM_AUDIT_PAGE)
    throw badInput('first', `must be 1 to ${MAXIMUM_AUDIT_PAGE} (got ${size})`);
  const cursor = after === null || after === '' ? null : decodeCursor(after);
  const rows = await database.read(
    `MATCH (entry:${AUDIT_ENTRY_LABEL})
     WHERE ($actor IS NULL OR entry.actor = $actor)
       AND ($operation IS NULL OR entry.operation = $operation)
       AND ($from IS NULL OR entry.at >= datetime($from))
       AND ($to IS NULL OR entry.at < datetime($to))
       AND ($touched IS NULL OR any(item IN entry.touched WHERE item = $touched OR item ENDS WITH ':' + $touched))
       AND ($cursorAt IS NULL OR entry.at < datetime($cursorAt) OR (entry.at = datetime($cursorAt) AND entry.id < $cursorId))
     RETURN entry.id AS id, toString(entry.at) AS at, entry.actor AS actor, entry.role AS role, entry.operation AS operation,
            entry.variables AS variables, entry.labels AS labels, entry.touched AS touched, entry.touchedCount AS touchedCount,
            entry.nodesCreated AS nodesCreated, entry.nodesDeleted AS nodesDeleted,
            entry.relationshipsCreated AS relationshipsCreated, entry.relationshipsDeleted AS relationshipsDeleted,
            entry.propertiesSet AS propertiesSet
     ORDER BY entry.at DESC, entry.id DESC
     LIMIT toInteger($limit)`,
    {
      actor: filter.actor ?? null,
      operation: filter.operation ?? null,
      from: instant('where.from', filter.from),
      to: instant('where.to', filter.to),
      touched: filter.touched?.trim() || null,
      cursorAt: cursor?.at ?? null,
      cursorId: cursor?.id ?? null,
      limit: size + 1,
    },
  );
  const entries = rows.slice(0, size).map((row) => row as unknown as AuditEntry);
  const last = entries.at(-1);
  const hasNextPage = rows.length > size;
  return { entries, hasNextPage, endCursor: hasNextPage && last !== undefined ? encodeCursor(last.at, last.id) : null };
}
