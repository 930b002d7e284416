/**
 * The public error codes. Clients read them in `extensions.code` of a GraphQL error and in the
 * `code` of a command's JSON output; they are a contract and only grow.
 */
export const ErrorCode = {
  /** The request is malformed or a value is out of range. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** A named thing (party, department, leader, document) does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** The query is nested deeper than the configured limit. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** Neo4j cannot be reached or is not ready. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** A write would break a uniqueness constraint. */
  CONFLICT: 'CONFLICT',
  /** A file (notice, records) cannot be parsed or fails validation. */
  INVALID_INPUT_FILE: 'INVALID_INPUT_FILE',
  /** The database refused the work for lack of memory (a transaction too large for the heap). */
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  /** The embedded Neo4j cannot be installed or started. */
  NEO4J_LAUNCH_FAILED: 'NEO4J_LAUNCH_FAILED',
  /** No valid bearer token where one is needed: none, expired, forged, wrong issuer or audience (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The token is valid but its roles do not allow the operation (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  /** A request over one of the cost limits (aliases, tokens, directives, cost, body size, text length). */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Neo4j stopped a transaction that ran longer than QUERY_TIMEOUT_MS. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** The server is stopping (SIGTERM): requests in flight finish, new ones are refused with HTTP 503. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  /** Anything unexpected; its detail is logged, never shown to clients. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error this project raises on purpose: its message is safe to show and its code is public. */
export class LiaisonError extends Error {
  override name = 'LiaisonError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }
}

export function isLiaisonError(error: unknown): error is LiaisonError {
  return error instanceof LiaisonError;
}
