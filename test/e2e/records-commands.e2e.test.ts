import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { removeDataset } from '../../src/records/index.ts';
import { tokenFor } from '../support/test-tokens.ts';
import { postGraphQL, startSeededApi, type SeededApi } from './api-test-server.ts';

const run = promisify(execFile);
const dataset = `e2e-records-${randomUUID().slice(0, 8)}`;
const person = `端到端测试员${dataset.slice(-8)}`;

let api: SeededApi;
let folder: string;

/** Runs `npm run import -- …` as a user would, against the test run's Neo4j; never throws on exit codes. */
async function importCommand(...arguments_: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...arguments_], {
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'silent' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  api = await startSeededApi();
  folder = await mkdtemp(join(tmpdir(), 'records-e2e-'));
});

afterAll(async () => {
  await removeDataset(api.database, dataset).catch(() => undefined);
  await api?.stop();
  await rm(folder, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('exits 2 with the field, the row and a suggestion for an unknown organisation, and writes nothing', async () => {
    const file = join(folder, 'bad.json');
    await writeFile(file, JSON.stringify({ people: [{ name: person, organisation: '市发改局', role: '联络人员', from: '2023-01-01' }] }));
    const plain = await importCommand(file, '--dataset', dataset);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/people:\d+:organisation: unknown organisation "市发改局" \(did you mean 市发展改革委\?\)/);
    expect(plain.stderr).toContain('nothing was written');
    const json = await importCommand(file, '--dataset', dataset, '--json');
    expect(json.code).toBe(2);
    const result = JSON.parse(json.stdout) as { ok: boolean; errors: Array<Record<string, unknown>> };
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ sheet: 'people', column: 'organisation', value: '市发改局' });
    const listed = JSON.parse((await importCommand('--list', '--json')).stdout) as Array<{ name: string }>;
    expect(listed.map((item) => item.name)).not.toContain(dataset);
  });

  it('imports a file through an alias, reports it unchanged the second time, lists it and removes it', async () => {
    const file = join(folder, 'good.json');
    await writeFile(file, JSON.stringify({ people: [{ name: person, organisation: '市发改委', role: '联络人员', from: '2023-01-01' }] }));
    const first = await importCommand(file, '--dataset', dataset, '--json');
    expect(first.code).toBe(0);
    const second = JSON.parse((await importCommand(file, '--dataset', dataset, '--json')).stdout) as {
      counts: Record<string, { created: number; updated: number; unchanged: number }>;
    };
    expect(Object.values(second.counts).every((count) => count.created === 0 && count.updated === 0)).toBe(true);
    expect(second.counts.people?.unchanged).toBe(1);
    const listed = JSON.parse((await importCommand('--list', '--json')).stdout) as Array<{ name: string }>;
    expect(listed.map((item) => item.name)).toContain(dataset);
    const removed = await importCommand('--remove', dataset);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`removed dataset ${dataset}`);
  });
});

describe('the importRecords mutation over HTTP', () => {
  const mutation = `mutation Import($records: RecordsInput!, $dryRun: Boolean) {
    importRecords(records: $records, dryRun: $dryRun) {
      ok dryRun dataset
      errors { sheet row column value message }
      counts { kind created updated unchanged }
    }
  }`;

  it('gives the same error objects as the command, and counts what a dry run would write', async () => {
    type Payload = {
      importRecords: {
        ok: boolean;
        dryRun: boolean;
        errors: Array<Record<string, unknown>>;
        counts: Array<{ kind: string; created: number }>;
      };
    };
    const bad = await postGraphQL<Payload, Record<string, unknown>>(
      api.url,
      mutation,
      {
        records: { dataset, people: [{ name: person, organisation: '市发改局', role: '联络人员', from: '2023-01-01' }] },
        dryRun: true,
      },
      { token: await tokenFor('editor') },
    );
    expect(bad.errors).toBeUndefined();
    expect(bad.data?.importRecords.ok).toBe(false);
    expect(bad.data?.importRecords.errors[0]).toMatchObject({
      sheet: 'people',
      column: 'organisation',
      value: '市发改局',
      message: 'unknown organisation "市发改局" (did you mean 市发展改革委?)',
    });
    const good = await postGraphQL<Payload, Record<string, unknown>>(
      api.url,
      mutation,
      {
        records: { dataset, people: [{ name: person, organisation: '市发改委', role: 'LIAISON_OFFICER', from: '2023-01-01' }] },
        dryRun: true,
      },
      { token: await tokenFor('editor') },
    );
    expect(good.data?.importRecords).toMatchObject({ ok: true, dryRun: true, errors: [] });
    expect(good.data?.importRecords.counts.find((count) => count.kind === 'people')?.created).toBe(1);
  });
});
