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

/**
 * The operator token a request presents: `Authorization: Bearer <token>`, or Basic credentials whose password is the
 * token (the user name is ignored) so that a browser's own sign-in prompt can open GraphiQL. Undefined otherwise.
 */
export function presentedTokenOf(header: string | null): string | undefined {
  if (!header) return undefined;
  const bearer = /^Bearer +(\S+) *$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic +([A-Za-z0-9+/]+=*) *$/i.exec(header);
  if (!basic?.[1]) return undefined;
  const credentials = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = credentials.indexOf(':');
  return colon >= 0 && colon < credentials.length - 1 ? credentials.slice(colon + 1) : undefined;
}
