import { type Database, type Row, NAME_SEARCH_INDEX } from '../src/db/index.ts';
import { readAnalystOperation, SEARCH_CYPHER, toSearchQuery } from '../src/graphql/index.ts';
import type { BenchmarkSection } from './harness.ts';

/** Runs a GraphQL query against the API and returns its `data` (fails on errors). */
export type GraphQLRunner = (query: string, variables?: Record<string, unknown>) => Promise<Record<string, unknown>>;

function listLength(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** Items of nested lists: `data[root][*][field].edges` summed (how many liaisons an answer holds). */
function nestedEdges(data: Record<string, unknown>, root: string, fields: string[]): number {
  const items = (data[root] ?? []) as Record<string, { edges?: unknown[] } | undefined>[];
  return items.reduce((sum, item) => sum + fields.reduce((inner, field) => inner + listLength(item[field]?.edges), 0), 0);
}

function rowLists(rows: Row[], fields: string[]): number {
  return rows.reduce((sum, row) => sum + fields.reduce((inner, field) => inner + listLength(row[field]), 0), 0);
}

const LEADER_TITLE = `COLLECT { MATCH (LEADER)-[:HOLDS]->(role:Role)
  WHERE role.kind IN ['MAYOR', 'EXECUTIVE_VICE_MAYOR', 'VICE_MAYOR']
    AND (role.validFrom IS NULL OR role.validFrom <= date()) AND (role.validTo IS NULL OR role.validTo >= date())
  WITH role ORDER BY role.validFrom DESC LIMIT 1 RETURN role.kind }[0]`;

/**
 * The analysts' questions, each asked through the API with the operation the IDE and the front ends
 * use (src/graphql/operations/) and in raw Cypher selecting the same stored fields, so both sides
 * answer exactly the same question and the ratio is the API's own cost.
 */
export function analystBenchmarkSection(runGraphQL: GraphQLRunner, database: Database): BenchmarkSection {
  const partyLiaisons = readAnalystOperation('party-liaisons');
  const withoutFormal = readAnalystOperation('departments-without-formal-liaison');
  const matrix = readAnalystOperation('liaison-matrix');
  const leaderCounterparts = readAnalystOperation('leader-counterparts');
  const search = readAnalystOperation('search');
  return {
    name: 'analyst queries',
    cases: [
      {
        name: "a party's liaisons (民盟)",
        graphql: async () =>
          nestedEdges(await runGraphQL(partyLiaisons, { party: '民盟' }), 'counterparts', [
            'liaisonLeadersConnection',
            'liaisonDepartmentsConnection',
          ]),
        cypher: async () =>
          rowLists(
            await database.read(
              `MATCH (c:Counterpart {party: $party})
               WITH c ORDER BY c.key
               RETURN c.key AS key, c.name AS name, c.fullName AS fullName,
                 COLLECT { MATCH (l:Leader)-[r:LIAISES_WITH]->(c) WITH l, r ORDER BY l.name
                   RETURN {kind: r.kind, validFrom: r.validFrom, validTo: r.validTo, sourceDocument: r.sourceDocument,
                           sourceLine: r.sourceLine, name: l.name, title: ${LEADER_TITLE.replaceAll('LEADER', 'l')}} } AS leaders,
                 COLLECT { MATCH (d:Department)-[r:LIAISES_WITH]->(c) WITH d, r ORDER BY d.name
                   RETURN {kind: r.kind, validFrom: r.validFrom, validTo: r.validTo, sourceDocument: r.sourceDocument,
                           sourceLine: r.sourceLine, sourceText: r.sourceText, name: d.name, fullName: d.fullName} } AS departments`,
              { party: '民盟' },
            ),
            ['leaders', 'departments'],
          ),
      },
      {
        name: 'departments without a formal liaison',
        graphql: async () => listLength((await runGraphQL(withoutFormal)).departments),
        cypher: async () =>
          (
            await database.read(
              `MATCH (d:Department) WHERE NOT EXISTS { (d)-[:LIAISES_WITH {kind: 'FORMAL'}]->(:Counterpart) }
               RETURN d.name AS name, d.fullName AS fullName ORDER BY name`,
            )
          ).length,
      },
      {
        name: 'the liaison matrix (departments × counterparts)',
        graphql: async () => nestedEdges(await runGraphQL(matrix), 'departments', ['liaisonsConnection']),
        cypher: async () =>
          rowLists(
            await database.read(
              `MATCH (d:Department)
               RETURN d.name AS name,
                 COLLECT { MATCH (d)-[r:LIAISES_WITH {kind: 'FORMAL'}]->(c:Counterpart) WITH c, r ORDER BY c.name
                   RETURN {sourceLine: r.sourceLine, name: c.name, party: c.party} } AS liaisons
               ORDER BY name`,
            ),
            ['liaisons'],
          ),
      },
      {
        name: "a leader's counterparts (王善平)",
        graphql: async () => nestedEdges(await runGraphQL(leaderCounterparts, { name: '王善平' }), 'leaders', ['liaisonsConnection']),
        cypher: async () =>
          rowLists(
            await database.read(
              `MATCH (l:Leader {name: $name})
               RETURN l.name AS name, ${LEADER_TITLE.replaceAll('LEADER', 'l')} AS title,
                 COLLECT { MATCH (l)-[r:LIAISES_WITH]->(c:Counterpart) WITH c, r ORDER BY c.name
                   RETURN {kind: r.kind, validFrom: r.validFrom, sourceLine: r.sourceLine, sourceText: r.sourceText,
                           name: c.name, party: c.party, counterpartKind: c.kind} } AS liaisons`,
              { name: '王善平' },
            ),
            ['liaisons'],
          ),
      },
      {
        name: 'search (发改委)',
        graphql: async () => listLength((await runGraphQL(search, { text: '发改委', limit: 10 })).search),
        cypher: async () =>
          (await database.read(SEARCH_CYPHER, { index: NAME_SEARCH_INDEX, query: toSearchQuery('发改委'), limit: 10, jurisdiction: null }))
            .length,
      },
    ],
  };
}
