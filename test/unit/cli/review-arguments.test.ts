import { describe, expect, it } from 'vitest';
import { ReviewArgumentError, defaultReportPath, parseReviewArguments } from '../../../src/cli/review-arguments.ts';

function failure(argv: string[]): string {
  try {
    parseReviewArguments(argv);
  } catch (error) {
    if (error instanceof ReviewArgumentError) return error.message;
    throw error;
  }
  throw new Error('expected a ReviewArgumentError');
}

describe('the arguments of npm run review', () => {
  it('writes HTML and JSON to the default paths when only the year is given', () => {
    expect(parseReviewArguments(['--year', '2023'])).toEqual({
      help: false,
      year: 2023,
      jurisdiction: undefined,
      asOf: undefined,
      outputs: [
        { format: 'html', path: '' },
        { format: 'json', path: '' },
      ],
      failOnGaps: false,
      includeDescendants: false,
    });
    expect(defaultReportPath('资阳市', 2023, 'html')).toBe('reports/review-资阳市-2023.html');
  });

  it('writes one format to --out, taking the format from --format or else from the extension', () => {
    expect(parseReviewArguments(['--year', '2023', '--format', 'md']).outputs).toEqual([{ format: 'md', path: '' }]);
    expect(parseReviewArguments(['--year', '2023', '--format', 'html', '--out', 'x.txt']).outputs).toEqual([
      { format: 'html', path: 'x.txt' },
    ]);
    expect(parseReviewArguments(['--year', '2023', '--out', 'review.md']).outputs).toEqual([{ format: 'md', path: 'review.md' }]);
    expect(parseReviewArguments(['--year', '2023', '--out', '-']).outputs).toEqual([{ format: 'json', path: '-' }]);
  });

  it('reads the jurisdiction, the as-of date and --fail-on-gaps', () => {
    const parsed = parseReviewArguments(['--year', '2023', '--jurisdiction', '安岳县', '--as-of', '2023-06-30', '--fail-on-gaps']);
    expect(parsed).toMatchObject({ jurisdiction: '安岳县', asOf: '2023-06-30', failOnGaps: true });
  });

  it('refuses a missing or malformed year, a bad date, an unknown format, an unknown option and an unknown extension', () => {
    expect(failure([])).toBe('--year is required');
    expect(failure(['--year', '23'])).toBe('--year: expected a four-digit year, got "23"');
    expect(failure(['--year', '2023', '--as-of', '2023-02-30'])).toBe('--as-of: expected a date YYYY-MM-DD, got "2023-02-30"');
    expect(failure(['--year', '2023', '--format', 'pdf'])).toBe('--format: expected html, md or json, got "pdf"');
    expect(failure(['--year', '2023', '--colour'])).toContain("Unknown option '--colour'");
    expect(failure(['--year', '2023', '--out', 'review.pdf'])).toBe(
      '--out: cannot tell the format of "review.pdf" (use .html, .md or .json, or --format)',
    );
  });

  it('asks for help without needing a year', () => {
    expect(parseReviewArguments(['--help']).help).toBe(true);
  });
});
