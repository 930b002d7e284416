import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

/** What one operation may ask for; each is refused before anything reaches Neo4j. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** graphql-armor's cost: 2 per object field and 1 per scalar, multiplied by 1.5 per level of nesting. */
  maxCost: number;
}

export interface RequestLimitProtection {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  /**
   * The token limit, enforced by graphql-js's own parser (`maxTokens`) through Apollo's
   * `parseOptions`: graphql-armor's token plugin fails inside Apollo's parsing hook, which Apollo
   * reports as a 500. `formatError` gives the parser's refusal the code QUERY_TOO_COMPLEX.
   */
  parseOptions: { maxTokens: number };
}

/** How graphql-js words the token refusal (`Document contains more that N tokens`, its spelling in graphql 16). */
export const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;

function refusal(code: ErrorCode, error: GraphQLError, limit: Record<string, number>): GraphQLError {
  const message = error.message.replace(/^Syntax Error: /, '');
  const reason = new LiaisonError(code, message, { details: limit });
  return new GraphQLError(message, { originalError: reason, extensions: { code, limit } });
}

/**
 * graphql-armor's depth, alias, directive and cost limits, and graphql-js's token limit. Depth keeps its own code
 * (QUERY_TOO_DEEP); the others answer QUERY_TOO_COMPLEX with the limit they hit. Introspection is
 * exempt from depth and cost (the IDE's schema query is deep by nature), not from the others.
 */
export function createRequestLimits(limits: RequestLimits): RequestLimitProtection {
  const report =
    (code: ErrorCode, limit: Record<string, number>) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      context?.reportError(refusal(code, error, limit));
    };
  const common = { enabled: true, exposeLimits: true, propagateOnRejection: false } as const;
  const armor = new ApolloArmor({
    maxDepth: {
      ...common,
      n: limits.maxDepth,
      ignoreIntrospection: true,
      onReject: [report(ErrorCode.QUERY_TOO_DEEP, { maximumDepth: limits.maxDepth })],
    },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [report(ErrorCode.QUERY_TOO_COMPLEX, { maxAliases: limits.maxAliases })] },
    maxDirectives: {
      ...common,
      n: limits.maxDirectives,
      onReject: [report(ErrorCode.QUERY_TOO_COMPLEX, { maxDirectives: limits.maxDirectives })],
    },
    maxTokens: { enabled: false },
    costLimit: {
      ...common,
      maxCost: limits.maxCost,
      ignoreIntrospection: true,
      onReject: [report(ErrorCode.QUERY_TOO_COMPLEX, { maxCost: limits.maxCost })],
    },
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  // graphql-armor types its plugins against the CommonJS build of @apollo/server; they are plain objects either way.
  return { validationRules, plugins: plugins as unknown as ApolloServerPlugin[], parseOptions: { maxTokens: limits.maxTokens } };
}

/** Only the depth limit (the other limits at values nothing reaches): for callers that set just a depth. */
export function createDepthLimitRules(maximumDepth: number): ValidationRule[] {
  return createRequestLimits({
    maxDepth: maximumDepth,
    maxAliases: Number.MAX_SAFE_INTEGER,
    maxTokens: Number.MAX_SAFE_INTEGER,
    maxDirectives: Number.MAX_SAFE_INTEGER,
    maxCost: Number.MAX_SAFE_INTEGER,
  }).validationRules;
}
