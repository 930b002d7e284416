import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../../src/db/index.ts';

describe('mapDriverError', () => {
  it('maps an unreachable server to DATABASE_UNAVAILABLE', () => {
    const error = mapDriverError(
      new Neo4jError('Could not perform discovery. No routing servers available.', 'ServiceUnavailable', '', ''),
    );
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
  });

  it('maps a transaction that exhausts the memory pool to RESOURCE_EXHAUSTED, naming NEO4J_HEAP_SIZE', () => {
    const error = mapDriverError(
      new Neo4jError(
        'The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB.',
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        '',
        '',
      ),
    );
    expect(error.code).toBe('RESOURCE_EXHAUSTED');
    expect(error.message).toContain('NEO4J_HEAP_SIZE');
  });

  it('maps a transaction stopped while it waited for a lock to QUERY_TIMEOUT, as Neo4j reports a timed-out lock wait', () => {
    const error = mapDriverError(
      new Neo4jError(
        'The transaction has been terminated. … This can occur because the transaction ran longer than the configured transaction timeout …',
        'Neo.ClientError.Transaction.LockClientStopped',
        '50N42',
        '',
      ),
    );
    expect(error.code).toBe('QUERY_TIMEOUT');
    expect(error.message).toContain('QUERY_TIMEOUT_MS');
  });

  it('maps a negative limit or offset that Neo4j refuses to BAD_USER_INPUT, naming the argument and the value', () => {
    const limit = mapDriverError(
      new Neo4jError(
        "LIMIT: Invalid input. '-1' is not a valid value. Must be a non-negative integer.",
        'Neo.ClientError.Statement.ArgumentError',
        '22003',
        '',
      ),
    );
    expect(limit.code).toBe('BAD_USER_INPUT');
    expect(limit.message).toBe('limit, offset and first must be integers of 0 or more, got -1 (for limit or first)');
    const skip = mapDriverError(
      new Neo4jError(
        "SKIP: Invalid input. '-7' is not a valid value. Must be a non-negative integer.",
        'Neo.ClientError.Statement.ArgumentError',
        '22003',
        '',
      ),
    );
    expect(skip.message).toContain('got -7 (for offset)');
    // Any other argument error is ours to fix, and stays masked.
    expect(mapDriverError(new Neo4jError('Unknown function', 'Neo.ClientError.Statement.ArgumentError', '', '')).code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('maps a uniqueness violation to CONFLICT and anything else to INTERNAL_SERVER_ERROR with its cause', () => {
    expect(mapDriverError(new Neo4jError('Node(1) already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', '')).code).toBe(
      'CONFLICT',
    );
    const cause = new Error('boom');
    const unexpected = mapDriverError(cause);
    expect(unexpected.code).toBe('INTERNAL_SERVER_ERROR');
    expect(unexpected.cause).toBe(cause);
  });
});
