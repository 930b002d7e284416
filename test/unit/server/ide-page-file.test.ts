import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIdePage, writeIdePage } from '../../../src/server/index.ts';
import { renderIdePage } from '../../../src/server/render-ide-page.ts';

let directory: string | undefined;
afterEach(async () => {
  if (directory !== undefined) await rm(directory, { recursive: true, force: true });
  directory = undefined;
});

describe('the IDE page rendered ahead of the server', () => {
  it('is written once, read back compressed as rendered, and unpacked for a client that accepts no compression', async () => {
    directory = await mkdtemp(join(tmpdir(), 'ide-page-'));
    expect(await writeIdePage(directory)).toBe('written');
    expect(await writeIdePage(directory)).toBe('up to date');
    const { asset, prebuilt } = await loadIdePage(directory);
    expect(prebuilt).toBe(true);
    expect(asset.br.equals(await readFile(join(directory, 'graphql.html.br')))).toBe(true);
    const page = renderIdePage();
    expect(gunzipSync(asset.gzip).toString('utf8')).toBe(page);
    expect(asset.identity.toString('utf8')).toBe(page);
    expect(asset.hash).toMatch(/^[\w-]{32}$/);
  });

  it('is rendered again when what it is rendered from changed, and by the server itself when none was written', async () => {
    directory = await mkdtemp(join(tmpdir(), 'ide-page-'));
    expect((await loadIdePage(directory)).prebuilt).toBe(false);
    await writeIdePage(directory);
    const written = await loadIdePage(directory);
    // A page for another endpoint is another page.
    const elsewhere = await loadIdePage(directory, '/elsewhere');
    expect(elsewhere.prebuilt).toBe(false);
    expect(elsewhere.asset.identity.toString('utf8')).toContain('/elsewhere');
    await writeFile(join(directory, 'stamp.json'), JSON.stringify({ inputs: 'an older renderer', hash: written.asset.hash }));
    expect((await loadIdePage(directory)).prebuilt).toBe(false);
    expect(await writeIdePage(directory)).toBe('written');
    expect((await loadIdePage(directory)).prebuilt).toBe(true);
  });
});
