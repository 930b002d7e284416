/** The review report: JSON, Markdown and HTML with the liaison matrix as SVG. */
export { runAnnualReview, type AnnualReview } from './annual-review.ts';
export { renderReviewHtml } from './render-html.ts';
export { renderReviewMarkdown } from './render-markdown.ts';
export { displayWidth, renderSummaryTable } from './render-summary-table.ts';
export { renderReviewJson, REVIEW_REPORT_FORMAT_VERSION } from './review-report-json.ts';
