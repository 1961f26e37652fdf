import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '../lib/session-cookie';

/** Eight hours: one working shift. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export async function sessionToken(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? value : null;
}

/** The operator token, or a redirect to /sign-in (pages call this besides the proxy's check). */
export async function requireSessionToken(): Promise<string> {
  const token = await sessionToken();
  if (token === null) redirect('/sign-in');
  return token;
}

export async function startSession(token: string, secure: boolean): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
