import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, DbHits, ensureSchema } from '../../src/db/index.ts';
import { searchByName } from '../../src/graphql/search-resolver.ts';
import { loadNotice, parseNotice } from '../../src/notice/index.ts';
import { arrangementChanges, counterpartYear, documentReach, liaisonMatrix, liaisonPaths } from '../../src/questions/index.ts';
import { importRawRecords, rawRecordsFromObject, removeDataset } from '../../src/records/index.ts';
import { coverageReport } from '../../src/review/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

// Three counties in one graph: what a question about the first costs Neo4j (its database hits,
// statement by statement) must not change when a third county, a hundred times larger, is added.

/** A tag of Chinese characters only (the parser reads names as Chinese text), unique per run. */
const randomTag = () =>
  Array.from({ length: 4 }, () => '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[Math.floor(Math.random() * 20)]).join('');
const tags = [randomTag(), randomTag(), randomTag()];
const counties = tags.map((tag, index) => `${tag}${'东西南'[index]}县`);
const first = counties[0] ?? '';

function noticeOf(county: string, tag: string): string {
  return `${county}人民政府办公室
关于进一步加强同民主党派对口联系的通知
${tag}府办〔2023〕${county.length}号
附件1
县政府领导联系民主党派安排
县长张东同志联系民盟${county}总支
附件2
县级部门联系民主党派安排
县发展改革局联系民盟${county}总支、县工商联
县财政局联系县工商联
${county}人民政府办公室
2023年1月5日`;
}

/** The county's year: `each` activities of every kind the rules read, and as many documents. */
function recordsOf(county: string, tag: string, each: number) {
  const counterparts = [`民盟${county}总支`, '县工商联'];
  const kinds = ['座谈会', '联席会议', '情况通报会', '执法检查', '征求意见', '考察调研'];
  const organisers = ['县政府', '县政府办公室', '县发展改革局', '县财政局'];
  return {
    people: [{ name: '张东', organisation: '县政府', role: '县长', from: '2023-01-01' }],
    activities: Array.from({ length: each * kinds.length }, (_, index) => ({
      id: `${tag}-A${index}`,
      date: `2023-${String(1 + (index % 12)).padStart(2, '0')}-10`,
      kind: kinds[index % kinds.length],
      title: '活动',
      organiser: organisers[index % organisers.length],
      chair: index % kinds.length === 0 ? '张东' : undefined,
      counterparts,
    })),
    documents: Array.from({ length: each }, (_, index) => ({
      number: `${tag}府发〔2023〕${index + 10}号`,
      title: '政策',
      issuer: index % 2 === 0 ? '县政府办公室' : '县财政局',
      issuedAt: '2023-03-01',
      kind: '政策性文件',
      recipients: counterparts,
    })),
  };
}

let database: Database;

async function loadCounty(index: number, each: number): Promise<void> {
  const county = counties[index] ?? '';
  const tag = tags[index] ?? '';
  await loadNotice(database, parseNotice(noticeOf(county, tag)));
  const imported = await importRawRecords(database, rawRecordsFromObject(recordsOf(county, tag, each)), 'county.json', {
    jurisdiction: county,
    dataset: `scale-${tag}`,
  });
  expect(imported.errors).toEqual([]);
}

/** Each question about the first county, as an analyst asks it. */
const questions: Record<string, (view: Database) => Promise<unknown>> = {
  'the annual review (R1–R10)': (view) => coverageReport(view, { jurisdiction: first, year: 2023 }),
  'the liaison matrix': (view) => liaisonMatrix(view, { jurisdiction: first, asOf: '2023-06-30' }),
  'document reach': (view) => documentReach(view, `${tags[0]}府发〔2023〕10号`),
  "a counterpart's year": (view) => counterpartYear(view, `民盟${first}总支`, 2023),
  'arrangement changes': (view) => arrangementChanges(view, { jurisdiction: first, from: '2022-01-01', to: '2023-12-31' }),
  'paths between a party and a department': (view) => liaisonPaths(view, `民盟${first}总支`, '县财政局', 4),
  'search by name within the county': (view) => searchByName(view, '财政 政策', { jurisdiction: first }),
};

/** The database hits of every statement each question runs, by question. */
async function costs(): Promise<Record<string, Record<string, number>>> {
  const result: Record<string, Record<string, number>> = {};
  for (const [name, ask] of Object.entries(questions)) {
    const hits = new DbHits();
    await ask(database.profiling(hits));
    // Keyed by the statement's opening and a digest of its text, so that a failure shows which grew.
    // A consistent read runs its statements again when another test's write lands meanwhile: the
    // first run of each counts.
    const statements: Record<string, number> = {};
    for (const { cypher, hits: value } of hits.statements) {
      const key = `${cypher.trim().replace(/\s+/g, ' ').slice(0, 80)} #${createHash('sha256').update(cypher).digest('hex').slice(0, 8)}`;
      statements[key] ??= value;
    }
    result[name] = statements;
  }
  return result;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await loadCounty(0, 2);
  await loadCounty(1, 2);
}, 120_000);

afterAll(async () => {
  for (const [index, county] of counties.entries()) {
    await removeDataset(database, `scale-${tags[index]}`).catch(() => undefined);
    await database.write(
      `MATCH (jurisdiction:Jurisdiction {name: $county})
       OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(node)
       DETACH DELETE node, jurisdiction`,
      { county },
    );
  }
  await database.close();
});

describe('a question about one county in a graph of many', () => {
  it('touches the same part of the graph, statement by statement, when a third county a hundred times larger is added', async () => {
    const before = await costs();
    await loadCounty(2, 200);
    const after = await costs();
    for (const [name, statements] of Object.entries(before)) {
      expect(Object.values(statements).length, name).toBeGreaterThan(0);
      expect(
        Object.values(statements).every((hits) => hits > 0),
        name,
      ).toBe(true);
    }
    // The same statements, each within a quarter of its earlier cost: the planner may choose another
    // plan that still stays in the county (which end of a relationship it checks), a few hits apart;
    // a statement that read the larger county would cost many times more.
    expect(Object.fromEntries(Object.entries(after).map(([name, statements]) => [name, Object.keys(statements)]))).toEqual(
      Object.fromEntries(Object.entries(before).map(([name, statements]) => [name, Object.keys(statements)])),
    );
    const grown = Object.entries(after).flatMap(([name, statements]) =>
      Object.entries(statements)
        .filter(([statement, hits]) => hits > 1.25 * (before[name]?.[statement] ?? 0))
        .map(([statement, hits]) => `${name} ${statement}: ${before[name]?.[statement]} → ${hits} db hits`),
    );
    expect(grown).toEqual([]);
  }, 240_000);
});
