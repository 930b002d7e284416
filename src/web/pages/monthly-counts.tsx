import { useQuery } from '../api/use-query.ts';
import { QueryState } from '../app/query-state.tsx';
import { MonthlyCountsDocument } from '../generated/graphql.ts';

function countByMonth(dates: Array<string | null | undefined>): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const date of dates) {
    const month = date ? Number(date.slice(5, 7)) : Number.NaN;
    if (month >= 1 && month <= 12) counts[month - 1] = (counts[month - 1] ?? 0) + 1;
  }
  return counts;
}

/** Bars drawn with CSS: twelve numbers need no chart library in the main bundle. */
function Bar({ value, max, color }: { value: number; max: number; color: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, width: '100%' }}>
      <span
        style={{ display: 'inline-block', height: 10, width: `${max === 0 ? 0 : (value / max) * 70}%`, background: color, borderRadius: 2 }}
      />
      <span>{value}</span>
    </span>
  );
}

/** Activities and documents of the jurisdiction per month of the year. */
export function MonthlyCounts({ jurisdiction, year }: { jurisdiction: string; year: number }) {
  const { data, loading, error } = useQuery(MonthlyCountsDocument, { jurisdiction, from: `${year}-01-01`, to: `${year}-12-31` });
  const activities = countByMonth(data?.activities.map((activity) => activity.date) ?? []);
  const documents = countByMonth(data?.documents.map((document) => document.issuedAt) ?? []);
  const max = Math.max(1, ...activities, ...documents);
  return (
    <QueryState loading={loading} error={error}>
      <table className="plain-table" data-testid="monthly-counts">
        <thead>
          <tr>
            <th>月份</th>
            <th>活动（共 {data?.activities.length ?? 0}）</th>
            <th>文件（共 {data?.documents.length ?? 0}）</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((count, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the index is the month.
            <tr key={index}>
              <td>{index + 1} 月</td>
              <td>
                <Bar value={count} max={max} color="#b71c1c" />
              </td>
              <td>
                <Bar value={documents[index] ?? 0} max={max} color="#1565c0" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </QueryState>
  );
}
