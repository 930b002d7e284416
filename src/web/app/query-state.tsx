import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/graphql-request.ts';
import { SignInLink } from './sign-in-link.tsx';

/** What a page shows while its data comes, or when it cannot: the server's own message, and a way on for 401/403. */
export function QueryState({ loading, error, children }: { loading: boolean; error: ApiError | undefined; children?: ReactNode }) {
  if (error !== undefined) {
    const signIn = error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN';
    return (
      <Alert
        type="error"
        showIcon
        title={signIn ? '没有权限读取：请先登录' : '读取失败'}
        description={
          <span>
            {error.message}
            {error.code === undefined ? '' : `（${error.code}）`} {signIn ? <SignInLink>登录</SignInLink> : null}
          </span>
        }
      />
    );
  }
  if (loading) return <Spin description="正在读取…" size="large" style={{ display: 'block', margin: '48px auto' }} />;
  return <>{children}</>;
}
