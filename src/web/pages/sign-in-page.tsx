import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ROLE_NAME } from '../app/app-shell.tsx';
import { acceptedSession } from '../session/accept-token.ts';
import { type IdentityProvider, identityProvider, returnPath } from '../session/identity-provider.ts';
import { sessionOf } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';

/** What a page sending the user here passes along: where to return, and why an earlier attempt failed. */
interface SignInState {
  from?: unknown;
  problem?: unknown;
}

/** 通过统一身份认证登录: shown when the server names an identity provider (`GET /web-config`). */
function ProviderSignIn({ returnTo, onProblem }: { returnTo: string; onProblem: (problem: string) => void }) {
  const [provider, setProvider] = useState<IdentityProvider | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  useEffect(() => {
    let current = true;
    identityProvider()
      .then((found) => {
        if (current) setProvider(found);
      })
      // Without the server's answer the pasted token still works: the button is simply not offered.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  if (provider === null) return null;
  const start = async () => {
    setRedirecting(true);
    // oidc-client-ts is fetched only now, to keep it out of the first load.
    const flow = await import('../session/oidc-sign-in.ts');
    try {
      await flow.startSignIn(provider, returnTo);
    } catch (error) {
      onProblem(flow.describeSignInFailure(error));
      setRedirecting(false);
    }
  };
  return (
    <>
      <Typography.Paragraph>使用单位的统一身份认证账号登录，登录后回到原来的页面。</Typography.Paragraph>
      <Button type="primary" data-testid="oidc-sign-in" loading={redirecting} onClick={() => void start()}>
        通过统一身份认证登录
      </Button>
      <Divider plain>或粘贴令牌</Divider>
    </>
  );
}

/**
 * 登录: through the identity provider's login page when the server names one, or with a pasted bearer
 * token (from `npm run token`, or the identity provider); either way the server verifies the token
 * with one read before it is kept.
 */
export default function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as SignInState;
  const returnTo = returnPath(state.from);
  const [problem, setProblem] = useState<string | undefined>(typeof state.problem === 'string' ? state.problem : undefined);
  const [checking, setChecking] = useState(false);
  const submit = async ({ token }: { token: string }) => {
    setProblem(undefined);
    try {
      sessionOf(token ?? '');
    } catch (error) {
      setProblem((error as Error).message);
      return;
    }
    setChecking(true);
    try {
      session.signIn(await acceptedSession([token]));
      navigate(returnTo);
    } catch (error) {
      setProblem(`服务器不接受这个令牌：${(error as Error).message}`);
    } finally {
      setChecking(false);
    }
  };
  return (
    <Card title="登录" style={{ maxWidth: 640, margin: '0 auto' }}>
      {session.role === undefined ? null : (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          title={`当前用户：${session.name ?? '（无名）'}，${ROLE_NAME[session.role]}`}
          showIcon
        />
      )}
      {problem === undefined ? null : (
        <Alert data-testid="sign-in-problem" type="error" title={problem} showIcon style={{ marginBottom: 16 }} />
      )}
      <ProviderSignIn returnTo={returnTo} onProblem={setProblem} />
      <Typography.Paragraph>
        粘贴管理员发给您的令牌（JWT）。本机部署可用 <Typography.Text code>npm run token -- --role viewer --subject 姓名</Typography.Text>{' '}
        生成。令牌只保存在本浏览器中。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={(values: { token: string }) => void submit(values)}>
        <Form.Item name="token" label="令牌" rules={[{ required: true, message: '请粘贴令牌' }]}>
          <Input.TextArea data-testid="token-input" rows={5} placeholder="eyJhbGciOi…" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={checking} data-testid="sign-in-submit">
          登录
        </Button>
      </Form>
    </Card>
  );
}
