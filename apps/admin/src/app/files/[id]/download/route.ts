import { forwardDownload } from '../../../../server/forward-download';
import { gatewayUrl } from '../../../../server/gateway';
import { sessionId } from '../../../../server/session';

/** `Download` and in-page playback: the bytes come from the gateway with the operator's session. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  return forwardDownload({
    gateway: gatewayUrl(''),
    session: await sessionId(),
    id: (await params).id,
    request,
  });
}

/**
 * HEAD is forwarded as HEAD: left to Next.js, it would run GET and start a whole download from the gateway (and
 * the upstream) only to drop the body.
 */
export const HEAD = GET;
