import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import {
  listDatasets,
  removeDataset,
  importFromSource,
  importRecordsFromPath,
  type RawRow,
  CHUNK_ROWS,
  chunksOf,
  type RecordsSource,
} from '../../src/records/index.ts';
import { generateActivityRows, writeGeneratedActivityCsv } from '../../bench/import-benchmark.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { createRecordsWorld, removeRecordsWorld, uniqueName } from '../support/records-world.ts';

const jurisdiction = uniqueName('流式导入市');
const datasetPrefix = uniqueName('records-streaming-');
/** More than two chunks of the CSV reader. */
const ROWS = 12_000;
/** What exists in the records world: the generated rows name them. */
const ORGANISER = '市政府办公室';
const COUNTERPARTS = ['民盟', '九三学社', '工商联'];
const COUNTERPART_NAMES = ['民盟资阳市委会', '九三学社资阳市委会', '市工商联'];

let database: Database;
let folder: string;

function dataset(name: string): string {
  return `${datasetPrefix}-${name}`;
}

/** A tag for generated ids (no `-`, so the index is what follows the last one). */
function tag(name: string): string {
  return `${name}${datasetPrefix.slice(-8)}`;
}

/** Counts of every kind with only activities non-zero. */
function activityCounts(activities: { created: number; updated: number; unchanged: number; removed: number }) {
  const none = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  return { organisations: none, people: none, roles: none, activities, documents: none };
}

/** Activities whose generated id carries `generatedTag`, and nodes stated by `name`, and its Dataset node. */
async function footprint(generatedTag: string, name: string): Promise<{ activities: number; stated: number; datasets: number }> {
  const [row] = await database.read(
    `CALL () { MATCH (activity:Activity) WHERE activity.key STARTS WITH $prefix RETURN count(activity) AS activities }
     CALL () { MATCH (node) WHERE node.dataset = $dataset OR any(source IN coalesce(node.sources, []) WHERE source STARTS WITH $source) RETURN count(node) AS stated }
     CALL () { MATCH (found:Dataset {name: $dataset}) RETURN count(found) AS datasets }
     RETURN activities, stated, datasets`,
    { prefix: `${jurisdiction}/bench-${generatedTag}-`, dataset: name, source: `${name}|` },
  );
  return { activities: Number(row?.activities), stated: Number(row?.stated), datasets: Number(row?.datasets) };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await createRecordsWorld(database, jurisdiction);
  folder = await mkdtemp(join(tmpdir(), 'records-streaming-'));
});

