import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.ts';
import { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema-setup.ts';
import { isLiaisonError } from '../errors/liaison-error.ts';
import { loadSeed, type SeedSummary } from '../ingest/seed-loader.ts';

const usage = `usage: npm run seed [-- --help]

Loads the notice in seed/ (资府办函〔2022〕65号) into Neo4j: its leaders, departments, counterparts and
liaisons, in one transaction. Idempotent: running it again changes nothing. Uses NEO4J_URI when set,
else the embedded Neo4j (started for the command's duration if it is not running).`;

function formatSummary(summary: SeedSummary): string {
  return [
    `loaded ${summary.source}: ${summary.document} (${summary.jurisdiction})`,
    `  offices ${summary.offices}, leaders ${summary.leaders}, departments ${summary.departments}, counterparts ${summary.counterparts}`,
    `  liaisons: ${summary.formalLiaisons} formal, ${summary.generalLiaisons} general`,
    `  supersedes: ${summary.supersedes.join(', ') || 'none'}`,
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  let help = false;
  try {
    help = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, strict: true }).values.help === true;
  } catch (error) {
    process.stderr.write(`seed: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let database: Database | undefined;
  try {
    const config = loadConfig();
    database = await Database.open(config);
    await ensureSchema(database);
    const summary = await loadSeed(database, config.projectRoot);
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof ConfigError || isLiaisonError(error) ? error.message : String(error);
    process.stderr.write(`seed failed: ${message}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
