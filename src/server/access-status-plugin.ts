import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * HTTP 401 / 403 for a request refused as a whole for its caller (no data, every error
 * UNAUTHENTICATED, or every one FORBIDDEN), whichever layer refused it: the token check, a
 * `@requiresRole` field or @neo4j/graphql's @authentication / @authorization. A partial answer keeps 200.
 */
export function createAccessStatusPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (errors === undefined || errors.length === 0 || (data !== undefined && data !== null)) return;
          const codes = new Set(errors.map((error) => String(error.extensions?.code)));
          const [code] = [...codes];
          if (codes.size === 1 && code !== undefined && code in STATUS_OF) response.http.status = STATUS_OF[code];
        },
      };
    },
  };
}
