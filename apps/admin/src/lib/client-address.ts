import { isIP } from 'node:net';

/** The request header the front door sets to the caller's address, for the gateway's sign-in throttle and audit. */
export const CLIENT_ADDRESS_HEADER = 'x-forwarded-for';

/** Whether an address is this machine's (127.0.0.0/8, ::1, or IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string): boolean {
  const name = address.toLowerCase();
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || /^::ffff:127\./.test(name);
  return false;
}

/**
 * The address a request came from, by the gateway's own rule (apps/gateway/src/client-address.ts): a peer on this
 * machine (a TLS proxy in front of the admin) speaks for a browser, so its `X-Forwarded-For` first entry is used;
 * anyone else's header is ignored, so a remote caller cannot choose the address it is throttled and audited under.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
): string | undefined {
  if (!peer) return undefined;
  if (typeof forwardedFor === 'string' && isLoopbackAddress(peer)) {
    const first = forwardedFor.split(',')[0]?.trim();
    if (first && isIP(first) !== 0) return first;
  }
  return peer;
}
