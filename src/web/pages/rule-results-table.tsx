import { Tag } from 'antd';
import { Link } from 'react-router';
import type { OverviewQuery } from '../generated/graphql.ts';
import { ruleTitle } from '../labels.ts';

type Rule = OverviewQuery['coverageReport']['rules'][number];

/** R1–R10 at a glance: clause, what it asks, satisfied or not, subjects checked, gaps (each linked to the review). */
export function RuleResultsTable({ rules, search }: { rules: Rule[]; search: string }) {
  return (
    <table className="plain-table" data-testid="rule-results">
      <thead>
        <tr>
          <th>规则</th>
          <th>条款</th>
          <th>要求</th>
          <th>结果</th>
          <th className="number">检查对象</th>
          <th className="number">缺口</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id} className="rule-result" data-rule={rule.id} data-gaps={rule.gaps.length}>
            <td>{rule.id}</td>
            <td style={{ whiteSpace: 'nowrap' }}>{rule.clause}</td>
            <td title={rule.title}>{ruleTitle(rule)}</td>
            <td>{rule.satisfied ? <Tag color="green">符合</Tag> : <Tag color="red">未达要求</Tag>}</td>
            <td className="number">{rule.checked}</td>
            <td className="number">
              {rule.gaps.length === 0 ? 0 : <Link to={`/review${search}&rule=${rule.id}`}>{rule.gaps.length}</Link>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
