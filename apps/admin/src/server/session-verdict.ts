import 'server-only';
import { createHash } from 'node:crypto';
import { type TokenVerdict, verifyOperatorToken } from './verify-token';

/** How long a verdict is trusted: a revoked token stops working here within this time. */
const VERDICT_TTL_MS = 30_000;
const MAX_VERDICTS = 1_000;
const verdicts = new Map<string, { verdict: TokenVerdict; until: number }>();

/**
 * Whether the gateway accepts a session's token, asked once per token per 30 s, so a route can refuse a forged or
 * expired session before it reads a byte of the request body. Kept by a hash: the token itself is not stored.
 */
export async function sessionVerdict(token: string): Promise<TokenVerdict> {
  const key = createHash('sha256').update(token).digest('base64url');
  const known = verdicts.get(key);
  if (known && known.until > Date.now()) return known.verdict;
  const verdict = await verifyOperatorToken(token);
  if (verdict !== 'unreachable') {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, { verdict, until: Date.now() + VERDICT_TTL_MS });
  }
  return verdict;
}
