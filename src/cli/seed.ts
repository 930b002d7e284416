import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.ts';
import { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema-setup.ts';
import { isLiaisonError } from '../errors/liaison-error.ts';
import { importRecordsFromPath } from '../ingest/records/import-records.ts';
import { formatRecordError } from '../ingest/records/record-error.ts';
import { loadSeed, type SeedSummary } from '../ingest/seed-loader.ts';

const usage = `usage: npm run seed [-- --sample] [-- --help]

Loads the notice in seed/ (资府办函〔2022〕65号) into Neo4j: its leaders, departments, counterparts and
liaisons, in one transaction. Idempotent: running it again changes nothing. Uses NEO4J_URI when set,
else the embedded Neo4j (started for the command's duration if it is not running).

  --sample   also import the fictional sample year (seed/sample-2023/sample-2023.xlsx) as the
             dataset sample-2023 (remove it with: npm run import -- --remove sample-2023)`;

const SAMPLE_DATASET = 'sample-2023';

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
  let sample = false;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' }, sample: { type: 'boolean' } },
      strict: true,
    });
    help = values.help === true;
    sample = values.sample === true;
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
    if (sample) {
      const path = join(config.projectRoot, 'seed', 'sample-2023', 'sample-2023.xlsx');
      const result = await importRecordsFromPath(database, path, { dataset: SAMPLE_DATASET });
      if (result.errors.length > 0) {
        process.stderr.write(`${result.errors.map(formatRecordError).join('\n')}\n`);
        return 1;
      }
      process.stdout.write(`imported the sample year as dataset ${result.dataset} (${result.rowCount} rows)\n`);
    }
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
