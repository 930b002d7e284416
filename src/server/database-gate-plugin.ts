import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import { type DatabaseHealth, isDatabaseUnavailable } from '../db/index.ts';
import { ErrorCode, type LiaisonError } from '../errors/index.ts';

/** Whether an operation reads or writes data (any root field but `__schema` / `__type` / `__typename`). */
export function touchesDatabase(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind !== Kind.FIELD || !selection.name.value.startsWith('__'));
}

/** The error GraphQL wrapped (a resolver's or the driver's), or the error itself. */
function innermostError(error: GraphQLError): unknown {
  let current: unknown = error;
  for (let depth = 0; current instanceof GraphQLError && current.originalError !== undefined && depth < 10; depth += 1) {
    current = current.originalError;
  }
  return current;
}

function unavailableError(reason: LiaisonError): GraphQLError {
  return new GraphQLError(reason.message, {
    originalError: reason,
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } },
  });
}

/**
 * Fails an operation fast with DATABASE_UNAVAILABLE (HTTP 503) while Neo4j is known to be down,
 * instead of letting the driver retry it for seconds. The answer comes from `DatabaseHealth`, in
 * memory: no round trip per request (it probes only when what it knows is older than its TTL).
 * Checked once the operation is known and valid; introspection needs no database and still works
 * (the IDE keeps its schema while Neo4j is away).
 *
 * @neo4j/graphql's own resolvers run on the driver, not through `Database`, so the outcome of every
 * admitted operation is reported to the health here: a connectivity failure marks Neo4j unavailable,
 * anything else shows it answered. Rejected operations report nothing: they saw no database, and
 * refreshing the "unavailable" they were rejected with would keep Neo4j from being probed again.
 */
export function createDatabaseGatePlugin<Context extends BaseContext>(health: DatabaseHealth): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let admitted = false;
      let connectivityFailed = false;
      return {
        async didResolveOperation({ operation }) {
          if (operation === undefined || !touchesDatabase(operation)) return;
          const state = await health.current();
          if (!state.available) throw unavailableError(state.error);
          admitted = true;
        },
        async didEncounterErrors({ errors }) {
          if (!admitted) return;
          const failure = errors.map(innermostError).find(isDatabaseUnavailable);
          if (failure === undefined) return;
          connectivityFailed = true;
          health.recordFailure(failure);
        },
        async willSendResponse() {
          if (admitted && !connectivityFailed) health.recordSuccess();
        },
      };
    },
  };
}