afterAll(async () => {
  for (const found of await listDatasets(database)) {
    if (found.name.startsWith(datasetPrefix)) await removeDataset(database, found.name);
  }
  await removeRecordsWorld(database, jurisdiction, datasetPrefix);
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

describe('importing records a chunk at a time', () => {
  it('writes every row of a CSV folder larger than two chunks with its provenance, then finds a second import unchanged', async () => {
    const generated = tag('large');
    const path = join(folder, 'large');
    await writeGeneratedActivityCsv(path, ROWS, generated, ORGANISER, COUNTERPARTS);
    const first = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('large') });
    expect(first.errors).toEqual([]);
    expect(first.rowCount).toBe(ROWS);
    expect(first.counts).toEqual(activityCounts({ created: ROWS, updated: 0, unchanged: 0, removed: 0 }));

    const [whole] = await database.read(
      `MATCH (activity:Activity)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       WHERE activity.key STARTS WITH $prefix
       WITH activity, toInteger(substring(activity.id, size($idPrefix))) AS index
       OPTIONAL MATCH (organiser:Office {name: $organiser})-[organised:ORGANISED]->(activity)
       OPTIONAL MATCH (counterpart:Counterpart)-[joined:PARTICIPATED_IN]->(activity)
       WITH activity, index, count(DISTINCT organised) AS organisers, collect(DISTINCT counterpart.name) AS counterparts,
            count(DISTINCT joined) AS joins
       RETURN count(activity) AS activities,
              sum(CASE WHEN activity.dataset = $dataset AND activity.sourceSheet = 'activities' AND activity.sourceRow = index + 2
                       AND organisers = 1 AND joins = 1 AND counterparts = [$counterparts[index % 3]] THEN 1 ELSE 0 END) AS complete`,
      {
        jurisdiction,
        prefix: `${jurisdiction}/bench-${generated}-`,
        idPrefix: `bench-${generated}-`,
        organiser: ORGANISER,
        dataset: dataset('large'),
        counterparts: COUNTERPART_NAMES,
      },
    );
    expect(whole).toEqual({ activities: ROWS, complete: ROWS });

    // The first row, the rows on both sides of the first chunk boundary (lines 5001 and 5002), the last.
    const lines = [2, CHUNK_ROWS + 1, CHUNK_ROWS + 2, ROWS + 1];
    const spotted = await database.read(
      `UNWIND $lines AS line
       MATCH (activity:Activity {key: $prefix + toString(toInteger(line) - 2)})
       MATCH (organiser)-[organised:ORGANISED]->(activity)
       MATCH (counterpart:Counterpart)-[joined:PARTICIPATED_IN]->(activity)
       RETURN toInteger(line) AS line, activity.id AS id, activity.date AS date, activity.kind AS kind, activity.title AS title,
              activity.dataset AS dataset, activity.sourceSheet AS sheet, activity.sourceRow AS row,
              organiser.name AS organiser, organised.sourceRow AS organisedRow, organised.dataset AS organisedDataset,
              counterpart.name AS counterpart, joined.sourceSheet AS joinedSheet, joined.sourceRow AS joinedRow
       ORDER BY line`,
      { lines, prefix: `${jurisdiction}/bench-${generated}-` },
    );
    const expected = (line: number, date: string) => ({
      line,
      id: `bench-${generated}-${line - 2}`,
      date,
      kind: 'OTHER',
      title: `基准测试活动 ${line - 2}`,
      dataset: dataset('large'),
      sheet: 'activities',
      row: line,
      organiser: ORGANISER,
      organisedRow: line,
      organisedDataset: dataset('large'),
      counterpart: COUNTERPART_NAMES[(line - 2) % 3],
      joinedSheet: 'activities',
      joinedRow: line,
    });
    expect(spotted).toEqual([
      expected(2, '2099-01-01'),
      expected(CHUNK_ROWS + 1, '2099-09-12'),
      expected(CHUNK_ROWS + 2, '2099-09-13'),
      expected(ROWS + 1, '2099-11-16'),
    ]);

    const second = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('large') });
    expect(second.errors).toEqual([]);
    expect(second.counts).toEqual(activityCounts({ created: 0, updated: 0, unchanged: ROWS, removed: 0 }));
    expect(await footprint(generated, dataset('large'))).toEqual({ activities: ROWS, stated: ROWS, datasets: 1 });
  });

  it('writes nothing at all when only the last of many rows has a bad date, and reports just that row', async () => {
    const generated = tag('badlast');
    const path = join(folder, 'bad-last');
    await writeGeneratedActivityCsv(path, ROWS, generated, ORGANISER, COUNTERPARTS);
    const file = join(path, 'activities.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const last = lines.length - 2; // the file ends with a newline
    expect(lines[last]).toContain(`bench-${generated}-${ROWS - 1},2099-11-16,`);
    lines[last] = (lines[last] ?? '').replace('2099-11-16', '2099-02-30');
    await writeFile(file, lines.join('\n'), 'utf8');

    const result = await importRecordsFromPath(database, path, { jurisdiction, dataset: dataset('bad-last') });
    expect(result.rowCount).toBe(ROWS);
    expect(result.errors).toEqual([
      { sheet: 'activities', row: ROWS + 1, column: 'date', value: '2099-02-30', message: 'not a date "2099-02-30" (expected YYYY-MM-DD)' },
    ]);
    expect(result.counts).toBeNull();
    expect(await footprint(generated, dataset('bad-last'))).toEqual({ activities: 0, stated: 0, datasets: 0 });
  });

  it('rolls the whole import back when the second read of the source finds a row the first did not', async () => {
    const generated = tag('changing');
    const rows = CHUNK_ROWS + 10;
    const checked = generateActivityRows(rows, generated, ORGANISER, COUNTERPARTS).sheets.activities?.rows ?? [];
    const changed: RawRow[] = checked.map((row) => ({ row: row.row, cells: { ...row.cells } }));
    const lastRow = changed.at(-1);
    if (lastRow !== undefined) lastRow.cells.date = 'not-a-date';
    let reads = 0;
    // The first read is valid; every later read has a bad date in its last row, in the second chunk
    // (so the first chunk has been written in the transaction when the problem is met).
    const source: RecordsSource = {
      async *chunks() {
        reads += 1;
        yield* chunksOf('activities', reads === 1 ? checked : changed);
      },
    };
    const name = dataset('changing');
    await expect(importFromSource(database, source, 'changing', { jurisdiction, dataset: name })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: `the records changed while they were imported (activities:${rows + 1}:date: not a date "not-a-date" (expected YYYY-MM-DD)); nothing was written`,
    });
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(await footprint(generated, name)).toEqual({ activities: 0, stated: 0, datasets: 0 });
  });

  it('rolls the import back when the second read of the source reports a problem of the source itself', async () => {
    const generated = tag('header');
    const rows = generateActivityRows(3, generated, ORGANISER, COUNTERPARTS).sheets.activities?.rows ?? [];
    let reads = 0;
    const source: RecordsSource = {
      async *chunks(problems) {
        reads += 1;
        if (reads > 1) {
          problems.push({
            sheet: 'activities',
            row: 1,
            column: '备注',
            value: '备注',
            message: 'unknown column "备注" (columns are id/编号, ...)',
          });
        }
        yield* chunksOf('activities', rows);
      },
    };
    const name = dataset('header');
    await expect(importFromSource(database, source, 'header', { jurisdiction, dataset: name })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/^the records changed while they were imported/),
    });
    expect(await footprint(generated, name)).toEqual({ activities: 0, stated: 0, datasets: 0 });
  });

  it('counts what a dry run over many rows would create and writes nothing', async () => {
    const generated = tag('dry');
    const path = join(folder, 'dry');
    await writeGeneratedActivityCsv(path, ROWS, generated, ORGANISER, COUNTERPARTS);
    const progress: string[] = [];
    const result = await importRecordsFromPath(database, path, {
      jurisdiction,
      dataset: dataset('dry'),
      dryRun: true,
      onProgress: ({ phase, done, total }) => progress.push(`${phase} ${done}/${total ?? ''}`),
    });
    expect(result.dryRun).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(ROWS);
    expect(result.counts).toEqual(activityCounts({ created: ROWS, updated: 0, unchanged: 0, removed: 0 }));
    expect(progress).toEqual([
      `check ${CHUNK_ROWS}/`,
      `check ${2 * CHUNK_ROWS}/`,
      `check ${ROWS}/`,
      `write ${CHUNK_ROWS}/${ROWS}`,
      `write ${2 * CHUNK_ROWS}/${ROWS}`,
      `write ${ROWS}/${ROWS}`,
    ]);
    expect(await footprint(generated, dataset('dry'))).toEqual({ activities: 0, stated: 0, datasets: 0 });
  });
});
