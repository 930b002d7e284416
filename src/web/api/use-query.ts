import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { useSession } from '../session/session-context.tsx';
import { ApiError, graphqlRequest } from './graphql-request.ts';

export interface QueryState<Result> {
  data: Result | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Asks again (after a write, for instance). */
  refetch: () => void;
}

/**
 * Runs a query when its variables (or the signed-in user) change; a newer request cancels the one
 * in flight, so a page never shows the answer to an older selection.
 */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { skip?: boolean } = {},
): QueryState<Result> {
  const { token } = useSession();
  const [state, setState] = useState<{ data?: Result; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const skip = options.skip === true;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the variables, `generation` for a refetch.
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    graphqlRequest(document, JSON.parse(key) as Variables, token, controller.signal)
      .then((data) => setState({ data, loading: false }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), undefined, 0);
        setState({ error: apiError, loading: false });
      });
    return () => controller.abort();
  }, [document, key, token, skip, generation]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}
