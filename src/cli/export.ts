import { parseArgs } from 'node:util';
import { exportRecords, type ExportFormat } from '../records/index.ts';
import { EXIT_INVALID, EXIT_OK, runWithDatabase } from './command.ts';

const usage = `usage: npm run export -- --format xlsx|csv|json --out PATH [--year Y] [--dataset NAME] [--jurisdiction NAME]

Writes the imported records (organisations, people, activities, documents) in the records format:
a workbook, a folder of CSV files, or one JSON file. What is exported imports back unchanged.`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        year: { type: 'string' },
        dataset: { type: 'string' },
        jurisdiction: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`export: ${(error as Error).message}\n${usage}\n`);
    return EXIT_INVALID;
  }
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return EXIT_OK;
  }
  const format = values.format;
  if (format !== 'xlsx' && format !== 'csv' && format !== 'json') {
    process.stderr.write(`export: --format must be xlsx, csv or json\n${usage}\n`);
    return EXIT_INVALID;
  }
  if (values.out === undefined || values.out === '') {
    process.stderr.write(`export: --out PATH is required\n${usage}\n`);
    return EXIT_INVALID;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
    process.stderr.write(`export: --year must be a year such as 2023, got "${values.year}"\n`);
    return EXIT_INVALID;
  }
  const out = values.out;
  return runWithDatabase('export', async (database) => {
    const table = await exportRecords(database, format as ExportFormat, out, {
      ...(year === undefined ? {} : { year }),
      ...(values.dataset === undefined ? {} : { dataset: values.dataset }),
      ...(values.jurisdiction === undefined ? {} : { jurisdiction: values.jurisdiction }),
    });
    process.stdout.write(
      `exported to ${out}: ${table.organisations.length} organisations, ${table.people.length} people rows, ${table.activities.length} activities, ${table.documents.length} documents\n`,
    );
    return EXIT_OK;
  });
}

process.exitCode = await main(process.argv.slice(2));
