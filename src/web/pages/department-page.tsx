import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { type DepartmentDetailQuery, DepartmentDetailDocument, ReviewDocument } from '../generated/graphql.ts';
import { ACTIVITY_KIND, DOCUMENT_KIND, labelOf } from '../labels.ts';
import { GapList } from '../review/gap-list.tsx';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { LiaisonTable } from './liaison-table.tsx';
import { RolesTable } from './roles-table.tsx';

type Department = DepartmentDetailQuery['departments'][number];
type Issued = Department['documentsIssued'][number];

const PLAN_KINDS = new Set(['WORK_PLAN', 'ANNUAL_SUMMARY']);

/** 部门页: a department's counterparts, people, activities, documents, plan and summary, and its review gaps. */
export default function DepartmentPage() {
  const name = useParams().name ?? '';
  const scope = useScope();
  const editor = allows(useSession(), 'editor');
  const jurisdiction = scope.jurisdiction ?? '';
  const skip = scope.jurisdiction === undefined;
  const detail = useQuery(DepartmentDetailDocument, { key: `${jurisdiction}/${name}` }, { skip });
  const review = useQuery(ReviewDocument, { jurisdiction, year: scope.year, asOf: scope.asOf }, { skip });
  const department = detail.data?.departments[0];
  const inYear = (date: string | null | undefined) => date?.startsWith(String(scope.year)) === true;
  const gaps = (review.data?.coverageReport.rules ?? []).flatMap((rule) =>
    rule.gaps.filter((gap) => gap.subject === name).map((gap) => ({ rule, gap })),
  );
  const issued = department?.documentsIssued ?? [];
  const plans = issued.filter(
    (document) => document.kind !== null && document.kind !== undefined && PLAN_KINDS.has(document.kind) && document.year === scope.year,
  );
  return (
    <>
      <Typography.Title level={3}>{name}</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={detail.loading || skip} error={detail.error}>
        {department === undefined ? (
          <Typography.Paragraph>
            {jurisdiction} 没有名为“{name}”的部门。
          </Typography.Paragraph>
        ) : (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions bordered size="small" column={2}>
              <Descriptions.Item label="全称">{department.fullName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="别名">{department.aliases.join('、') || '—'}</Descriptions.Item>
            </Descriptions>
            <Card
              title="对口联系的党派团体"
              extra={
                editor ? (
                  <Link to={paths.recordLiaison(scope.search, { from: name })} data-testid="liaison-entry">
                    录入联系
                  </Link>
                ) : null
              }
            >
              <LiaisonTable
                testId="department-liaisons"
                partyTitle="党派团体"
                rows={department.liaisonsConnection.edges.map((edge) => ({
                  key: `${edge.node.name}/${edge.properties.kind}/${edge.properties.sourceDocument}`,
                  party: <Link to={paths.counterpart(edge.node.name, scope.search)}>{edge.node.name}</Link>,
                  ...edge.properties,
                }))}
              />
            </Card>
            <Card title="负责人、分管领导、责任科室、联络人员与特约监督员">
              <RolesTable testId="department-roles" roles={department.roles} />
            </Card>
            <Card title={`${scope.year} 年组织的活动`}>
              <Table<Department['activitiesOrganised'][number]>
                data-testid="department-activities"
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={department.activitiesOrganised.filter((activity) => inYear(activity.date))}
                locale={{ emptyText: '本年没有记录的活动' }}
                columns={[
                  { title: '日期', dataIndex: 'date', width: 110 },
                  { title: '类别', key: 'kind', width: 110, render: (_: unknown, activity) => ACTIVITY_KIND[activity.kind] },
                  { title: '名称', dataIndex: 'title' },
                  {
                    title: '参加的党派团体',
                    key: 'counterparts',
                    render: (_: unknown, activity) => activity.counterparts.map((c) => c.name).join('、'),
                  },
                ]}
              />
            </Card>
            <Card title={`${scope.year} 年度工作计划与总结`}>
              <DocumentsTable testId="department-plans" documents={plans} empty="本年没有记录的计划或总结" />
            </Card>
            <Card title="发出的文件">
              <DocumentsTable testId="department-documents-issued" documents={issued} empty="没有记录发出的文件" />
            </Card>
            <Card title="收到的文件">
              <Table<Department['documentsReceived'][number]>
                size="small"
                pagination={false}
                rowKey="number"
                dataSource={department.documentsReceived}
                locale={{ emptyText: '没有记录收到的文件' }}
                columns={[
                  { title: '文号', dataIndex: 'number', width: 220 },
                  { title: '标题', dataIndex: 'title' },
                  { title: '发文单位', dataIndex: 'issuer', width: 180 },
                  { title: '日期', dataIndex: 'issuedAt', width: 110 },
                ]}
              />
            </Card>
            <Card title={`${scope.year} 年审查缺口`}>
              <QueryState loading={review.loading} error={review.error}>
                {gaps.length === 0 ? <Tag color="green">没有缺口</Tag> : <GapList entries={gaps} />}
              </QueryState>
            </Card>
          </Space>
        )}
      </QueryState>
    </>
  );
}

function DocumentsTable({ documents, testId, empty }: { documents: Issued[]; testId: string; empty: string }) {
  return (
    <Table<Issued>
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="number"
      dataSource={documents}
      locale={{ emptyText: empty }}
      columns={[
        { title: '文号', dataIndex: 'number', width: 220 },
        { title: '标题', dataIndex: 'title' },
        { title: '类别', key: 'kind', width: 120, render: (_: unknown, document) => labelOf(DOCUMENT_KIND, document.kind) },
        { title: '日期', dataIndex: 'issuedAt', width: 110 },
        {
          title: '送达',
          key: 'recipients',
          render: (_: unknown, document) => document.recipients.map((recipient) => recipient.name).join('、') || '—',
        },
      ]}
    />
  );
}
