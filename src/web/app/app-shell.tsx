import { Button, Input, Layout, Space, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { allows } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';
import { paths } from './links.ts';
import { QueryState } from './query-state.tsx';
import { SignInLink } from './sign-in-link.tsx';

export const ROLE_NAME = { viewer: '查看者', editor: '编辑者', admin: '管理员' } as const;

/** Keeps the jurisdiction and year of the current URL when moving between pages. */
function scopeOf(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of ['jurisdiction', 'year']) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  return kept.size === 0 ? '' : `?${kept.toString()}`;
}

function UserBox() {
  const session = useSession();
  if (session.name === undefined && session.role === undefined)
    return (
      <Space>
        <Typography.Text style={{ color: '#fff' }}>未登录</Typography.Text>
        <SignInLink>
          <Button size="small">登录</Button>
        </SignInLink>
      </Space>
    );
  return (
    <Space data-testid="user-box">
      <Typography.Text style={{ color: '#fff' }} data-testid="user-name">
        {session.name ?? '（无名）'}
      </Typography.Text>
      <Tag color="gold" data-testid="user-role">
        {session.role === undefined ? '无角色' : ROLE_NAME[session.role]}
      </Tag>
      <Button size="small" onClick={session.signOut}>
        退出
      </Button>
    </Space>
  );
}

/** Header (title, pages, search, user) around every page. */
export function AppShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const scope = scopeOf(location.search);
  const searched = new URLSearchParams(location.search).get('q') ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Link to={paths.overview(scope)} style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          对口联系图谱
        </Link>
        <nav className="app-nav">
          <NavLink to={paths.overview(scope)} end>
            总览
          </NavLink>
          <NavLink to={paths.review(scope)}>年度审查</NavLink>
          <NavLink to={paths.network(scope)}>关系网络</NavLink>
          {allows(session, 'editor') ? (
            <>
              <NavLink to={paths.recordActivity(scope)} data-testid="nav-entry">
                录入活动
              </NavLink>
              <NavLink to={paths.recordDocument(scope)} data-testid="nav-entry-document">
                录入文件
              </NavLink>
              <NavLink to={paths.recordRole(scope)} data-testid="nav-entry-role">
                录入职务
              </NavLink>
              <NavLink to={paths.recordLiaison(scope)} data-testid="nav-entry-liaison">
                录入联系
              </NavLink>
              <NavLink to={paths.uploadRecords(scope)} data-testid="nav-upload">
                导入记录
              </NavLink>
            </>
          ) : null}
          {allows(session, 'admin') ? (
            <NavLink to={paths.datasets} data-testid="nav-datasets">
              数据集
            </NavLink>
          ) : null}
        </nav>
        <Input.Search
          key={searched}
          defaultValue={searched}
          aria-label="搜索"
          data-testid="global-search"
          placeholder="搜索名称或简称，如 发改委"
          allowClear
          style={{ width: 260 }}
          onSearch={(text) => {
            if (text.trim() !== '') navigate(paths.search(text.trim(), scope));
          }}
        />
        <UserBox />
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <Suspense fallback={<QueryState loading error={undefined} />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
