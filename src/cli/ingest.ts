import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/index.ts';
import { Database, ensureSchema } from '../db/index.ts';
import { isLiaisonError } from '../errors/index.ts';
import { decodeNoticeBytes, toNoticeJson, loadNotice, type NoticeLoadSummary, parseNotice, type ParseNoticeOptions, type ParsedNotice } from '../notice/index.ts';

const usage = `usage: npm run ingest -- notice <file.txt> [--jurisdiction NAME] [--number 文号] [--issued YYYY-MM-DD] [--dry-run] [--json]

Reads a liaison notice (UTF-8 or GB18030/GBK text), finds its document number, title, issuer, date and the
liaisons its arrangement lines state, and loads them into Neo4j in one transaction (idempotent). A notice that
repeals an earlier one ends the earlier one's liaisons in the same jurisdiction on its own date.
  --jurisdiction NAME  the jurisdiction (default: from the issuer, e.g. 资阳市人民政府办公室 → 资阳市)
  --number 文号         the document number, when the text lacks it or has it wrong
  --issued YYYY-MM-DD  the issue date, when the text lacks it or has it wrong
  --dry-run            parse and report only: writes nothing, needs no database
  --json               print JSON: with --dry-run {document, liaisons, warnings}; else the load summary
Exit codes: 0 done, 2 bad arguments, 1 failure.`;

interface IngestArguments {
  help: boolean;
  file: string;
  options: ParseNoticeOptions;
  dryRun: boolean;
  json: boolean;
}

class ArgumentError extends Error {
  override name = 'ArgumentError';
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function parseIngestArguments(argv: string[]): IngestArguments {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        jurisdiction: { type: 'string' },
        number: { type: 'string' },
        issued: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const [command, file, ...extra] = parsed.positionals;
  const help = values.help === true;
  if (help) return { help, file: '', options: {}, dryRun: false, json: false };
  if (command !== 'notice') throw new ArgumentError(command === undefined ? 'missing the command: notice' : `unknown command "${command}" (expected: notice)`);
  if (file === undefined || file === '') throw new ArgumentError('missing the notice file: notice <file.txt>');
  if (extra.length > 0) throw new ArgumentError(`unexpected argument "${extra[0] ?? ''}"`);
  const options: ParseNoticeOptions = {};
  for (const flag of ['jurisdiction', 'number'] as const) {
    const value = values[flag];
    if (typeof value !== 'string') continue;
    if (value.trim() === '') throw new ArgumentError(`--${flag} must not be empty`);
    options[flag] = value.trim();
  }
  if (typeof values.issued === 'string') {
    if (!isRealDate(values.issued)) throw new ArgumentError(`--issued must be a date YYYY-MM-DD, got "${values.issued}"`);
    options.issued = values.issued;
  }
  return { help, file, options, dryRun: values['dry-run'] === true, json: values.json === true };
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
      (liaison) => `  line ${liaison.line}: ${liaison.from} (${liaison.fromKind}) → ${liaison.counterpartName} [${liaison.counterpart}, ${liaison.kind}]`,
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

async function main(argv: string[]): Promise<number> {
  let input: IngestArguments;
  try {
    input = parseIngestArguments(argv);
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (input.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let parsed: ParsedNotice;
  try {
    parsed = parseNotice(decodeNoticeBytes(await readFile(input.file)).text, input.options);
  } catch (error) {
    const reason = isLiaisonError(error) ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    process.stderr.write(`ingest: cannot read the notice file ${input.file}: ${reason}\n`);
    return 1;
  }
  if (input.dryRun) {
    writeWarnings(parsed, !input.json);
    process.stdout.write(input.json ? `${JSON.stringify(toNoticeJson(parsed), null, 2)}\n` : `${formatParse(input.file, parsed)}\n`);
    return 0;
  }
  let database: Database | undefined;
  try {
    writeWarnings(parsed, true);
    const config = loadConfig();
    database = await Database.open(config);
    await ensureSchema(database);
    const summary = await loadNotice(database, parsed, input.options.jurisdiction === undefined ? {} : { jurisdiction: input.options.jurisdiction });
    const warnings = parsed.warnings.filter((warning) => warning.line > 0);
    process.stdout.write(input.json ? `${JSON.stringify({ ...summary, warnings }, null, 2)}\n` : `${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof ConfigError || isLiaisonError(error) ? error.message : String(error);
    process.stderr.write(`ingest failed: ${message}\n`);
    return 1;
  } finally {
    await database?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
