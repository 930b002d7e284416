// `npm run ingest -- notice`: a liaison notice parsed and loaded into the graph.
import { readFile } from 'node:fs/promises';
import { ErrorCode, isLiaisonError, LiaisonError } from '../errors/index.ts';
import { isIsoDate } from '../review/index.ts';
import { EXIT_OK, main, parseFlags, UsageError } from './command.ts';
import {
  decodeNoticeBytes,
  toNoticeJson,
  loadNotice,
  type NoticeLoadSummary,
  parseNotice,
  type ParseNoticeOptions,
  type ParsedNotice,
} from '../notice/index.ts';

const usage = `usage: npm run ingest -- notice <file.txt> [--jurisdiction NAME] [--number 文号] [--issued YYYY-MM-DD] [--within NAME] [--dry-run] [--json]

Reads a liaison notice (UTF-8 or GB18030/GBK text), finds its document number, title, issuer, date and the
liaisons its arrangement lines state, and loads them into Neo4j in one transaction (idempotent). A notice that
repeals an earlier one ends the earlier one's liaisons in the same jurisdiction on its own date.
  --jurisdiction NAME  the jurisdiction (default: from the issuer, e.g. 资阳市人民政府办公室 → 资阳市)
  --number 文号         the document number, when the text lacks it or has it wrong
  --issued YYYY-MM-DD  the issue date, when the text lacks it or has it wrong
  --within NAME        the jurisdiction this one lies within (a county's prefecture, a prefecture's province)
  --dry-run            parse and report only: writes nothing, needs no database
  --json               print JSON: with --dry-run {document, liaisons, warnings}; else the load summary
Exit codes: 0 done, 2 bad arguments or a notice file that cannot be read or loaded, 1 failure.`;

interface IngestArguments {
  file: string;
  options: ParseNoticeOptions;
  within: string | undefined;
  dryRun: boolean;
  json: boolean;
}

function parseIngestArguments(argv: string[]): IngestArguments {
  const parsed = parseFlags(
    argv,
    {
      jurisdiction: { type: 'string' },
      number: { type: 'string' },
      issued: { type: 'string' },
      within: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    true,
  );
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const [command, file, ...extra] = parsed.positionals;
  if (command !== 'notice')
    throw new UsageError(command === undefined ? 'missing the command: notice' : `unknown command "${command}" (expected: notice)`);
  if (file === undefined || file === '') throw new UsageError('missing the notice file: notice <file.txt>');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
  const options: ParseNoticeOptions = {};
  for (const flag of ['jurisdiction', 'number'] as const) {
    const value = values[flag];
    if (typeof value !== 'string') continue;
    if (value.trim() === '') throw new UsageError(`--${flag} must not be empty`);
    options[flag] = value.trim();
  }
  if (typeof values.issued === 'string') {
    if (!isIsoDate(values.issued)) throw new UsageError(`--issued must be a date YYYY-MM-DD, got "${values.issued}"`);
    options.issued = values.issued;
  }
  if (typeof values.within === 'string' && values.within.trim() === '') throw new UsageError('--within must not be empty');
  const within = typeof values.within === 'string' ? values.within.trim() : undefined;
  return { file, options, within, dryRun: values['dry-run'] === true, json: values.json === true };
}

function formatParse(file: string, parsed: ParsedNotice): string {
  const { document } = parsed;
  const formal = parsed.liaisons.filter((liaison) => liaison.kind === 'formal');
  const general = parsed.liaisons.filter((liaison) => liaison.kind === 'general');
  const lines = [
    `parsed ${file}: ${document.number ?? '(no 文号)'} ${document.title ?? '(no title)'}`,
    `  issuer ${document.issuer ?? '-'}, issued ${document.issued ?? '-'}, jurisdiction ${document.jurisdiction ?? '-'}`,
    `  liaisons: ${formal.length} formal, ${general.length} general; supersedes: ${parsed.supersedes.map((item) => item.number).join(', ') || 'none'}`,
    ...parsed.liaisons.map(
      (liaison) =>
        `  line ${liaison.line}: ${liaison.from} (${liaison.fromKind}) → ${liaison.counterpartName} [${liaison.counterpart}, ${liaison.kind}]`,
    ),
  ];
  return lines.join('\n');
}

function formatSummary(summary: NoticeLoadSummary): string {
  return [
    `loaded ${summary.document} (${summary.jurisdiction})`,
    `  offices ${summary.offices}, leaders ${summary.leaders}, departments ${summary.departments}, counterparts ${summary.counterparts}`,
    `  liaisons: ${summary.formalLiaisons} formal, ${summary.generalLiaisons} general`,
    `  supersedes: ${summary.supersedes.join(', ') || 'none'}`,
  ].join('\n');
}

function writeWarnings(parsed: ParsedNotice, all: boolean): void {
  for (const warning of parsed.warnings) {
    if (all || warning.line === 0) {
      process.stderr.write(`ingest: warning${warning.line > 0 ? ` (line ${warning.line})` : ''}: ${warning.message}\n`);
    }
  }
}

/** The notice's text, decoded; a file that cannot be read is the user's to fix (INVALID_INPUT_FILE, exit 2). */
async function readNotice(file: string, options: ParseNoticeOptions): Promise<ParsedNotice> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new LiaisonError(
      ErrorCode.INVALID_INPUT_FILE,
      `cannot read the notice file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return parseNotice(decodeNoticeBytes(bytes).text, options);
  } catch (error) {
    if (isLiaisonError(error))
      throw new LiaisonError(error.code, `cannot read the notice file ${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

await main({
  name: 'ingest',
  usage,
  parse: parseIngestArguments,
  async run(input, context) {
    const parsed = await readNotice(input.file, input.options);
    if (input.dryRun) {
      writeWarnings(parsed, !input.json);
      process.stdout.write(input.json ? `${JSON.stringify(toNoticeJson(parsed), null, 2)}\n` : `${formatParse(input.file, parsed)}\n`);
      return EXIT_OK;
    }
    writeWarnings(parsed, true);
    const options = {
      ...(input.options.jurisdiction === undefined ? {} : { jurisdiction: input.options.jurisdiction }),
      ...(input.within === undefined ? {} : { within: input.within }),
    };
    const summary = await loadNotice(await context.database(), parsed, options);
    const warnings = parsed.warnings.filter((warning) => warning.line > 0);
    process.stdout.write(input.json ? `${JSON.stringify({ ...summary, warnings }, null, 2)}\n` : `${formatSummary(summary)}\n`);
    return EXIT_OK;
  },
});
