// `npm run build`, after tsc: the files the compiled code reads beside itself (type definitions,
// operations, the Neo4j pom, conf template and guardian, the report's JSON schema), copied into dist/.
import { cpSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const compiled = new Set(['.ts', '.tsx']);
const webSource = join(projectRoot, 'src', 'web');

cpSync(join(projectRoot, 'src'), join(projectRoot, 'dist'), {
  recursive: true,
  // src/web/ is the web application's source: Vite builds it into dist/web/ (npm run build:web), so none of it is copied.
  filter: (source) => !source.startsWith(webSource) && (statSync(source).isDirectory() || !compiled.has(extname(source))),
});
process.stdout.write('copied the non-TypeScript files of src/ into dist/\n');
