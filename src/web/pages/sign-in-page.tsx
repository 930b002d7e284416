import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphqlRequest } from '../api/graphql-request.ts';
import { ROLE_NAME } from '../app/app-shell.tsx';
import { VerifyTokenDocument } from '../generated/graphql.ts';
import { type Session, sessionOf } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';

/**
 * 登录: takes a bearer token (from `npm run token`, or the identity provider), reads who it names and
 * which role it grants, and has the server verify it with one read before keeping it.
 */
export default function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const submit = async ({ token }: { token: string }) => {
    setProblem(undefined);
    let candidate: Session;
    try {
      candidate = sessionOf(token ?? '');
    } catch (error) {
      setProblem((error as Error).message);
      return;
    }
    setChecking(true);
    try {
      await graphqlRequest(VerifyTokenDocument, {}, candidate.token);
      session.signIn(candidate);
      navigate('/');
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
      <Typography.Paragraph>
        粘贴管理员发给您的令牌（JWT）。本机部署可用 <Typography.Text code>npm run token -- --role viewer --subject 姓名</Typography.Text>{' '}
        生成。令牌只保存在本浏览器中。
      </Typography.Paragraph>
      <Form layout="vertical" onFinish={(values: { token: string }) => void submit(values)}>
        <Form.Item name="token" label="令牌" rules={[{ required: true, message: '请粘贴令牌' }]}>
          <Input.TextArea data-testid="token-input" rows={5} placeholder="eyJhbGciOi…" />
        </Form.Item>
        {problem === undefined ? null : (
          <Alert data-testid="sign-in-problem" type="error" title={problem} showIcon style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" loading={checking} data-testid="sign-in-submit">
          登录
        </Button>
      </Form>
    </Card>
  );
}
