import { Card, Empty, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { ReviewDocument } from '../generated/graphql.ts';
import { ruleTitle } from '../labels.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { GapList } from './gap-list.tsx';
import { ReportDownloads } from './report-downloads.tsx';

/** 年度审查: every rule with its clause, every gap with its evidence, filtered by rule and department (kept in the URL). */
/** The rules whose subjects are documents that missed recipients: an editor corrects the document's recipients. */
const DOCUMENT_RULES = new Set(['R2', 'R3']);
/** The rules a department answers by naming people in roles: head (R4), leader/section/officer (R5), supervisors (R6). */
const ROLE_RULES = new Set(['R4', 'R5', 'R6']);
/** The rule whose subjects are counterparts without a liaison leader or department: an editor states the liaison. */
const LIAISON_RULE = 'R9';

/** For an editor, the entry that answers a gap, opened on its subject; none for the rules answered otherwise. */
function correctionOf(rule: string, subject: string, search: string) {
  if (DOCUMENT_RULES.has(rule))
    return (
      <Link to={paths.recordDocument(search, subject)} className="gap-correct">
        更正送达
      </Link>
    );
  if (ROLE_RULES.has(rule))
    return (
      <Link to={paths.recordRole(search, subject)} className="gap-correct">
        录入职务
      </Link>
    );
  if (rule === LIAISON_RULE)
    return (
      <Link to={paths.recordLiaison(search, { counterpart: subject })} className="gap-correct">
        录入联系
      </Link>
    );
  return null;
}

export default function ReviewPage() {
  const scope = useScope();
  const editor = allows(useSession(), 'editor');
  const [params, setParams] = useSearchParams();
  const ruleFilter = params.get('rule') ?? undefined;
  const subjectFilter = params.get('subject') ?? undefined;
  const jurisdiction = scope.jurisdiction ?? '';
  const { data, loading, error } = useQuery(
    ReviewDocument,
    { jurisdiction, year: scope.year, asOf: scope.asOf },
    { skip: scope.jurisdiction === undefined },
  );
  const rules = data?.coverageReport.rules ?? [];
  const subjects = [...new Set(rules.flatMap((rule) => rule.gaps.map((gap) => gap.subject)))].sort();
  const setFilter = (name: string, value: string | undefined) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === undefined) next.delete(name);
      else next.set(name, value);
      return next;
    });
  const shown = rules.filter((rule) => ruleFilter === undefined || rule.id === ruleFilter);
  return (
    <>
      <Typography.Title level={3}>
        {jurisdiction} {scope.year} 年度对口联系工作审查
      </Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={loading || data === undefined} error={error}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap size="large">
            <Space>
              规则
              <Select
                aria-label="规则"
                data-testid="rule-filter"
                allowClear
                placeholder="全部规则"
                style={{ width: 240 }}
                value={ruleFilter}
                options={rules.map((rule) => ({ value: rule.id, label: `${rule.id} ${rule.clause} ${rule.gaps.length} 项缺口` }))}
                onChange={(value: string | undefined) => setFilter('rule', value)}
              />
            </Space>
            <Space>
              部门或对象
              <Select
                aria-label="部门或对象"
                data-testid="subject-filter"
                allowClear
                showSearch
                placeholder="全部"
                style={{ width: 260 }}
                value={subjectFilter}
                options={subjects.map((subject) => ({ value: subject, label: subject }))}
                onChange={(value: string | undefined) => setFilter('subject', value)}
              />
            </Space>
            {data === undefined ? null : <ReportDownloads jurisdiction={jurisdiction} year={scope.year} asOf={data.coverageReport.asOf} />}
          </Space>
          <Typography.Text type="secondary">
            截至 {data?.coverageReport.asOf}，{rules.filter((rule) => rule.satisfied).length} / {rules.length} 条规则符合，共{' '}
            {rules.reduce((sum, rule) => sum + rule.gaps.length, 0)} 项缺口
          </Typography.Text>
          {shown.map((rule) => {
            const gaps = rule.gaps.filter((gap) => subjectFilter === undefined || gap.subject === subjectFilter);
            return (
              <Card
                key={rule.id}
                className="review-rule"
                data-rule={rule.id}
                title={
                  <Space wrap>
                    <span>{rule.id}</span>
                    <Tag>{rule.clause}</Tag>
                    <span style={{ whiteSpace: 'normal' }} title={rule.title}>
                      {ruleTitle(rule)}
                    </span>
                  </Space>
                }
                extra={
                  <Space>
                    <span>检查 {rule.checked} 个对象</span>
                    {rule.satisfied ? <Tag color="green">符合</Tag> : <Tag color="red">{rule.gaps.length} 项缺口</Tag>}
                  </Space>
                }
              >
                {gaps.length === 0 ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={rule.gaps.length === 0 ? '没有缺口' : '所选对象在本规则下没有缺口'}
                  />
                ) : (
                  <GapList
                    entries={gaps.map((gap) => ({ rule, gap }))}
                    showRule={false}
                    actionFor={editor ? ({ gap }) => correctionOf(rule.id, gap.subject, scope.search) : undefined}
                  />
                )}
              </Card>
            );
          })}
        </Space>
      </QueryState>
    </>
  );
}
