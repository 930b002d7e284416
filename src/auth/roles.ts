/** The roles the API knows, each granting everything the one before it grants. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/**
 * What a viewer, an editor and an admin may do:
 * viewer — every query, the review, search; editor — viewer + the domain mutations, `importRecords`,
 * notice ingestion; admin — editor + deletes, dataset removal, the audit log.
 */
export const ROLE_GRANTS: Readonly<Record<Role, string>> = {
  viewer: 'every query, the review, search',
  editor: 'viewer + the domain mutations, importRecords, notice ingestion',
  admin: 'editor + deletes, dataset removal, the audit log',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The roles a token's claimed roles grant, lower ones included (`admin` → admin, editor, viewer).
 * A role the server does not know grants nothing; a claim that is not a list of strings (or one
 * string) grants nothing either.
 */
export function grantedRoles(claimed: unknown): Role[] {
  const names = typeof claimed === 'string' ? [claimed] : Array.isArray(claimed) ? claimed : [];
  const highest = Math.max(-1, ...names.filter(isRole).map((role) => ROLES.indexOf(role)));
  return ROLES.slice(0, highest + 1);
}

/** Whether granted roles include `required`. */
export function hasRole(granted: readonly Role[], required: Role): boolean {
  return granted.includes(required);
}

/** The value at a dotted path of a token's payload (`realm_access.roles`), or undefined. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  let value: unknown = payload;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
