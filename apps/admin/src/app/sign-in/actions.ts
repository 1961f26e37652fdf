'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { waitTime } from '../../lib/wait-time';
import { callerAddress } from '../../server/caller-address';
import { closeSession, openSession } from '../../server/gateway-sessions';
import { endSession, sessionId, startSession } from '../../server/session';
import { forgetSessionVerdict } from '../../server/session-verdict';

export interface SignInState {
  error: string | null;
}

// Visible ASCII only: anything else cannot travel in an Authorization header anyway.
const TOKEN_SHAPE = /^[\x21-\x7e]{1,512}$/;
const NOT_ACCEPTED = 'That operator token was not accepted by the gateway.';

/** Exchanges the token for a gateway session; only the session id is kept (in the cookie). */
export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const token = String(form.get('token') ?? '').trim();
  if (token === '') return { error: 'Enter your operator token.' };
  if (!TOKEN_SHAPE.test(token)) return { error: NOT_ACCEPTED };

  const opening = await openSession(token, await callerAddress());
  if (opening.kind === 'rejected') return { error: NOT_ACCEPTED };
  if (opening.kind === 'throttled') {
    return {
      error: `Too many sign-in attempts from your address. Please wait ${waitTime(opening.retryAfterSeconds)} and try again.`,
    };
  }
  if (opening.kind === 'unavailable') {
    return { error: 'The gateway could not be reached to check the token. Try again in a moment.' };
  }

  await startSession(opening.session, opening.expiresAt, await isHttps());
  redirect('/');
}

/** Ends the session at the gateway first, so a copy of the cookie is worthless, then forgets it here. */
export async function signOut(): Promise<void> {
  const session = await sessionId();
  let closed = true;
  if (session !== null) {
    forgetSessionVerdict(session);
    closed = await closeSession(session, await callerAddress());
  }
  await endSession();
  redirect(closed ? '/sign-in' : '/sign-in?signed-out=unconfirmed');
}

/** The cookie is Secure when the operator reached the admin over https (directly or through a proxy). */
async function isHttps(): Promise<boolean> {
  const requestHeaders = await headers();
  const origin = requestHeaders.get('origin');
  if (origin?.startsWith('https://')) return true;
  return requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
