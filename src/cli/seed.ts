import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importRecordsFromPath, formatRecordError } from '../records/index.ts';
import { loadSeed, type SeedSummary } from '../notice/index.ts';
import { EXIT_FAILURE, EXIT_INVALID, EXIT_OK, runWithDatabase } from './command.ts';
import { SAMPLE_DATASET } from '../domain/index.ts';

const usage = `usage: npm run seed [-- --sample] [-- --help]

Loads the notice in seed/ (资府办函〔2022〕65号) into Neo4j: its leaders, departments, counterparts and
liaisons, in one transaction. Idempotent: running it again changes nothing. Uses NEO4J_URI when set,
else the embedded Neo4j (started for the command's duration if it is not running).

  --sample   also import the fictional sample year (seed/sample-2023/sample-2023.xlsx) as the
             dataset sample-2023 (remove it with: npm run import -- --remove sample-2023)`;


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
    return EXIT_INVALID;
  }
  if (help) {
    process.stdout.write(`${usage}\n`);
    return EXIT_OK;
  }
  return runWithDatabase('seed', async (database, config) => {
    const summary = await loadSeed(database, config.projectRoot);
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (sample) {
      const path = join(config.projectRoot, 'seed', 'sample-2023', 'sample-2023.xlsx');
      const result = await importRecordsFromPath(database, path, { dataset: SAMPLE_DATASET });
      if (result.errors.length > 0) {
        process.stderr.write(`${result.errors.map(formatRecordError).join('\n')}\n`);
        return EXIT_FAILURE;
      }
      process.stdout.write(`imported the sample year as dataset ${result.dataset} (${result.rowCount} rows)\n`);
    }
    return EXIT_OK;
  });
}

process.exitCode = await main(process.argv.slice(2));
