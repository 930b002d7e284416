import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from '@apollo/server';

/** Requests larger than this are refused with 413 before they are parsed. */
export const MAXIMUM_BODY_BYTES = 1024 * 1024;

/** Writes a JSON response. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** A response in GraphQL's error shape for a request Apollo never sees (too large, not JSON). */
export function sendRequestError(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAXIMUM_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Hands one HTTP request to Apollo Server (`executeHTTPGraphQLRequest`) and writes its answer:
 * plain `node:http`, no framework. JSON bodies are parsed here, as Apollo expects.
 */
export async function handleGraphQLRequest<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: ContextThunk<Context>,
  request: IncomingMessage,
  response: ServerResponse,
  search: string,
): Promise<void> {
  let body: unknown;
  try {
    const text = await readBody(request);
    const contentType = request.headers['content-type'] ?? '';
    body = text.length > 0 && /application\/(graphql-response\+)?json/i.test(contentType) ? JSON.parse(text) : text;
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendRequestError(response, 413, `request body larger than ${MAXIMUM_BODY_BYTES} bytes`);
    } else {
      sendRequestError(response, 400, 'request body is not valid JSON');
    }
    return;
  }

  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers: toHeaderMap(request), search, body },
    context,
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
