// `npm run restore`: a backup loaded into an empty database (or, with --replace, instead of what it holds).
import { readBackup, restoreGraph } from '../backup/index.ts';
import { EXIT_OK, main, parseFlags, UsageError } from './command.ts';

const usage = `usage: npm run restore -- FILE [--replace]

Loads a backup written by \`npm run backup\` into an empty database, in one transaction. A database
that holds anything is refused (exit 2) unless --replace is given, which deletes its contents first.`;

await main({
  name: 'restore',
  usage,
  parse(argv) {
    const { values, positionals } = parseFlags(argv, { replace: { type: 'boolean' } }, true);
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) throw new UsageError('give exactly one backup FILE');
    return { file, replace: values.replace === true };
  },
  async run({ file, replace }, context) {
    const backup = await readBackup(file);
    const restored = await restoreGraph(await context.database(), backup, { replace });
    process.stdout.write(`restored ${restored.nodes} nodes and ${restored.relationships} relationships from ${file}\n`);
    return EXIT_OK;
  },
});
