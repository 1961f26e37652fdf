import 'server-only';
import { headers } from 'next/headers';
import { CLIENT_ADDRESS_HEADER } from '../lib/client-address';

/**
 * The browser's address for this request, as the front door set it from the socket (server/front-door.ts); what
 * the browser itself sent is never used as is. Passed to the gateway so its audit and throttle see the caller.
 */
export async function callerAddress(): Promise<string | undefined> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? undefined;
}
