import { describe, expect, it } from 'vitest';
import { claimAt, grantedRoles, hasRole } from '../../../src/auth/index.ts';

describe('grantedRoles', () => {
  it('grants a role and every role below it', () => {
    expect(grantedRoles(['admin'])).toEqual(['viewer', 'editor', 'admin']);
    expect(grantedRoles(['editor'])).toEqual(['viewer', 'editor']);
    expect(grantedRoles('viewer')).toEqual(['viewer']);
  });

  it('grants nothing for roles the server does not know, or a claim that is not a list of names', () => {
    expect(grantedRoles(['superuser', 'root'])).toEqual([]);
    expect(grantedRoles(undefined)).toEqual([]);
    expect(grantedRoles({ admin: true })).toEqual([]);
    expect(grantedRoles(['superuser', 'editor'])).toEqual(['viewer', 'editor']);
  });

  it('answers whether granted roles reach a required one', () => {
    expect(hasRole(grantedRoles(['editor']), 'viewer')).toBe(true);
    expect(hasRole(grantedRoles(['editor']), 'admin')).toBe(false);
  });
});

describe('claimAt', () => {
  it('follows a dotted path into nested claims, as Keycloak writes realm_access.roles', () => {
    expect(claimAt({ realm_access: { roles: ['viewer'] } }, 'realm_access.roles')).toEqual(['viewer']);
    expect(claimAt({ roles: ['admin'] }, 'roles')).toEqual(['admin']);
  });

  it('gives undefined for a path that is missing or runs through a value that is not an object', () => {
    expect(claimAt({ realm_access: ['viewer'] }, 'realm_access.roles')).toBeUndefined();
    expect(claimAt({}, 'realm_access.roles')).toBeUndefined();
  });
});
