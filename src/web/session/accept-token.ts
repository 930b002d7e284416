import { graphqlRequest } from '../api/graphql-request.ts';
import { VerifyTokenDocument } from '../generated/graphql.ts';
import { type Session, sessionOf } from './session.ts';

/**
 * The session of the first token the server accepts, each checked with one read: the way a pasted
 * token is checked, and how the code flow picks between its access token and its ID token.
 * Throws the last refusal when none is accepted.
 */
export async function acceptedSession(tokens: readonly string[]): Promise<Session> {
  let refusal: Error = new Error('没有可用的令牌');
  for (const token of tokens) {
    try {
      const candidate = sessionOf(token);
      await graphqlRequest(VerifyTokenDocument, {}, candidate.token);
      return candidate;
    } catch (error) {
      refusal = error as Error;
    }
  }
  throw refusal;
}
