/** The analysts' questions: document reach, liaison matrix, paths, a counterpart's year, arrangement changes. */
export { arrangementChanges, type ArrangementChanges } from './arrangement-changes.ts';
export { counterpartYear, type CounterpartYear } from './counterpart-year.ts';
export { documentReach, type DocumentReach } from './document-reach.ts';
export { liaisonMatrix, readLiaisonMatrix, type LiaisonMatrix, type LiaisonMatrixCell } from './liaison-matrix.ts';
export { liaisonPaths } from './liaison-paths.ts';
export { auditLog, DEFAULT_AUDIT_PAGE, MAXIMUM_AUDIT_PAGE, type AuditEntry, type AuditLogFilter, type AuditLogPage } from './audit-log.ts';
