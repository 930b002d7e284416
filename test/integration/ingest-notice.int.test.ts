import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { type NoticeJson, loadNotice, parseNotice, loadSeed } from '../../src/notice/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const fixtures = join(projectRoot, 'test', 'fixtures', 'notices');
const run = `${Date.now() % 100000}`;
/** Jurisdictions of this test only, so that nothing else in the database is touched. */
const ownCity = `资阳测试${run}市`;
const supersession = `接续测试${run}市`;
const reverse = `倒序测试${run}市`;
const serial = (offset: number) => 9000 + ((Number(run) + offset) % 999);
const earlierNumber = `测府办〔2020〕${serial(0)}号`;
const laterNumber = `测府办〔2023〕${serial(1)}号`;

function notice(number: string, date: string, lines: string[]): string {
  return [number, '', '测试市人民政府办公室', '关于市级部门与民主党派对口联系的通知', '', ...lines, '', '测试市人民政府办公室', date].join(
    '\n',
  );
}
const earlierText = notice(earlierNumber, '2020年1月6日', ['附件', '市商务局联系民革测试市委、民建测试市委', '市教育局联系民进测试市委']);
const laterText = notice(laterNumber, '2023年3月1日', [
  `《测试市人民政府办公室关于市级部门与民主党派对口联系的通知》（${earlierNumber}）同时废止。`,
  '附件',
  '市商务局联系民建测试市委',
  '市科技局联系九三学社测试市委',
]);

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
});

afterAll(async () => {
  await database.write(
    `MATCH (jurisdiction:Jurisdiction) WHERE jurisdiction.name IN $names
     OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(jurisdiction) WHERE NOT node:Document OR node.number IN $numbers
     DETACH DELETE node, jurisdiction`,
    { names: [ownCity, supersession, reverse], numbers: [earlierNumber, laterNumber, `资府办函〔2022〕${serial(2)}号`] },
  );
  await database.close();
});

async function liaisonsOf(number: string, jurisdiction: string) {
  return database.read(
    `MATCH (from)-[liaison:LIAISES_WITH {sourceDocument: $number}]->(counterpart:Counterpart)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
     RETURN from.name AS from, counterpart.party AS counterpart, liaison.kind AS kind, liaison.sourceLine AS line,
            liaison.sourceText AS text, liaison.validFrom AS validFrom, liaison.validTo AS validTo
     ORDER BY line, from, counterpart, kind`,
    { number, jurisdiction },
  );
}

