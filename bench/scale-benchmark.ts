import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../src/config/index.ts';
import { Database, DbHits, ensureSchema } from '../src/db/index.ts';
import { generateWorld, jurisdictionFiles, loadWorld, type JurisdictionDesign } from '../src/generate/index.ts';
import { searchByName } from '../src/graphql/search-resolver.ts';
import { findFreePort } from '../src/neo4j/index.ts';
import { arrangementChanges, counterpartYear, liaisonMatrix } from '../src/questions/index.ts';
import { coverageReport } from '../src/review/index.ts';
import type { GraphQLRunner } from './analyst-benchmarks.ts';
import { type ApiProcess, startApiProcess } from './api-process.ts';
import { type BenchmarkCase, type CaseResult, runCase } from './harness.ts';

export interface ScaleOptions {
  /** The smaller graph's size in nodes (S); the larger is 10 × S. */
  nodes: number;
  iterations: number;
  warmup: number;
}

export interface ScaleResult {
  city: string;
  county: string;
  /** The database hits of one search within the city and one within the county, at each size. */
  searchDbHits: { small: { city: number; county: number }; large: { city: number; county: number } };
  nodes: { small: number; large: number };
  loadSeconds: { small: number; large: number };
  small: CaseResult[];
  large: CaseResult[];
  /** The API process's largest RSS, in MB, sampled while the questions ran and the larger graph loaded. */
  apiRssMb: number;
}

/** Nodes a jurisdiction-year adds, estimated from its design and records (to split the world into S and 10 × S). */
function estimatedNodes(design: JurisdictionDesign): number {
  const records = jurisdictionFiles(design).years.map((year) => year.records);
  const rows = records.reduce((sum, table) => sum + 2 * table.people.length + table.activities.length + table.documents.length, 0);
  return design.departments.length + design.counterparts.length + design.leaders.length + 8 + rows;
}

async function countNodes(database: Database): Promise<number> {
  const [row] = await database.read('MATCH (node) RETURN count(node) AS nodes');
  return Number(row?.nodes ?? 0);
}

/** The city-scoped questions, each through the API and in raw Cypher (our own functions, no GraphQL). */
function scaleCases(graphql: GraphQLRunner, database: Database, city: string, county: string, counterpart: string): BenchmarkCase[] {
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const year = 2023;
  return [
    {
      name: `review of ${city} ${year}`,
      graphql: async () =>
        count(
          (
            (
              await graphql(`query ($j: String!) { coverageReport(year: ${year}, jurisdiction: $j) { rules { id gaps { subject } } } }`, {
                j: city,
              })
            ).coverageReport as { rules: unknown[] }
          ).rules,
        ),
      cypher: async () => (await coverageReport(database, { year, jurisdiction: city })).rules.length,
    },
    {
      name: 'liaison matrix',
      graphql: async () =>
        count(
          (
            (
              await graphql('query ($j: String!) { liaisonMatrix(jurisdiction: $j, asOf: "2023-06-30") { cells { department } } }', {
                j: city,
              })
            ).liaisonMatrix as { cells: unknown[] }
          ).cells,
        ),
      cypher: async () => (await liaisonMatrix(database, { jurisdiction: city, asOf: '2023-06-30' })).cells.length,
    },
    {
      name: 'departments without a formal liaison (from the jurisdiction)',
      graphql: async () => {
        const data = await graphql(
          'query ($j: String!) { jurisdictions(where: { name: { eq: $j } }) { departments(where: { liaisonsConnection: { none: { edge: { kind: { eq: FORMAL } } } } }) { name } } }',
          { j: city },
        );
        return count((data.jurisdictions as Array<{ departments: unknown[] }>)[0]?.departments);
      },
      cypher: async () =>
        (
          await database.read(
            `MATCH (j:Jurisdiction {name: $j}) CALL (j) { MATCH (j)<-[:IN_JURISDICTION]-(d) RETURN d }
             WITH d WHERE d:Department AND NOT EXISTS { (d)-[l:LIAISES_WITH]->() WHERE l.kind = 'FORMAL' } RETURN d.name`,
            { j: city },
          )
        ).length,
    },
    {
      name: 'departments without a formal liaison (filtered by jurisdiction)',
      graphql: async () =>
        count(
          (
            await graphql(
              'query ($j: String!) { departments(where: { jurisdiction: { some: { name: { eq: $j } } }, liaisonsConnection: { none: { edge: { kind: { eq: FORMAL } } } } }) { name } }',
              { j: city },
            )
          ).departments,
        ),
      cypher: async () =>
        (
          await database.read(
            `MATCH (j:Jurisdiction {name: $j}) CALL (j) { MATCH (j)<-[:IN_JURISDICTION]-(d) RETURN d }
             WITH d WHERE d:Department AND NOT EXISTS { (d)-[l:LIAISES_WITH]->() WHERE l.kind = 'FORMAL' } RETURN d.name`,
            { j: city },
          )
        ).length,
    },
    {
      name: `${counterpart}'s year`,
      graphql: async () =>
        count(
          (
            (
              await graphql(`query ($c: String!) { counterpartYear(name: $c, year: ${year}) { liaisonDepartments { name } } }`, {
                c: counterpart,
              })
            ).counterpartYear as { liaisonDepartments: unknown[] }
          ).liaisonDepartments,
        ),
      cypher: async () => (await counterpartYear(database, counterpart, year)).liaisonDepartments.length,
    },
    {
      name: 'arrangement changes',
      graphql: async () =>
        count(
          (
            (
              await graphql(
                'query ($j: String!) { arrangementChanges(jurisdiction: $j, from: "2020-01-01", to: "2023-12-31") { added { source } } }',
                { j: city },
              )
            ).arrangementChanges as { added: unknown[] }
          ).added,
        ),
      cypher: async () => (await arrangementChanges(database, { jurisdiction: city, from: '2020-01-01', to: '2023-12-31' })).added.length,
    },
    {
      name: 'search within the city',
      graphql: async () =>
        count((await graphql('query ($j: String!) { search(text: "财政", jurisdiction: $j) { name } }', { j: city })).search),
      cypher: async () => (await searchByName(database, '财政', { jurisdiction: city })).length,
    },
    {
      name: 'search within a county',
      graphql: async () =>
        count((await graphql('query ($j: String!) { search(text: "财政", jurisdiction: $j) { name } }', { j: county })).search),
      cypher: async () => (await searchByName(database, '财政', { jurisdiction: county })).length,
    },
  ];
}

