import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

/** What each folder of src/ may import besides itself: layers point one way, top to bottom. */
const ALLOWED: Record<string, readonly string[]> = {
  cli: [
    'server',
    'auth',
    'graphql',
    'report',
    'review',
    'questions',
    'notice',
    'records',
    'backup',
    'generate',
    'db',
    'neo4j',
    'config',
    'errors',
    'domain',
  ],
  // The server also serves the review report as a download (src/server/review-report-endpoint.ts).
  server: ['graphql', 'report', 'auth', 'db', 'config', 'errors', 'domain'],
  // The web application runs in the browser: it reaches the server only over HTTP, never by import.
  web: [],
  graphql: ['auth', 'review', 'questions', 'notice', 'records', 'db', 'errors', 'domain'],
  report: ['review', 'questions', 'db', 'errors', 'domain'],
  questions: ['review', 'db', 'errors', 'domain'],
  review: ['db', 'errors', 'domain'],
  notice: ['db', 'errors', 'domain'],
  records: ['db', 'errors', 'domain'],
  backup: ['db', 'errors', 'domain'],
  generate: ['notice', 'records', 'db', 'errors', 'domain'],
  auth: ['config', 'errors'],
  db: ['neo4j', 'config', 'errors'],
  neo4j: ['config', 'errors'],
  config: ['errors'],
  errors: [],
  domain: [],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

/** The relative modules a file imports (type-only imports included: they pin files too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)].map((match) => resolve(dirname(file), match[1] ?? ''));
}

const files = [...sourceFiles(join(projectRoot, 'src')), ...sourceFiles(join(projectRoot, 'bench'))];
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const folderOf = (file: string) => relative(join(projectRoot, 'src'), file).split(sep)[0] ?? '';
const inside = (file: string, folder: string) => !relative(join(projectRoot, folder), file).startsWith('..');

describe('the layout of src/ and bench/', () => {
  it('has no import cycle between files', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((item) => relative(projectRoot, item)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) if (graph.has(target)) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('imports only down the layers, and another folder only through its index.ts', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      if (!inside(file, 'src')) continue;
      const from = folderOf(file);
      for (const target of targets) {
        if (!inside(target, 'src')) continue;
        const to = folderOf(target);
        if (to === from || target.includes(`${sep}generated${sep}`)) continue;
        const where = `${relative(projectRoot, file)} imports ${relative(projectRoot, target)}`;
        if (!(ALLOWED[from] ?? []).includes(to)) violations.push(`${where}: ${from} may not import ${to}`);
        else if (target !== join(projectRoot, 'src', to, 'index.ts')) violations.push(`${where}: not through src/${to}/index.ts`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps src/ free of test/ and bench/', () => {
    const offending = files
      .filter((file) => inside(file, 'src'))
      .filter(
        (file) =>
          /['"`/](?:test|bench)\/|join\([^)]*'(?:test|bench)'/.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')) ||
          (graph.get(file) ?? []).some((target) => inside(target, 'test') || inside(target, 'bench')),
      )
      .map((file) => relative(projectRoot, file));
    expect(offending).toEqual([]);
  });

  it('lists every folder of src/ in the layer table, each with an index.ts or as the commands', () => {
    const folders = readdirSync(join(projectRoot, 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in ALLOWED))).toEqual([]);
    const withoutIndex = folders.filter(
      (folder) => folder !== 'cli' && folder !== 'web' && !files.includes(join(projectRoot, 'src', folder, 'index.ts')),
    );
    expect(withoutIndex).toEqual([]);
  });
});
