import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from '@apollo/server';
import { Kind, parse } from 'graphql';
import type { LimitsConfig } from '../config/index.ts';
import { ErrorCode, type LiaisonError } from '../errors/index.ts';

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

async function readBody(request: IncomingMessage, maximumBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maximumBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maximumBytes) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The mutations that carry a year of records, for which the larger body cap applies. */
export const IMPORT_MUTATIONS: ReadonlySet<string> = new Set(['importRecords', 'importRecordsFile']);

/** Whether a request body is one operation whose only root field is an import (`IMPORT_MUTATIONS`: the larger body cap applies). */
export function isImportOnly(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || typeof (body as { query?: unknown }).query !== 'string') return false;
  try {
    const operations = parse((body as { query: string }).query, { noLocation: true }).definitions;
    if (operations.length !== 1 || operations[0]?.kind !== Kind.OPERATION_DEFINITION || operations[0].operation !== 'mutation')
      return false;
    const fields = operations[0].selectionSet.selections;
    return fields.length === 1 && fields[0]?.kind === Kind.FIELD && IMPORT_MUTATIONS.has(fields[0].name.value);
  } catch {
    return false;
  }
}

const READ_ONLY_CHECK_MAX_TOKENS = 5_000;

/** Whether the request's document holds only queries (no mutation or subscription). */
export function isReadOnly(body: unknown, search: string): boolean {
  const query = body !== null && typeof body === 'object' ? (body as { query?: unknown }).query : new URLSearchParams(search).get('query');
  if (typeof query !== 'string') return false;
  try {
    // Capped: a document too large to tell is treated as not read-only (Apollo applies the real limits).
    return parse(query, { noLocation: true, maxTokens: READ_ONLY_CHECK_MAX_TOKENS }).definitions.every(
      (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
    );
  } catch {
    return false;
  }
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
  limits: Pick<LimitsConfig, 'maxBodyBytes' | 'maxImportBodyBytes'>,
  outages?: (listener: (error: LiaisonError) => void) => () => void,
): Promise<void> {
  let body: unknown;
  const largest = Math.max(limits.maxBodyBytes, limits.maxImportBodyBytes);
  try {
    const text = await readBody(request, largest);
    const contentType = request.headers['content-type'] ?? '';
    body = text.length > 0 && /application\/(graphql-response\+)?json/i.test(contentType) ? JSON.parse(text) : text;
    if (Buffer.byteLength(text) > limits.maxBodyBytes && !isImportOnly(body)) throw new BodyTooLargeError();
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendRequestError(
        response,
        413,
        `request body larger than ${limits.maxBodyBytes} bytes (MAX_BODY_BYTES; an importRecords or importRecordsFile mutation alone may send up to ${limits.maxImportBodyBytes}, MAX_IMPORT_BODY_BYTES)`,
      );
    } else {
      sendRequestError(response, 400, 'request body is not valid JSON');
    }
    return;
  }

  // A read still waiting on the driver when Neo4j is seen going away is answered 503 at once; the
  // driver's retries end by themselves. Never a write: it may yet commit, and a 503 would say it did not.
  let abandoned = false;
  const unsubscribe =
    outages !== undefined && isReadOnly(body, search)
      ? outages((error) => {
          if (response.headersSent) return;
          abandoned = true;
          sendJson(response, 503, { errors: [{ message: error.message, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } }] });
        })
      : () => undefined;
  let result: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
  try {
    result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers: toHeaderMap(request), search, body },
      context,
    });
  } finally {
    unsubscribe();
  }
  if (abandoned) return;
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
