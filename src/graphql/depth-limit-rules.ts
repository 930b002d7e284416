import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationRule } from 'graphql';
import { ErrorCode, LiaisonError } from '../errors/index.ts';

/**
 * The validation rules refusing operations nested deeper than `maximumDepth` (graphql-armor's max
 * depth; introspection is exempt; its other protections stay off). They run while the query is
 * validated, so a refused query never reaches Neo4j; the reported error carries a `LiaisonError`
 * with code QUERY_TOO_DEEP.
 */
export function createDepthLimitRules(maximumDepth: number): ValidationRule[] {
  const disabled = { enabled: false };
  const armor = new ApolloArmor({
    maxDepth: {
      enabled: true,
      n: maximumDepth,
      ignoreIntrospection: true,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [
        (context, error) => {
          const message = error.message.replace(/^Syntax Error: /, '');
          const reason = new LiaisonError(ErrorCode.QUERY_TOO_DEEP, message, { details: { maximumDepth } });
          context?.reportError(new GraphQLError(message, { originalError: reason, extensions: { code: ErrorCode.QUERY_TOO_DEEP } }));
        },
      ],
    },
    costLimit: disabled,
    maxAliases: disabled,
    maxDirectives: disabled,
    maxTokens: disabled,
    blockFieldSuggestion: disabled,
  });
  return armor.protect().validationRules;
}
