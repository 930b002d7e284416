import { describe, expect, it } from 'vitest';
import { returnPath } from '../../../src/web/session/identity-provider.ts';

describe('where the web application returns after signing in', () => {
  it('returns to the page of this app the user came from, with its query', () => {
    expect(returnPath('/review?jurisdiction=资阳市&year=2023')).toBe('/review?jurisdiction=资阳市&year=2023');
  });

  it('returns to the overview instead of another origin, a protocol-relative URL, the sign-in pages or nothing', () => {
    for (const candidate of ['https://elsewhere.example/', '//elsewhere.example/', '/sign-in', '/signin-callback?code=x', undefined, 42])
      expect(returnPath(candidate)).toBe('/');
  });
});
