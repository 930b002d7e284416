import { mintToken, type Role } from '../../src/auth/index.ts';

/** The HS256 secret every test server verifies with (JWT_SECRET of `testConfig()`). */
export const TEST_JWT_SECRET = 'test-secret-of-at-least-thirty-two-characters';

/** A bearer token for the test servers granting `role`. */
export async function tokenFor(role: Role, subject = `test-${role}`): Promise<string> {
  return mintToken(TEST_JWT_SECRET, { role, subject, days: 1 });
}
