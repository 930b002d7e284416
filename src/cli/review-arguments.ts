import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../review/index.ts';
import { UsageError } from './command.ts';

export type ReviewFormat = 'html' | 'md' | 'json';

/** What `npm run review` was asked to do. */
export interface ReviewArguments {
  help: boolean;
  year: number;
  jurisdiction: string | undefined;
  asOf: string | undefined;
  /** The formats to write, each to its path ('-' is standard output). */
  outputs: Array<{ format: ReviewFormat; path: string }>;
  failOnGaps: boolean;
  /** Review every jurisdiction within J too, and add the roll-up table. */
  includeDescendants: boolean;
}

export const REVIEW_USAGE = `usage: npm run review -- --year Y [--jurisdiction J] [--as-of DATE] [--format html|md|json] [--out PATH] [--include-descendants] [--fail-on-gaps]

Runs the annual review of liaison work (rules R1–R10) for jurisdiction J (default 资阳市) and year Y, as of
DATE (default 31 December of Y, or today if earlier), and writes the report.
  default          writes reports/review-<J>-<Y>.html and reports/review-<J>-<Y>.json, prints a summary table
  --format F       writes one report in format F (html, md or json) to --out or reports/review-<J>-<Y>.<F>
  --out PATH       where to write; without --format the format follows the extension; '-' is standard output
  --include-descendants  review every jurisdiction within J too (a province's prefectures and counties, each
                   with its own offices) and add a roll-up table of their rules
  --fail-on-gaps   exit 3 when any rule has a gap
Exit codes: 0 done (gaps are not a failure), 3 gaps with --fail-on-gaps, 2 bad arguments, 1 failure.`;

/** A mistake in the arguments: the command prints it with the usage and exits 2. */
export class ReviewArgumentError extends UsageError {
  override name = 'ReviewArgumentError';
}

const extensions: Record<ReviewFormat, string> = { html: '.html', md: '.md', json: '.json' };

function formatOfPath(path: string): ReviewFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.md' || extension === '.markdown') return 'md';
  if (extension === '.json') return 'json';
  return undefined;
}

/** The default report path of a format, once the jurisdiction's name is known. */
export function defaultReportPath(jurisdiction: string, year: number, format: ReviewFormat): string {
  return `reports/review-${jurisdiction}-${year}${extensions[format]}`;
}

/**
 * Parses the arguments. Paths of default outputs are left empty ('') for the command to fill with
 * `defaultReportPath` once it has resolved the jurisdiction.
 */
export function parseReviewArguments(argv: string[]): ReviewArguments {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        jurisdiction: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'fail-on-gaps': { type: 'boolean' },
        'include-descendants': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new ReviewArgumentError((error as Error).message);
  }
  const help = values.help === true;
  const yearText = values.year as string | undefined;
  if (help) return { help, year: 0, jurisdiction: undefined, asOf: undefined, outputs: [], failOnGaps: false, includeDescendants: false };
  if (yearText === undefined) throw new ReviewArgumentError('--year is required');
  if (!/^\d{4}$/.test(yearText)) throw new ReviewArgumentError(`--year: expected a four-digit year, got "${yearText}"`);
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && !isIsoDate(asOf)) throw new ReviewArgumentError(`--as-of: expected a date YYYY-MM-DD, got "${asOf}"`);
  const jurisdiction = values.jurisdiction as string | undefined;
  if (jurisdiction !== undefined && jurisdiction.trim() === '') throw new ReviewArgumentError('--jurisdiction must not be empty');
  const formatText = values.format as string | undefined;
  if (formatText !== undefined && !['html', 'md', 'json'].includes(formatText)) {
    throw new ReviewArgumentError(`--format: expected html, md or json, got "${formatText}"`);
  }
  const out = values.out as string | undefined;
  if (out !== undefined && out.trim() === '') throw new ReviewArgumentError('--out must not be empty');
  let outputs: ReviewArguments['outputs'];
  if (formatText !== undefined) {
    outputs = [{ format: formatText as ReviewFormat, path: out ?? '' }];
  } else if (out !== undefined) {
    const format = out === '-' ? 'json' : formatOfPath(out);
    if (format === undefined)
      throw new ReviewArgumentError(`--out: cannot tell the format of "${out}" (use .html, .md or .json, or --format)`);
    outputs = [{ format, path: out }];
  } else {
    outputs = [
      { format: 'html', path: '' },
      { format: 'json', path: '' },
    ];
  }
  return {
    help,
    year: Number(yearText),
    jurisdiction,
    asOf,
    outputs,
    failOnGaps: values['fail-on-gaps'] === true,
    includeDescendants: values['include-descendants'] === true,
  };
}
