import { Button, Card, List, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { graphqlRequest } from '../api/graphql-request.ts';
import { useQuery } from '../api/use-query.ts';
import { QueryState } from '../app/query-state.tsx';
import { ScopeBar } from '../app/scope-bar.tsx';
import { useScope } from '../app/use-scope.ts';
import { type LiaisonPathsQuery, LiaisonPathsDocument, NetworkDocument } from '../generated/graphql.ts';
import { useSession } from '../session/session-context.tsx';
import { NetworkGraph } from './network-graph.tsx';
import { networkElements, pathElements } from './network-elements.ts';

type Path = LiaisonPathsQuery['liaisonPaths'][number];

/** 关系网络: the jurisdiction's leaders, departments and counterparts as a graph, with the paths between a party and a department. */
export default function NetworkPage() {
  const scope = useScope();
  const { token } = useSession();
  const jurisdiction = scope.jurisdiction ?? '';
  const { data, loading, error } = useQuery(NetworkDocument, { jurisdiction }, { skip: scope.jurisdiction === undefined });
  const elements = useMemo(() => (data === undefined ? [] : networkElements(data, scope.asOf)), [data, scope.asOf]);
  const [from, setFrom] = useState<string | undefined>();
  const [to, setTo] = useState<string | undefined>();
  const [path, setPath] = useState<Path | undefined | null>();
  const [problem, setProblem] = useState<string | undefined>();
  const highlighted = useMemo(() => (path ? pathElements(path) : []), [path]);

  const findPath = async () => {
    if (from === undefined || to === undefined) return;
    setProblem(undefined);
    try {
      // Keys (<jurisdiction>/<name>) name the bodies of this jurisdiction, not those of the same name elsewhere.
      const result = await graphqlRequest(LiaisonPathsDocument, { from: `${jurisdiction}/${from}`, to: `${jurisdiction}/${to}` }, token);
      setPath(result.liaisonPaths[0] ?? null);
    } catch (failure) {
      setProblem((failure as Error).message);
    }
  };

  return (
    <>
      <Typography.Title level={3}>{jurisdiction} 对口联系网络</Typography.Title>
      <ScopeBar scope={scope} />
      <QueryState loading={loading || data === undefined} error={error}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Tag color="#b71c1c">党派团体</Tag>
            <Tag color="#f9a825">市政府领导</Tag>
            <Tag color="#1565c0">部门</Tag>
            <span>实线：对口联系；虚线：普遍联系</span>
          </Space>
          <Space wrap>
            从
            <Select
              data-testid="path-from"
              showSearch
              placeholder="党派团体"
              style={{ width: 220 }}
              value={from}
              options={(data?.counterparts ?? []).map(({ name }) => ({ value: name, label: name }))}
              onChange={setFrom}
            />
            到
            <Select
              data-testid="path-to"
              showSearch
              placeholder="部门或领导"
              style={{ width: 220 }}
              value={to}
              options={[...(data?.departments ?? []), ...(data?.leaders ?? [])].map(({ name }) => ({ value: name, label: name }))}
              onChange={setTo}
            />
            <Button
              type="primary"
              data-testid="path-find"
              disabled={from === undefined || to === undefined}
              onClick={() => void findPath()}
            >
              查找联系路径
            </Button>
            {path === undefined ? null : (
              <Button onClick={() => setPath(undefined)} data-testid="path-clear">
                清除
              </Button>
            )}
          </Space>
          {problem === undefined ? null : <Typography.Text type="danger">{problem}</Typography.Text>}
          {path === null ? <Typography.Text data-testid="path-none">四步之内没有联系路径</Typography.Text> : null}
          {path ? (
            <Card size="small" title={`联系路径（${path.length} 步）`}>
              <List
                data-testid="path-steps"
                size="small"
                dataSource={path.steps}
                renderItem={(step) => <List.Item className="path-step">{step.label}</List.Item>}
              />
            </Card>
          ) : null}
          <NetworkGraph elements={elements} path={highlighted} />
        </Space>
      </QueryState>
    </>
  );
}
