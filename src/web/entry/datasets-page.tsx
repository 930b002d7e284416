import { Alert, Button, Popconfirm, Result, Table, Typography } from 'antd';
import { useState } from 'react';
import { graphqlRequest } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';
import { QueryState } from '../app/query-state.tsx';
import { type DatasetsQuery, DatasetsDocument, RemoveDatasetDocument } from '../generated/graphql.ts';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { SignInLink } from '../app/sign-in-link.tsx';

type Dataset = DatasetsQuery['datasets'][number];

/** 数据集 (admins): the imported datasets with what each holds, and their removal as a unit (after a confirmation). */
export default function DatasetsPage() {
  const session = useSession();
  const admin = allows(session, 'admin');
  const { data, loading, error, refetch } = useQuery(DatasetsDocument, {}, { skip: !admin });
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | undefined>();
  if (!admin)
    return <Result status="403" title="需要管理员权限" subTitle="管理数据集需要管理员角色的令牌。" extra={<SignInLink>登录</SignInLink>} />;

  const remove = async (name: string) => {
    setOutcome(undefined);
    try {
      const { removeDataset } = await graphqlRequest(RemoveDatasetDocument, { name }, session.token);
      setOutcome({
        type: 'success',
        text: `已删除数据集 ${removeDataset.dataset}：删除 ${removeDataset.deleted} 个节点，保留 ${removeDataset.kept} 个（另有来源）`,
      });
      refetch();
    } catch (failure) {
      setOutcome({ type: 'error', text: (failure as Error).message });
    }
  };
  return (
    <>
      <Typography.Title level={3}>数据集</Typography.Title>
      {outcome === undefined ? null : (
        <Alert data-testid="dataset-outcome" type={outcome.type} showIcon title={outcome.text} style={{ marginBottom: 16 }} />
      )}
      <QueryState loading={loading && data === undefined} error={error}>
        <Table<Dataset>
          data-testid="datasets"
          size="small"
          rowKey="name"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          dataSource={data?.datasets ?? []}
          columns={[
            { title: '名称', dataIndex: 'name' },
            { title: '来源', dataIndex: 'source' },
            {
              title: '导入时间',
              dataIndex: 'importedAt',
              render: (at: string | null | undefined) => (at ? new Date(at).toLocaleString('zh-CN') : '—'),
            },
            ...(['organisations', 'people', 'roles', 'activities', 'documents'] as const).map((key) => ({
              title: { organisations: '单位', people: '人员', roles: '职务', activities: '活动', documents: '文件' }[key],
              dataIndex: key,
              align: 'right' as const,
            })),
            {
              title: '操作',
              key: 'remove',
              render: (_: unknown, dataset: Dataset) => (
                <Popconfirm
                  title={`删除数据集 ${dataset.name}？只由它记录的内容将被删除。`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove(dataset.name)}
                >
                  <Button danger size="small" className="dataset-remove" data-dataset={dataset.name}>
                    删除
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </QueryState>
    </>
  );
}
