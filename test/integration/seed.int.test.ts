import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema, NAME_SEARCH_INDEX } from '../../src/db/index.ts';
import { isGraphEmpty, loadSeed, type SeedSummary } from '../../src/notice/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const noticeLines = readFileSync(join(projectRoot, 'seed', 'ziyang-2022-65.txt'), 'utf8').split('\n');
const NUMBER = '资府办函〔2022〕65号';

let database: Database;
let firstSummary: SeedSummary;

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  firstSummary = await loadSeed(database, projectRoot);
});

afterAll(async () => {
  await database.close();
});

/** Liaisons of the seed document, as [line, from, counterpart name, kind], in line order. */
async function liaisons(fromLabel: 'Leader' | 'Department', kind: 'FORMAL' | 'GENERAL') {
  const rows = await database.read(
    `MATCH (from:${fromLabel})-[liaison:LIAISES_WITH {sourceDocument: $number, kind: $kind}]->(counterpart:Counterpart)
     RETURN liaison.sourceLine AS line, from.name AS from, counterpart.name AS counterpart
     ORDER BY line, counterpart`,
    { number: NUMBER, kind },
  );
  return rows.map((row) => [row.line, row.from, row.counterpart]);
}

/** Everything the seed wrote, as sorted strings: its nodes' properties and its relationships. */
async function seedSnapshot(): Promise<string[]> {
  const rows = await database.read(
    `MATCH (node)-[:IN_JURISDICTION]->(:Jurisdiction {name: '资阳市'})
     WHERE node.sourceDocument = $number OR node:Office OR node.number IN [$number, '资府发〔2017〕16号']
     OPTIONAL MATCH (node)-[relationship:LIAISES_WITH|SUPERSEDES|ISSUED]->(other)
     WHERE relationship.sourceDocument = $number OR other.number IN [$number, '资府发〔2017〕16号']
     RETURN labels(node) AS labels, properties(node) AS node, type(relationship) AS type,
            properties(relationship) AS relationship, coalesce(other.key, other.number) AS other`,
    { number: NUMBER },
  );
  const sortedKeys = (_key: string, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort()) : value;
  return rows.map((row) => JSON.stringify(row, sortedKeys)).sort();
}

