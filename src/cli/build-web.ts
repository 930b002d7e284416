// `npm run build:web` (also run by `npm run build`, and before `npm start` and `npm test`): the web
// application in src/web/ built by Vite into dist/web/, and the analysts' IDE page rendered and
// compressed into dist/ide/, each skipped when nothing it is built from changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const source = join(projectRoot, 'src', 'web');
const output = join(projectRoot, 'dist', 'web');
/** Written after a successful build: the hash of every input, so a stale or half-written build is rebuilt. */
const stampPath = join(output, '.build-stamp');

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(directory, entry))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** Files outside src/web/ that the application imports: the records format, a contract it shares with the server. */
const SHARED_SOURCES = [join(projectRoot, 'src', 'records', 'records-format.ts')];

/** What the bundle is made of: the sources and the installed versions of its packages. */
function inputsHash(): string {
  const hash = createHash('sha256');
  for (const path of [...filesUnder(source), ...SHARED_SOURCES, join(projectRoot, 'package-lock.json')]) {
    hash.update(relative(projectRoot, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const wanted = inputsHash();
if (!force && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === wanted && existsSync(join(output, 'index.html'))) {
  process.stdout.write('the web application in dist/web/ is up to date\n');
} else {
  const started = performance.now();
  const { build } = await import('vite');
  await build({ configFile: join(source, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(stampPath, wanted);
  process.stdout.write(`built the web application into dist/web/ in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

// In this process, not the server's: the renderer holds its 9 MB of script for as long as it is loaded.
const { IDE_PAGE_DIRECTORY, writeIdePage } = await import('../server/index.ts');
const ideStarted = performance.now();
if ((await writeIdePage(join(projectRoot, IDE_PAGE_DIRECTORY))) === 'up to date') {
  process.stdout.write('the IDE page in dist/ide/ is up to date\n');
} else {
  process.stdout.write(`rendered the IDE page into dist/ide/ in ${((performance.now() - ideStarted) / 1000).toFixed(1)} s\n`);
}
