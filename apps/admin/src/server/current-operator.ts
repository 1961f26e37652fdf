import 'server-only';
import { cache } from 'react';
import type { Role } from '../gql/graphql';
import { MeQuery } from '../graphql/documents';
import { callerAddress } from './caller-address';
import { gatewayClient, isUnauthorized } from './gateway';
import { sessionId } from './session';

export interface CurrentOperator {
  name: string;
  role: Role;
}

/**
 * The signed-in operator (`me`), asked once per request however many components want it. Null when signed out or
 * when the gateway no longer accepts the session; 'unknown' when there is a session but the gateway did not answer
 * (the header still offers `Sign out`). For display only: the gateway decides what a role may do.
 */
export const currentOperator = cache(async (): Promise<CurrentOperator | 'unknown' | null> => {
  const session = await sessionId();
  if (session === null) return null;
  const result = await gatewayClient(session, await callerAddress())
    .query(MeQuery, {})
    .toPromise();
  if (isUnauthorized(result.error)) return null;
  return result.data?.me ?? 'unknown';
});