describe('the seed (资府办函〔2022〕65号) loaded into Neo4j', () => {
  it('reports what it loaded', () => {
    expect(firstSummary).toEqual({
      document: NUMBER,
      jurisdiction: '资阳市',
      offices: 3,
      leaders: 8,
      departments: 15,
      counterparts: 7,
      formalLiaisons: 35,
      generalLiaisons: 7,
      supersedes: ['资府发〔2017〕16号'],
      source: join('seed', 'ziyang-2022-65.txt'),
    });
    expect(firstSummary.formalLiaisons).toBe(35);
  });

  it('holds the document, issued 2022-11-02 by 资阳市人民政府办公室, in 资阳市, superseding 资府发〔2017〕16号', async () => {
    const [row] = await database.read(
      `MATCH (document:Document {number: $number})-[:IN_JURISDICTION]->(jurisdiction:Jurisdiction {name: '资阳市'})
       MATCH (document)-[:SUPERSEDES]->(old:Document)
       MATCH (issuer:Office)-[:ISSUED]->(document) WHERE (issuer)-[:IN_JURISDICTION]->(jurisdiction)
       MATCH (oldIssuer:Office)-[:ISSUED]->(old) WHERE (oldIssuer)-[:IN_JURISDICTION]->(jurisdiction)
       RETURN document {.number, .title, .issuer, .issuedAt, .kind, .year} AS document, jurisdiction.name AS jurisdiction,
              issuer.name AS issuedBy, old {.number, .title, .issuer, .issuedAt, .year} AS old, oldIssuer.name AS oldIssuedBy`,
      { number: NUMBER },
    );
    expect(row).toEqual({
      document: {
        number: NUMBER,
        title: '关于在政府工作中进一步加强同民主党派对口联系的通知',
        issuer: '资阳市人民政府办公室',
        issuedAt: '2022-11-02',
        kind: 'NOTICE',
        year: 2022,
      },
      jurisdiction: '资阳市',
      issuedBy: '市政府办公室',
      old: {
        number: '资府发〔2017〕16号',
        title: '关于在政府工作中进一步加强同民主党派对口联系的通知',
        issuer: '资阳市人民政府',
        issuedAt: null,
        year: 2017,
      },
      oldIssuedBy: '市政府',
    });
  });

  it('has 资阳市 as a root jurisdiction with the three built-in offices', async () => {
    const rows = await database.read(
      `MATCH (jurisdiction:Jurisdiction {name: '资阳市'})
       OPTIONAL MATCH (office:Office)-[:IN_JURISDICTION]->(jurisdiction)
       RETURN office.name AS name, office.fullName AS fullName, office.key AS key,
              EXISTS { (jurisdiction)-[:PART_OF]->() } AS hasParent ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: '市委统战部', fullName: '中共资阳市委统一战线工作部', key: '资阳市/市委统战部', hasParent: false },
      { name: '市政府', fullName: '资阳市人民政府', key: '资阳市/市政府', hasParent: false },
      { name: '市政府办公室', fullName: '资阳市人民政府办公室', key: '资阳市/市政府办公室', hasParent: false },
    ]);
  });

  it('holds the seven counterparts as the notice writes them, with party, kind, full name and aliases', async () => {
    const rows = await database.read(
      `MATCH (counterpart:Counterpart {sourceDocument: $number})-[:IN_JURISDICTION]->(:Jurisdiction {name: '资阳市'})
       RETURN counterpart.name AS name, counterpart.party AS party, counterpart.kind AS kind,
              counterpart.fullName AS fullName, counterpart.aliases[0] AS firstAlias ORDER BY name`,
      { number: NUMBER },
    );
    expect(rows).toEqual([
      { name: '九三学社资阳市委会', party: '九三学社', kind: 'PARTY', fullName: '九三学社资阳市委员会', firstAlias: '九三学社' },
      { name: '农工党资阳市总支', party: '农工党', kind: 'PARTY', fullName: '中国农工民主党资阳市总支部委员会', firstAlias: '农工党' },
      { name: '市工商联', party: '工商联', kind: 'FEDERATION', fullName: '资阳市工商业联合会', firstAlias: '工商联' },
      { name: '民建资阳市委会', party: '民建', kind: 'PARTY', fullName: '中国民主建国会资阳市委员会', firstAlias: '民建' },
      { name: '民盟资阳市委会', party: '民盟', kind: 'PARTY', fullName: '中国民主同盟资阳市委员会', firstAlias: '民盟' },
      { name: '民进资阳市总支', party: '民进', kind: 'PARTY', fullName: '中国民主促进会资阳市总支部委员会', firstAlias: '民进' },
      { name: '民革资阳市委会', party: '民革', kind: 'PARTY', fullName: '中国国民党革命委员会资阳市委员会', firstAlias: '民革' },
    ]);
  });

  it('holds annex 1: seven formal leader liaisons, one per counterpart, with lines 53 (李东) and 59 (罗道坤)', async () => {
    expect(await liaisons('Leader', 'FORMAL')).toEqual([
      [53, '李东', '民盟资阳市委会'],
      [55, '张宇星', '市工商联'],
      [57, '张建红', '民建资阳市委会'],
      [59, '罗道坤', '农工党资阳市总支'],
      [61, '郑小清', '民进资阳市总支'],
      [63, '贾发扬', '民革资阳市委会'],
      [65, '林显奎', '九三学社资阳市委会'],
    ]);
  });

  it('gives 王善平 (line 51) a general liaison toward all seven counterparts and no formal one', async () => {
    const general = await liaisons('Leader', 'GENERAL');
    expect(general).toHaveLength(7);
    expect(general.every(([line, from]) => line === 51 && from === '王善平')).toBe(true);
    expect(new Set(general.map(([, , counterpart]) => counterpart)).size).toBe(7);
    expect((await liaisons('Leader', 'FORMAL')).some(([, from]) => from === '王善平')).toBe(false);
  });

  it('holds the eight leaders the notice names, in 资阳市, names without padding', async () => {
    const rows = await database.read(
      `MATCH (leader:Leader {sourceDocument: $number})-[:IN_JURISDICTION]->(:Jurisdiction {name: '资阳市'})
       RETURN leader.name AS name, leader.key AS key ORDER BY leader.sourceLine`,
      { number: NUMBER },
    );
    expect(rows.map((row) => row.name)).toEqual(['王善平', '李东', '张宇星', '张建红', '罗道坤', '郑小清', '贾发扬', '林显奎']);
    expect(rows[1]?.key).toBe('资阳市/李东');
  });

  it('holds annex 2: 15 departments and 28 formal department liaisons with their lines', async () => {
    const pairs = await liaisons('Department', 'FORMAL');
    expect(pairs).toHaveLength(28);
    expect(new Set(pairs.map(([, from]) => from)).size).toBe(15);
    expect(pairs.filter(([line]) => line === 74)).toEqual([
      [74, '市经济和信息化局', '市工商联'],
      [74, '市经济和信息化局', '民建资阳市委会'],
      [74, '市经济和信息化局', '民盟资阳市委会'],
      [74, '市经济和信息化局', '民革资阳市委会'],
    ]);
    expect(pairs.filter(([line]) => line === 70 || line === 91 || line === 95 || line === 97)).toEqual([
      [70, '市发展改革委', '九三学社资阳市委会'],
      [70, '市发展改革委', '民盟资阳市委会'],
      [91, '市文化广电旅游局', '民盟资阳市委会'],
      [91, '市文化广电旅游局', '民进资阳市总支'],
      [95, '市市场监管局', '市工商联'],
      [97, '市经济合作外事局', '民革资阳市委会'],
    ]);
  });

  it('counts department liaisons per counterpart as annex 2 does', async () => {
    const rows = await database.read(
      `MATCH (:Department)-[:LIAISES_WITH {sourceDocument: $number, kind: 'FORMAL'}]->(counterpart:Counterpart)
       RETURN counterpart.party AS party, count(*) AS count`,
      { number: NUMBER },
    );
    expect(Object.fromEntries(rows.map((row) => [row.party, row.count]))).toEqual({
      民盟: 6,
      九三学社: 5,
      民革: 5,
      民建: 4,
      农工党: 4,
      民进: 2,
      工商联: 2,
    });
  });

  it('gives departments their full names and short forms as aliases', async () => {
    const [row] = await database.read(
      `MATCH (department:Department {key: '资阳市/市发展改革委'}) RETURN department.fullName AS fullName, department.aliases AS aliases`,
    );
    expect(row?.fullName).toBe('资阳市发展和改革委员会');
    expect(row?.aliases).toContain('市发改委');
  });

  it('makes every liaison valid from 2022-11-02, open-ended, with its document, line and the text of that line', async () => {
    const rows = await database.read(
      `MATCH ()-[liaison:LIAISES_WITH {sourceDocument: $number}]->()
       RETURN liaison.validFrom AS validFrom, liaison.validTo AS validTo, liaison.sourceLine AS line, liaison.sourceText AS text`,
      { number: NUMBER },
    );
    expect(rows).toHaveLength(42);
    for (const row of rows) {
      expect(row.validFrom).toBe('2022-11-02');
      expect(row.validTo).toBeNull();
      expect(row.text).toBe(noticeLines[Number(row.line) - 1]?.trim());
    }
    expect(rows.find((row) => row.line === 53)?.text).toBe('李  东同志负责联系民盟资阳市委会');
  });

  it('loads idempotently: a second load reports and writes the same', async () => {
    const before = await seedSnapshot();
    const secondSummary = await loadSeed(database, projectRoot);
    expect(secondSummary).toEqual(firstSummary);
    expect(await seedSnapshot()).toEqual(before);
    expect(await isGraphEmpty(database)).toBe(false);
  });
});

describe('the schema set-up', () => {
  it('is idempotent and leaves the cjk full-text name index online', async () => {
    await ensureSchema(database);
    const [index] = await database.read(
      `SHOW FULLTEXT INDEXES YIELD name, state, options WHERE name = $name
       RETURN state, options.indexConfig['fulltext.analyzer'] AS analyzer`,
      { name: NAME_SEARCH_INDEX },
    );
    expect(index).toEqual({ state: 'ONLINE', analyzer: 'cjk' });
  });

  it('makes document numbers unique', async () => {
    const rows = await database.read(
      `SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE 'Document' IN labelsOrTypes RETURN properties, type`,
    );
    expect(rows).toContainEqual({ properties: ['number'], type: 'UNIQUENESS' });
  });

  async function search(text: string) {
    return database.read(
      // Other test files load other cities into the same database: rank within 资阳市.
      `CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score
       WHERE EXISTS { (node)-[:IN_JURISDICTION]->(:Jurisdiction {name: '资阳市'}) }
       RETURN labels(node)[0] AS label, node.name AS name ORDER BY score DESC LIMIT 3`,
      { index: NAME_SEARCH_INDEX, text },
    );
  }

  it('finds 民盟资阳市委会 first for 民盟', async () => {
    expect((await search('民盟'))[0]).toEqual({ label: 'Counterpart', name: '民盟资阳市委会' });
  });

  it('finds 市发展改革委 first for 发改委, through its alias 市发改委', async () => {
    expect((await search('发改委'))[0]).toEqual({ label: 'Department', name: '市发展改革委' });
  });

  it('finds a leader by name and a counterpart by its official full name', async () => {
    expect((await search('李东'))[0]).toEqual({ label: 'Leader', name: '李东' });
    expect((await search('中国民主同盟资阳市委员会'))[0]).toEqual({ label: 'Counterpart', name: '民盟资阳市委会' });
  });
});