// The corpus copy of the Ziyang notice under a number of its own: seed.int.test.ts, which may run at the
// same time, queries the seed's number and ranks counterparts by name globally; this load disturbs neither.
describe('loading a notice of the corpus into its own jurisdiction', () => {
  const text = readFileSync(join(fixtures, 'ziyang-2022-65.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(fixtures, 'ziyang-2022-65.expected.json'), 'utf8')) as NoticeJson;
  const number = `资府办函〔2022〕${serial(2)}号`;

  it('writes every labelled liaison with its line, text and issue date, and supersedes the 2017 notice', async () => {
    const summary = await loadNotice(database, parseNotice(text, { number }), { jurisdiction: ownCity });
    const formal = expected.liaisons.filter((liaison) => liaison.kind === 'formal').length;
    expect(summary).toMatchObject({
      document: number,
      jurisdiction: ownCity,
      formalLiaisons: formal,
      generalLiaisons: 7,
      supersedes: ['资府发〔2017〕16号'],
    });
    const rows = await liaisonsOf(number, ownCity);
    const written = rows.map((row) => [row.from, row.counterpart, row.kind, row.line, row.text].join('|')).sort();
    const labelled = expected.liaisons
      .map((liaison) => [liaison.from, liaison.counterpart, liaison.kind.toUpperCase(), liaison.line, liaison.text].join('|'))
      .sort();
    expect(written).toEqual(labelled);
    expect(rows.every((row) => row.validFrom === '2022-11-02' && row.validTo === null)).toBe(true);
  });

  it('loads idempotently: a second load reports the same and adds nothing', async () => {
    const count = async () =>
      (
        await database.read(
          `MATCH (node)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
         RETURN count(node) AS nodes, COUNT { (:Jurisdiction {name: $jurisdiction})<-[:IN_JURISDICTION]-()-[:LIAISES_WITH]->() } AS liaisons`,
          { jurisdiction: ownCity },
        )
      )[0];
    const before = await count();
    const first = await liaisonsOf(number, ownCity);
    const summary = await loadNotice(database, parseNotice(text, { number }), { jurisdiction: ownCity });
    expect(summary.formalLiaisons + summary.generalLiaisons).toBe(first.length);
    expect(await count()).toEqual(before);
    expect(await liaisonsOf(number, ownCity)).toEqual(first);
  });

  it('keeps one counterpart per party in the jurisdiction, other written names as aliases', async () => {
    const rows = await database.read(
      `MATCH (counterpart:Counterpart)-[:IN_JURISDICTION]->(:Jurisdiction {name: $jurisdiction})
       RETURN counterpart.party AS party, count(*) AS count ORDER BY party`,
      { jurisdiction: ownCity },
    );
    expect(rows).toHaveLength(7);
    expect(rows.every((row) => row.count === 1)).toBe(true);
  });
});

describe('a notice that repeals an earlier one', () => {
  it('ends the earlier notice’s liaisons in the jurisdiction on the new notice’s date', async () => {
    await loadNotice(database, parseNotice(earlierText), { jurisdiction: supersession });
    expect((await liaisonsOf(earlierNumber, supersession)).map((row) => row.validTo)).toEqual([null, null, null]);
    const summary = await loadNotice(database, parseNotice(laterText), { jurisdiction: supersession });
    expect(summary.supersedes).toEqual([earlierNumber]);
    const earlier = await liaisonsOf(earlierNumber, supersession);
    expect(earlier.map((row) => [row.from, row.counterpart, row.validFrom, row.validTo])).toEqual([
      ['市商务局', '民建', '2020-01-06', '2023-03-01'],
      ['市商务局', '民革', '2020-01-06', '2023-03-01'],
      ['市教育局', '民进', '2020-01-06', '2023-03-01'],
    ]);
    const later = await liaisonsOf(laterNumber, supersession);
    expect(later.map((row) => [row.from, row.counterpart, row.validTo])).toEqual([
      ['市商务局', '民建', null],
      ['市科技局', '九三学社', null],
    ]);
  });

  it('ends them too when the earlier notice is loaded after the one that repeals it', async () => {
    await loadNotice(database, parseNotice(laterText), { jurisdiction: reverse });
    await loadNotice(database, parseNotice(earlierText), { jurisdiction: reverse });
    const earlier = await liaisonsOf(earlierNumber, reverse);
    expect(earlier).toHaveLength(3);
    expect(earlier.every((row) => row.validTo === '2023-03-01')).toBe(true);
    expect((await liaisonsOf(laterNumber, reverse)).every((row) => row.validTo === null)).toBe(true);
  });
});

describe('the seed loaded through this parser', () => {
  it('still gives exactly the 35 formal liaisons and the general line 51 toward the seven counterparts', async () => {
    const summary = await loadSeed(database, projectRoot);
    expect(summary).toMatchObject({ formalLiaisons: 35, generalLiaisons: 7, counterparts: 7, leaders: 8, departments: 15 });
    const general = await database.read(
      `MATCH (leader:Leader)-[liaison:LIAISES_WITH {sourceDocument: '资府办函〔2022〕65号', kind: 'GENERAL'}]->(counterpart:Counterpart)
             -[:IN_JURISDICTION]->(:Jurisdiction {name: '资阳市'})
       RETURN DISTINCT leader.name AS leader, liaison.sourceLine AS line, count(counterpart) AS counterparts`,
    );
    expect(general).toEqual([{ leader: '王善平', line: 51, counterparts: 7 }]);
  });
});
