import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { Database } from '../db/index.ts';
import { ErrorCode, LiaisonError, isLiaisonError } from '../errors/index.ts';

/** Whether an operation reads or writes data (any root field but `__schema` / `__type` / `__typename`). */
export function touchesDatabase(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD || !selection.name.value.startsWith('__'));
}

/**
 * Fails an operation fast with DATABASE_UNAVAILABLE (HTTP 503) when Neo4j does not answer, instead
 * of letting the driver retry it for half a minute. Checked once the operation is known and valid;
 * introspection needs no database and still works (the IDE keeps its schema while Neo4j is away).
 */
export function createDatabaseGatePlugin<Context extends BaseContext>(database: Database): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation === undefined || !touchesDatabase(operation)) return;
          try {
            await database.ping();
          } catch (error) {
            const reason = isLiaisonError(error) ? error : new LiaisonError(ErrorCode.DATABASE_UNAVAILABLE, 'Neo4j is not available', { cause: error });
            throw new GraphQLError(reason.message, {
              originalError: reason,
              extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } },
            });
          }
        },
      };
    },
  };
}
