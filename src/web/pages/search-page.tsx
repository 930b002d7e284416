import { List, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { paths } from '../app/links.ts';
import { QueryState } from '../app/query-state.tsx';
import { useScope } from '../app/use-scope.ts';
import { SearchDocument, type SearchQuery } from '../generated/graphql.ts';
import { SEARCH_KIND } from '../labels.ts';

type Hit = SearchQuery['search'][number];

/** The page a hit opens, for the kinds that have one. */
function pageOf(hit: Hit, search: string): string | undefined {
  if (hit.kind === 'Counterpart') return paths.counterpart(hit.name, search);
  if (hit.kind === 'Department') return paths.department(hit.name, search);
  return undefined;
}

/** 搜索: ranked matches of names, full names and aliases in the jurisdiction (发改委 finds 市发展改革委). */
export default function SearchPage() {
  const [params] = useSearchParams();
  const text = params.get('q')?.trim() ?? '';
  const scope = useScope();
  const { data, loading, error } = useQuery(
    SearchDocument,
    { text, jurisdiction: scope.jurisdiction ?? null, limit: 30 },
    { skip: text === '' || scope.jurisdiction === undefined },
  );
  return (
    <>
      <Typography.Title level={3}>搜索“{text}”</Typography.Title>
      {text === '' ? (
        <Typography.Paragraph>在页面顶部的搜索框输入名称、全称或简称。</Typography.Paragraph>
      ) : (
        <QueryState loading={loading} error={error}>
          <List<Hit>
            data-testid="search-results"
            bordered
            dataSource={data?.search ?? []}
            locale={{ emptyText: `${scope.jurisdiction ?? ''} 中没有与“${text}”相符的名称` }}
            renderItem={(hit) => {
              const page = pageOf(hit, scope.search);
              return (
                <List.Item className="search-hit" data-kind={hit.kind} data-name={hit.name}>
                  <List.Item.Meta
                    title={
                      <>
                        <Tag>{SEARCH_KIND[hit.kind] ?? hit.kind}</Tag>
                        {page === undefined ? hit.name : <Link to={page}>{hit.name}</Link>}
                      </>
                    }
                    description={hit.fullName ?? undefined}
                  />
                </List.Item>
              );
            }}
          />
        </QueryState>
      )}
    </>
  );
}
