// `npm run export`: the imported records written back in the records format.
import { exportRecords, type ExportFormat } from '../records/index.ts';
import { EXIT_OK, main, parseFlags, UsageError } from './command.ts';

const usage = `usage: npm run export -- --format xlsx|csv|json --out PATH [--year Y] [--dataset NAME] [--jurisdiction NAME]

Writes the imported records (organisations, people, activities, documents) in the records format:
a workbook, a folder of CSV files, or one JSON file. What is exported imports back unchanged.`;

const formats: readonly string[] = ['xlsx', 'csv', 'json'];

await main({
  name: 'export',
  usage,
  parse(argv) {
    const { values } = parseFlags(argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      year: { type: 'string' },
      dataset: { type: 'string' },
      jurisdiction: { type: 'string' },
    });
    if (values.format === undefined || !formats.includes(values.format)) throw new UsageError('--format must be xlsx, csv or json');
    if (values.out === undefined || values.out === '') throw new UsageError('--out PATH is required');
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) {
      throw new UsageError(`--year must be a year such as 2023, got "${values.year}"`);
    }
    return {
      format: values.format as ExportFormat,
      out: values.out,
      options: {
        ...(year === undefined ? {} : { year }),
        ...(values.dataset === undefined ? {} : { dataset: values.dataset }),
        ...(values.jurisdiction === undefined ? {} : { jurisdiction: values.jurisdiction }),
      },
    };
  },
  async run({ format, out, options }, context) {
    const table = await exportRecords(await context.database(), format, out, options);
    process.stdout.write(
      `exported to ${out}: ${table.organisations.length} organisations, ${table.people.length} people rows, ${table.activities.length} activities, ${table.documents.length} documents\n`,
    );
    return EXIT_OK;
  },
});
