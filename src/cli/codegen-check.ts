import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import codegenConfig from '../../codegen.ts';

/**
 * The CommonJS build of the codegen CLI, the one `graphql-codegen` (npm run codegen) runs: its ESM
 * build writes the client preset's files differently (index.ts loses its first line), which would
 * show as drift that is not there.
 */
const { generate } = createRequire(import.meta.url)('@graphql-codegen/cli') as typeof import('@graphql-codegen/cli');

/**
 * `npm run codegen:check`: regenerates every codegen output in memory and compares it with the
 * committed file. Exit 1 naming each drifted, missing or stale file (then run `npm run codegen`).
 */
const projectRoot = resolve(import.meta.dirname, '..', '..');

interface GeneratedFile {
  filename: string;
  content: string;
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(directory, entry))
    .filter((path) => statSync(path).isFile());
}

function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  for (let index = 0; index < Math.max(expectedLines.length, actualLines.length); index += 1) {
    if (expectedLines[index] !== actualLines[index]) {
      return `line ${index + 1}: committed ${JSON.stringify(actualLines[index] ?? '<end of file>')}, generated ${JSON.stringify(expectedLines[index] ?? '<end of file>')}`;
    }
  }
  return 'same lines, different bytes';
}

async function main(): Promise<number> {
  const outputs = (await generate({ ...codegenConfig, cwd: projectRoot, silent: true }, false)) as GeneratedFile[];
  const problems: string[] = [];
  const generatedPaths = new Set<string>();
  for (const output of outputs) {
    const path = resolve(projectRoot, output.filename);
    generatedPaths.add(path);
    if (!existsSync(path)) {
      problems.push(`missing: ${relative(projectRoot, path)}`);
      continue;
    }
    const committed = readFileSync(path, 'utf8');
    if (committed !== output.content)
      problems.push(`drifted: ${relative(projectRoot, path)} (${firstDifference(output.content, committed)})`);
  }
  const outputDirectories = new Set(
    Object.keys(codegenConfig.generates).map((target) => resolve(projectRoot, target.endsWith('/') ? target : dirname(target))),
  );
  for (const directory of outputDirectories) {
    for (const path of filesUnder(directory)) {
      if (!generatedPaths.has(path)) problems.push(`stale (no longer generated): ${relative(projectRoot, path)}`);
    }
  }
  if (problems.length > 0) {
    console.error(`codegen:check: the committed generated files differ from what codegen.ts generates:\n  ${problems.join('\n  ')}`);
    console.error('Run `npm run codegen` and commit the result.');
    return 1;
  }
  console.log(`codegen:check: ${outputs.length} generated files are up to date.`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`codegen:check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
