// `npm run seed`: the notice in seed/ loaded into Neo4j, and with --sample the fictional sample year.
import { join } from 'node:path';
import { SAMPLE_DATASET, SAMPLE_WORKBOOK_PATH } from '../domain/index.ts';
import { loadSeed, type SeedSummary } from '../notice/index.ts';
import { formatRecordError, importRecordsFromPath } from '../records/index.ts';
import { EXIT_FAILURE, EXIT_OK, main, parseFlags } from './command.ts';

const usage = `usage: npm run seed [-- --sample] [-- --help]

Loads the notice in seed/ (资府办函〔2022〕65号) into Neo4j: its leaders, departments, counterparts and
liaisons, in one transaction. Idempotent: running it again changes nothing. Uses NEO4J_URI when set,
else the embedded Neo4j (started for the command's duration if it is not running).

  --sample   also import the fictional sample year (${SAMPLE_WORKBOOK_PATH}) as the
             dataset ${SAMPLE_DATASET} (remove it with: npm run import -- --remove ${SAMPLE_DATASET})`;

function formatSummary(summary: SeedSummary): string {
  return [
    `loaded ${summary.source}: ${summary.document} (${summary.jurisdiction})`,
    `  offices ${summary.offices}, leaders ${summary.leaders}, departments ${summary.departments}, counterparts ${summary.counterparts}`,
    `  liaisons: ${summary.formalLiaisons} formal, ${summary.generalLiaisons} general`,
    `  supersedes: ${summary.supersedes.join(', ') || 'none'}`,
  ].join('\n');
}

await main({
  name: 'seed',
  usage,
  parse: (argv) => ({ sample: parseFlags(argv, { sample: { type: 'boolean' } }).values.sample === true }),
  async run({ sample }, context) {
    const database = await context.database();
    const summary = await loadSeed(database, context.config.projectRoot);
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (!sample) return EXIT_OK;
    const path = join(context.config.projectRoot, SAMPLE_WORKBOOK_PATH);
    const result = await importRecordsFromPath(database, path, { dataset: SAMPLE_DATASET });
    if (result.errors.length > 0) {
      process.stderr.write(`${result.errors.map(formatRecordError).join('\n')}\n`);
      return EXIT_FAILURE;
    }
    process.stdout.write(`imported the sample year as dataset ${result.dataset} (${result.rowCount} rows)\n`);
    return EXIT_OK;
  },
});
