import { describe, expect, it } from 'vitest';
import { searchScopeToken } from '../../../src/db/index.ts';

describe('the search scope token of a jurisdiction', () => {
  it('is one lower-case ASCII word, which the cjk analyzer keeps whole', () => {
    for (const name of ['资阳市', '雁江区', 'A/B 县', '']) expect(searchScopeToken(name)).toMatch(/^scope[0-9a-f]{32}$/);
  });

  it('is the same for the same name and differs between names', () => {
    expect(searchScopeToken('雁江区')).toBe(searchScopeToken('雁江区'));
    expect(searchScopeToken('雁江区')).not.toBe(searchScopeToken('安岳县'));
  });
});
