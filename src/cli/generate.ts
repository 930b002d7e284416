// `npm run generate`: a synthetic province with designed gaps, as files or loaded into Neo4j.
import { resolve } from 'node:path';
import { generateWorld, loadWorld, type World, writeWorld } from '../generate/index.ts';
import { EXIT_OK, main, parseFlags, UsageError } from './command.ts';
import { createProgress } from './progress-reporter.ts';

const usage = `usage: npm run generate -- --jurisdictions N [--years Y] [--seed S] (--out DIR | --load)

Generates a synthetic province: with N = 1 one city; otherwise a province, about one prefecture (市) for every
ten jurisdictions and counties and districts (县, 区) under them. Each has its own leaders, 20–60 departments,
the parties present there (all eight at province level, fewer in a county) and the FIC, a liaison notice, and
for each year its roles, activities and documents with gaps designed into them. The same seed gives the same world.
  --jurisdictions N  how many jurisdictions (1–100000)
  --years Y          the years of records: a year (2023, the default) or a range (2021-2023)
  --seed S           the seed (an integer, default 1)
  --out DIR          write <DIR>/<jurisdiction>/notice.txt, one CSV records folder per year and <DIR>/world.json
                     (every jurisdiction's parent and the gaps the review must find); load them with
                     npm run ingest -- notice <notice.txt> --within <parent> and npm run import -- <folder> --jurisdiction <name>
  --load             load the world into Neo4j (NEO4J_URI or the embedded server) through the same ingest and
                     import paths, parents first
Exit codes: 0 done, 2 bad arguments, 1 failure.`;

interface GenerateArguments {
  jurisdictions: number;
  years: number[];
  seed: number;
  out: string | undefined;
  load: boolean;
}

function integer(flag: string, text: string, minimum: number, maximum: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || value < minimum || value > maximum)
    throw new UsageError(`--${flag} must be an integer from ${minimum} to ${maximum}, got "${text}"`);
  return value;
}

function parseYears(text: string): number[] {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  const first = Number(match?.[1]);
  const last = Number(match?.[2] ?? match?.[1]);
  if (match === null || first < 2000 || last > 2100 || last < first || last - first > 20)
    throw new UsageError(`--years must be a year (2023) or a range of at most 21 years (2021-2023), got "${text}"`);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function parseGenerateArguments(argv: string[]): GenerateArguments {
  const { values } = parseFlags(argv, {
    jurisdictions: { type: 'string' },
    years: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
    load: { type: 'boolean' },
  });
  if (values.jurisdictions === undefined) throw new UsageError('--jurisdictions N is required');
  const out = values.out as string | undefined;
  const load = values.load === true;
  if ((out === undefined) === !load) throw new UsageError('give exactly one of --out DIR and --load');
  if (out !== undefined && out.trim() === '') throw new UsageError('--out must not be empty');
  return {
    jurisdictions: integer('jurisdictions', String(values.jurisdictions), 1, 100_000),
    years: parseYears(String(values.years ?? '2023')),
    seed: integer('seed', String(values.seed ?? '1'), 0, 2 ** 32 - 1),
    out: out === undefined ? undefined : resolve(out),
    load,
  };
}

function describe(world: World): string {
  const levels = new Map<string, number>();
  for (const design of world.designs) levels.set(design.level, (levels.get(design.level) ?? 0) + 1);
  const departments = world.designs.reduce((sum, design) => sum + design.departments.length, 0);
  const gaps = world.designs.reduce(
    (sum, design) =>
      sum + design.years.reduce((inner, year) => inner + Object.values(year.expected).reduce((count, list) => count + list.length, 0), 0),
    0,
  );
  return `${world.designs.length} jurisdictions (${[...levels].map(([level, count]) => `${count} ${level}`).join(', ')}), ${departments} departments, years ${world.options.years.join(', ')}, ${gaps} designed gaps`;
}

await main({
  name: 'generate',
  usage,
  parse: parseGenerateArguments,
  async run(input, context) {
    const world = generateWorld({ jurisdictions: input.jurisdictions, years: input.years, seed: input.seed });
    const progress = createProgress();
    const started = performance.now();
    const report = (done: number, total: number) => progress.update(input.load ? 'load' : 'write', done, total);
    if (input.out !== undefined) await writeWorld(world, input.out, report);
    else await loadWorld(await context.database(), world, report);
    progress.finish();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `generated ${describe(world)} (seed ${input.seed}): ${input.out === undefined ? 'loaded into Neo4j' : `written to ${input.out}`} in ${seconds} s\n`,
    );
    return EXIT_OK;
  },
});
