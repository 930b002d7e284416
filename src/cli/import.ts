// `npm run import`: a year of liaison records imported as one dataset; --list and --remove manage datasets.
import { listDatasets, removeDataset, importRecordsFromPath, type ImportResult, formatRecordError, COUNT_KINDS } from '../records/index.ts';
import { createProgress } from './progress-reporter.ts';
import { formatTable } from './format-table.ts';
import type { Database } from '../db/index.ts';
import { EXIT_INVALID, EXIT_OK, main, parseFlags, UsageError } from './command.ts';

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

type ImportArguments =
  | { mode: 'list'; json: boolean }
  | { mode: 'remove'; json: boolean; dataset: string }
  | { mode: 'import'; json: boolean; path: string; dataset?: string; jurisdiction?: string; dryRun: boolean };

function parseImportArguments(argv: string[]): ImportArguments {
  const { values, positionals } = parseFlags(
    argv,
    {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      dataset: { type: 'string' },
      jurisdiction: { type: 'string' },
      list: { type: 'boolean' },
      remove: { type: 'string' },
    },
    true,
  );
  const modes = [positionals.length > 0, values.list === true, values.remove !== undefined].filter(Boolean).length;
  if (modes !== 1 || positionals.length > 1) throw new UsageError('give one file or folder, or --list, or --remove NAME');
  const json = values.json === true;
  if (values.list === true) return { mode: 'list', json };
  if (values.remove !== undefined) return { mode: 'remove', json, dataset: values.remove };
  return {
    mode: 'import',
    json,
    path: positionals[0] ?? '',
    ...(values.dataset === undefined ? {} : { dataset: values.dataset }),
    ...(values.jurisdiction === undefined ? {} : { jurisdiction: values.jurisdiction }),
    dryRun: values['dry-run'] === true,
  };
}

async function listCommand(database: Database, json: boolean): Promise<number> {
  const datasets = await listDatasets(database);
  if (json) process.stdout.write(`${JSON.stringify(datasets, null, 2)}\n`);
  else if (datasets.length === 0) process.stdout.write('no datasets\n');
  else {
    const rows = datasets.map((item) => [
      item.name,
      item.importedAt ?? '',
      item.source ?? '',
      item.organisations,
      item.people,
      item.roles,
      item.activities,
      item.documents,
    ]);
    process.stdout.write(
      `${formatTable([['dataset', 'imported at', 'source', 'organisations', 'people', 'roles', 'activities', 'documents'], ...rows])}\n`,
    );
  }
  return EXIT_OK;
}

async function removeCommand(database: Database, dataset: string, json: boolean): Promise<number> {
  const removal = await removeDataset(database, dataset);
  if (json) process.stdout.write(`${JSON.stringify(removal, null, 2)}\n`);
  else
    process.stdout.write(
      `removed dataset ${removal.dataset}: ${removal.deleted} nodes deleted, ${removal.kept} kept (also stated elsewhere)\n`,
    );
  return EXIT_OK;
}

async function importCommand(database: Database, input: Extract<ImportArguments, { mode: 'import' }>): Promise<number> {
  const progress = createProgress();
  let result: ImportResult;
  try {
    result = await importRecordsFromPath(database, input.path, {
      ...(input.dataset === undefined ? {} : { dataset: input.dataset }),
      ...(input.jurisdiction === undefined ? {} : { jurisdiction: input.jurisdiction }),
      dryRun: input.dryRun,
      onProgress: (event) => progress.update(event.phase, event.done, event.total),
    });
  } finally {
    progress.finish();
  }
  if (input.json) {
    process.stdout.write(`${JSON.stringify({ ok: result.errors.length === 0, ...result }, null, 2)}\n`);
  } else if (result.errors.length > 0) {
    for (const error of result.errors) process.stderr.write(`${formatRecordError(error)}\n`);
    process.stderr.write(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: nothing was written\n`);
  } else {
    process.stdout.write(`${summaryText(result)}\n`);
  }
  return result.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
}

await main({
  name: 'import',
  usage,
  parse: parseImportArguments,
  async run(input, context) {
    const database = await context.database();
    if (input.mode === 'list') return listCommand(database, input.json);
    if (input.mode === 'remove') return removeCommand(database, input.dataset, input.json);
    return importCommand(database, input);
  },
});
