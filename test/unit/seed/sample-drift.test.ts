import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectRecords, openRecordsSource } from '../../../src/records/index.ts';
import { writeSample } from '../../../seed/sample-2023/build-sample.ts';

const committed = join(import.meta.dirname, '..', '..', '..', 'seed', 'sample-2023');
let generated: string;

beforeAll(async () => {
  generated = await mkdtemp(join(tmpdir(), 'liaison-sample-'));
  await writeSample(generated);
});

afterAll(async () => {
  await rm(generated, { recursive: true, force: true });
});

/** The records a workbook or CSV folder holds (workbook bytes differ from run to run; their contents must not). */
async function recordsIn(path: string) {
  const records = await collectRecords(await openRecordsSource(path));
  return Object.fromEntries(Object.entries(records.sheets).map(([sheet, value]) => [sheet, value.rows.map((row) => row.cells)]));
}

describe('the committed sample year (seed/sample-2023/)', () => {
  it.each(['expected-gaps-2023.json', 'README.md'])(
    'has %s as the generator writes it (else: node --import tsx seed/sample-2023/generate.ts)',
    async (file) => {
      expect(await readFile(join(committed, file), 'utf8')).toBe(await readFile(join(generated, file), 'utf8'));
    },
  );

  it('has the CSV files the generator writes, byte for byte', async () => {
    const files = (await readdir(join(generated, 'csv'))).sort();
    expect((await readdir(join(committed, 'csv'))).sort()).toEqual(files);
    for (const file of files)
      expect(await readFile(join(committed, 'csv', file), 'utf8'), file).toBe(await readFile(join(generated, 'csv', file), 'utf8'));
  });

  it('has a workbook holding the same records as the generator’s', async () => {
    expect(await recordsIn(join(committed, 'sample-2023.xlsx'))).toEqual(await recordsIn(join(generated, 'sample-2023.xlsx')));
  });
});
