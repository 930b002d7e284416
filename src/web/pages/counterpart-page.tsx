import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { CounterpartDetailDocument, type CounterpartYearQuery, CounterpartYearDocument } from '../generated/graphql.ts';
import { ACTIVITY_KIND, DOCUMENT_KIND, LEADER_TITLE, labelOf } from '../labels.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { LiaisonTable } from './liaison-table.tsx';
import { RolesTable } from './roles-table.tsx';

type Year = CounterpartYearQuery['counterpartYear'];

/** 党派团体页: a counterpart's liaison leaders and departments with the annex lines, its year's activities and documents, its people. */
export default function CounterpartPage() {
  const name = useParams().name ?? '';
  const scope = useScope();
  const editor = allows(useSession(), 'editor');
  // A key (<jurisdiction>/<name>) names exactly one counterpart; a bare name resolves in the default jurisdiction.
  const lookup = scope.jurisdiction === undefined ? name : `${scope.jurisdiction}/${name}`;
  const year = useQuery(CounterpartYearDocument, { name: lookup, year: scope.year }, { skip: scope.jurisdiction === undefined });
  const found = year.data?.counterpartYear;
  const detail = useQuery(
    CounterpartDetailDocument,
    { key: `${found?.jurisdiction}/${found?.counterpart}` },
    { skip: found === undefined },
  );
  const counterpart = detail.data?.counterparts[0];
  return (
    <>
      <Typography.Title level={3}>{found?.counterpart ?? name}</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={year.loading || detail.loading || found === undefined} error={year.error ?? detail.error}>
        {found === undefined || counterpart === undefined ? null : (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Descriptions bordered size="small" column={2}>
              <Descriptions.Item label="全称">{found.fullName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="党派">{found.party}</Descriptions.Item>
              <Descriptions.Item label="行政区">{found.jurisdiction}</Descriptions.Item>
              <Descriptions.Item label="别名">{counterpart.aliases.join('、') || '—'}</Descriptions.Item>
            </Descriptions>
            <Card
              title="联系领导"
              extra={
                editor ? (
                  <Link to={paths.recordLiaison(scope.search, { counterpart: found.counterpart })} data-testid="liaison-entry">
                    录入联系
                  </Link>
                ) : null
              }
            >
              <LiaisonTable
                testId="liaison-leaders"
                partyTitle="领导"
                rows={counterpart.liaisonLeadersConnection.edges.map((edge) => ({
                  key: `${edge.node.name}/${edge.properties.kind}/${edge.properties.sourceDocument}`,
                  party: `${edge.node.name}${edge.node.title ? `（${labelOf(LEADER_TITLE, edge.node.title)}）` : ''}`,
                  ...edge.properties,
                }))}
              />
            </Card>
            <Card title="联系部门">
              <LiaisonTable
                testId="liaison-departments"
                partyTitle="部门"
                rows={counterpart.liaisonDepartmentsConnection.edges.map((edge) => ({
                  key: `${edge.node.name}/${edge.properties.kind}/${edge.properties.sourceDocument}`,
                  party: <Link to={paths.department(edge.node.name, scope.search)}>{edge.node.name}</Link>,
                  ...edge.properties,
                }))}
              />
            </Card>
            <Card title={`${found.year} 年参加的活动`}>
              <Table<Year['activities'][number]>
                data-testid="counterpart-activities"
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={found.activities}
                locale={{ emptyText: '本年没有记录的活动' }}
                columns={[
                  { title: '日期', dataIndex: 'date', width: 110 },
                  { title: '类别', key: 'kind', width: 110, render: (_: unknown, activity) => ACTIVITY_KIND[activity.kind] },
                  { title: '名称', dataIndex: 'title' },
                  { title: '组织单位', key: 'organisers', render: (_: unknown, activity) => activity.organisers.join('、') },
                ]}
              />
            </Card>
            <Card title={`${found.year} 年收到的文件`}>
              <Table<Year['documentsReceived'][number]>
                data-testid="counterpart-documents"
                size="small"
                pagination={false}
                rowKey="number"
                dataSource={found.documentsReceived}
                locale={{ emptyText: '本年没有记录收到的文件' }}
                columns={[
                  { title: '文号', dataIndex: 'number', width: 220 },
                  { title: '标题', dataIndex: 'title' },
                  { title: '类别', key: 'kind', width: 130, render: (_: unknown, document) => labelOf(DOCUMENT_KIND, document.kind) },
                  { title: '发文单位', dataIndex: 'issuer', width: 160 },
                  { title: '日期', dataIndex: 'issuedAt', width: 110 },
                ]}
              />
            </Card>
            <Card title="应送未送与其他缺口">
              <Table<Year['gaps'][number]>
                data-testid="counterpart-gaps"
                size="small"
                pagination={false}
                rowKey={(gap) => `${gap.rule}/${gap.subject}`}
                dataSource={found.gaps}
                locale={{ emptyText: '没有缺口' }}
                columns={[
                  { title: '规则', dataIndex: 'rule', width: 70, render: (rule: string) => <Tag color="red">{rule}</Tag> },
                  { title: '对象', dataIndex: 'subject', width: 220 },
                  { title: '说明', dataIndex: 'detailZh', render: (detailZh: string, gap) => <span title={gap.detail}>{detailZh}</span> },
                ]}
              />
            </Card>
            <Card title="本组织的人员">
              <RolesTable testId="counterpart-people" roles={counterpart.roles} />
            </Card>
          </Space>
        )}
      </QueryState>
    </>
  );
}
