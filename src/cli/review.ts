// `npm run review`: the annual review of liaison work (rules R1–R10) as HTML, Markdown or JSON reports.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  runAnnualReview,
  type AnnualReview,
  renderReviewHtml,
  renderReviewMarkdown,
  renderReviewJson,
  renderSummaryTable,
} from '../report/index.ts';
import { REVIEW_USAGE, defaultReportPath, parseReviewArguments, type ReviewArguments, type ReviewFormat } from './review-arguments.ts';
import { EXIT_OK, main } from './command.ts';

/** `--fail-on-gaps` and some rule has a gap. */
const EXIT_GAPS = 3;

function render(review: AnnualReview, format: ReviewFormat): string {
  if (format === 'html') return renderReviewHtml(review);
  if (format === 'md') return renderReviewMarkdown(review);
  return renderReviewJson(review.coverage);
}

await main({
  name: 'review',
  usage: REVIEW_USAGE,
  parse: parseReviewArguments,
  async run(parsed: ReviewArguments, context) {
    const database = await context.database();
    const result = await runAnnualReview(database, {
      year: parsed.year,
      jurisdiction: parsed.jurisdiction ?? null,
      asOf: parsed.asOf ?? null,
      includeDescendants: parsed.includeDescendants,
    });
    const toStandardOutput = parsed.outputs.some((output) => output.path === '-');
    for (const output of parsed.outputs) {
      const text = render(result, output.format);
      if (output.path === '-') {
        process.stdout.write(text);
        continue;
      }
      const path = resolve(
        output.path === '' ? defaultReportPath(result.coverage.jurisdiction, result.coverage.year, output.format) : output.path,
      );
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
      (toStandardOutput ? process.stderr : process.stdout).write(`wrote ${path}\n`);
    }
    (toStandardOutput ? process.stderr : process.stdout).write(`${renderSummaryTable(result.coverage)}\n`);
    const reports = [result.coverage, ...result.coverage.descendants.map((descendant) => descendant.report)];
    const hasGaps = reports.some((report) => report.rules.some((rule) => rule.gaps.length > 0));
    return parsed.failOnGaps && hasGaps ? EXIT_GAPS : EXIT_OK;
  },
});
