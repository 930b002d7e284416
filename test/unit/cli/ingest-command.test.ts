import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(projectRoot, 'test', 'fixtures', 'notices');

/** Runs `node --import tsx src/cli/ingest.ts …` with no Neo4j configured at all. */
function ingest(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('src', 'cli', 'ingest.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest -- notice <file> --dry-run --json', { timeout: 60_000 }, () => {
  it('prints exactly {document, liaisons, warnings} for a GB18030 notice, without a database', () => {
    const result = ingest('notice', join(fixtures, 'linlan-2022-9.gbk.txt'), '--dry-run', '--json');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['document', 'liaisons', 'warnings']);
    expect(output.document).toEqual({
      number: '临府办发〔2022〕9号',
      title: expect.any(String),
      issuer: '临澜市人民政府办公室',
      issued: '2022-05-18',
    });
    const liaisons = output.liaisons as Array<Record<string, unknown>>;
    expect(liaisons.length).toBeGreaterThan(0);
    for (const liaison of liaisons) expect(Object.keys(liaison)).toEqual(['from', 'fromKind', 'counterpart', 'kind', 'line', 'text']);
    const expected = JSON.parse(readFileSync(join(fixtures, 'linlan-2022-9.expected.json'), 'utf8')) as { liaisons: unknown[] };
    expect(liaisons).toHaveLength(expected.liaisons.length);
    expect(output.warnings).toEqual([]);
  });

  it('lists line warnings with their line and lets flags override the text', () => {
    const result = ingest(
      'notice',
      join(fixtures, 'yuanshan-2017-31-news.txt'),
      '--dry-run',
      '--json',
      '--issued',
      '2017-05-02',
      '--number',
      '远府办〔2017〕32号',
    );
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { document: Record<string, unknown>; warnings: Array<{ line: number; message: string }> };
    expect(output.document.issued).toBe('2017-05-02');
    expect(output.document.number).toBe('远府办〔2017〕32号');
    expect([...new Set(output.warnings.map((warning) => warning.line))]).toEqual([9, 11, 12]);
    expect(output.warnings.every((warning) => warning.message.length > 0)).toBe(true);
  });

  it('exits 2 naming the flag or argument that is wrong', () => {
    const badDate = ingest('notice', join(fixtures, 'ziyang-2022-65.txt'), '--issued', '2022-02-30', '--dry-run');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--issued');
    const noFile = ingest('notice');
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toContain('notice <file.txt>');
    const unknown = ingest('notice', 'a.txt', '--colour');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--colour');
  });

  it('exits 2 naming the file it cannot read, as every command does for an input file it cannot read', () => {
    const result = ingest('notice', 'no-such-notice.txt', '--dry-run', '--json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no-such-notice.txt');
    expect(result.stdout).toBe('');
  });
});
