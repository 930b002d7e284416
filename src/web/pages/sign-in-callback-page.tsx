import { Card, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../app/links.ts';
import { acceptedSession } from '../session/accept-token.ts';
import { identityProvider } from '../session/identity-provider.ts';
import type { Session } from '../session/session.ts';
import { useSession } from '../session/session-context.tsx';

type Outcome = { session: Session; returnTo: string } | { problem: string; returnTo: string };

/** The code of a callback URL can be exchanged once: StrictMode's second effect must share the first exchange. */
const exchanges = new Map<string, Promise<Outcome>>();

async function exchange(url: string): Promise<Outcome> {
  const flow = await import('../session/oidc-sign-in.ts');
  let completed: Awaited<ReturnType<typeof flow.completeSignIn>>;
  try {
    const provider = await identityProvider();
    if (provider === null) return { problem: '服务器未配置统一身份认证', returnTo: '/' };
    completed = await flow.completeSignIn(provider, url);
  } catch (error) {
    return { problem: flow.describeSignInFailure(error), returnTo: flow.returnPathOfFailure(error) };
  }
  try {
    return { session: await acceptedSession(completed.tokens), returnTo: completed.returnTo };
  } catch (error) {
    return { problem: `服务器不接受统一身份认证返回的令牌：${(error as Error).message}`, returnTo: completed.returnTo };
  }
}

/**
 * `/signin-callback`: where the identity provider sends the browser back. Exchanges the code for the
 * tokens, keeps the one the server accepts as a pasted token is kept, and returns to the page the user
 * came from; a failed or cancelled login goes back to the sign-in page, which says why.
 */
export default function SignInCallbackPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  // Signing in renders anew with a new signIn: the exchange's outcome must be acted on once, not per render.
  const latest = useRef({ signIn, navigate });
  latest.current = { signIn, navigate };
  useEffect(() => {
    let current = true;
    const url = window.location.href;
    const pending = exchanges.get(url) ?? exchange(url);
    exchanges.set(url, pending);
    void pending.then((outcome) => {
      if (!current) return;
      if ('session' in outcome) {
        latest.current.signIn(outcome.session);
        latest.current.navigate(outcome.returnTo, { replace: true });
      } else latest.current.navigate(paths.signIn, { replace: true, state: { problem: outcome.problem, from: outcome.returnTo } });
    });
    return () => {
      current = false;
    };
  }, []);
  return (
    <Card style={{ maxWidth: 640, margin: '0 auto' }}>
      <Spin /> 正在完成统一身份认证登录…
    </Card>
  );
}
