import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaticAsset, chooseEncoding, sendStaticAsset, type StaticAsset } from '../../../src/server/index.ts';

const PAGE = `<!doctype html><title>对口联系图谱</title>${'<p>资阳市 民盟 九三学社</p>'.repeat(2000)}`;
let asset: StaticAsset;
let server: Server;
let port: number;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ port, path: '/', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

beforeAll(async () => {
  asset = await buildStaticAsset(PAGE);
  server = createServer((request, response) => sendStaticAsset(request, response, asset, { 'content-type': 'text/html; charset=utf-8' }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, then no encoding', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('deflate')).toBe('identity');
  });

  it('never sends an encoding the client refused with q=0, and reads a wildcard', () => {
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
  });
});

describe('sendStaticAsset', () => {
  it('sends the page compressed with brotli when the browser accepts it, and the bytes decompress to the page', async () => {
    const answer = await get({ 'accept-encoding': 'gzip, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(PAGE) / 10);
    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(PAGE);
  });

  it('sends gzip to a client without brotli and the plain page to one without either', async () => {
    const gzipped = await get({ 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString('utf8')).toBe(PAGE);
    const plain = await get({});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(PAGE);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('gives each encoding its own strong ETag and answers 304 with no body when the copy is current', async () => {
    const br = await get({ 'accept-encoding': 'br' });
    const plain = await get({});
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const revalidated = await get({ 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.etag).toBe(br.headers.etag);
  });

  it('sends the page again when the browser holds another version', async () => {
    const answer = await get({ 'accept-encoding': 'br', 'if-none-match': '"an-older-release-br"' });
    expect(answer.status).toBe(200);
    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(PAGE);
  });
});
