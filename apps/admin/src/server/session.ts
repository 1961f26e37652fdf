import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '../lib/session-cookie';

/** The gateway session id from the cookie (an opaque id the gateway issued; never an operator token). */
export async function sessionId(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  return value ? value : null;
}

/** The session id, or a redirect to /sign-in (pages call this besides the proxy's check). */
export async function requireSessionId(): Promise<string> {
  const session = await sessionId();
  if (session === null) redirect('/sign-in');
  return session;
}

/** Keeps the session id in an httpOnly cookie that lasts as long as the gateway's session can. */
export async function startSession(session: string, expiresAt: Date, secure: boolean): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, session, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
