import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from '../api/use-query.ts';
import { QueryState } from '../app/query-state.tsx';
import { MonthlyCountsDocument } from '../generated/graphql.ts';

// The chart brings ECharts with it: fetched when the overview first draws it, never part of the first download.
const MonthlyChart = lazy(() => import('./monthly-chart.tsx'));

function countByMonth(dates: Array<string | null | undefined>): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const date of dates) {
    const month = date ? Number(date.slice(5, 7)) : Number.NaN;
    if (month >= 1 && month <= 12) counts[month - 1] = (counts[month - 1] ?? 0) + 1;
  }
  return counts;
}

/** Activities and documents of the jurisdiction per month of the year: the totals, and the chart once it has loaded. */
export function MonthlyCounts({ jurisdiction, year }: { jurisdiction: string; year: number }) {
  const { data, loading, error } = useQuery(MonthlyCountsDocument, { jurisdiction, from: `${year}-01-01`, to: `${year}-12-31` });
  const activities = useMemo(() => countByMonth(data?.activities.map((activity) => activity.date) ?? []), [data]);
  const documents = useMemo(() => countByMonth(data?.documents.map((document) => document.issuedAt) ?? []), [data]);
  return (
    <QueryState loading={loading} error={error}>
      <div data-testid="monthly-counts">
        <div className="monthly-totals">
          全年活动 <strong data-testid="activity-total">{data?.activities.length ?? 0}</strong> 次，文件{' '}
          <strong data-testid="document-total">{data?.documents.length ?? 0}</strong> 件
        </div>
        <Suspense fallback={<div className="chart-placeholder">正在载入图表…</div>}>
          <MonthlyChart activities={activities} documents={documents} />
        </Suspense>
      </div>
    </QueryState>
  );
}
