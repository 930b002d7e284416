import { parseArgs } from 'node:util';
import { writeBackup } from '../backup/index.ts';
import { EXIT_INVALID, EXIT_OK, runWithDatabase } from './command.ts';

const usage = `usage: npm run backup -- --out FILE

Writes the whole graph (every node, relationship and property, provenance included) as one JSON
document with a format version. The same graph always gives the same bytes.`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({ args: argv, strict: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    process.stderr.write(`backup: ${(error as Error).message}\n${usage}\n`);
    return EXIT_INVALID;
  }
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return EXIT_OK;
  }
  const out = values.out;
  if (out === undefined || out === '') {
    process.stderr.write(`backup: --out FILE is required\n${usage}\n`);
    return EXIT_INVALID;
  }
  return runWithDatabase('backup', async (database) => {
    const backup = await writeBackup(database, out);
    process.stdout.write(`backed up ${backup.nodes.length} nodes and ${backup.relationships.length} relationships to ${out}\n`);
    return EXIT_OK;
  });
}

process.exitCode = await main(process.argv.slice(2));
