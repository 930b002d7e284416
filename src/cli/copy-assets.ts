// `npm run build`, after tsc: the files the compiled code reads beside itself (type definitions,
// operations, the Neo4j pom, conf template and guardian, the report's JSON schema), copied into dist/.
import { cpSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const compiled = new Set(['.ts', '.tsx']);

cpSync(join(projectRoot, 'src'), join(projectRoot, 'dist'), {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || (!compiled.has(extname(source)) && !source.includes(`${join('src', 'web')}`)),
});
process.stdout.write('copied the non-TypeScript files of src/ into dist/\n');
