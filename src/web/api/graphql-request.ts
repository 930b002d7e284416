import type { TypedDocumentString } from '../generated/graphql.ts';

/** A GraphQL error as the API sends it, with its public code (extensions.code). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

interface GraphQLBody<Result> {
  data?: Result | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Sends one typed document to /graphql (same origin, so no CORS) with the signed-in user's token.
 * Any GraphQL error fails the request: the pages show it instead of half an answer.
 */
export async function graphqlRequest<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  token: string | undefined,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    ...(signal === undefined ? {} : { signal }),
  });
  let body: GraphQLBody<Result>;
  try {
    body = (await response.json()) as GraphQLBody<Result>;
  } catch {
    throw new ApiError(`服务器返回了无法解析的应答（HTTP ${response.status}）`, undefined, response.status);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, first.extensions?.code, response.status);
  if (body.data === undefined || body.data === null) throw new ApiError('服务器没有返回数据', undefined, response.status);
  return body.data;
}
