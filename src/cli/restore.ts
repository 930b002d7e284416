import { parseArgs } from 'node:util';
import { readBackup, restoreGraph } from '../backup/index.ts';
import { EXIT_INVALID, EXIT_OK, runWithDatabase } from './command.ts';

const usage = `usage: npm run restore -- FILE [--replace]

Loads a backup written by \`npm run backup\` into an empty database, in one transaction. A database
that holds anything is refused (exit 2) unless --replace is given, which deletes its contents first.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`restore: ${(error as Error).message}\n${usage}\n`);
    return EXIT_INVALID;
  }
  if (parsed.values.help === true) {
    process.stdout.write(`${usage}\n`);
    return EXIT_OK;
  }
  const [file, ...rest] = parsed.positionals;
  if (file === undefined || rest.length > 0) {
    process.stderr.write(`restore: give exactly one backup FILE\n${usage}\n`);
    return EXIT_INVALID;
  }
  return runWithDatabase('restore', async (database) => {
    const backup = await readBackup(file);
    const restored = await restoreGraph(database, backup, { replace: parsed.values.replace === true });
    process.stdout.write(`restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${file}\n`);
    return EXIT_OK;
  });
}

process.exitCode = await main(process.argv.slice(2));
