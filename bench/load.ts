import { parseArgs } from 'node:util';
import { mintToken, resolveDeploymentAuth } from '../src/auth/index.ts';
import { ConfigError, loadConfig } from '../src/config/index.ts';
import { Database, ensureSchema } from '../src/db/index.ts';
import { isLiaisonError } from '../src/errors/index.ts';
import { isGraphEmpty, loadSeed } from '../src/notice/index.ts';
import { listDatasets, removeDataset } from '../src/records/index.ts';
import { type ApiProcess, startApiProcess } from './api-process.ts';
import { formatLoadResult, memoryGrowth } from './load/format-load-result.ts';
import { loadMix } from './load/load-mix.ts';
import { neo4jOldGenMb } from './load/neo4j-old-gen.ts';
import { runLoad, warmUp } from './load/run-load.ts';

const usage = `usage: npm run load [-- --seconds N] [--rate R] [--connections C] [--json]

Starts the API on loopback as \`npm start\` in a process of its own (NEO4J_URI when set, else the
embedded Neo4j; the seed is loaded when the graph is empty) and drives a mixed workload against it with autocannon for N
seconds (default 30) at R requests/s in all (default 50) over C connections (default 10): the
analysts' questions, search, the liaison matrix, the annual review as viewers, and one-activity
imports as an editor. Prints requests/s, p50/p95/p99 per kind, errors by code and the memory of
the API's process and of Neo4j (RSS, and the heap its old generation keeps) sampled each second; --json prints the same as JSON. The datasets the
imports wrote are removed at the end.

Exit status: 0 when every request succeeded, 1 when any failed, 2 on bad arguments.`;

interface Options {
  seconds: number;
  rate: number;
  connections: number;
  json: boolean;
}

function parseOptions(argv: string[]): Options | string {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        seconds: { type: 'string', default: '30' },
        rate: { type: 'string', default: '50' },
        connections: { type: 'string', default: '10' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) return 'help';
    const options = {
      seconds: Number(values.seconds),
      rate: Number(values.rate),
      connections: Number(values.connections),
      json: values.json,
    };
    for (const name of ['seconds', 'rate', 'connections'] as const) {
      if (!Number.isInteger(options[name]) || options[name] < 1) return `--${name} must be a positive integer (got ${values[name]})`;
    }
    if (options.seconds > 3600) return '--seconds may be at most 3600';
    return options;
  } catch (error) {
    return (error as Error).message;
  }
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (typeof options === 'string') {
    process.stderr.write(`load: ${options}\n${usage}\n`);
    return 2;
  }
  let database: Database | undefined;
  let api: ApiProcess | undefined;
  const runId = Date.now().toString(36);
  try {
    const loaded = loadConfig();
    // As `npm start` on loopback: the data folder's secret signs the load's tokens.
    const config = { ...loaded, auth: (await resolveDeploymentAuth(loaded)).auth };
    const secret = config.auth.jwtSecret;
    if (secret === undefined)
      throw new ConfigError('npm run load mints its own tokens: it needs JWT_SECRET (or the embedded default), not JWKS_URI');
    const opened = await Database.open(config);
    database = opened;
    await ensureSchema(database);
    if (await isGraphEmpty(database)) await loadSeed(database, config.projectRoot);
    // The API is `npm start` in a process of its own, so that the memory sampled is the API's alone,
    // not the load generator's as well.
    api = await startApiProcess(config.neo4j.dataDir, config.neo4j.boltPort, process.env, process.env);
    const { url } = api;
    const tokens = {
      viewer: await mintToken(secret, { role: 'viewer', subject: 'load' }),
      editor: await mintToken(secret, { role: 'editor', subject: 'load' }),
    };
    const mix = loadMix(runId);
    const warmUpSeconds = await warmUp(mix, {
      url,
      tokens,
      onRetry: (kind, failure) => process.stderr.write(`load: warm-up: ${kind} failed with ${failure}, asking again\n`),
    });
    if (!options.json) {
      process.stderr.write(`load: warmed up (each kind once) in ${warmUpSeconds.toFixed(1)} s\n`);
      process.stderr.write(
        `load: ${options.rate} requests/s over ${options.connections} connections for ${options.seconds} s against ${url}\n`,
      );
    }
    const result = await runLoad(mix, {
      url,
      seconds: options.seconds,
      rate: options.rate,
      connections: options.connections,
      tokens,
      apiPid: api.pid,
      neo4jPid: database.neo4jPid,
      neo4jOldGenMb: () => neo4jOldGenMb(opened),
      onTick: options.json || !process.stderr.isTTY ? undefined : (second) => process.stderr.write(`\r  ${second}/${options.seconds} s`),
    });
    if (!options.json && process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ ...result, warmUpSeconds, memoryGrowth: memoryGrowth(result.memory) }, null, 2)}\n`
        : `${formatLoadResult(result)}\n`,
    );
    return Object.keys(result.errors).length === 0 ? 0 : 1;
  } catch (error) {
    const message = error instanceof ConfigError || isLiaisonError(error) ? error.message : String(error);
    process.stderr.write(`load failed: ${message}\n`);
    return 1;
  } finally {
    if (database !== undefined) {
      for (const dataset of await listDatasets(database).catch(() => [])) {
        if (dataset.name.startsWith(`load-${runId}-`)) await removeDataset(database, dataset.name).catch(() => undefined);
      }
    }
    await api?.stop().catch(() => undefined);
    await database?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
