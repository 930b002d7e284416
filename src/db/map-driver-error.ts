import { Neo4jError } from 'neo4j-driver';
import { ErrorCode, LiaisonError, isLiaisonError } from '../errors/index.ts';

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Maps an error thrown by the driver to a `LiaisonError` with a public code; keeps the cause. */
export function mapDriverError(error: unknown): LiaisonError {
  if (isLiaisonError(error)) return error;
  if (error instanceof Neo4jError) {
    if (unavailableCodes.has(error.code) || /connect|ECONNREFUSED|ECONNRESET|socket/i.test(error.message)) {
      return new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j is not available: ${firstLine(error.message)}`, {
        cause: error,
      });
    }
    if (error.code.includes('MemoryPoolOutOfMemoryError') || error.code.includes('OutOfMemory')) {
      return new LiaisonError(
        ErrorCode.RESOURCE_EXHAUSTED,
        'Neo4j ran out of memory for this transaction: split the input, or give the embedded server more heap (NEO4J_HEAP_SIZE; a transaction may use 70% of it).',
        { cause: error },
      );
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new LiaisonError(
        ErrorCode.QUERY_TIMEOUT,
        'the query ran longer than the server allows (QUERY_TIMEOUT_MS) and was stopped: ask for less (a jurisdiction, a year, fewer hops)',
        { cause: error },
      );
    }
    // A transaction stopped while it waited for a lock says only that it was terminated; on the API
    // that is nearly always its QUERY_TIMEOUT_MS, and otherwise an operator or a shutdown.
    if (error.code === 'Neo.ClientError.Transaction.LockClientStopped' || error.code === 'Neo.ClientError.Transaction.Terminated') {
      return new LiaisonError(
        ErrorCode.QUERY_TIMEOUT,
        'Neo4j stopped the transaction while it waited (it ran longer than QUERY_TIMEOUT_MS, or an operator or a shutdown ended it): try again, or ask for less',
        { cause: error },
      );
    }
    // A generated query passes the caller's `limit`, `offset` or `first` straight to LIMIT / SKIP,
    // and only Neo4j checks their sign: a negative one is the caller's mistake, not the server's.
    const paging = error.code === 'Neo.ClientError.Statement.ArgumentError' ? /^(LIMIT|SKIP)\b.*?'(-?\d+)'/.exec(error.message) : null;
    if (paging !== null) {
      return new LiaisonError(
        ErrorCode.BAD_USER_INPUT,
        `limit, offset and first must be integers of 0 or more, got ${paging[2]} (for ${paging[1] === 'SKIP' ? 'offset' : 'limit or first'})`,
        { cause: error },
      );
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new LiaisonError(ErrorCode.CONFLICT, firstLine(error.message), { cause: error });
    }
  }
  return new LiaisonError(ErrorCode.INTERNAL_SERVER_ERROR, 'unexpected database error', { cause: error });
}

/** Whether an error (from the driver or already mapped) means Neo4j cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return mapDriverError(error).code === ErrorCode.DATABASE_UNAVAILABLE;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
