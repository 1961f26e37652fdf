import 'server-only';
import { cache } from 'react';
import type { Role } from '../gql/graphql';
import { MeQuery } from '../graphql/documents';
import { gatewayClient } from './gateway';
import { sessionId } from './session';

export interface CurrentOperator {
  name: string;
  role: Role;
}

/**
 * The signed-in operator (`me`), asked once per request however many components want it; null when signed out or
 * when the gateway no longer accepts the session. For display only: the gateway decides what a role may do.
 */
export const currentOperator = cache(async (): Promise<CurrentOperator | null> => {
  const session = await sessionId();
  if (session === null) return null;
  const result = await gatewayClient(session).query(MeQuery, {}).toPromise();
  return result.data?.me ?? null;
});
