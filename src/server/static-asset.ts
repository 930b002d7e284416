import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A page built once, in every encoding a browser may ask for, with its validator. */
export interface StaticAsset {
  readonly identity: Buffer;
  readonly br: Buffer;
  readonly gzip: Buffer;
  /** The content's hash: each encoding's strong ETag is it plus the encoding. */
  readonly hash: string;
}

export type ContentEncoding = 'br' | 'gzip' | 'identity';

/**
 * Compresses a page once (brotli quality 6 and gzip level 6: within a few percent of the best ratio
 * for a fraction of the time, so building it does not delay the start by seconds).
 */
export async function buildStaticAsset(content: string | Buffer): Promise<StaticAsset> {
  const identity = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const [br, gzipped] = await Promise.all([
    brotliAsync(identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
      },
    }),
    gzipAsync(identity, { level: 6 }),
  ]);
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 32);
  return { identity, br, gzip: gzipped, hash };
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none; `q=0` refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

function etagOf(asset: StaticAsset, encoding: ContentEncoding): string {
  return encoding === 'identity' ? `"${asset.hash}"` : `"${asset.hash}-${encoding}"`;
}

/** Whether an If-None-Match header names this content in any encoding (a weak comparison, as RFC 9110 asks). */
function matches(asset: StaticAsset, ifNoneMatch: string | undefined): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag.startsWith(`"${asset.hash}`));
}

/**
 * Sends a built page: 304 when the browser's copy is current, else the body in the best encoding it
 * accepts. `Cache-Control: no-cache` (unless `headers` say otherwise) lets browsers keep the page but
 * ask each time, so a new release is seen at once while an unchanged page costs a 304 of a few hundred bytes.
 */
export function sendStaticAsset(
  request: IncomingMessage,
  response: ServerResponse,
  asset: StaticAsset,
  headers: OutgoingHttpHeaders,
): void {
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  const common: OutgoingHttpHeaders = { 'cache-control': 'no-cache', ...headers, etag: etagOf(asset, encoding), vary: 'Accept-Encoding' };
  if (matches(asset, request.headers['if-none-match'])) {
    response.writeHead(304, common);
    response.end();
    return;
  }
  const body = asset[encoding];
  response.writeHead(200, {
    ...common,
    'content-length': body.length,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  });
  response.end(body);
}
