import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ErrorCode, LiaisonError } from '../../../src/errors/index.ts';
import { INTERNAL_ERROR_MESSAGE, createErrorFormatter } from '../../../src/graphql/index.ts';

function recordingLogger() {
  const entries: { level: string; details: object; message: string }[] = [];
  return {
    entries,
    warn: (details: object, message: string) => entries.push({ level: 'warn', details, message }),
    error: (details: object, message: string) => entries.push({ level: 'error', details, message }),
  };
}

/** What Apollo hands to formatError for an error thrown in a resolver. */
function fromResolver(error: Error): [GraphQLFormattedError, GraphQLError] {
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ['leaders'] });
  return [{ message: error.message, path: ['leaders'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] } }, wrapped];
}

describe('the error formatter', () => {
  it('keeps the code and message of a LiaisonError', () => {
    const formatError = createErrorFormatter(recordingLogger());
    const formatted = formatError(...fromResolver(new LiaisonError(ErrorCode.NOT_FOUND, 'no party named 民X')));
    expect(formatted).toEqual({ message: 'no party named 民X', path: ['leaders'], extensions: { code: 'NOT_FOUND' } });
  });

  it('maps an unreachable Neo4j to DATABASE_UNAVAILABLE without a stack trace', () => {
    const logger = recordingLogger();
    const formatError = createErrorFormatter(logger);
    const formatted = formatError(
      ...fromResolver(new Neo4jError('Could not perform discovery: connect ECONNREFUSED', 'ServiceUnavailable', '', '')),
    );
    expect(formatted.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(formatted.message).toContain('Neo4j is not available');
    expect(logger.entries.map((entry) => entry.level)).toEqual(['warn']);
  });

  it('masks an unexpected error with a generic message and logs its detail', () => {
    const logger = recordingLogger();
    const formatError = createErrorFormatter(logger);
    const formatted = formatError(...fromResolver(new TypeError('cannot read properties of undefined (secret detail)')));
    expect(formatted).toEqual({ message: INTERNAL_ERROR_MESSAGE, path: ['leaders'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logger.entries).toHaveLength(1);
    expect(logger.entries[0]?.level).toBe('error');
    expect((logger.entries[0]?.details as { err?: Error } | undefined)?.err?.message).toContain('secret detail');
  });

  it("answers the library's refusal of a negative connection `first` as BAD_USER_INPUT, logging nothing", () => {
    const logger = recordingLogger();
    const formatError = createErrorFormatter(logger);
    const formatted = formatError(...fromResolver(new Error('Argument "first" must be a non-negative integer')));
    expect(formatted).toEqual({
      message: 'Argument "first" must be a non-negative integer',
      path: ['leaders'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(logger.entries).toEqual([]);
  });

  it('keeps the code of a validation error and drops anything else from its extensions', () => {
    const formatError = createErrorFormatter(recordingLogger());
    const error = new GraphQLError('Cannot query field "salary" on type "Leader".');
    const formatted = formatError(
      { message: error.message, locations: [{ line: 1, column: 3 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: [] } },
      error,
    );
    expect(formatted).toEqual({
      message: error.message,
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers a request Apollo refuses with an HTTP 4xx and no code (a persisted query hash that does not match) as BAD_REQUEST, logging nothing', () => {
    const logger = recordingLogger();
    const formatError = createErrorFormatter(logger);
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    // Apollo gives an error without a code INTERNAL_SERVER_ERROR before formatError sees it.
    const formatted = formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    expect(logger.entries).toEqual([]);
  });

  it('still masks an error without a code that Apollo gives no 4xx status', () => {
    const formatError = createErrorFormatter(recordingLogger());
    const error = new GraphQLError('something broke', { extensions: { http: { status: 500 } } });
    const formatted = formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).toBe(INTERNAL_ERROR_MESSAGE);
  });
});
