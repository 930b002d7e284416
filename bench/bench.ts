import { parseArgs } from 'node:util';
import { resolveDeploymentAuth } from '../src/auth/index.ts';
import { ConfigError, loadConfig } from '../src/config/index.ts';
import { Database, ensureSchema } from '../src/db/index.ts';
import { isLiaisonError } from '../src/errors/index.ts';
import { isGraphEmpty, loadSeed } from '../src/notice/index.ts';
import { createApiServer, createLogger } from '../src/server/index.ts';
import { analystBenchmarkSection, type GraphQLRunner } from './analyst-benchmarks.ts';
import { auditSection, formatAuditSection } from './audit-benchmark.ts';
import { authSection, formatAuthSection } from './auth-benchmark.ts';
import { formatTable, runSections, type BenchmarkSection } from './harness.ts';
import { formatImportMemorySection, importMemorySection } from './import-memory-benchmark.ts';
import { formatScaleResult, scaleBenchmark } from './scale-benchmark.ts';
import {
  formatImportSection,
  formatNoticeSection,
  formatReviewSection,
  importSection,
  noticeSection,
  reviewSection,
} from './workload-benchmarks.ts';

const usage = `usage: npm run bench [-- --iterations N] [--warmup N] [--import-rows N] [--json] [--scale [--scale-nodes S]]

Each benchmark compares two ways side by side in one run and reports their ratio:
  - the analysts' questions through the GraphQL API (over HTTP on localhost, in this process) against
    the same questions in raw Cypher through neo4j-driver: median and p95 of each;
  - a bearer token's verification (a query with a token against anonymously), and the audit trail
    (the same write with its audit entry and without);
  - the annual review of one city-year against the same questions in hand-written Cypher;
  - importing N generated activity rows (default 100000) batched against row by row;
  - the memory an import holds for a generated CSV folder of N/10 rows against one of N rows
    (each in a child process): flat memory means a growth ratio near 1;
and it reports the notice parser's precision and recall on the labelled corpus and the held-out sets.
With --scale, instead: the city-scoped questions and the review on a generated province of S nodes
(--scale-nodes, default 100000) and again at 10 × S, in a temporary embedded Neo4j of its own: medians at
both sizes, their ratio, and GraphQL against raw Cypher at 10 × S.
Uses NEO4J_URI when set, else the embedded Neo4j; loads the seed notice when the graph is empty. The
sample year and the generated rows are loaded for the run and removed after.`;

/** Runs a query over HTTP; any GraphQL error fails the benchmark (both sides must answer). */
function httpGraphQLRunner(url: string): GraphQLRunner {
  return async (query, variables = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors !== undefined || body.data === undefined) {
      throw new Error(`GraphQL query failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  };
}

async function main(argv: string[]): Promise<number> {
  let options: { iterations: number; warmup: number; importRows: number; json: boolean; scale: boolean; scaleNodes: number };
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        iterations: { type: 'string', default: '100' },
        warmup: { type: 'string', default: '20' },
        'import-rows': { type: 'string', default: '100000' },
        json: { type: 'boolean', default: false },
        scale: { type: 'boolean', default: false },
        'scale-nodes': { type: 'string', default: '100000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    options = {
      iterations: Number(values.iterations),
      warmup: Number(values.warmup),
      importRows: Number(values['import-rows']),
      json: values.json,
      scale: values.scale,
      scaleNodes: Number(values['scale-nodes']),
    };
    if (!Number.isInteger(options.scaleNodes) || options.scaleNodes < 1000)
      throw new Error('--scale-nodes must be an integer of at least 1000');
    if (!Number.isInteger(options.iterations) || options.iterations < 1 || !Number.isInteger(options.warmup) || options.warmup < 0) {
      throw new Error('--iterations must be a positive integer and --warmup a non-negative one');
    }
    if (!Number.isInteger(options.importRows) || options.importRows < 1) throw new Error('--import-rows must be a positive integer');
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }

  if (options.scale) return runScale(options);
  let database: Database | undefined;
  let closeServer: (() => Promise<void>) | undefined;
  try {
    const loaded = loadConfig();
    // As `npm start` on loopback: the data folder's secret, anonymous viewers allowed.
    const config = { ...loaded, auth: (await resolveDeploymentAuth(loaded)).auth };
    database = await Database.open(config);
    await ensureSchema(database);
    if (await isGraphEmpty(database)) await loadSeed(database, config.projectRoot);
    const server = await createApiServer({ config, database, logger: createLogger({ logLevel: 'warn' }) });
    closeServer = () => server.close();
    const { url } = await server.listen(0, '127.0.0.1');

    // Later issues add their sections here.
    const sections: BenchmarkSection[] = [analystBenchmarkSection(httpGraphQLRunner(url), database)];
    if (!options.json) {
      process.stderr.write(`bench: ${options.warmup} warm-up and ${options.iterations} timed rounds per question (GraphQL at ${url})\n`);
    }
    const results = await runSections(sections, options);
    const authentication = await authSection(url, config.auth.jwtSecret ?? '', options);
    const audit = await auditSection(url, config.auth.jwtSecret ?? '', database, options);
    const review = await reviewSection(database, config.projectRoot, Math.max(5, Math.round(options.iterations / 5)));
    const rowByRowRows = Math.min(options.importRows, 2_000);
    const recordsImport = await importSection(database, options.importRows, rowByRowRows);
    const importMemory = await importMemorySection(config.projectRoot, options.importRows);
    const notices = await noticeSection(config.projectRoot);
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({ warmup: options.warmup, iterations: options.iterations, results, authentication, audit, review, import: recordsImport, importMemory, notices }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(`${formatTable(results)}\n`);
      process.stdout.write(
        'ratio = GraphQL API (HTTP, in-process server) / raw Cypher (driver); items = rows or liaisons in each answer.\n\n',
      );
      process.stdout.write(
        `${formatAuthSection(authentication)}\n\n${formatAuditSection(audit)}\n\n${formatReviewSection(review)}\n\n${formatImportSection(recordsImport)}\n\n${formatImportMemorySection(importMemory)}\n\n${formatNoticeSection(notices)}\n`,
      );
    }
    if (review.disagreements.length > 0) {
      process.stderr.write(`bench: the review and the hand-written queries disagree on ${review.disagreements.join(', ')}\n`);
      return 1;
    }
    const mismatched = results.filter((result) => result.graphqlItems !== result.cypherItems);
    if (mismatched.length > 0) {
      process.stderr.write(`bench: the two sides answered differently for: ${mismatched.map((result) => result.name).join(', ')}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    const message = error instanceof ConfigError || isLiaisonError(error) ? error.message : String(error);
    process.stderr.write(`bench failed: ${message}\n`);
    return 1;
  } finally {
    await closeServer?.().catch(() => undefined);
    await database?.close();
  }
}

async function runScale(options: { iterations: number; warmup: number; json: boolean; scaleNodes: number }): Promise<number> {
  try {
    const result = await scaleBenchmark(
      loadConfig(),
      { nodes: options.scaleNodes, iterations: options.iterations, warmup: options.warmup },
      (line) => process.stderr.write(`bench: ${line}\n`),
      process.env,
    );
    process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatScaleResult(result)}\n`);
    const mismatched = [...result.small, ...result.large].filter((item) => item.graphqlItems !== item.cypherItems);
    if (mismatched.length > 0) {
      process.stderr.write(
        `bench: the two sides answered differently for: ${mismatched.map((item) => `${item.section} ${item.name}`).join(', ')}\n`,
      );
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`bench failed: ${error instanceof ConfigError || isLiaisonError(error) ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
