import { forwardGraphql } from '../../../server/forward-graphql';
import { gatewayUrl } from '../../../server/gateway';
import { sessionId } from '../../../server/session';
import { sessionVerdict } from '../../../server/session-verdict';

/** GraphQL for the browser's urql client, forwarded to the gateway with the session id from the cookie. */
export async function POST(request: Request): Promise<Response> {
  return forwardGraphql({
    gateway: gatewayUrl(''),
    session: await sessionId(),
    request,
    sessionAccepted: async (session) => (await sessionVerdict(session)) !== 'rejected',
  });
}
