import 'server-only';
import { createHash } from 'node:crypto';
import { type SessionVerdict, verifySession } from './verify-session';

/**
 * How long a verdict is trusted. It only decides whether a request body is read at all: every forwarded request
 * still carries the session to the gateway, which refuses an ended session at once.
 */
const VERDICT_TTL_MS = 30_000;
const MAX_VERDICTS = 1_000;
const verdicts = new Map<string, { verdict: SessionVerdict; until: number }>();

const keyOf = (session: string) => createHash('sha256').update(session).digest('base64url');

/**
 * Whether the gateway accepts a session, asked once per session per 30 s, so a route can refuse a forged or
 * ended session before it reads a byte of the request body. Kept by a hash: the id itself is not stored.
 */
export async function sessionVerdict(session: string): Promise<SessionVerdict> {
  const key = keyOf(session);
  const known = verdicts.get(key);
  if (known && known.until > Date.now()) return known.verdict;
  const verdict = await verifySession(session);
  if (verdict !== 'unreachable') {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, { verdict, until: Date.now() + VERDICT_TTL_MS });
  }
  return verdict;
}

/** A signed-out session is refused here at once too, not after its verdict runs out. */
export function forgetSessionVerdict(session: string): void {
  verdicts.set(keyOf(session), { verdict: 'rejected', until: Date.now() + VERDICT_TTL_MS });
}
