import { forwardGraphql } from '../../../server/forward-graphql';
import { gatewayUrl } from '../../../server/gateway';
import { sessionToken } from '../../../server/session';
import { sessionVerdict } from '../../../server/session-verdict';

/** GraphQL for the browser's urql client, forwarded to the gateway with the token from the cookie. */
export async function POST(request: Request): Promise<Response> {
  return forwardGraphql({
    gateway: gatewayUrl(''),
    token: await sessionToken(),
    request,
    sessionAccepted: async (token) => (await sessionVerdict(token)) !== 'rejected',
  });
}
