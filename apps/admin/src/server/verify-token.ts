import 'server-only';
import { PingQuery } from '../graphql/documents';
import { gatewayClient, isUnauthorized } from './gateway';

export type TokenVerdict = 'accepted' | 'rejected' | 'unreachable';

/** Asks the gateway whether it accepts an operator token, with the cheapest query it answers. */
export async function verifyOperatorToken(token: string): Promise<TokenVerdict> {
  const result = await gatewayClient(token).query(PingQuery, {}).toPromise();
  if (isUnauthorized(result.error)) return 'rejected';
  if (result.error || result.data?.__typename !== 'Query') return 'unreachable';
  return 'accepted';
}
