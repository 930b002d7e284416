import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedActivityCsv } from '../../bench/import-benchmark.ts';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { importRecordsFromPath, listDatasets, removeDataset } from '../../src/records/index.ts';
import { runAnnualReview } from '../../src/report/index.ts';
import { coverageReport } from '../../src/review/index.ts';
import { createRecordsWorld, removeRecordsWorld, uniqueName } from '../support/records-world.ts';
import { openTestDatabase } from '../support/test-database.ts';

const jurisdiction = uniqueName('并发写入市');
const datasetPrefix = uniqueName('concurrent-writes-');
const ORGANISER = '市政府办公室';
const COUNTERPARTS = ['民盟', '九三学社', '工商联'];

let database: Database;
let folder: string;

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await createRecordsWorld(database, jurisdiction);
  folder = await mkdtemp(join(tmpdir(), 'concurrent-writes-'));
});

afterAll(async () => {
  for (const found of await listDatasets(database)) {
    if (found.name.startsWith(datasetPrefix)) await removeDataset(database, found.name);
  }
  await removeRecordsWorld(database, jurisdiction, datasetPrefix);
  await database.close();
  await rm(folder, { recursive: true, force: true });
});

/** A records folder of `rows` generated activities whose ids carry `tag`. */
async function activityFolder(tag: string, rows: number): Promise<string> {
  const path = join(folder, tag);
  await writeGeneratedActivityCsv(path, rows, tag, ORGANISER, COUNTERPARTS);
  return path;
}

/** The generated activities of the jurisdiction per tag, and the links to their counterparts. */
async function activitiesByTag(): Promise<Record<string, number>> {
  const rows = await database.read(
    `MATCH (activity:Activity)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
     WHERE activity.id STARTS WITH 'bench-'
     RETURN split(activity.id, '-')[1] AS tag, count(activity) AS activities`,
    { jurisdiction },
  );
  return Object.fromEntries(rows.map((row) => [String(row.tag), Number(row.activities)]));
}

describe('two imports of the same dataset at the same time', () => {
  it('are serialised: the same file twice is created once and then found unchanged, never doubled', async () => {
    const name = `${datasetPrefix}-twice`;
    const path = await activityFolder('twice', 6_000);
    const [first, second] = await Promise.all([
      importRecordsFromPath(database, path, { jurisdiction, dataset: name }),
      importRecordsFromPath(database, path, { jurisdiction, dataset: name }),
    ]);
    expect([first.errors, second.errors]).toEqual([[], []]);
    const outcomes = [first.counts?.activities, second.counts?.activities].sort(
      (left, right) => (right?.created ?? 0) - (left?.created ?? 0),
    );
    expect(outcomes).toEqual([
      { created: 6_000, updated: 0, unchanged: 0, removed: 0 },
      { created: 0, updated: 0, unchanged: 6_000, removed: 0 },
    ]);
    expect((await activitiesByTag()).twice).toBe(6_000);
    await removeDataset(database, name);
  });

  it('leave exactly the one that committed last when their files differ, never a mixture of both', async () => {
    const name = `${datasetPrefix}-differ`;
    const [larger, smaller] = await Promise.all([activityFolder('larger', 6_000), activityFolder('smaller', 2_000)]);
    const results = await Promise.all([
      importRecordsFromPath(database, larger, { jurisdiction, dataset: name }),
      importRecordsFromPath(database, smaller, { jurisdiction, dataset: name }),
    ]);
    expect(results.map((result) => result.errors)).toEqual([[], []]);
    const found = await activitiesByTag();
    const state = [found.larger ?? 0, found.smaller ?? 0];
    expect([
      [6_000, 0],
      [0, 2_000],
    ]).toContainEqual(state);
    // The one that committed second withdrew everything the first had stated.
    const removed = results.map((result) => result.counts?.activities.removed ?? -1).sort((left, right) => left - right);
    expect(removed).toEqual(state[0] === 6_000 ? [0, 2_000] : [0, 6_000]);
    const [dataset] = (await listDatasets(database)).filter((summary) => summary.name === name);
    expect(dataset?.activities).toBe(state[0] === 6_000 ? 6_000 : 2_000);
    await removeDataset(database, name);
  });

  it('and a removal of the dataset during an import: the removal waits, then removes the import whole', async () => {
    const name = `${datasetPrefix}-removed`;
    await importRecordsFromPath(database, await activityFolder('early', 1_000), { jurisdiction, dataset: name });
    const late = await activityFolder('late', 6_000);
    // Started once the import holds the dataset (its first chunk is written), so the removal waits.
    let removal: Promise<unknown> | undefined;
    const importing = importRecordsFromPath(database, late, {
      jurisdiction,
      dataset: name,
      onProgress: (progress) => {
        if (progress.phase === 'write') removal ??= removeDataset(database, name);
      },
    });
    const imported = await Promise.allSettled([importing]).then(([settled]) => settled);
    const [removed] = await Promise.allSettled([removal ?? Promise.reject(new Error('the import wrote no chunk'))]);
    // Compared whole, so that a rejection shows its reason.
    expect([imported, removed]).toMatchObject([{ status: 'fulfilled' }, { status: 'fulfilled' }]);
    const found = await activitiesByTag();
    expect([found.early ?? 0, found.late ?? 0]).toEqual([0, 0]);
    expect((await listDatasets(database)).some((summary) => summary.name === name)).toBe(false);
  });

  it('and an import of a dataset being removed: the import waits, then writes the dataset anew', async () => {
    const name = `${datasetPrefix}-anew`;
    await importRecordsFromPath(database, await activityFolder('gone', 6_000), { jurisdiction, dataset: name });
    const again = await activityFolder('anew', 1_000);
    const removal = removeDataset(database, name);
    // Whether the import's transaction begins before, during or after the removal's, it must succeed.
    const [removed, imported] = await Promise.allSettled([
      removal,
      importRecordsFromPath(database, again, { jurisdiction, dataset: name }),
    ]);
    expect([removed, imported]).toMatchObject([{ status: 'fulfilled' }, { status: 'fulfilled' }]);
    const found = await activitiesByTag();
    expect([found.gone ?? 0, found.anew ?? 0]).toEqual([0, 1_000]);
    await removeDataset(database, name);
  });
});

