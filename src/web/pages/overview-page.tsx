import { Col, Row, Space, Tag, Typography } from 'antd';
import { Panel } from '../app/panel.tsx';
import { useQuery } from '../api/use-query.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { OverviewDocument, type OverviewQuery } from '../generated/graphql.ts';
import { LiaisonMatrixTable } from './liaison-matrix-table.tsx';
import { MonthlyCounts } from './monthly-counts.tsx';
import { RuleResultsTable } from './rule-results-table.tsx';

/** The rules each matrix department falls short of (rules whose subjects are departments). */
function gapRulesByDepartment(data: OverviewQuery): Map<string, string[]> {
  const departments = new Set(data.liaisonMatrix.departments);
  const byDepartment = new Map<string, string[]>();
  for (const rule of data.coverageReport.rules)
    for (const gap of rule.gaps)
      if (departments.has(gap.subject)) byDepartment.set(gap.subject, [...new Set([...(byDepartment.get(gap.subject) ?? []), rule.id])]);
  return byDepartment;
}

/** 总览: the liaison matrix of a jurisdiction at the end of a year, the review's rule results, activity per month. */
export function OverviewPage() {
  const scope = useScope();
  const jurisdiction = scope.jurisdiction ?? '';
  const { data, loading, error } = useQuery(
    OverviewDocument,
    { jurisdiction, year: scope.year, asOf: scope.asOf },
    { skip: scope.jurisdiction === undefined },
  );
  return (
    <>
      <Typography.Title level={3}>
        {scope.jurisdiction ?? ''} {scope.year} 年对口联系总览
      </Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={loading || data === undefined} error={error}>
        {data === undefined ? null : (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Panel
              testId="matrix-panel"
              title={`对口联系矩阵（截至 ${data.liaisonMatrix.asOf}）`}
              extra={
                <Space size={4}>
                  <Tag color="blue">对口 = 正式对口联系</Tag>
                  <Tag color="orange">工作联系</Tag>
                  <Tag variant="filled">普遍 = 普遍联系</Tag>
                  <Tag color="red">缺口 = 审查未达要求</Tag>
                </Space>
              }
            >
              <LiaisonMatrixTable matrix={data.liaisonMatrix} gapRules={gapRulesByDepartment(data)} search={scope.search} />
            </Panel>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={14}>
                <Panel title={`年度审查结果（${data.coverageReport.year} 年，截至 ${data.coverageReport.asOf}）`}>
                  <RuleResultsTable rules={data.coverageReport.rules} search={scope.search} />
                </Panel>
              </Col>
              <Col xs={24} xl={10}>
                <Panel title="每月活动与文件">
                  <MonthlyCounts jurisdiction={jurisdiction} year={scope.year} />
                </Panel>
              </Col>
            </Row>
          </Space>
        )}
      </QueryState>
    </>
  );
}
