import 'server-only';
import { PingQuery } from '../graphql/documents';
import { gatewayClient, isUnauthorized } from './gateway';

export type SessionVerdict = 'accepted' | 'rejected' | 'unreachable';

/** Asks the gateway whether a session is still live, with the cheapest query it answers. */
export async function verifySession(session: string): Promise<SessionVerdict> {
  const result = await gatewayClient(session).query(PingQuery, {}).toPromise();
  if (isUnauthorized(result.error)) return 'rejected';
  if (result.error || result.data?.__typename !== 'Query') return 'unreachable';
  return 'accepted';
}
