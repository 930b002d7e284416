import { describe, expect, it } from 'vitest';
import { mintToken } from '../../../src/auth/index.ts';
import { allows, ANONYMOUS, sessionOf } from '../../../src/web/session/session.ts';

const secret = 'a-secret-of-at-least-thirty-two-characters!';

/** A token whose payload is `payload`, unsigned: the web app only reads it, the server verifies it. */
function tokenWith(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256' })}.${part(payload)}.signature`;
}

describe("the web application's reading of a token", () => {
  it('names the user by the token subject and takes the highest role it grants', async () => {
    const session = sessionOf(await mintToken(secret, { role: 'editor', subject: '张三', days: 1 }));
    expect(session.name).toBe('张三');
    expect(session.role).toBe('editor');
    expect(allows(session, 'viewer')).toBe(true);
    expect(allows(session, 'editor')).toBe(true);
    expect(allows(session, 'admin')).toBe(false);
  });

  it("prefers a token's name to its subject, reads Keycloak's realm roles and ignores roles it does not know", () => {
    const session = sessionOf(tokenWith({ sub: 'u-1', name: '李四', realm_access: { roles: ['offline_access', 'viewer', 'admin'] } }));
    expect(session.name).toBe('李四');
    expect(session.role).toBe('admin');
    expect(sessionOf(tokenWith({ sub: 'u-2', roles: ['superuser'] })).role).toBeUndefined();
  });

  it('accepts a token pasted with its Bearer prefix and surrounding blanks', async () => {
    const token = await mintToken(secret, { role: 'viewer', subject: '王五', days: 1 });
    expect(sessionOf(`  Bearer ${token}\n`).token).toBe(token);
  });

  it('refuses text that is not a token and a token that has expired, saying which in Chinese', () => {
    expect(() => sessionOf('not a token')).toThrow('这不是一个令牌');
    expect(() => sessionOf('a.b.c')).toThrow('令牌的内容无法读取');
    expect(() => sessionOf(tokenWith({ sub: 'x', roles: ['viewer'], exp: 1_000 }))).toThrow('过期');
  });

  it('lets nobody anonymous use what needs a role', () => {
    expect(allows(ANONYMOUS, 'viewer')).toBe(false);
  });
});
