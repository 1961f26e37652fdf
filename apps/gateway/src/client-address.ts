import type { IncomingMessage } from 'node:http';
import { isLoopbackHost } from '@minimax-files/http-rules';

/**
 * The address a request came from, for the audit log and sign-in throttling. A peer on this machine (the admin
 * server, or a load balancer beside the gateway) speaks for a browser: its `X-Forwarded-For` first entry is used.
 * Anyone else's header is ignored, so a remote caller cannot choose the address it is audited and throttled under.
 */
export function clientAddressOf(req: IncomingMessage | undefined): string | undefined {
  const peer = req?.socket.remoteAddress;
  if (!req || !peer) return undefined;
  const forwarded = req.headers['x-forwarded-for'];
  if (typeof forwarded === 'string' && isLoopbackHost(peer)) {
    const first = forwarded.split(',')[0]?.trim();
    if (first && /^[0-9A-Fa-f:.]{2,45}$/.test(first)) return first;
  }
  return peer;
}
