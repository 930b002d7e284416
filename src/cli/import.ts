import { parseArgs } from 'node:util';
import { listDatasets, removeDataset, importRecordsFromPath, type ImportResult, formatRecordError, COUNT_KINDS } from '../records/index.ts';
import { createProgress } from './progress-reporter.ts';
import { formatTable } from './format-table.ts';
import { EXIT_INVALID, EXIT_OK, runWithDatabase } from './command.ts';

const usage = `usage: npm run import -- <file.xlsx | folder | file.json> [--dry-run] [--json] [--dataset NAME] [--jurisdiction NAME]
       npm run import -- --list [--json]
       npm run import -- --remove NAME [--json]

Imports liaison work records (organisations, people, activities, documents) as one dataset (default
name: the file name). Everything is checked first; with any error nothing is written (exit 2).
--list shows the datasets; --remove deletes one as a unit, keeping what other datasets or the notice
also state.`;

function summaryText(result: ImportResult): string {
  const counts = result.counts;
  if (counts === null) return '';
  const header = `${result.dryRun ? 'dry run (nothing written): ' : ''}dataset ${result.dataset} from ${result.source}, ${result.rowCount} rows`;
  const table = formatTable([
    ['kind', 'created', 'updated', 'unchanged', 'removed'],
    ...COUNT_KINDS.map((kind) => [kind, counts[kind].created, counts[kind].updated, counts[kind].unchanged, counts[kind].removed]),
  ]);
  return `${header}\n${table}`;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        dataset: { type: 'string' },
        jurisdiction: { type: 'string' },
        list: { type: 'boolean' },
        remove: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`import: ${(error as Error).message}\n${usage}\n`);
    return EXIT_INVALID;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return EXIT_OK;
  }
  const modes = [positionals.length > 0, values.list === true, values.remove !== undefined].filter(Boolean).length;
  if (modes !== 1 || positionals.length > 1) {
    process.stderr.write(`import: give one file or folder, or --list, or --remove NAME\n${usage}\n`);
    return EXIT_INVALID;
  }
  const json = values.json === true;
  return runWithDatabase('import', async (database) => {
    if (values.list === true) {
      const datasets = await listDatasets(database);
      if (json) process.stdout.write(`${JSON.stringify(datasets, null, 2)}\n`);
      else if (datasets.length === 0) process.stdout.write('no datasets\n');
      else {
        const rows = datasets.map((item) => [item.name, item.importedAt ?? '', item.source ?? '', item.organisations, item.people, item.roles, item.activities, item.documents]);
        process.stdout.write(`${formatTable([['dataset', 'imported at', 'source', 'organisations', 'people', 'roles', 'activities', 'documents'], ...rows])}\n`);
      }
      return EXIT_OK;
    }
    if (values.remove !== undefined) {
      const removal = await removeDataset(database, values.remove);
      if (json) process.stdout.write(`${JSON.stringify(removal, null, 2)}\n`);
      else process.stdout.write(`removed dataset ${removal.dataset}: ${removal.deleted} nodes deleted, ${removal.kept} kept (also stated elsewhere)\n`);
      return EXIT_OK;
    }
    const progress = createProgress();
    let result: ImportResult;
    try {
      result = await importRecordsFromPath(database, positionals[0] ?? '', {
        ...(values.dataset === undefined ? {} : { dataset: values.dataset }),
        ...(values.jurisdiction === undefined ? {} : { jurisdiction: values.jurisdiction }),
        dryRun: values['dry-run'] === true,
        onProgress: (event) => progress.update(event.phase, event.done, event.total),
      });
    } finally {
      progress.finish();
    }
    if (json) {
      process.stdout.write(`${JSON.stringify({ ok: result.errors.length === 0, ...result }, null, 2)}\n`);
    } else if (result.errors.length > 0) {
      for (const error of result.errors) process.stderr.write(`${formatRecordError(error)}\n`);
      process.stderr.write(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: nothing was written\n`);
    } else {
      process.stdout.write(`${summaryText(result)}\n`);
    }
    return result.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
  });
}

process.exitCode = await main(process.argv.slice(2));
