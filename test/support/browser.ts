import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../src/config/index.ts';

const require = createRequire(import.meta.url);

/** Flags for a headless Chromium on a machine whose network is closed (no background requests, no sandbox as root). */
const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * A fontconfig file that adds Noto Sans SC (a TTF from the npm registry) to the system's fonts, so that
 * Chinese renders in any Chromium, even on a machine without CJK fonts.
 */
async function fontConfigDirectory(): Promise<string> {
  const font = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
  const directory = join(loadConfig().projectRoot, '.cache', 'browser-fonts');
  await mkdir(directory, { recursive: true });
  await writeFile(
    join(directory, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dirname(font)}</dir>
  <cachedir>${join(directory, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return directory;
}

/**
 * A headless Chromium for the browser tests: CHROMIUM_PATH when set, else the Chromium shipped in the
 * npm package @sparticuz/chromium (unpacked into the temporary folder on first use). Nothing is
 * downloaded and no system package is needed.
 */
export async function launchBrowser(): Promise<Browser> {
  const configured = loadConfig().chromiumPath;
  const executablePath = configured ?? (await sparticuz.executablePath());
  const args = configured === undefined ? [...sparticuz.args, ...QUIET_FLAGS] : QUIET_FLAGS;
  return chromium.launch({ executablePath, args, env: { ...process.env, FONTCONFIG_PATH: await fontConfigDirectory() } });
}