/** What one search within the city and one within the county cost Neo4j, in database hits (replanned). */
async function searchDbHits(database: Database, city: string, county: string): Promise<{ city: number; county: number }> {
  const hitsOf = async (jurisdiction: string) => {
    const hits = new DbHits();
    await searchByName(database.profiling(hits), '财政', { jurisdiction });
    return hits.total;
  };
  return { city: await hitsOf(city), county: await hitsOf(county) };
}

/**
 * The same city-scoped questions on a generated province of S nodes and, after loading nine times
 * as much again (the counties under its cities), of 10 × S: medians at both sizes and their ratio,
 * and GraphQL against raw Cypher on the larger graph. Runs on its own embedded Neo4j in a temporary
 * data folder (removed after), never on the user's graph.
 */
export async function scaleBenchmark(
  loaded: Config,
  options: ScaleOptions,
  log: (line: string) => void,
  environment: NodeJS.ProcessEnv,
): Promise<ScaleResult> {
  if (loaded.neo4j.uri !== undefined)
    throw new Error('the scale benchmark builds its own graph in a temporary embedded Neo4j: unset NEO4J_URI');
  const dataDir = await mkdtemp(join(tmpdir(), 'liaison-scale-'));
  // The page cache is sized for the graph it will hold (the embedded default sizes it from the store
  // at start, which is empty here), unless NEO4J_PAGE_CACHE_SIZE says otherwise.
  const base: Config = {
    ...loaded,
    neo4j: { ...loaded.neo4j, dataDir, boltPort: await findFreePort(), pageCacheSize: loaded.neo4j.pageCacheSize ?? '2g' },
  };
  let database: Database | undefined;
  let api: ApiProcess | undefined;
  try {
    database = await Database.open(base);
    await ensureSchema(database);
    const graphql: GraphQLRunner = async (query, variables = {}) => {
      const response = await fetch(api?.url ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors !== undefined || body.data === undefined) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    };

    // One world of about 12 × S estimated nodes, in tree order (the province, then each city followed
    // by its counties): its first part makes S, and as much of the rest as makes 10 × S is added after.
    const probe = generateWorld({ jurisdictions: 21, years: [2023], seed: 1 });
    const perJurisdiction = probe.designs.reduce((sum, design) => sum + estimatedNodes(design), 0) / probe.designs.length;
    const world = generateWorld({ jurisdictions: Math.max(21, Math.ceil((12 * options.nodes) / perJurisdiction)), years: [2023], seed: 1 });
    const [province, ...rest] = world.designs;
    const ordered = [
      ...(province === undefined ? [] : [province]),
      ...rest.filter((design) => design.level === '市').flatMap((city) => [city, ...rest.filter((design) => design.parent === city.name)]),
    ];
    const prefix = (nodes: number) => {
      let estimate = 0;
      return ordered.filter((design) => {
        estimate += estimatedNodes(design);
        return estimate <= nodes || design === ordered[0] || design === ordered[1];
      });
    };
    const small = prefix(options.nodes);
    const city = ordered[1]?.name ?? '';
    // A county of the city that the smaller graph holds already, so that both sizes ask about it.
    const county = small.find((design) => design.parent === city)?.name ?? '';
    const counterpart = ordered[1]?.counterparts[0]?.name ?? '';
    const progress = (label: string) => (done: number, total: number) => {
      if (done % 100 === 0 || done === total) log(`${label}: ${done}/${total} jurisdictions`);
    };

    let started = performance.now();
    await loadWorld(database, world, progress('S'), { designs: small });
    const smallSeconds = (performance.now() - started) / 1000;
    const smallNodes = await countNodes(database);
    // The estimate, corrected by what the first part really made, picks the part that brings the graph to 10 × S.
    const correction = smallNodes / small.reduce((sum, design) => sum + estimatedNodes(design), 0);
    const large = prefix((10 * smallNodes) / correction).filter((design) => !small.includes(design));
    log(`S: ${smallNodes} nodes in ${smallSeconds.toFixed(0)} s; asking about ${city}`);
    api = await startApiProcess(dataDir, base.neo4j.boltPort, environment);
    let rss = 0;
    const sampler = setInterval(() => {
      void api?.rssMb().then((value) => {
        rss = Math.max(rss, value);
      });
    }, 250);
    try {
      const cases = scaleCases(graphql, database, city, county, counterpart);
      // Neo4j plans each question once for every client: plan them through our own connection, with
      // no transaction timeout, before the API (whose QUERY_TIMEOUT_MS a cold plan may outlast) asks.
      for (const item of cases) await item.cypher();
      const smallResults: CaseResult[] = [];
      for (const item of cases) smallResults.push(await runCase('S', item, options));
      const smallHits = await searchDbHits(database, city, county);
      started = performance.now();
      await loadWorld(database, world, progress('10 × S'), { designs: large });
      const largeSeconds = (performance.now() - started) / 1000;
      const largeNodes = await countNodes(database);
      log(`10 × S: ${largeNodes} nodes in ${largeSeconds.toFixed(0)} s`);
      for (const item of cases) await item.cypher();
      const largeResults: CaseResult[] = [];
      for (const item of cases) largeResults.push(await runCase('10 × S', item, options));
      return {
        city,
        county,
        searchDbHits: { small: smallHits, large: await searchDbHits(database, city, county) },
        nodes: { small: smallNodes, large: largeNodes },
        loadSeconds: { small: Math.round(smallSeconds), large: Math.round(largeSeconds) },
        small: smallResults,
        large: largeResults,
        apiRssMb: rss,
      };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await api?.stop().catch(() => undefined);
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The scale table: each question's median at S and 10 × S and their ratio, and GraphQL / Cypher at 10 × S. */
export function formatScaleResult(result: ScaleResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `Scale: questions about ${result.city}, at S = ${result.nodes.small} nodes (loaded in ${result.loadSeconds.small} s) and 10 × S = ${result.nodes.large} nodes (${result.loadSeconds.large} s more)`,
    '  question                                                        S median   10×S median   10×S / S   GraphQL / Cypher at 10×S',
  ];
  for (const [index, small] of result.small.entries()) {
    const large = result.large[index];
    if (large === undefined) continue;
    lines.push(
      `  ${small.name.padEnd(62)}${ms(small.graphql.median).padStart(9)}${ms(large.graphql.median).padStart(14)}${`${(large.graphql.median / small.graphql.median).toFixed(2)}×`.padStart(11)}${`${large.medianRatio.toFixed(2)}×`.padStart(12)} (Cypher ${ms(large.cypher.median)})`,
    );
  }
  const { small, large } = result.searchDbHits;
  lines.push(
    `  search "财政" in database hits: within ${result.city} ${small.city} at S, ${large.city} at 10×S; within ${result.county} ${small.county} at S, ${large.county} at 10×S`,
  );
  lines.push(
    `  goals: review < 200 ms at 10×S, each question ≤ 1.3× when the graph grows 10×, GraphQL ≤ 1.5× Cypher; API RSS peak ${result.apiRssMb} MB (goal ≤ 250 MB)`,
  );
  return lines.join('\n');
}
