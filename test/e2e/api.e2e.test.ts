import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartyLiaisonsDocument, SearchDocument } from '../../schema/generated/client/graphql.ts';
import { graphql } from '../generated/gql.ts';
import { dataOf, postGraphQL, startSeededApi, type SeededApi } from './api-test-server.ts';

const NOTICE = '资府办函〔2022〕65号';

const SeedLeaders = graphql(`
  query SeedLeaders($document: String!) {
    leaders(
      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }
      sort: [{ name: ASC }]
    ) {
      name
      title
      liaisons { name party kind fullName }
      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document } } }) {
        edges {
          properties { kind validFrom validTo sourceDocument sourceLine sourceText }
          node { name party kind }
        }
      }
    }
  }
`);

const SeedDepartments = graphql(`
  query SeedDepartments($document: String!) {
    departments(
      where: { liaisonsConnection: { some: { edge: { sourceDocument: { eq: $document } } } } }
      sort: [{ name: ASC }]
    ) {
      name
      fullName
      aliases
      liaisons { name }
      liaisonsConnection(where: { edge: { sourceDocument: { eq: $document }, kind: { eq: FORMAL } } }) {
        edges {
          properties { kind validFrom sourceLine sourceText }
          node { name party }
        }
      }
    }
  }
`);

const SeedDocument = graphql(`
  query SeedDocument($document: String!) {
    documents(where: { number: { eq: $document } }) { number title issuer issuedAt }
    counterparts(sort: [{ name: ASC }]) { name party kind fullName }
  }
`);

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api?.stop();
});

describe('the contract names of the API', () => {
  it('lists the notice leaders with their liaisons and the edge properties of each liaison', async () => {
    const { leaders } = dataOf(await postGraphQL(api.url, SeedLeaders, { document: NOTICE }));
    expect(leaders.map((leader) => leader.name)).toEqual(
      expect.arrayContaining(['王善平', '李东', '张宇星', '张建红', '罗道坤', '郑小清', '贾发扬', '林显奎']),
    );
    const liDong = leaders.find((leader) => leader.name === '李东');
    expect(liDong?.liaisons.map((counterpart) => counterpart.name)).toContain('民盟资阳市委会');
    expect(liDong?.liaisonsConnection.edges).toContainEqual({
      properties: {
        kind: 'FORMAL',
        validFrom: '2022-11-02',
        validTo: null,
        sourceDocument: NOTICE,
        sourceLine: 53,
        sourceText: expect.stringContaining('民盟资阳市委会'),
      },
      node: { name: '民盟资阳市委会', party: '民盟', kind: 'PARTY' },
    });
    const luoDaokun = leaders.find((leader) => leader.name === '罗道坤');
    expect(luoDaokun?.liaisonsConnection.edges.map((edge) => [edge.properties.kind, edge.properties.sourceLine, edge.node.party])).toEqual([
      ['FORMAL', 59, '农工党'],
    ]);
    const formal = leaders.flatMap((leader) => leader.liaisonsConnection.edges).filter((edge) => edge.properties.kind === 'FORMAL');
    expect(formal).toHaveLength(7);
    const wangShanping = leaders.find((leader) => leader.name === '王善平');
    expect(new Set(wangShanping?.liaisonsConnection.edges.map((edge) => edge.properties.kind))).toEqual(new Set(['GENERAL']));
  });

  it('lists the notice departments with full names, aliases and their formal liaisons by line', async () => {
    const { departments } = dataOf(await postGraphQL(api.url, SeedDepartments, { document: NOTICE }));
    expect(departments).toHaveLength(15);
    expect(departments.flatMap((department) => department.liaisonsConnection.edges)).toHaveLength(28);
    const development = departments.find((department) => department.name === '市发展改革委');
    expect(development?.fullName).toBe('资阳市发展和改革委员会');
    expect(development?.aliases).toContain('市发改委');
    expect(development?.liaisonsConnection.edges.map((edge) => [edge.node.party, edge.properties.sourceLine]).sort()).toEqual([
      ['九三学社', 70],
      ['民盟', 70],
    ]);
  });

  it('serves the document and the counterparts under their contract names', async () => {
    const { documents, counterparts } = dataOf(await postGraphQL(api.url, SeedDocument, { document: NOTICE }));
    expect(documents).toEqual([{ number: NOTICE, title: expect.any(String), issuer: '资阳市人民政府办公室', issuedAt: '2022-11-02' }]);
    expect(counterparts).toContainEqual({ name: '民盟资阳市委会', party: '民盟', kind: 'PARTY', fullName: '中国民主同盟资阳市委员会' });
    expect(counterparts).toContainEqual(expect.objectContaining({ name: '市工商联', party: '工商联', kind: 'FEDERATION' }));
  });

  it("answers the IDE's example query for a party's liaisons", async () => {
    const { counterparts } = dataOf(await postGraphQL(api.url, PartyLiaisonsDocument, { party: '民盟' }));
    // Other test files load other cities, some with a 民盟资阳市委会 of their own: take 资阳市's.
    const league = counterparts.find((counterpart) => counterpart.key === '资阳市/民盟资阳市委会');
    const fromNotice = league?.liaisonDepartmentsConnection.edges.filter((edge) => edge.properties.sourceDocument === NOTICE);
    expect(fromNotice).toHaveLength(6);
    expect(league?.liaisonLeadersConnection.edges.map((edge) => edge.node.name)).toContain('李东');
  });
});

describe('search', () => {
  // Other test files load other cities into the same database: rank within 资阳市.
  const ziyang = '资阳市';

  it('ranks 民盟资阳市委会 first for 民盟', async () => {
    const { search } = dataOf(await postGraphQL(api.url, SearchDocument, { text: '民盟', jurisdiction: ziyang }));
    expect(search[0]).toMatchObject({ kind: 'Counterpart', name: '民盟资阳市委会' });
  });

  it('ranks 市发展改革委 first for the short form 发改委', async () => {
    const { search } = dataOf(await postGraphQL(api.url, SearchDocument, { text: '发改委', jurisdiction: ziyang }));
    expect(search[0]).toMatchObject({ kind: 'Department', name: '市发展改革委' });
    expect(search.map((hit) => hit.score)).toEqual([...search.map((hit) => hit.score)].sort((left, right) => right - left));
  });

  it('treats Lucene syntax in the text literally instead of failing', async () => {
    const response = await postGraphQL(api.url, SearchDocument, { text: '民盟 AND (" OR *:~', jurisdiction: ziyang });
    expect(response.errors).toBeUndefined();
    expect(dataOf(response).search[0]?.name).toBe('民盟资阳市委会');
  });

  it('finds other cities’ counterparts too when no jurisdiction is given, and none of them within 资阳市', async () => {
    const everywhere = dataOf(await postGraphQL(api.url, SearchDocument, { text: '民盟', limit: 100 })).search;
    const inZiyang = dataOf(await postGraphQL(api.url, SearchDocument, { text: '民盟', jurisdiction: ziyang, limit: 100 })).search;
    expect(everywhere.map((hit) => hit.name)).toContain('民盟资阳市委会');
    expect(inZiyang.length).toBeLessThanOrEqual(everywhere.length);
    expect(inZiyang.filter((hit) => hit.kind === 'Counterpart').map((hit) => hit.name)).toEqual(['民盟资阳市委会']);
  });

  it('refuses a limit outside 1..100 with BAD_USER_INPUT', async () => {
    const response = await postGraphQL(api.url, SearchDocument, { text: '民盟', limit: 1000 });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