describe('reading while an import commits', () => {
  it('sees the graph before or after the import in every multi-query read and review, never a part of it', async () => {
    const name = `${datasetPrefix}-observed`;
    const rows = 12_000;
    const path = await activityFolder('observed', rows);
    const reviewBefore = JSON.stringify((await coverageReport(database, { jurisdiction, year: 2099 })).rules);
    // Two queries a commit can fall between: the activities, then their links to counterparts.
    const probe = () =>
      database.readConsistent(async (transaction) => {
        const [activities] = await transaction.run(
          `MATCH (activity:Activity) WHERE activity.dataset = $name RETURN count(activity) AS count`,
          { name },
        );
        const [links] = await transaction.run(
          `MATCH (:Counterpart)-[joined:PARTICIPATED_IN]->(activity:Activity) WHERE activity.dataset = $name RETURN count(joined) AS count`,
          { name },
        );
        return [Number(activities?.count), Number(links?.count)] as const;
      });
    const observed = new Set<string>();
    const reviews = new Set<string>();
    let importing = true;
    const imported = importRecordsFromPath(database, path, { jurisdiction, dataset: name }).finally(() => {
      importing = false;
    });
    const reports = new Set<string>();
    while (importing) {
      const [state, review, report] = await Promise.all([
        probe(),
        coverageReport(database, { jurisdiction, year: 2099 }),
        runAnnualReview(database, { jurisdiction, year: 2099 }),
      ]);
      observed.add(state.join('/'));
      reviews.add(JSON.stringify(review.rules));
      reports.add(JSON.stringify(report.coverage.rules));
    }
    expect((await imported).errors).toEqual([]);
    observed.add((await probe()).join('/'));
    const reviewAfter = JSON.stringify((await coverageReport(database, { jurisdiction, year: 2099 })).rules);
    expect([...observed].every((state) => state === '0/0' || state === `${rows}/${rows}`)).toBe(true);
    expect(observed.has(`${rows}/${rows}`)).toBe(true);
    expect([...reviews].every((review) => review === reviewBefore || review === reviewAfter)).toBe(true);
    // The annual report reads its rules and its matrix in one consistent read: its rules too are one side or the other.
    expect([...reports].every((report) => report === reviewBefore || report === reviewAfter)).toBe(true);
    await removeDataset(database, name);
  });
});
