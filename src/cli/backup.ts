// `npm run backup`: the whole graph as one JSON document.
import { writeBackup } from '../backup/index.ts';
import { EXIT_OK, main, parseFlags, UsageError } from './command.ts';

const usage = `usage: npm run backup -- --out FILE

Writes the whole graph (every node, relationship and property, provenance included) as one JSON
document with a format version. The same graph always gives the same bytes.`;

await main({
  name: 'backup',
  usage,
  parse(argv) {
    const { values } = parseFlags(argv, { out: { type: 'string' } });
    if (values.out === undefined || values.out === '') throw new UsageError('--out FILE is required');
    return { out: values.out };
  },
  async run({ out }, context) {
    const backup = await writeBackup(await context.database(), out);
    process.stdout.write(`backed up ${backup.nodes.length} nodes and ${backup.relationships.length} relationships to ${out}\n`);
    return EXIT_OK;
  },
});
