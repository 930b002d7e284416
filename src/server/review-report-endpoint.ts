import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasRole, type TokenVerifier } from '../auth/index.ts';
import type { Database } from '../db/index.ts';
import { ErrorCode, isLiaisonError } from '../errors/index.ts';
import { renderReviewHtml, renderReviewJson, renderReviewMarkdown, runAnnualReview } from '../report/index.ts';
import type { Logger } from './create-logger.ts';
import { sendJson } from './handle-graphql-request.ts';

/** `/reports/review.json|html|md?year=&jurisdiction=&asOf=`: the report `npm run review` writes, for a viewer. */
export const REVIEW_REPORT_PATH = /^\/reports\/review\.(json|html|md)$/;

const FORMATS = {
  json: {
    contentType: 'application/json; charset=utf-8',
    render: (review: Awaited<ReturnType<typeof runAnnualReview>>) => renderReviewJson(review.coverage),
  },
  html: { contentType: 'text/html; charset=utf-8', render: renderReviewHtml },
  md: { contentType: 'text/markdown; charset=utf-8', render: renderReviewMarkdown },
} as const;

const STATUS_OF: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 503,
};

function refuse(response: ServerResponse, code: string, message: string): void {
  sendJson(response, STATUS_OF[code] ?? 500, { code, message });
}

/**
 * Renders the annual review in one format as a download. Who may: the same as the `coverageReport`
 * query (the viewer role, by token or ANONYMOUS_ROLE); bad arguments are 400 naming the parameter.
 */
export async function serveReviewReport(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  context: { database: Database; verifier: TokenVerifier; logger: Logger },
): Promise<void> {
  const format = REVIEW_REPORT_PATH.exec(url.pathname.replace(/\/+$/, ''))?.[1] as keyof typeof FORMATS;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    sendJson(response, 405, { code: 'BAD_REQUEST', message: 'only GET' });
    return;
  }
  try {
    const principal = await context.verifier.principalOf(request.headers.authorization);
    if (!hasRole(principal.roles, 'viewer')) {
      if (principal.anonymous) refuse(response, ErrorCode.UNAUTHENTICATED, 'a bearer token with the viewer role is needed');
      else refuse(response, ErrorCode.FORBIDDEN, 'the viewer role is needed');
      return;
    }
    const yearText = url.searchParams.get('year') ?? '';
    if (!/^\d{4}$/.test(yearText)) {
      refuse(response, ErrorCode.BAD_USER_INPUT, `year: expected a four-digit year, got "${yearText}"`);
      return;
    }
    const review = await runAnnualReview(context.database, {
      year: Number(yearText),
      jurisdiction: url.searchParams.get('jurisdiction'),
      asOf: url.searchParams.get('asOf'),
    });
    const body = FORMATS[format].render(review);
    const filename = `review-${review.coverage.jurisdiction}-${review.coverage.year}.${format}`;
    response.writeHead(200, {
      'content-type': FORMATS[format].contentType,
      'content-disposition': `attachment; filename="review-${review.coverage.year}.${format}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // The HTML report is self-contained: opened from here it may run nothing and load nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch (error) {
    if (isLiaisonError(error) && STATUS_OF[error.code] !== undefined) {
      refuse(response, error.code, error.message);
      return;
    }
    context.logger.error({ err: error, url: url.pathname }, 'the review report failed');
    refuse(response, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
}
