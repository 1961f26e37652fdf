'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { endSession, startSession } from '../../server/session';
import { verifyOperatorToken } from '../../server/verify-token';

export interface SignInState {
  error: string | null;
}

// Visible ASCII only: anything else cannot travel in an Authorization header anyway.
const TOKEN_SHAPE = /^[\x21-\x7e]{1,512}$/;

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const token = String(form.get('token') ?? '').trim();
  if (token === '') return { error: 'Enter your operator token.' };
  if (!TOKEN_SHAPE.test(token)) return { error: 'That operator token was not accepted by the gateway.' };

  const verdict = await verifyOperatorToken(token);
  if (verdict === 'rejected') return { error: 'That operator token was not accepted by the gateway.' };
  if (verdict === 'unreachable') {
    return { error: 'The gateway could not be reached to check the token. Try again in a moment.' };
  }

  await startSession(token, await isHttps());
  redirect('/');
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect('/sign-in');
}

/** The cookie is Secure when the operator reached the admin over https (directly or through a proxy). */
async function isHttps(): Promise<boolean> {
  const requestHeaders = await headers();
  const origin = requestHeaders.get('origin');
  if (origin?.startsWith('https://')) return true;
  return requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
