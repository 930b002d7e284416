import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { idePageOptions } from './ide-page.ts';
import { buildStaticAsset, type StaticAsset } from './static-asset.ts';

/** Where `npm run build:web` keeps the rendered IDE page, under the project root. */
export const IDE_PAGE_DIRECTORY = join('dist', 'ide');

const STAMP = 'stamp.json';
const BROTLI = 'graphql.html.br';
const GZIP = 'graphql.html.gz';

interface Stamp {
  /** What the page was rendered from: its options and the renderer's version. */
  inputs: string;
  /** The page's content hash, its ETag. */
  hash: string;
}

/** The hash of what the page is rendered from; a page with another is stale. */
function inputsOf(endpoint: string): string {
  const renderer = createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json') as { version: string };
  return createHash('sha256')
    .update(renderer.version)
    .update('\0')
    .update(JSON.stringify(idePageOptions(endpoint)))
    .digest('hex');
}

function readStamp(directory: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(join(directory, STAMP), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

async function renderAsset(endpoint: string): Promise<StaticAsset> {
  const { renderIdePage } = await import('./render-ide-page.ts');
  return buildStaticAsset(renderIdePage(endpoint));
}

/**
 * Renders and compresses the IDE page into `directory` unless it holds the page of the same inputs.
 * The stamp is written last, so a build cut short leaves no page that looks complete.
 */
export async function writeIdePage(directory: string, endpoint = '/graphql'): Promise<'written' | 'up to date'> {
  const inputs = inputsOf(endpoint);
  const current = readStamp(directory);
  if (current?.inputs === inputs && existsSync(join(directory, BROTLI)) && existsSync(join(directory, GZIP))) return 'up to date';
  const asset = await renderAsset(endpoint);
  mkdirSync(directory, { recursive: true });
  for (const [name, body] of [
    [BROTLI, asset.br],
    [GZIP, asset.gzip],
    [STAMP, Buffer.from(JSON.stringify({ inputs, hash: asset.hash } satisfies Stamp))],
  ] as const) {
    writeFileSync(join(directory, `${name}.partial`), body);
    renameSync(join(directory, `${name}.partial`), join(directory, name));
  }
  return 'written';
}

/**
 * The IDE page the server sends: read compressed from `directory` when it holds the page of these
 * inputs (the server then never loads the renderer), else rendered here. Only the brotli and gzip
 * bodies stay in memory; the rare client that accepts neither gets the gzip body unpacked per request.
 */
export async function loadIdePage(directory: string, endpoint = '/graphql'): Promise<{ asset: StaticAsset; prebuilt: boolean }> {
  const stamp = readStamp(directory);
  if (stamp?.inputs === inputsOf(endpoint)) {
    try {
      const br = readFileSync(join(directory, BROTLI));
      const gzip = readFileSync(join(directory, GZIP));
      return {
        asset: {
          br,
          gzip,
          hash: stamp.hash,
          get identity() {
            return gunzipSync(gzip);
          },
        },
        prebuilt: true,
      };
    } catch {
      // A page half removed: render it here.
    }
  }
  return { asset: await renderAsset(endpoint), prebuilt: false };
}
