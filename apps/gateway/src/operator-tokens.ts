import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks presented bearer tokens against the configured ones in constant time: both sides are hashed first
 * (so lengths never differ and never leak) and every configured token is compared, match or not.
 */
export function createTokenVerifier(tokens: readonly string[]): (presented: string) => boolean {
  const expected = tokens.map(digest);
  return (presented) => {
    const candidate = digest(presented);
    let matched = false;
    for (const token of expected) matched = timingSafeEqual(token, candidate) || matched;
    return matched;
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** The token of an `Authorization: Bearer <token>` header, or undefined for any other shape. */
export function bearerTokenOf(header: string | null): string | undefined {
  const match = header ? /^Bearer[ ]+([^\s]+)[ ]*$/i.exec(header) : null;
  return match?.[1];
}
