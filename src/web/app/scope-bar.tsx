import { Select, Space, Typography } from 'antd';
import { useQuery } from '../api/use-query.ts';
import { JurisdictionsDocument } from '../generated/graphql.ts';
import { type Scope, THIS_YEAR } from './use-scope.ts';

const YEARS = Array.from({ length: THIS_YEAR - 2015 + 2 }, (_, index) => THIS_YEAR + 1 - index);

/** The jurisdiction and year selectors at the top of the pages that show one. */
export function ScopeBar({ scope }: { scope: Scope }) {
  const { data, loading } = useQuery(JurisdictionsDocument, {});
  const options = (data?.jurisdictions ?? []).map((jurisdiction) => ({
    value: jurisdiction.name,
    label: jurisdiction.parent[0] === undefined ? jurisdiction.name : `${jurisdiction.name}（${jurisdiction.parent[0].name}）`,
  }));
  return (
    <Space wrap size="middle" style={{ marginBottom: 16 }}>
      <Space>
        <Typography.Text>行政区</Typography.Text>
        <Select
          aria-label="行政区"
          data-testid="jurisdiction-select"
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          style={{ minWidth: 220 }}
          value={scope.jurisdiction}
          options={options}
          onChange={(jurisdiction: string) => scope.setScope({ jurisdiction })}
        />
      </Space>
      <Space>
        <Typography.Text>年度</Typography.Text>
        <Select
          aria-label="年度"
          data-testid="year-select"
          style={{ width: 110 }}
          value={scope.year}
          options={YEARS.map((year) => ({ value: year, label: `${year} 年` }))}
          onChange={(year: number) => scope.setScope({ year })}
        />
      </Space>
    </Space>
  );
}
