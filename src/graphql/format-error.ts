import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { mapDriverError } from '../db/index.ts';
import { ErrorCode, type LiaisonError, isLiaisonError } from '../errors/index.ts';
import { TOKEN_LIMIT_MESSAGE } from './request-limits.ts';

/** What the formatter needs of a logger (pino's `Logger` fits). */
export interface ErrorLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** The message clients see for anything unexpected; the detail goes to the log only. */
export const INTERNAL_ERROR_MESSAGE = 'Internal server error: the failure was logged.';

/**
 * Codes GraphQL and Apollo give to a bad request (syntax, unknown field, bad variable); such errors
 * describe the client's request, are safe to show and keep their code.
 */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Errors @neo4j/graphql raises about a request (by name: the library does not export its classes). */
const libraryRequestErrors: Record<string, ErrorCode> = {
  Neo4jGraphQLConstraintValidationError: ErrorCode.CONFLICT,
  Neo4jGraphQLRelationshipValidationError: ErrorCode.BAD_USER_INPUT,
  Neo4jGraphQLAuthenticationError: ErrorCode.UNAUTHENTICATED,
  Neo4jGraphQLForbiddenError: ErrorCode.FORBIDDEN,
};

/** How @neo4j/graphql refuses a connection's negative `first` (src/schema/pagination.ts). */
const LIBRARY_ARGUMENT_MESSAGE = /^Argument "\w+" must be a non-negative integer$/;

/** @authentication without a payload, @authorization without the role (schema/security.graphql). */
const LIBRARY_ACCESS_CODES: Record<string, ErrorCode> = {
  Unauthenticated: ErrorCode.UNAUTHENTICATED,
  Forbidden: ErrorCode.FORBIDDEN,
};

/** The library says only "Unauthenticated" / "Forbidden": say what to do. */
const ACCESS_MESSAGES: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.UNAUTHENTICATED]: 'this query needs a bearer token (Authorization: Bearer <JWT>) granting the viewer role',
  [ErrorCode.FORBIDDEN]: "the token's roles do not include viewer, which reading the graph needs",
};

/**
 * Apollo refuses a few requests (a persisted query whose hash does not match its text, or of an
 * unknown version) with a bare GraphQLError: an HTTP 4xx and no code, which Apollo then labels
 * INTERNAL_SERVER_ERROR. They describe the client's request, like BAD_REQUEST.
 */
function isUncodedRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError !== undefined || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The chain of errors behind `error`, outermost first (GraphQL wraps, `originalError`, `cause`). */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && !chain.includes(current) && chain.length < 10) {
    chain.push(current);
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return chain;
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string, extra: object = {}): GraphQLFormattedError {
  return {
    message,
    ...(formatted.locations === undefined ? {} : { locations: formatted.locations }),
    ...(formatted.path === undefined ? {} : { path: formatted.path }),
    extensions: { ...extra, code },
  };
}

/**
 * The one error model of the API, as Apollo's `formatError`: every error leaves with a public code in
 * `extensions.code` and no stack trace. A `LiaisonError` keeps its code and message; request errors
 * (syntax, validation, bad input) keep theirs; a driver error becomes DATABASE_UNAVAILABLE or
 * CONFLICT; anything else is logged with its detail and masked as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const chain = errorChain(error);
    const innermost = chain[chain.length - 1];
    const ourError = chain.find(isLiaisonError);
    const formattedCode = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;

    let mapped: LiaisonError | undefined = ourError;
    const tokenLimit = formattedCode === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
    if (mapped === undefined && tokenLimit !== null) {
      return withCode(formatted, ErrorCode.QUERY_TOO_COMPLEX, `the query has more than ${tokenLimit[1]} tokens (MAX_TOKENS)`, {
        limit: { maxTokens: Number(tokenLimit[1]) },
      });
    }
    if (mapped === undefined) {
      if (formattedCode !== undefined && requestErrorCodes.has(formattedCode)) {
        return withCode(formatted, formattedCode, formatted.message);
      }
      if (isUncodedRequestRefusal(error)) return withCode(formatted, 'BAD_REQUEST', formatted.message);
      // @authentication and @authorization refusals come as plain Neo4jGraphQLErrors, told by their message.
      const accessError = chain.find((item): item is GraphQLError => item instanceof GraphQLError && item.message in LIBRARY_ACCESS_CODES);
      if (accessError !== undefined) {
        const code = LIBRARY_ACCESS_CODES[accessError.message] ?? ErrorCode.FORBIDDEN;
        return withCode(formatted, code, ACCESS_MESSAGES[code] ?? accessError.message);
      }
      const libraryError = chain.find((item): item is GraphQLError => item instanceof GraphQLError && item.name in libraryRequestErrors);
      if (libraryError !== undefined) {
        const code = libraryRequestErrors[libraryError.name] ?? ErrorCode.BAD_USER_INPUT;
        return withCode(formatted, code, ACCESS_MESSAGES[code] ?? libraryError.message);
      }
      // The library checks a connection's `first` itself, with a plain Error whose message is fit to show.
      if (innermost instanceof Error && LIBRARY_ARGUMENT_MESSAGE.test(innermost.message)) {
        return withCode(formatted, ErrorCode.BAD_USER_INPUT, innermost.message);
      }
      mapped = mapDriverError(innermost);
    }

    if (mapped.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.error({ err: innermost, path: formatted.path, mapped: mapped.message }, 'unexpected error in a GraphQL request');
      return withCode(formatted, ErrorCode.INTERNAL_SERVER_ERROR, INTERNAL_ERROR_MESSAGE);
    }
    if (mapped.code === ErrorCode.DATABASE_UNAVAILABLE) {
      logger.warn({ path: formatted.path, reason: mapped.message }, 'GraphQL request failed: Neo4j is unavailable');
    }
    return withCode(formatted, mapped.code, mapped.message, mapped.details === undefined ? {} : { details: mapped.details });
  };
}
