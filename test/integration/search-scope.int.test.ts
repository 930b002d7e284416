import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, DbHits, ensureSchema, searchScopeToken } from '../../src/db/index.ts';
import { searchByName, type SearchHit } from '../../src/graphql/search-resolver.ts';
import { loadNotice, parseNotice } from '../../src/notice/index.ts';
import { importRawRecords, rawRecordsFromObject, removeDataset } from '../../src/records/index.ts';
import { filteredSearch, hitSet } from '../support/filtered-search.ts';
import { openTestDatabase } from '../support/test-database.ts';

/** Chinese characters only (the notice parser reads names as Chinese text), unique per run. */
const chineseTag = () =>
  Array.from({ length: 4 }, () => '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[Math.floor(Math.random() * 20)]).join('');
const tag = chineseTag();
const city = `${tag}市`;
const county = `${tag}县`;
const neighbour = `${chineseTag()}县`;
const crowded = `${chineseTag()}县`;
const datasets = [`search-scope-a-${tag}`, `search-scope-b-${tag}`];

/** A county's liaison notice, within the city, with departments named as given. */
function notice(name: string, departments: [string, string]): string {
  const stem = name.slice(0, -1);
  return `${name}人民政府办公室
关于进一步加强同民主党派对口联系的通知
${stem}府办〔2023〕1号
各乡镇人民政府，县政府各部门：
附件1
县政府领导联系民主党派安排
县长张东同志联系民盟${name}总支
附件2
县级部门联系民主党派安排
${departments[0]}联系民盟${name}总支
${departments[1]}联系县工商联
${name}人民政府办公室
2023年1月5日`;
}

let database: Database;

const search = (text: string, jurisdiction: string): Promise<SearchHit[]> => searchByName(database, text, { jurisdiction, limit: 100 });
const names = (hits: SearchHit[]) => hits.map((hit) => hit.name);
const documentNumber = `${tag}财〔2023〕7号`;

/** A document of a county's records, written through the records import. */
const documentRecords = (title: string) => ({
  documents: [
    { number: documentNumber, title, issuer: '县政府办公室', issuedAt: '2023-03-01', kind: '政策性文件', recipients: ['县工商联'] },
  ],
});

async function removeJurisdiction(name: string): Promise<void> {
  await database.write(
    `MATCH (jurisdiction:Jurisdiction {name: $name})
     OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(node)
     DETACH DELETE node, jurisdiction`,
    { name },
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await loadNotice(database, parseNotice(notice(county, ['县财政局', '县发展改革局'])), { within: city });
  await loadNotice(database, parseNotice(notice(neighbour, ['县财政金融局', '县商务局'])), { within: city });
});

afterAll(async () => {
  for (const dataset of datasets) await removeDataset(database, dataset).catch(() => undefined);
  await database.write('MATCH (document:Document) WHERE document.number STARTS WITH $tag DETACH DELETE document', { tag });
  for (const name of [county, neighbour, crowded, city]) await removeJurisdiction(name);
  await database.close();
});

describe('search within a jurisdiction', () => {
  it('gives every node the notice loads the token of its jurisdiction', async () => {
    const rows = await database.read(
      `MATCH (:Jurisdiction {name: $county})<-[:IN_JURISDICTION]-(node)
       RETURN DISTINCT labels(node)[0] AS label, node.searchScopes AS scopes ORDER BY label`,
      { county },
    );
    expect(rows.map((row) => row.label)).toEqual(['Counterpart', 'Department', 'Document', 'Leader', 'Office']);
    for (const row of rows) expect(row.scopes).toEqual([searchScopeToken(county)]);
  });

  it('returns the county’s own department and not a name of the same words in another county', async () => {
    expect(names(await search('财政', county))).toEqual(['县财政局']);
    expect(names(await search('财政', neighbour))).toEqual(['县财政金融局']);
  });

  it('does not return a county’s departments from a search within its city, as before scope tokens', async () => {
    expect(names(await search('财政', city))).toEqual([]);
    expect(names(await search(city, city))).toEqual([city]);
  });

  it('costs the same database hits when another county full of the same words is added', async () => {
    const hitsOf = async () => {
      const hits = new DbHits();
      await searchByName(database.profiling(hits), '财政', { jurisdiction: county });
      return hits.total;
    };
    const before = await hitsOf();
    await loadNotice(database, parseNotice(notice(crowded, ['县财政局', '县财政服务局'])), { within: city });
    await database.write(
      `MATCH (jurisdiction:Jurisdiction {name: $crowded})
       UNWIND range(1, 500) AS i
       CREATE (:Department {key: $crowded + '/县财政局' + i, name: '县财政局' + i, searchScopes: jurisdiction.searchScopes})
                -[:IN_JURISDICTION]->(jurisdiction)`,
      { crowded },
    );
    expect(names(await search('财政', crowded))).toHaveLength(100);
    expect(await hitsOf()).toBe(before);
    expect(names(await search('财政', county))).toEqual(['县财政局']);
  });

  it('finds a document renamed and moved to another county under its new title and jurisdiction only', async () => {
    const first = await importRawRecords(database, rawRecordsFromObject(documentRecords('预算报告')), 'a.json', {
      jurisdiction: county,
      dataset: datasets[0] as string,
    });
    expect(first.errors).toEqual([]);
    // A document is named by its number.
    expect(names(await search('预算', county))).toEqual([documentNumber]);

    const second = await importRawRecords(database, rawRecordsFromObject(documentRecords('决算报告')), 'b.json', {
      jurisdiction: neighbour,
      dataset: datasets[1] as string,
    });
    expect(second.errors).toEqual([]);
    await removeDataset(database, datasets[0] as string);
    const [document] = await database.read(
      `MATCH (document:Document {number: $number}) RETURN [(document)-[:IN_JURISDICTION]->(j) | j.name] AS jurisdictions, document.searchScopes AS scopes`,
      { number: documentNumber },
    );
    expect(document?.jurisdictions).toEqual([neighbour]);
    expect(document?.scopes).toContain(searchScopeToken(neighbour));
    expect(names(await search('决算', neighbour))).toEqual([documentNumber]);
    expect(names(await search('决算', county))).toEqual([]);
    expect(names(await search('预算', county))).toEqual([]);
  });

  it('answers as the filter over every jurisdiction’s hits does, scores included, with tokens, without them and once ensureSchema has given them', async () => {
    const questions = ['财政', '民盟', '县政府', '张东', '发展 改革', county];
    const ask = async () => Promise.all(questions.map((text) => search(text, county)));
    const filtered = async () => Promise.all(questions.map((text) => filteredSearch(database, text, county, 100)));
    const withTokens = await ask();
    expect(withTokens.flat().length).toBeGreaterThan(5);
    expect(withTokens).toEqual(await filtered());

    await database.write(
      `MATCH (jurisdiction:Jurisdiction {name: $county})
       OPTIONAL MATCH (jurisdiction)<-[:IN_JURISDICTION]-(node)
       REMOVE jurisdiction.searchToken, jurisdiction.searchScopes, node.searchScopes`,
      { county },
    );
    const withoutTokens = await ask();
    expect(withoutTokens).toEqual(await filtered());
    // Removing the tokens is a write: the same hits, though near-equal scores may swap places.
    expect(withoutTokens.map(hitSet)).toEqual(withTokens.map(hitSet));

    await ensureSchema(database);
    const [restored] = await database.read(
      `MATCH (jurisdiction:Jurisdiction {name: $county})
       RETURN jurisdiction.searchToken AS token, COLLECT { MATCH (jurisdiction)<-[:IN_JURISDICTION]-(node) RETURN node.searchScopes } AS scopes`,
      { county },
    );
    expect(restored?.token).toBe(searchScopeToken(county));
    expect(new Set(((restored?.scopes ?? []) as unknown[]).map((scopes) => JSON.stringify(scopes)))).toEqual(
      new Set([JSON.stringify([searchScopeToken(county)])]),
    );
    const backfilled = await ask();
    expect(backfilled).toEqual(await filtered());
    expect(backfilled.map(hitSet)).toEqual(withTokens.map(hitSet));
  });
});
