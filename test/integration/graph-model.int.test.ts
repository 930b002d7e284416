import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, ensureSchema } from '../../src/db/index.ts';
import { loadSeed } from '../../src/notice/index.ts';
import { openTestDatabase } from '../support/test-database.ts';

// @neo4j/graphql builds its schema with graphql's CommonJS build: execute with the same build.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const projectRoot = join(import.meta.dirname, '..', '..');
const schemaDirectory = join(projectRoot, 'schema');
const typeDefs = readdirSync(schemaDirectory)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => readFileSync(join(schemaDirectory, name), 'utf8'))
  .join('\n');

let database: Database;
let schema: GraphQLSchema;

async function query(source: string): Promise<ExecutionResult['data']> {
  const result = await graphql({
    schema,
    source,
    contextValue: { executionContext: database.driver, jwt: { sub: 'test', roles: ['viewer'] } },
  });
  expect(result.errors).toBeUndefined();
  return result.data;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await ensureSchema(database);
  await loadSeed(database, projectRoot);
  schema = await new Neo4jGraphQL({ typeDefs, driver: database.driver }).getSchema();
});

afterAll(async () => {
  await database.close();
});

describe('the graph model read through the generated API after seeding', () => {
  it('serves a leader with the Liaison properties of its liaisons', async () => {
    const data = await query(`{
      leaders(where: { key: { eq: "资阳市/李东" } }) {
        name
        title
        liaisonsConnection { edges { node { name party kind } properties { kind validFrom validTo sourceDocument sourceLine sourceText } } }
      }
    }`);
    expect(data).toEqual({
      leaders: [
        {
          name: '李东',
          title: null,
          liaisonsConnection: {
            edges: [
              {
                node: { name: '民盟资阳市委会', party: '民盟', kind: 'PARTY' },
                properties: {
                  kind: 'FORMAL',
                  validFrom: '2022-11-02',
                  validTo: null,
                  sourceDocument: '资府办函〔2022〕65号',
                  sourceLine: 53,
                  sourceText: '李  东同志负责联系民盟资阳市委会',
                },
              },
            ],
          },
        },
      ],
    });
  });

  it('serves a counterpart with its liaison departments and a department with its aliases', async () => {
    const data = (await query(`{
      counterparts(where: { key: { eq: "资阳市/市工商联" } }) { name fullName liaisonLeaders { name } liaisonDepartments(sort: [{ name: ASC }]) { name } }
      departments(where: { aliases: { includes: "市发改委" }, key: { startsWith: "资阳市/" } }) { name fullName }
    }`)) as Record<string, unknown>;
    expect(data.counterparts).toEqual([
      {
        name: '市工商联',
        fullName: '资阳市工商业联合会',
        liaisonLeaders: expect.arrayContaining([{ name: '张宇星' }, { name: '王善平' }]),
        liaisonDepartments: [{ name: '市市场监管局' }, { name: '市经济和信息化局' }],
      },
    ]);
    expect(data.departments).toEqual([{ name: '市发展改革委', fullName: '资阳市发展和改革委员会' }]);
  });

  it('serves the document with its issuer, what it supersedes and how many liaisons it states', async () => {
    const data = await query(`{
      documents(where: { number: { eq: "资府办函〔2022〕65号" } }) {
        number title issuer issuedAt kind liaisonCount
        issuedBy { ... on Office { name } }
        supersedes { number issuer supersededBy { number } }
      }
    }`);
    expect(data).toEqual({
      documents: [
        {
          number: '资府办函〔2022〕65号',
          title: '关于在政府工作中进一步加强同民主党派对口联系的通知',
          issuer: '资阳市人民政府办公室',
          issuedAt: '2022-11-02',
          kind: 'NOTICE',
          liaisonCount: 42,
          issuedBy: [{ name: '市政府办公室' }],
          supersedes: [{ number: '资府发〔2017〕16号', issuer: '资阳市人民政府', supersededBy: [{ number: '资府办函〔2022〕65号' }] }],
        },
      ],
    });
  });

  it("computes a leader title in force today and a person's parties from their roles", async () => {
    const jurisdiction = `模型测试市${Date.now()}`;
    await database.write(
      `CREATE (j:Jurisdiction {name: $jurisdiction, aliases: []})
       CREATE (leader:Leader {key: $jurisdiction + '/甲', name: '甲', aliases: []})-[:IN_JURISDICTION]->(j)
       CREATE (office:Office {key: $jurisdiction + '/市政府', name: '市政府', aliases: []})-[:IN_JURISDICTION]->(j)
       CREATE (party:Counterpart {key: $jurisdiction + '/民盟市委', name: '民盟市委', party: '民盟', kind: 'PARTY', aliases: []})-[:IN_JURISDICTION]->(j)
       CREATE (department:Department {key: $jurisdiction + '/市商务局', name: '市商务局', aliases: []})-[:IN_JURISDICTION]->(j)
       CREATE (leader)-[:HOLDS]->(:Role {key: $jurisdiction + '/甲/VICE_MAYOR', kind: 'VICE_MAYOR', validFrom: date('2020-01-01'), validTo: date('2021-12-31')})-[:AT]->(office)
       CREATE (leader)-[:HOLDS]->(:Role {key: $jurisdiction + '/甲/MAYOR', kind: 'MAYOR', validFrom: date('2022-01-01')})-[:AT]->(office)
       CREATE (person:Person {key: $jurisdiction + '/市商务局/乙', name: '乙'})-[:IN_JURISDICTION]->(j)
       CREATE (person)-[:HOLDS]->(supervisor:Role {key: $jurisdiction + '/乙/SPECIAL_SUPERVISOR', kind: 'SPECIAL_SUPERVISOR', validFrom: date('2023-01-01')})-[:AT]->(department)
       CREATE (supervisor)-[:OF_PARTY]->(party)`,
      { jurisdiction },
    );
    try {
      const data = await query(`{
        leaders(where: { key: { eq: "${jurisdiction}/甲" } }) { name title }
        people(where: { key: { eq: "${jurisdiction}/市商务局/乙" } }) {
          name parties { name }
          roles { kind organisation { ... on Department { name } } party { party } }
        }
      }`);
      expect(data).toEqual({
        leaders: [{ name: '甲', title: 'MAYOR' }],
        people: [
          {
            name: '乙',
            parties: [{ name: '民盟市委' }],
            roles: [{ kind: 'SPECIAL_SUPERVISOR', organisation: [{ name: '市商务局' }], party: [{ party: '民盟' }] }],
          },
        ],
      });
    } finally {
      await database.write(
        `MATCH (j:Jurisdiction {name: $jurisdiction}) OPTIONAL MATCH (node)-[:IN_JURISDICTION]->(j)
         OPTIONAL MATCH (node)-[:HOLDS]->(role:Role) DETACH DELETE role, node, j`,
        { jurisdiction },
      );
    }
  });
});
