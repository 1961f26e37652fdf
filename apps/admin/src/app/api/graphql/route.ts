import { forwardGraphql } from '../../../server/forward-graphql';
import { gatewayUrl } from '../../../server/gateway';
import { sessionToken } from '../../../server/session';
import { sessionVerdict } from '../../../server/session-verdict';

/** GraphQL for the browser's urql client, forwarded to the gateway with the token from the cookie. */
export async function POST(request: Request): Promise<Response> {
  const token = await sessionToken();
  // The session is checked before the body is read: a forged cookie gets nothing read, nothing forwarded.
  const verdict = token === null ? 'rejected' : await sessionVerdict(token);
  return forwardGraphql({ gateway: gatewayUrl(''), token: verdict === 'rejected' ? null : token, request });
}
